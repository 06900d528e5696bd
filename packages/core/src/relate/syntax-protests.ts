/**
 * Protest read off the parse: crowds that rally where they live, labour strikes and the demands they press,
 * slogans chanted against a party, and what is done in protest at (or in support of) a party.
 */
import type { ResolvedMention } from '../resolve/entity.js';
import { dependents, isNegated, lemmaOf, phraseOpeningAt, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { verbRelations } from './event-lexicon.js';
import {
  DEMANDING_VERBS,
  GATHERING_NOUNS,
  LIGHT_VERBS,
  objectSense,
  PROTEST_ACT_VERBS,
  STRIKE_CALLING_VERBS,
  PROTESTER_NOUNS,
  COUNTING_NOUNS,
  MANNER_EVENTS,
  TALK_MANNER_NOUNS,
  CHANTING_VERBS,
  SLOGAN_NOUNS,
} from './syntax-words.js';
import { entitiesAt, type Reading } from './syntax-reading.js';
import { partyOf } from './syntax-parties.js';
import { isCrowdAct, rightmostOf, stateTyped } from './syntax-statement.js';
import { isProtestStrike } from './syntax-senses.js';

/**
 * "Protesters in B marched against C", "thousands rallied in B against C": the people of a place who protest stand
 * for it, as event data codes them, when the verb is one of protest and its subject names no one.
 */
export function protestersOf(reading: Reading, verb: number, lemma: string): ResolvedMention[] {
  const { tree, view } = reading;
  const phrases = dependents(tree, verb, 'obl');
  // (A phrase may hang on a place before it: "rallied in B against C".)
  const inner = phrases.flatMap((o) => dependents(tree, o, 'nmod'));
  const protestObject = dependents(tree, verb, 'obj').some((o) => objectSense(lemma, lemmaOf(tree, o)) === 'PROTESTS_AGAINST');
  const protesting = protestObject || labourStrike(tree, verb, lemma) !== undefined || (verbRelations(lemma).includes('ATTACKS') && isCrowdAct(tree, verb)) || [undefined, ...[...phrases, ...inner].map((o) => prepositionOf(tree, o))].some((p) => verbRelations(lemma, p).includes('PROTESTS_AGAINST'));
  if (!protesting) return [];
  const crowds = dependents(tree, verb, 'nsubj').filter((s) => PROTESTER_NOUNS.has(lemmaOf(tree, s)) || COUNTING_NOUNS.has(lemmaOf(tree, s)));
  if (!crowds.length) return [];
  const place = (n: number) => prepositionOf(tree, n) === 'in';
  // The crowd's own place first ("thousands of protesters in B rallied … in C", read through the count), else where it acted.
  const counted = crowds.filter((c) => COUNTING_NOUNS.has(lemmaOf(tree, c))).flatMap((c) => dependents(tree, c, 'nmod').filter((n) => prepositionOf(tree, n) === 'of'));
  const home = [...crowds, ...counted].flatMap((c) => dependents(tree, c, 'nmod').filter(place));
  const sites = home.length ? home : phrases.filter(place);
  return sites.flatMap((n) => entitiesAt(reading, n)).filter((m) => ['Country', 'City', 'Region'].includes(view.typeOf(m.entity) ?? ''));
}

/**
 * The labour strike a verb goes on or calls, if any: "went on strike", "called a strike", "organised a strike at B"
 * (a strike launched or carried out is an attack, read with the light verbs); a walkout, the job walked off; tools downed.
 */
function labourStrike(tree: DependencyTree, verb: number, lemma: string): number | undefined {
  const isStrike = (t: number) => lemmaOf(tree, t) === 'strike' && tree.parse.upos[t] === 'NOUN';
  // ("on" may be read as an adverb, the strike an oblique without it, or an object; the strike may have its article
  // and length: "went on a 48-hour strike".)
  if (lemma === 'go') return tree.children[verb]!.find((o) => isStrike(o) && /^(?:obl|obj)/.test(tree.parse.deprel[o]!) && (lemmaOf(tree, o - 1) === 'on' || prepositionOf(tree, o) === 'on'));
  // "walked off the job at B's mine": a walkout is a strike, the job left its noun (where "at B" may hang).
  if (lemma === 'walk') return dependents(tree, verb, 'obl').find((o) => lemmaOf(tree, o) === 'job' && prepositionOf(tree, o) === 'off');
  // "downed tools at B's plant": so is putting down one's tools, the tools its noun.
  if (lemma === 'down') return dependents(tree, verb, 'obj').find((o) => lemmaOf(tree, o) === 'tool');
  return STRIKE_CALLING_VERBS.has(lemma) ? dependents(tree, verb, 'obj').find(isStrike) : undefined;
}

/** "Workers went on strike against B", "the A union organised a strike at B": a strike is a protest against whom it is at. */
export function readLabourStrikes(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  const strike = labourStrike(tree, verb, lemma);
  if (strike === undefined || isNegated(tree, verb)) return;
  const phrases = [...dependents(tree, verb, 'obl'), ...dependents(tree, strike, 'nmod')].filter((o) => ['against', 'at'].includes(prepositionOf(tree, o) ?? ''));
  for (const subject of subjects) for (const party of phrases.flatMap((o) => partyOf(reading, o))) stateTyped(reading, verb, 'strike', ['PROTESTS_AGAINST'], subject, party);
}

/**
 * "Supporters of A rallied to demand the resignation of B", "protesters from A blocked highways, demanding that B
 * reverse …": a demand made by a protest is a protest against whom it is made of (PLOVER's PROTEST 'demonstrate'),
 * besides the request read from the demand itself.
 */
export function readProtestDemands(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!PROTEST_ACT_VERBS.has(lemma) || isNegated(tree, verb) || !subjects.length) return;
  const demands = dependents(tree, verb, 'advcl', 'xcomp').filter((d) => DEMANDING_VERBS.has(lemmaOf(tree, d)) && !isNegated(tree, d));
  // (What is demanded names whom: "that B reverse …", "B's resignation", "the resignation of B", "for the release of …
  // by B".)
  const named = (thing: number) => [...entitiesAt(reading, thing), ...dependents(tree, thing, 'nmod:poss', 'nmod').filter((n) => ['of', 'by', undefined].includes(prepositionOf(tree, n))).flatMap((n) => entitiesAt(reading, n))];
  const parties = demands.flatMap((d) => [
    ...dependents(tree, d, 'ccomp').flatMap((c) => dependents(tree, c, 'nsubj').flatMap((n) => entitiesAt(reading, n, c))),
    ...dependents(tree, d, 'obj').flatMap(named),
    ...dependents(tree, d, 'obl').filter((o) => prepositionOf(tree, o) === 'for').flatMap(named),
  ]);
  for (const subject of subjects) for (const party of parties) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['PROTESTS_AGAINST'], subject, party);
}

