/**
 * Who a phrase of a sentence stands for when it names no one itself: the owners of a thing ("B's permit", "the
 * campaign of B", "positions held by B"), the party an event's phrase names through what it acts on, the body or
 * country whose people are acted on ("a team from B", "engineers working for B"), and whom suspects are wanted by.
 * Read off the mended dependency tree, for `syntax-relations.ts`.
 */
import type { ResolvedMention } from '../resolve/entity.js';
import { dependents, lemmaOf, phraseOpeningAt, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { nounRelations, verbRelations } from './event-lexicon.js';
import { entitiesAt, headedOrCovering, PLACE_TYPES, servedBy, type Reading } from './syntax-reading.js';
import { rightmostOf } from './syntax-statement.js';
import {
  AFFILIATION_VERBS,
  CONTROL_NOUNS,
  CROSSING_NOUNS,
  HOLDING_NOUNS,
  isPersonNoun,
  ISSUED_NOUNS,
  KIN_NOUNS,
  NATIONAL_NOUNS,
  PEOPLE_GROUP_NOUNS,
  PLACE_NOUNS,
  RELATIVE_PRONOUNS,
  SITE_PART_NOUNS,
  SUSPECT_MODIFIERS,
  SUSPECT_NOUNS,
} from './syntax-words.js';

/**
 * The "by" phrases hung further down the chain of phrases after `thing` than its own (two more deep at most), or on
 * the active verb whose object it is, after it: an act with a subject of its own has no agent to be named by "by"
 * ("attacked the proclamation of C as B's territory by A").
 */
function agentsAmongPhrases(tree: DependencyTree, thing: number): number[] {
  const verb = tree.parse.head[thing]!;
  // (An infinitive's too, whose subject is its controller's: "was ready to accept mediation by B".)
  const active = tree.parse.deprel[thing] === 'obj' && (dependents(tree, verb, 'nsubj').length > 0 || tree.parse.deprel[verb] === 'xcomp');
  const found = active ? dependents(tree, verb, 'obl').filter((o) => o > thing && prepositionOf(tree, o) === 'by') : [];
  let phrases = dependents(tree, thing, 'nmod').flatMap((n) => dependents(tree, n, 'nmod'));
  for (let depth = 0; depth < 2 && phrases.length; depth += 1) {
    // (Not the "by" of a noun that has its own owner: "in protest against his treatment by B" names who treated him.)
    found.push(...phrases.filter((n) => prepositionOf(tree, n) === 'by' && !dependents(tree, tree.parse.head[n]!, 'nmod:poss').length));
    phrases = phrases.flatMap((n) => dependents(tree, n, 'nmod'));
  }
  return found;
}

/**
 * The owners of a thing: its possessor, the name after "of", a country or organisation named before it ("B's
 * permit", "the campaign of B", "the B embassy"), who issued it ("a request from B", "the decision by B"), the
 * agent of a participle describing it ("the accusations made by B"), or whom it belongs to. After an event noun,
 * "of" names its patient, not its owner ("the killing of B").
 */
export function ownersOf(reading: Reading, thing: number): ResolvedMention[] {
  const { tree, view } = reading;
  // A name, not a stance on one: "the pro-B position" is not B's. It may modify the noun's own modifier ("the
  // Valdorian air strikes" read with "Valdorian" on "air").
  const modifiers = dependents(tree, thing, 'compound', 'amod');
  const before = [...modifiers, ...modifiers.filter((m) => m < thing && tree.parse.upos[m] === 'NOUN').flatMap((m) => dependents(tree, m, 'compound', 'amod').filter((d) => d < m))]
    .map((m) => ({ mention: headedOrCovering(reading, m), word: view.sentence.tokens[m]! }))
    .filter(({ mention, word }) => mention !== undefined && !/^\p{Ll}+-/u.test(word.text))
    .map(({ mention }) => mention!)
    .filter((m) => view.typeOf(m.entity) === 'Country' || view.typeOf(m.entity) === 'Organization');
  // ("B's C province", read with "B's" on the name: a country owns what its places' names name, and a place noun's
  // name is a place's whatever its kind: "B's Karabakh region", "B's Velt state".)
  const isPlace = (m: number) => {
    const named = entitiesAt(reading, m);
    return named.some((n) => PLACE_TYPES.has(view.typeOf(n.entity) ?? '') && view.typeOf(n.entity) !== 'Country') || (PLACE_NOUNS.has(lemmaOf(tree, thing)) && named.every((n) => view.typeOf(n.entity) === 'Other'));
  };
  const placeOwners = modifiers
    .filter((m) => m < thing && tree.parse.upos[m] === 'PROPN' && isPlace(m))
    .flatMap((m) => dependents(tree, m, 'nmod:poss'))
    .flatMap((o) => entitiesAt(reading, o))
    .filter((m) => view.typeOf(m.entity) === 'Country');
  const event = nounRelations(lemmaOf(tree, thing), 'of').length > 0 || /ing$/.test(view.words[thing]!);
  const issued = ISSUED_NOUNS.has(lemmaOf(tree, thing));
  // What is issued "by B" or is "B's" is about what follows its "of" ("B's proclamation of C as …"), wherever the
  // parser hung the "by" among the phrases after it ("the proclamation of C as B's territory by A").
  const agents = issued ? agentsAmongPhrases(tree, thing) : [];
  const issuer = issued && (dependents(tree, thing, 'nmod:poss').length > 0 || dependents(tree, thing, 'nmod').some((n) => ['by', 'from'].includes(prepositionOf(tree, n) ?? '')) || agents.length > 0);
  const issuedBy = [...(event || issuer ? [] : ['of']), ...(issued ? ['from', 'by'] : [])];
  // ("an offer of help from B": the parser may hang the issuer on what is offered or asked for.)
  const inner = issued && !issuer ? dependents(tree, thing, 'nmod').filter((n) => ['of', 'for'].includes(prepositionOf(tree, n) ?? '') && tree.parse.upos[n] === 'NOUN').flatMap((n) => dependents(tree, n, 'nmod').filter((m) => m > n && prepositionOf(tree, m) === 'from')) : [];
  const after = [...dependents(tree, thing, 'nmod').filter((n) => issuedBy.includes(prepositionOf(tree, n) ?? '')), ...agents, ...inner];
  // (Or a passive relative clause's: "villages that are claimed by B".)
  const passiveRelatives = dependents(tree, thing, 'acl:relcl').filter((c) => dependents(tree, c, 'nsubj:pass').some((s) => RELATIVE_PRONOUNS.has(lemmaOf(tree, s))));
  // (The parser may label the participle's agent a plain oblique: "money laundering by B", "properties held by B".)
  const madeBy = [...dependents(tree, thing, 'acl'), ...passiveRelatives].flatMap((participle) => [...dependents(tree, participle, 'obl:agent'), ...dependents(tree, participle, 'obl').filter((o) => prepositionOf(tree, o) === 'by')]);
  // "a yacht belonging to B", "properties linked to B", "accounts tied to B".
  const belongsTo = dependents(tree, thing, 'acl').filter((p) => AFFILIATION_VERBS.has(lemmaOf(tree, p))).flatMap((p) => dependents(tree, p, 'obl').filter((o) => ['to', 'with'].includes(prepositionOf(tree, o) ?? '')));
  // A site issues nothing: "the proclamation of the Kessel Heights" is about them.
  // "the assets of three Latvian banks", "of Latvia's central bank": what a country's banks or people own is the
  // country's, as event data codes a nation's sectors as the nation (not what is done to them: "the treatment of
  // Latvian prisoners").
  const nationals = !HOLDING_NOUNS.has(lemmaOf(tree, thing))
    ? []
    : after.filter((n) => tree.parse.upos[n] === 'NOUN' && !entitiesAt(reading, n).length).flatMap((n) => dependents(tree, n, 'amod', 'compound', 'nmod:poss').map((m) => headedOrCovering(reading, m))).filter((m): m is ResolvedMention => m !== undefined && view.typeOf(m.entity) === 'Country');
  // "his treatment by B", "plans by B": whoever does or makes the thing is its owner, before whom it is done to.
  const doneBy = issued ? [] : dependents(tree, thing, 'nmod').filter((n) => prepositionOf(tree, n) === 'by' && entitiesAt(reading, n).length > 0);
  if (doneBy.length) return doneBy.flatMap((n) => entitiesAt(reading, n));
  const owners = [...dependents(tree, thing, 'nmod:poss'), ...after, ...madeBy, ...belongsTo]
    .flatMap((o) => entitiesAt(reading, o))
    .filter((m) => !issued || view.typeOf(m.entity) !== 'Location')
    .concat(before, placeOwners, nationals);
  // ("the entrance of B's headquarters", "the entrance to …": a part of a building is whoever's the building is;
  // "control of the assets of B": so is control of a thing.)
  const site = SITE_PART_NOUNS.has(lemmaOf(tree, thing));
  if (!owners.length && (site || CONTROL_NOUNS.has(lemmaOf(tree, thing)))) return dependents(tree, thing, 'nmod').filter((n) => prepositionOf(tree, n) === 'of' || (site && prepositionOf(tree, n) === 'to')).flatMap((n) => ownersOf(reading, n));
  if (owners.length || !CROSSING_NOUNS.has(lemmaOf(tree, thing))) return owners;
  // With no owner, what crosses a border belongs to the party at its other end ("restrictions on flights to B"), or
  // to the owner of the goods it carries ("a ban on imports of Valdorian salmon").
  const goods = dependents(tree, thing, 'nmod').filter((n) => prepositionOf(tree, n) === 'of' && tree.parse.upos[n] === 'NOUN');
  return [...crossingTo(reading, dependents(tree, thing, 'nmod')), ...goods.flatMap((g) => ownersOf(reading, g))];
}

/** Whether a noun names people wanted for trial: "suspects", "fugitives", "suspected members of a ring", "men wanted in B". */
export function isSuspect(tree: DependencyTree, noun: number): boolean {
  return SUSPECT_NOUNS.has(lemmaOf(tree, noun)) || dependents(tree, noun, 'amod', 'acl').some((m) => SUSPECT_MODIFIERS.has(lemmaOf(tree, m)));
}

/** Who wants people for trial: the place or party in the phrase of their "wanted" ("wanted in B", "wanted by B"). */
export function wantedBy(reading: Reading, noun: number): ResolvedMention[] {
  const { tree } = reading;
  return dependents(tree, noun, 'acl')
    .filter((m) => lemmaOf(tree, m) === 'want' || lemmaOf(tree, m) === 'wanted')
    .flatMap((m) => dependents(tree, m, 'obl', 'obl:agent').filter((o) => ['in', 'by'].includes(prepositionOf(tree, o) ?? '')))
    .flatMap((o) => entitiesAt(reading, o))
    .filter((m) => reading.view.typeOf(m.entity) === 'Country' || reading.view.typeOf(m.entity) === 'Organization');
}

/**
 * Whose people a noun for people names: a country by its nationality or name before the noun ("a Valdorian
 * fisherman", "B citizens") or an organisation by its name ("a Velt Institute researcher"), or a country or
 * organisation they come from, belong to or work for ("researchers from B",
 * "two aid workers of B", "engineers working for B"). Event data codes them as that party where force, freeing,
 * pardoning or keeping out is done to them.
 */
export function partiesOfPeople(reading: Reading, noun: number): ResolvedMention[] {
  const { tree, view } = reading;
  const lemma = lemmaOf(tree, noun);
  if (tree.parse.upos[noun] !== 'NOUN' || !(isPersonNoun(lemma) || NATIONAL_NOUNS.has(lemma) || PEOPLE_GROUP_NOUNS.has(lemma)) || entitiesAt(reading, noun).length) return [];
  // ("three Chilean customs officers": the nation may describe the noun's own compound.)
  const compounds = dependents(tree, noun, 'compound').filter((c) => c < noun && tree.parse.upos[c] === 'NOUN').flatMap((c) => dependents(tree, c, 'amod').filter((m) => m < c));
  const named = [...dependents(tree, noun, 'amod', 'compound'), ...compounds]
    .filter((m) => !view.words[m]!.includes('-'))
    .map((m) => headedOrCovering(reading, m))
    .filter((m): m is ResolvedMention => m !== undefined && PEOPLE_PARTY_TYPES.has(view.typeOf(m.entity) ?? ''));
  // ("arrested three journalists from B": the parser may hang "from B" on the verb, right after its object; not
  // where the verb itself reads "from", a place left: "withdrew its staff from B", "evacuated 40 people from B".)
  const verb = tree.parse.head[noun]!;
  const movesFrom = verb >= 0 && verbRelations(lemmaOf(tree, verb), 'from').length > 0;
  const hungOnVerb = tree.parse.deprel[noun] !== 'obj' || movesFrom ? [] : phraseOpeningAt(tree, rightmostOf(tree, noun) + 1).filter((n) => tree.parse.head[n] === verb && prepositionOf(tree, n) === 'from');
  const from = [...dependents(tree, noun, 'nmod').filter((n) => prepositionOf(tree, n) === 'from' || (prepositionOf(tree, n) === 'of' && !KIN_NOUNS.has(lemma))), ...hungOnVerb];
  const belonging = [...from, ...servedBy(tree, noun)].flatMap((n) => entitiesAt(reading, n)).filter((m) => PEOPLE_PARTY_TYPES.has(view.typeOf(m.entity) ?? ''));
  return [...named, ...belonging];
}

/** Whom a phrase names ("B") or, where it names no one, whom its people stand for ("B's counterparts", "B protesters"). */
export function namedOrByPeople(reading: Reading, token: number, clause?: number): ResolvedMention[] {
  const named = entitiesAt(reading, token, clause);
  return named.length ? named : partiesOfPeople(reading, token);
}

/** The parties named by those of `phrases` that say where something crossing a border goes or comes from, or whom it is for. */
export function crossingTo(reading: Reading, phrases: readonly number[]): ResolvedMention[] {
  return phrases.filter((p) => ['to', 'from', 'with', 'for'].includes(prepositionOf(reading.tree, p) ?? '')).flatMap((p) => entitiesAt(reading, p));
}

/**
 * The entities an event's party names: its own, or the owner of a thing it acts on ("a ban on B's exports",
 * "sanctions on the oil of B") — never through a person's kin or a role ("talks with B's lawyer").
 */
export function partyOf(reading: Reading, party: number): ResolvedMention[] {
  const { tree } = reading;
  const own = entitiesAt(reading, party);
  if (tree.parse.upos[party] !== 'NOUN' || isPersonNoun(lemmaOf(tree, party)) || KIN_NOUNS.has(lemmaOf(tree, party))) return own;
  // (A name of no known kind leaves its owner the party: "from B's Karabakh region", Karabakh of no type.)
  if (own.some((m) => reading.view.typeOf(m.entity) !== 'Other')) {
    // ("from B's Arica state", "the Bn town of Arica": a place the noun names is its country's too, as event data
    // codes a place by its state.)
    const placeOnly = own.every((m) => PLACE_TYPES.has(reading.view.typeOf(m.entity) ?? '') && reading.view.typeOf(m.entity) !== 'Country');
    const countries = placeOnly ? dependents(tree, party, 'nmod:poss', 'amod').flatMap((d) => entitiesAt(reading, d)).filter((m) => reading.view.typeOf(m.entity) === 'Country') : [];
    return [...own, ...countries.filter((c) => !own.includes(c))];
  }
  const owners = ownersOf(reading, party);
  // (Goods from a country are its: "curbs on wine from B", "on barley and wine from B".)
  const goods = [party, ...dependents(tree, party, 'conj')];
  const from = owners.length ? [] : goods.flatMap((g) => dependents(tree, g, 'nmod')).filter((n) => prepositionOf(tree, n) === 'from').flatMap((n) => entitiesAt(reading, n)).filter((m) => reading.view.typeOf(m.entity) === 'Country');
  return [...own, ...owners, ...from];
}

/** What a party whose people are acted on may be. */
const PEOPLE_PARTY_TYPES: ReadonlySet<string> = new Set(['Country', 'Organization']);
