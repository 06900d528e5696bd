/**
 * What an event word means by what it acts on or goes with: an attack noun, a truce declared, the sense a verb or
 * noun takes from its object, the act undone, and where an event noun's party may hang.
 */
import { isLetteredCurrency } from '../nlp/tokens.js';
import type { RelationType } from '../vocabulary/relation-types.js';
import { conjuncts, dependents, lemmaOf, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { nounRelations } from './event-lexicon.js';
import {
  objectSense,
  isAidNoun,
  AID_GOODS,
  AID_MODIFIERS,
  CANCELLING_VERBS,
  CURRENCY_NOUNS,
  CURRENCY_SIGNS,
  DECLARING_VERBS,
  TRUCE_KEEPING_VERBS,
  FREEING_VERBS,
  CAPTIVE_WORDS,
  RESCUE_OPERATION_NOUNS,
  FORCE_NOUNS,
  HELPING_VERBS,
  PEOPLE_GROUP_NOUNS,
  FRONT_NOUNS,
  GIFT_VERBS,
  GIVING_VERBS,
  MEASURE_NOUNS,
  MISSION_NOUNS,
  PAID_AID,
  PAYING_VERBS,
  PROTEST_STRIKE_WORDS,
  STRIKE_LENGTH_UNITS,
  TRUCE_NOUNS,
  UNDOING_VERBS,
} from './syntax-words.js';

/**
 * What undoing an event is, as PLOVER codes it: easing sanctions or an embargo is a material retreat (CAMEO 085);
 * easing restrictions or dropping charges a concession; ending cooperation or talks a sanction.
 */
export function undone(types: readonly RelationType[], verb?: string): RelationType[] {
  // Easing sanctions, or halting attacks or a build-up against a party, is PLOVER's RETREAT ('ease', 'de-escalate').
  if (types.some((t) => t === 'SANCTIONS' || t === 'ATTACKS' || t === 'MOBILIZES_AGAINST')) return ['RELEASES'];
  // Calling off a meeting or talks rejects the other side (PLOVER: "Cancellation of meetings are REJECT"); suspending
  // or breaking them off reduces relations, a sanction.
  if (verb !== undefined && CANCELLING_VERBS.has(verb) && types.some((t) => t === 'MEETS' || t === 'NEGOTIATES_WITH')) return ['REJECTS'];
  // Calling off a strike or a protest against a party eases dissent, a concession to it (PLOVER's CONCEDE, CAMEO 082).
  if (types.includes('PROTESTS_AGAINST')) return ['CONCEDES_TO'];
  // Dropping a lawsuit or charges against a party yields to it; so does dropping one's objection to it or one's veto of it.
  if (types.some((t) => t === 'COERCES' || t === 'THREATENS' || t === 'ACCUSES' || t === 'CRITICIZES' || t === 'REJECTS')) return ['CONCEDES_TO'];
  if (types.some((t) => t === 'COOPERATES_WITH' || t === 'AIDS' || t === 'NEGOTIATES_WITH' || t === 'AGREES_WITH' || t === 'MEETS')) return ['SANCTIONS'];
  return [];
}

/** Whether a strike is a protest, not an assault: a general, hunger, indefinite or timed strike ("launched a general strike", "a 48-hour strike"). */
export const isProtestStrike = (tree: DependencyTree, noun: number): boolean =>
  lemmaOf(tree, noun) === 'strike' &&
  dependents(tree, noun, 'compound', 'amod').some((m) => PROTEST_STRIKE_WORDS.has(lemmaOf(tree, m)) || isLength(tree, m));

/** Whether a modifier is a length of time: "48-hour" read as "48 - hour", or "three-day" as one word. */
function isLength(tree: DependencyTree, modifier: number): boolean {
  const [count, unit] = lemmaOf(tree, modifier).split('-');
  return unit !== undefined ? STRIKE_LENGTH_UNITS.has(unit) && count !== '' : STRIKE_LENGTH_UNITS.has(count!) && dependents(tree, modifier, 'nummod').length > 0;
}

/** Whether a verb and its object declare a ceasefire or a truce ("declared a unilateral ceasefire"). */
export const isDeclaredTruce = (verb: string, noun: string): boolean => (DECLARING_VERBS.has(verb) || TRUCE_KEEPING_VERBS.has(verb)) && TRUCE_NOUNS.has(noun);

/** An event noun that names an attack on someone ("strike", "raid", "bombing"), by the lexicon. */
export function isAttack(tree: DependencyTree, noun: number): boolean {
  const lemma = lemmaOf(tree, noun);
  return nounRelations(lemma, 'on').includes('ATTACKS') || nounRelations(lemma, 'against').includes('ATTACKS');
}

/** Where an event noun's other party may hang: from the noun, or from the verb's phrases or a phrase of theirs. */
export function partiesOf(tree: DependencyTree, noun: number, obliques: readonly number[]): number[] {
  // ("halted imports of wine from B": the parser may hang the event's party on what its "of" names.)
  const ofWhat = dependents(tree, noun, 'nmod').filter((n) => prepositionOf(tree, n) === 'of').flatMap((n) => dependents(tree, n, 'nmod').filter((m) => prepositionOf(tree, m) !== 'of'));
  // (Or "with B" on what the event is on: "signed a protocol on boundary surveys with B".)
  const onWhat = dependents(tree, noun, 'nmod').filter((n) => prepositionOf(tree, n) === 'on').flatMap((n) => dependents(tree, n, 'nmod').filter((m) => prepositionOf(tree, m) === 'with'));
  // ("sent a rescue team and two field hospitals to B": a party may hang on the noun's last conjunct.)
  const own = conjuncts(tree, noun).flatMap((c) => dependents(tree, c, 'nmod'));
  // ("drills near its border with B": the party across the frontier the event is held at.)
  const across = own.filter((n) => FRONT_NOUNS.has(lemmaOf(tree, n))).flatMap((f) => dependents(tree, f, 'nmod').filter((m) => prepositionOf(tree, m) === 'with'));
  return [...new Set([...own, ...obliques, ...obliques.flatMap((o) => dependents(tree, o, 'nmod')), ...ofWhat, ...onWhat, ...across])];
}

/**
 * The type a verb or event noun has on what it acts on, where that gives it one (`objectSense`); one of an embassy's
 * staff is an envoy ("the expulsion of a B embassy official").
 */
export function senseOn(tree: DependencyTree, lemma: string, token: number): RelationType | undefined {
  // "freed two kidnapped aid workers in a raid": captives freed by force are rescued, aid (PLOVER's AID 'rescue'),
  // not released by their captors.
  const verb = tree.parse.head[token]!;
  const byForce = verb >= 0 && dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'in' && RESCUE_OPERATION_NOUNS.has(lemmaOf(tree, o)));
  if (FREEING_VERBS.has(lemma) && byForce && dependents(tree, token, 'amod', 'acl', 'compound').some((m) => CAPTIVE_WORDS.has(lemmaOf(tree, m)))) return 'AIDS';
  const own = objectSense(lemma, lemmaOf(tree, token));
  if (own !== undefined || !dependents(tree, token, 'compound', 'amod').some((m) => MISSION_NOUNS.has(lemmaOf(tree, m)))) return own;
  return objectSense(lemma, 'envoy');
}

