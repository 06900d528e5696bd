/**
 * What a verb or an event noun says happened between two parties, as
 * relation types of the closed vocabulary. The reading of the parse
 * (syntax-relations) and the "between" patterns ask it; the words are data,
 * generated from CAMEO, PLOVER and WordNet into event-lexicon-data.ts
 * (lexicon-build/ and scripts/build-event-lexicon.ts).
 *
 * A verb's lemma with the preposition that introduces the other party
 * ("withdraw" + "from", "meet" + "with"), or none for its direct object,
 * gives the relation types it may state, most likely first; the caller keeps
 * the first whose argument types fit ("join" an agreement is SIGNED, "join" an
 * organisation MEMBER_OF; "attack" a person ATTACKS, an accord CRITICIZES). An
 * event noun ("talks", "invasion", "strike") works the same way with its agent
 * (possessor or "by") and the preposition of the other party ("talks with",
 * "strike on", "invasion of").
 */
import type { RelationType } from '../vocabulary/relation-types.js';
import { NOUN_RELATIONS, VERB_RELATIONS } from './event-lexicon-data.js';

// Maps, not the objects: a lemma such as "constructor" must not reach Object.prototype.
const VERBS: ReadonlyMap<string, readonly RelationType[]> = new Map(Object.entries(VERB_RELATIONS));
const NOUNS: ReadonlyMap<string, readonly RelationType[]> = new Map(Object.entries(NOUN_RELATIONS));

const keyOf = (lemma: string, preposition: string | undefined) => (preposition ? `${lemma.toLowerCase()} ${preposition.toLowerCase()}` : lemma.toLowerCase());

/** The relation types a verb states between its subject and its object (no preposition) or the party after `preposition`. */
export function verbRelations(lemma: string, preposition?: string): readonly RelationType[] {
  return VERBS.get(keyOf(lemma, preposition)) ?? [];
}

/** The relation types an event noun states between its agent and the party after `preposition`. */
export function nounRelations(lemma: string, preposition?: string): readonly RelationType[] {
  return NOUNS.get(keyOf(lemma, preposition)) ?? [];
}
