/**
 * What a verb or an event noun says happened between two parties, as
 * relation types of the closed vocabulary. The reading of the parse
 * (syntax-relations) asks it; the words live here, as data, in one place.
 *
 * A verb's lemma with the preposition that introduces the other party
 * ("withdraw" + "from", "meet" + "with"), or none for its direct object,
 * gives the relation types it may state, most likely first; the caller keeps
 * the first whose argument types fit ("join" an agreement is SIGNED, "join" an
 * organisation MEMBER_OF). An event noun ("talks", "mediation", "strike")
 * works the same way with its agent (possessor or "by") and the preposition of
 * the other party ("talks with", "strike on").
 */
import { INTERACTION_NOUNS, MEDIATION_NOUNS } from '../nlp/lexicon.js';
import type { RelationType } from '../vocabulary/relation-types.js';
import { VERB_SENSES } from './verb-lexicon.js';

/** The preposition of the other party for each type (besides the direct object, always allowed). */
const PARTY_PREPOSITIONS: Partial<Record<RelationType, readonly string[]>> = {
  MEETS: ['with'],
  NEGOTIATES_WITH: ['with'],
  COOPERATES_WITH: ['with'],
  WITHDREW_FROM: ['from'],
  MEDIATES: ['between'],
};

const NONE = '';

function indexVerbs(): Map<string, RelationType[]> {
  const byKey = new Map<string, RelationType[]>();
  const add = (lemma: string, preposition: string, type: RelationType) => {
    const key = `${lemma} ${preposition}`;
    const types = byKey.get(key) ?? [];
    if (!types.includes(type)) types.push(type);
    byKey.set(key, types);
  };
  for (const sense of VERB_SENSES) {
    if (sense.needsInteractionNoun) continue;
    for (const type of Object.values(sense.byObjectType ?? {})) add(sense.lemma, NONE, type);
    add(sense.lemma, NONE, sense.type);
    for (const preposition of PARTY_PREPOSITIONS[sense.type] ?? []) add(sense.lemma, preposition, sense.type);
  }
  return byKey;
}

function indexNouns(): Map<string, RelationType[]> {
  const byKey = new Map<string, RelationType[]>();
  for (const noun of INTERACTION_NOUNS) if (!MEDIATION_NOUNS.has(noun)) for (const preposition of ['with', 'between']) byKey.set(`${noun} ${preposition}`, ['NEGOTIATES_WITH']);
  for (const [noun, type] of MEDIATION_NOUNS) for (const preposition of [NONE, 'between']) byKey.set(`${noun} ${preposition}`, [type]);
  return byKey;
}

const VERBS = indexVerbs();
const NOUNS = indexNouns();

/** The relation types a verb states between its subject and its object (no preposition) or the party after `preposition`. */
export function verbRelations(lemma: string, preposition?: string): readonly RelationType[] {
  return VERBS.get(`${lemma.toLowerCase()} ${preposition?.toLowerCase() ?? NONE}`) ?? [];
}

/** The relation types an event noun states between its agent and the party after `preposition` (none: its possessor or "of" object). */
export function nounRelations(lemma: string, preposition?: string): readonly RelationType[] {
  return NOUNS.get(`${lemma.toLowerCase()} ${preposition?.toLowerCase() ?? NONE}`) ?? [];
}