/**
 * The goods a giving verb's object gives as aid, if it does: "sent food to B", "delivered 40 tonnes of maize to B"
 * (a measure's goods), as event data codes material aid.
 */
export function aidGiven(tree: DependencyTree, verb: string, thing: number): number | undefined {
  // "announced a package of military aid for B": a measure of aid is aid, whatever the light verb.
  const measured = MEASURE_NOUNS.has(lemmaOf(tree, thing)) ? dependents(tree, thing, 'nmod').find((n) => prepositionOf(tree, n) === 'of' && isAidNoun(lemmaOf(tree, n))) : undefined;
  if (measured !== undefined) return measured;
  // Aid suspended or cut is aid too, undone ("suspended loans to B"); aid offered or pledged is aid to come.
  if (!GIVING_VERBS.has(verb) && !GIFT_VERBS.has(verb) && !UNDOING_VERBS.has(verb)) return undefined;
  // (A measure with no "of" is what is given itself: "rescue teams".)
  const goods = MEASURE_NOUNS.has(lemmaOf(tree, thing)) ? (dependents(tree, thing, 'nmod').find((n) => prepositionOf(tree, n) === 'of') ?? thing) : thing;
  // Money paid is a payment, not aid, unless paid as reparations ("paid reparations to B").
  if (PAYING_VERBS.has(verb)) return goods !== undefined && PAID_AID.has(lemmaOf(tree, goods)) ? goods : undefined;
  // "donated $5 million to B", "gave 50 million euros to B": money given is aid.
  // (A sign with letters, "A$50 million", is read as a noun.)
  const lemma = lemmaOf(tree, thing);
  if ((tree.parse.upos[thing] === 'SYM' && CURRENCY_SIGNS.has(lemma)) || isLetteredCurrency(lemma) || CURRENCY_NOUNS.has(lemma)) return thing;
  // "sent rescue teams to B", "a batch of air defence systems", "a search-and-rescue team": people sent to rescue or
  // treat, and arms to defend, are aid.
  const aiding = (m: number) => lemmaOf(tree, m).split('-').some((part) => AID_MODIFIERS.has(part));
  const modifiers = (n: number) => dependents(tree, n, 'compound', 'amod').flatMap((m) => [m, ...dependents(tree, m, 'compound')]);
  // (Not an act with a sense of its own: "suspended military cooperation with B" is cooperation.)
  if (goods !== undefined && modifiers(goods).some(aiding) && !nounRelations(lemmaOf(tree, goods), 'with').length) return goods;
  // "sent 40 soldiers and two engineering teams to B to help clear debris": forces or teams sent to help are aid.
  const sender = tree.parse.deprel[thing] === 'obj' ? tree.parse.head[thing]! : -1;
  // (The purpose may hang on what is sent: "a team of engineers to B to help restore …".)
  const purposes = [...(sender >= 0 ? dependents(tree, sender, 'advcl', 'xcomp') : []), ...[thing, ...dependents(tree, thing, 'nmod')].flatMap((n) => dependents(tree, n, 'acl'))];
  const helping = sender >= 0 && purposes.some((c) => HELPING_VERBS.has(lemmaOf(tree, c)) && dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to'));
  if (helping && [thing, ...(goods === undefined ? [] : [goods])].flatMap((g) => conjuncts(tree, g)).some((g) => FORCE_NOUNS.has(lemmaOf(tree, g)) || PEOPLE_GROUP_NOUNS.has(lemmaOf(tree, g)))) return thing;
  // ("fuel and medicine": one kind of aid in a list makes the list aid; so does aid's own kind: "food parcels",
  // "relief supplies".)
  // (Not forces named by what they carry: "an aircraft carrier".)
  // (A measure in the list is what it measures: "carriers and a consignment of equipment".)
  const isGoods = (g: number): boolean => AID_GOODS.has(lemmaOf(tree, g)) || (g !== goods && MEASURE_NOUNS.has(lemmaOf(tree, g)) && dependents(tree, g, 'nmod').some((n) => prepositionOf(tree, n) === 'of' && isGoods(n)));
  return goods !== undefined && conjuncts(tree, goods).some((g) => isGoods(g) || (!FORCE_NOUNS.has(lemmaOf(tree, g)) && dependents(tree, g, 'compound').some(isGoods))) ? goods : undefined;
}