/** Prepositions of where a march or a rally goes or stands: "marched to the B ministry", "rallied outside B". */
const DESTINATION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'outside', 'at', 'towards', 'toward']);

/**
 * "Supporters of A marched to the Ministry of Justice to demand …", "… in protest at …": a march or rally to a body's
 * door, or a blockade or occupation of it, made to protest or to demand is a protest against that body (PLOVER's
 * PROTEST 'demonstrate'); a place marched to is only where it went.
 */
export function readProtestDestinations(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  if (!PROTEST_ACT_VERBS.has(lemma) || isNegated(tree, verb) || !subjects.length) return;
  // (The purpose may hang on the object: "blockaded B's headquarters to protest …".)
  const clauses = [...dependents(tree, verb, 'advcl', 'xcomp'), ...dependents(tree, verb, 'obj').flatMap((o) => dependents(tree, o, 'acl').filter((c) => dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to')))];
  const purposes = clauses.filter((d) => DEMANDING_VERBS.has(lemmaOf(tree, d)) || lemmaOf(tree, d) === 'protest');
  const inProtest = dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'in' && lemmaOf(tree, o) === 'protest');
  if (!purposes.length && !inProtest) return;
  // (Or what the act blocks or holds: "blockaded the entrance to B's offices to protest …".)
  const destinations = [...dependents(tree, verb, 'obl').filter((o) => DESTINATION_PREPOSITIONS.has(prepositionOf(tree, o) ?? '')), ...dependents(tree, verb, 'obj')];
  const bodies = destinations.flatMap((o) => partyOf(reading, o)).filter((m) => view.typeOf(m.entity) === 'Organization');
  for (const subject of subjects) for (const body of bodies) if (body.entity !== subject.entity) stateTyped(reading, verb, lemma, ['PROTESTS_AGAINST'], subject, body);
}

/** The nouns of MANNER_EVENTS ("support", "protest"). */
const MANNER_NOUNS: ReadonlySet<string> = new Set([...MANNER_EVENTS.keys()].map((key) => key.split(' ')[0]!));

/** "flew cargo to B in support of C", "marched in solidarity with C": what one does in support of someone supports them. */
export function readMannerEvents(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  // (The manner may hang on a phrase of time or place: "staged a walkout during the session in protest against B"; on
  // a predicate noun, its phrases are its modifiers.)
  // (Or on the object of an act of protest, or of staging one: "boycotted courts in protest against B's decision",
  // "staged a strike in protest at …"; not on what another does: "banned the rally in support of B".)
  const protesting = PROTEST_ACT_VERBS.has(lemma) || lemma === 'boycott' || (LIGHT_VERBS.has(lemma) && dependents(tree, verb, 'obj').some((o) => GATHERING_NOUNS.has(lemmaOf(tree, o))));
  // (A call or a meeting may hang on what is discussed in it: "discussed access in a phone call with B".)
  const objectPhrases = dependents(tree, verb, 'obj').flatMap((o) => dependents(tree, o, 'nmod')).filter((o) => protesting || TALK_MANNER_NOUNS.has(lemmaOf(tree, o)));
  const obliques = tree.parse.upos[verb] === 'VERB' ? [...dependents(tree, verb, 'obl'), ...objectPhrases] : dependents(tree, verb, 'obl', 'nmod');
  // (Or deeper in the phrases of place, time or object, where the parser may hang it: "shut outpatient departments
  // nationwide for a second day in protest against B", "boycotted the sitting of C in protest at B's amendments";
  // not inside what another does: "banned the rally in support of B".)
  const held = tree.parse.upos[verb] === 'VERB' ? nominalPhrasesBelow(tree, [...dependents(tree, verb, 'obl'), ...dependents(tree, verb, 'obj').filter((o) => protesting || !GATHERING_NOUNS.has(lemmaOf(tree, o)))]) : [];
  const phrases = [...new Set([...obliques, ...obliques.flatMap((o) => dependents(tree, o, 'nmod')), ...held.filter((o) => prepositionOf(tree, o) === 'in' && MANNER_NOUNS.has(lemmaOf(tree, o)))])];
  // (A strike is a manner of protest only as a walkout or a strike of protest: "killed 12 in a strike against B" is
  // an attack.)
  const protestStrike = (o: number) => lemma === 'walk' || isProtestStrike(tree, o);
  const manners = phrases.filter((o) => prepositionOf(tree, o) === 'in' && MANNER_NOUNS.has(lemmaOf(tree, o)) && (lemmaOf(tree, o) !== 'strike' || protestStrike(o)));
  for (const manner of manners) {
    // (The party's phrase may hang on the verb right after the manner's, or on the phrase the manner hangs on:
    // "walked out in protest against B's plan", "on strike for a week in protest at B's ruling".)
    const next = phrases.filter((o) => o > manner && phraseOpeningAt(tree, rightmostOf(tree, manner) + 1).includes(o));
    for (const party of [...dependents(tree, manner, 'nmod'), ...next]) {
      const type = MANNER_EVENTS.get(`${lemmaOf(tree, manner)} ${prepositionOf(tree, party) ?? ''}`);
      if (type) for (const subject of subjects) for (const other of partyOf(reading, party)) stateTyped(reading, verb, lemma, [type], subject, other);
    }
  }
}

/** The phrases hung on `tops` and on their phrases, down through nouns only (no clause of another verb). */
function nominalPhrasesBelow(tree: DependencyTree, tops: readonly number[]): number[] {
  const found: number[] = [];
  const queue = [...tops];
  while (queue.length) {
    const at = queue.shift()!;
    found.push(at);
    queue.push(...dependents(tree, at, 'nmod', 'obl', 'appos', 'advmod'));
  }
  return found;
}

/** "protesters chanted slogans against B": slogans shouted against a party protest against it (CAMEO 14). */
export function readSlogans(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!CHANTING_VERBS.has(lemma) || isNegated(tree, verb)) return;
  const slogans = dependents(tree, verb, 'obj').filter((o) => SLOGAN_NOUNS.has(lemmaOf(tree, o)));
  if (!slogans.length) return;
  const against = [...slogans.flatMap((o) => dependents(tree, o, 'nmod')), ...dependents(tree, verb, 'obl')].filter((n) => prepositionOf(tree, n) === 'against');
  for (const subject of subjects) for (const party of against.flatMap((n) => partyOf(reading, n))) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['PROTESTS_AGAINST'], subject, party);
}
