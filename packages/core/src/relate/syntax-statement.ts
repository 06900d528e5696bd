/**
 * How the syntax reading states a relation: the first type of the lexicon whose argument types fit, the
 * framing (modality) the sentence gives its predicate, and the retyping a framing or an agent calls for (harm
 * promised is a threat, force a crowd uses a protest). Every reader of syntax-relations.ts and its companions
 * states what it finds through here.
 */
import type { ResolvedMention } from '../resolve/entity.js';
import { isSymmetric, type Modality, type RelationType } from '../vocabulary/relation-types.js';
import { argumentsFit } from './argument-types.js';
import { dependents, isNegated, lemmaOf, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { verbRelations } from './event-lexicon.js';
import type { SentenceView } from './sentence-view.js';
import {
  BEATING_VERBS,
  BEATING_WEAPONS,
  CLAIMING_VERBS,
  HEARSAY_ADVERBS,
  CONDITION_MARKERS,
  DEMANDING_VERBS,
  DENYING_VERBS,
  CEASING_VERBS,
  FAILING_VERBS,
  BARRING_VERBS,
  EXCLUDING_VERBS,
  EMPTY_VERBS,
  FUTURE_AUXILIARIES,
  MEANS_VERBS,
  INFINITIVE_NOUNS,
  OBJECT_CONTROL_VERBS,
  UNDOING_VERBS,
  POLICING_NOUNS,
  PROTESTER_NOUNS,
  RAIDING_VERBS,
  RIOTER_NOUNS,
  OBLIGATION_AUXILIARIES,
  PLANNED_MODIFIERS,
  PLANNING_VERBS,
  POSTPONING_VERBS,
  POSSIBILITY_AUXILIARIES,
  POSSIBILITY_VERBS,
  POSSIBLE_NOUNS,
  POSSIBLE_MODIFIERS,
  REPORTING_VERBS,
  SOURCE_PREPOSITIONS,
  GROUP_PART_NOUNS,
  MEMBERS_BODY_HEADS,
  PLEDGE_NOUNS,
  THREAT_NOUNS,
  BLOCKING_VERBS,
  GATHERING_NOUNS,
  GIVING_VERBS,
  PRESSING_VERBS,
  ROUTE_NOUNS,
} from './syntax-words.js';
import { entitiesAt, type Reading } from './syntax-reading.js';
import { isProtestStrike } from './syntax-senses.js';

export const TYPED_CONFIDENCE = 0.8;

const UNTYPED_CONFIDENCE = 0.6;

/** Framings from strongest to weakest claim; a predicate framed several ways takes the weakest. */
const FRAMING_ORDER: readonly Modality[] = ['asserted', 'reported', 'planned', 'demanded', 'hypothetical'];

const HARMING_TYPES: ReadonlySet<RelationType> = new Set(['ATTACKS', 'COERCES', 'SANCTIONS']);

const HOSTILE_AT: ReadonlySet<RelationType> = new Set(['ATTACKS', 'CRITICIZES', 'THREATENS', 'ACCUSES']);

const AT_TARGET_TYPES: ReadonlySet<string> = new Set(['Person', 'Country']);

const THREATENING_FRAMES: ReadonlySet<Modality> = new Set(['planned', 'hypothetical']);

/** Whether a verb (or an event noun's verb) is the infinitive of a threat ("A's threat to impose sanctions on B"). */
function isThreatened(tree: DependencyTree, token: number): boolean {
  const verb = tree.parse.upos[token] === 'VERB' ? token : tree.parse.head[token]!;
  if (verb < 0 || tree.parse.deprel[verb] !== 'acl') return false;
  const noun = tree.parse.head[verb]!;
  return noun >= 0 && THREAT_NOUNS.has(lemmaOf(tree, noun));
}

/** Whether a verb (or an event noun's verb) is said with "would" in a clause a verb of saying reports ("said it would …"). */
function reportedWill(tree: DependencyTree, token: number): boolean {
  const verb = tree.parse.upos[token] === 'VERB' ? token : tree.parse.head[token]!;
  if (verb < 0 || !dependents(tree, verb, 'aux').some((a) => lemmaOf(tree, a) === 'would')) return false;
  const saying = tree.parse.head[verb]!;
  return saying >= 0 && tree.parse.deprel[verb] === 'ccomp' && REPORTING_VERBS.has(lemmaOf(tree, saying));
}

/** Whether a verb (or an event noun's verb) has a condition of "if" or "unless" ("will strike B if talks fail"). */
function isConditional(tree: DependencyTree, token: number): boolean {
  // (An event noun's condition is its verb's: "will impose sanctions on B unless …".)
  const verb = tree.parse.upos[token] === 'VERB' ? token : tree.parse.head[token]!;
  return verb >= 0 && dependents(tree, verb, 'advcl').some((clause) => dependents(tree, clause, 'mark').some((m) => ['if', 'unless'].includes(lemmaOf(tree, m))));
}

/** Whether a mention is the speaker's own "I" or "we" (resolved to who says it). */
const speaksForSelf = (view: SentenceView, mention: ResolvedMention): boolean =>
  mention.tokenEnd - mention.tokenStart === 1 && ['i', 'we'].includes(view.words[mention.tokenStart]!);

/** Markers of a gerund that is framed as the verb it hangs on is (see `modalityOf`). */
const CLIMBING_MARKERS: ReadonlySet<string> = new Set(['by', 'for', 'into', 'on']);

/** Stances voiced by the act done to voice them, which a purpose clause of that act states as done. */
const VOICED_TYPES: ReadonlySet<RelationType> = new Set(['PROTESTS_AGAINST', 'CRITICIZES']);

/** Whether a verb's subject is a crowd of protesters or rioters ("protesters stormed …", "a mob attacked …"), or its clause goes on from such a verb's. */
export function isCrowdAct(tree: DependencyTree, verb: number): boolean {
  if (tree.parse.upos[verb] !== 'VERB') return false;
  const subjects = dependents(tree, verb, 'nsubj');
  // (A common noun: "People" in "the Velt People's Army" is the name's.)
  if (subjects.some((s) => tree.parse.upos[s] === 'NOUN' && (PROTESTER_NOUNS.has(lemmaOf(tree, s)) || RIOTER_NOUNS.has(lemmaOf(tree, s))))) return true;
  // ("Supporters of B rioted, ransacking the offices of C": so is what a crowd does as it goes on, with no subject of its own.)
  const head = tree.parse.head[verb]!;
  return !subjects.length && head >= 0 && head < verb && ['advcl', 'conj'].includes(tree.parse.deprel[verb]!) && isCrowdAct(tree, head);
}

/**
 * Whether a verb says what a march or a rally is for ("marched … to denounce B"): the act of protest is against B. So
 * is a strike, a sit-in or a blockade of roads ("launched a general strike to press B", "blocked highways to press B",
 * "has been on hunger strike to press B").
 */
function isProtestPurpose(tree: DependencyTree, verb: number): boolean {
  const act = tree.parse.head[verb]!;
  if (act < 0 || !dependents(tree, verb, 'mark').some((m) => lemmaOf(tree, m) === 'to')) return false;
  if (tree.parse.deprel[verb] === 'acl') return isProtestNoun(tree, act);
  if (!['advcl', 'xcomp'].includes(tree.parse.deprel[verb]!)) return false;
  if (tree.parse.upos[act] !== 'VERB') return isProtestNoun(tree, act) && dependents(tree, act, 'cop').length > 0;
  const blockade = BLOCKING_VERBS.has(lemmaOf(tree, act)) && dependents(tree, act, 'obj').some((o) => ROUTE_NOUNS.has(lemmaOf(tree, o)));
  return verbRelations(lemmaOf(tree, act)).includes('PROTESTS_AGAINST') || isCrowdAct(tree, act) || blockade || dependents(tree, act, 'obj', 'obl').some((o) => isProtestNoun(tree, o));
}

/** Whether a noun is a protest: a march, a rally, a sit-in; a strike only as a general or hunger strike, or one people are "on". */
function isProtestNoun(tree: DependencyTree, noun: number): boolean {
  const lemma = lemmaOf(tree, noun);
  if (lemma !== 'strike') return GATHERING_NOUNS.has(lemma);
  return isProtestStrike(tree, noun) || prepositionOf(tree, noun) === 'on';
}

/** Whether a verb is a raid by police or officials ("police raided …", "tax officials searched …"). */
function isPoliceRaid(tree: DependencyTree, verb: number): boolean {
  return RAIDING_VERBS.has(lemmaOf(tree, verb)) && dependents(tree, verb, 'nsubj').some((s) => POLICING_NOUNS.has(lemmaOf(tree, s)));
}

/**
 * Whether a verb of putting out (EXCLUDING_VERBS) puts one out of a group ("from the B party", "from its ranks",
 * "from the activities of B"), and the organisations named as that group.
 */
export function fromGroup(reading: Reading, verb: number): { group: boolean; bodies: ResolvedMention[] } {
  const { tree, view } = reading;
  if (!EXCLUDING_VERBS.has(lemmaOf(tree, verb))) return { group: false, bodies: [] };
  let group = false;
  const bodies: ResolvedMention[] = [];
  for (const phrase of dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'from')) {
    const own = entitiesAt(reading, phrase);
    const part = !own.length && GROUP_PART_NOUNS.has(lemmaOf(tree, phrase));
    const named = part ? dependents(tree, phrase, 'nmod', 'nmod:poss').flatMap((n) => entitiesAt(reading, n)) : own;
    const organisations = named.filter((m) => view.typeOf(m.entity) === 'Organization');
    if (part || organisations.length) group = true;
    bodies.push(...organisations);
  }
  return { group, bodies };
}

/**
 * A relation a verb states between `source` and `target` (its object when `preposition` is undefined): the
 * first of the lexicon's types that fits the arguments; none fitting is a misreading; a verb outside the
 * lexicon gives a stated, untyped relation.
 */
export function state(reading: Reading, verb: number, lemma: string, preposition: string | undefined, source: ResolvedMention, target: ResolvedMention): void {
  // "between B and C" names both parties of a symmetric relation, neither with the subject ("A spoke of the
  // work between B and C"); one who stands between them still acts on each ("A mediated between B and C").
  // "lashed out at B", "fired at B": a hostile act with no object may name its target after "at" — an actor, not the
  // place it happened ("stabbed people at B", "fought at B"). An organisation may be the target of words ("lashed out
  // at the B Union"), not of force (it is as often where something happened).
  const atType = reading.view.typeOf(target.entity) ?? '';
  const targetAt = preposition === 'at' && !dependents(reading.tree, verb, 'obj').length && (AT_TARGET_TYPES.has(atType) || atType === 'Organization');
  const listed = !preposition && isBeating(reading, verb, lemma) ? (['ATTACKS'] as const)
    : verbRelations(lemma, preposition).length || !targetAt ? verbRelations(lemma, preposition)
    : verbRelations(lemma).filter((t) => HOSTILE_AT.has(t) && (t !== 'ATTACKS' || AT_TARGET_TYPES.has(atType)));
  const types = listed.filter((t) => preposition !== 'between' || !isSymmetric(t));
  if (types.length) stateTyped(reading, verb, lemma, types, source, target);
  else if (listed.length) return;
  else if (!verbRelations(lemma).length && !verbRelations(lemma, 'with').length && !EMPTY_VERBS.has(lemma)) {
    add(reading, verb, source, target, 'RELATED_TO', preposition ? `${lemma} ${preposition}` : lemma, UNTYPED_CONFIDENCE);
  }
}

/**
 * "Guards beat A with batons", "police beat the marchers": beating is an assault where it is done with a weapon or
 * by people a common noun names; "B beat C 2-1 with a late goal" is a win, which is why the lexicon leaves the verb out.
 */
function isBeating(reading: Reading, verb: number, lemma: string): boolean {
  const { tree } = reading;
  if (!BEATING_VERBS.has(lemma)) return false;
  const armed = dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'with' && BEATING_WEAPONS.has(lemmaOf(tree, o)));
  return armed || dependents(tree, verb, 'nsubj').some((n) => tree.parse.upos[n] === 'NOUN');
}

/**
 * "The B Party expelled lawmaker C", "the B Federation banned the C Association from its championships": a party, a
 * union or a federation putting out or barring a person or a member body puts out its member, a sanction as out of
 * its ranks (PLOVER's SANCTION 'expel': "from a group, organization, political party"); a state putting out a person
 * deports them.
 */
function putsOutMember(reading: Reading, verb: number, source: ResolvedMention, target: ResolvedMention): boolean {
  const { view } = reading;
  const lemma = lemmaOf(reading.tree, verb);
  const member = ['Person', 'Organization'].includes(view.typeOf(target.entity) ?? '');
  return (EXCLUDING_VERBS.has(lemma) || BARRING_VERBS.has(lemma)) && !source.anaphor && view.typeOf(source.entity) === 'Organization' && MEMBERS_BODY_HEADS.has(view.words[source.tokenEnd - 1]!) && member;
}

export function stateTyped(reading: Reading, predicateToken: number, predicate: string, types: readonly RelationType[], source: ResolvedMention, target: ResolvedMention, claimed?: Modality): void {
  const { view } = reading;
  const type = types.find((t) => argumentsFit(t, view.typeOf(source.entity), view.typeOf(target.entity), predicate));
  if (type) add(reading, predicateToken, source, target, type, predicate, TYPED_CONFIDENCE, claimed);
}

/** A relation of `types` between each two of `parties` ("A and B met"), the earlier named first. */
export function statePairwise(reading: Reading, predicateToken: number, predicate: string, types: readonly RelationType[], parties: readonly ResolvedMention[]): void {
  // A directed act the parties do together ("A and B restored ties": each supports the other) goes both ways.
  const directed = types.filter((t) => !isSymmetric(t));
  for (let i = 0; i < parties.length; i += 1) {
    for (let j = i + 1; j < parties.length; j += 1) {
      stateTyped(reading, predicateToken, predicate, types, parties[i]!, parties[j]!);
      if (directed.length) stateTyped(reading, predicateToken, predicate, directed, parties[j]!, parties[i]!);
    }
  }
}

/** `claimed`: how the sentence frames an act it states as fact only by someone's claim ("charged with"). */
function add(reading: Reading, predicateToken: number, source: ResolvedMention, target: ResolvedMention, type: RelationType, predicate: string, confidence: number, claimed?: Modality): void {
  const { view } = reading;
  if (source.entity === target.entity) return;
  const framed = modalityOf(reading, predicateToken, [source.entity, target.entity]);
  if (framed === undefined) return;
  let modality = framed === 'asserted' && claimed ? claimed : framed;
  // "I will destroy B", "if B moves, we will strike": harm a speaker says they will do is a threat made now.
  // So is harm one says one will do on a condition ("A will expel B's envoy if B does not stop …", "… unless B
  // withdraws"); what one may or would do if … stays a possibility.
  // "A's threat to expel B's envoy": harm a threat names is threatened, as after "threatened to".
  const threatened = isThreatened(reading.tree, predicateToken);
  // "A said it would expel B's envoy if …": "would" is a reported "will".
  const conditional = (modality === 'planned' || (modality === 'hypothetical' && reportedWill(reading.tree, predicateToken))) && isConditional(reading.tree, predicateToken);
  if (HARMING_TYPES.has(type) && THREATENING_FRAMES.has(modality) && (speaksForSelf(view, source) || conditional || threatened)) [type, modality] = ['THREATENS', 'asserted'];
  // "Protesters stormed the embassy of B", "activists occupied B's offices": force a crowd of protesters uses is a
  // protest (PLOVER's, violent; an occupation a sit-in).
  // So is a boycott by consumers or other people: a state's is a sanction.
  if ((type === 'ATTACKS' || type === 'COERCES' || (type === 'SANCTIONS' && predicate === 'boycott')) && isCrowdAct(reading.tree, predicateToken)) type = 'PROTESTS_AGAINST';
  // "Thousands marched through C to denounce B's campaign": condemning is what the march does, a protest.
  // So is pressing a party by a strike or a blockade ("launched a general strike to press B to raise wages").
  // (Pressing by a protest is done as the protest is: "launched a strike to press B" is no plan.)
  if (type === 'REQUESTS' && PRESSING_VERBS.has(predicate) && isProtestPurpose(reading.tree, predicateToken)) {
    const protest = modalityOf(reading, reading.tree.parse.head[predicateToken]!, [source.entity, target.entity]);
    if (protest === undefined) return;
    [type, modality] = ['PROTESTS_AGAINST', protest];
  }
  if ((type === 'CRITICIZES' || type === 'ACCUSES') && isProtestPurpose(reading.tree, predicateToken)) type = 'PROTESTS_AGAINST';
  // "Police raided the home of B", "tax officials raided B's offices": a raid to enforce the law is a coercion.
  if (type === 'ATTACKS' && isPoliceRaid(reading.tree, predicateToken)) type = 'COERCES';
  // "C expelled B from its ranks": putting one out of a group or party is a sanction (PLOVER's SANCTION 'expel'); out
  // of a country it stays a coercion (a deportation).
  if (type === 'COERCES' && (fromGroup(reading, predicateToken).group || putsOutMember(reading, predicateToken, source, target))) type = 'SANCTIONS';
  // "A threatened to expel B's envoy": harm a threat's infinitive names is threatened, whoever the harm reaches (an
  // owner, a party after a preposition), the threat said as the threatening verb is.
  const threat = threateningVerb(reading.tree, predicateToken);
  // (Leaving a body harms it as a sanction does: threatened, it is a threat to reduce relations with it.)
  const harming = HARMING_TYPES.has(type) || (type === 'WITHDREW_FROM' && view.typeOf(target.entity) === 'Organization');
  if (harming && threat >= 0) record(reading, source, target, 'THREATENS', lemmaOf(reading.tree, threat), confidence, modalityOf(reading, threat, [source.entity, target.entity]));
  record(reading, source, target, type, predicate, confidence, modality);
}

/**
 * The verb of threatening whose infinitive, with its subject's own act, the verb at `token` is ("threatened to expel
 * …"; not "warned B to stop …", B's act), or −1.
 */
function threateningVerb(tree: DependencyTree, token: number): number {
  const head = tree.parse.head[token]!;
  if (tree.parse.upos[token] !== 'VERB' || tree.parse.deprel[token] !== 'xcomp' || head < 0 || dependents(tree, head, 'obj', 'iobj').length) return -1;
  return verbRelations(lemmaOf(tree, head)).includes('THREATENS') ? head : -1;
}

function record(reading: Reading, source: ResolvedMention, target: ResolvedMention, type: RelationType, predicate: string, confidence: number, modality: Modality | undefined): void {
  if (modality === undefined) return;
  const { view } = reading;
  // A stated untyped relation keeps its direction (subject → object); symmetric types are stored once.
  const [a, b] = isSymmetric(type) && type !== 'RELATED_TO' && source.entity > target.entity ? [target.entity, source.entity] : [source.entity, target.entity];
  const key = `${a}|${type}|${b}|${predicate}`;
  const known = reading.found.get(key);
  if (known && FRAMING_ORDER.indexOf(known.modality) <= FRAMING_ORDER.indexOf(modality)) return;
  reading.found.set(key, { source: a, target: b, type, predicate, confidence, basis: 'syntax', modality, docId: view.docId, sentence: view.sentence.index });
}

/**
 * How the sentence frames the predicate at `token`, walking up through the verbs that carry it; undefined
 * when it is negated. `parties` are the relation's two entities: a speaker who is one of them announces
 * their own act (asserted); a named third party's "said that" makes it reported.
 */
export function modalityOf(reading: Reading, token: number, parties: readonly string[]): Modality | undefined {
  const { tree } = reading;
  const framings = new Set<Modality>();
  let t = token;
  // A conjunct with a subject of its own is a clause of its own ("B is not a member of C, but it is part of D"):
  // the first clause's negation, auxiliaries and markers are not its; what frames both still frames it.
  let ownClause = false;
  const climb = (relation: string) => {
    ownClause = relation === 'conj' && dependents(tree, t, 'nsubj', 'nsubj:pass', 'expl').length > 0;
    t = tree.parse.head[t]!;
  };
  // "B's trip to C, which was cancelled": a relative clause right after the event's phrase undoes or defers it,
  // wherever the parser hung the clause.
  if (tree.parse.upos[token] === 'NOUN') {
    const after = rightmostOf(tree, token) + 1;
    const pronoun = reading.view.words[after] === ',' && lemmaOf(tree, after + 1) === 'which' ? after + 1 : -1;
    const clause = pronoun >= 0 && tree.parse.deprel[pronoun] === 'nsubj:pass' ? tree.parse.head[pronoun]! : -1;
    if (clause >= 0 && UNDOING_VERBS.has(lemmaOf(tree, clause))) return undefined;
    if (clause >= 0 && POSTPONING_VERBS.has(lemmaOf(tree, clause))) framings.add('planned');
  }
  // An event noun takes the framing of the verb whose argument it is ("will hold talks").
  while (t >= 0 && tree.parse.upos[t] !== 'VERB') {
    if (!ownClause) {
      // The word as written too: a participle's lemma is its verb's ("planned" → "plan").
      for (const modifier of dependents(tree, t, 'amod').map((m) => [lemmaOf(tree, m), reading.view.words[m]!.toLowerCase()])) {
        if (modifier.some((w) => PLANNED_MODIFIERS.has(w))) framings.add('planned');
        if (modifier.some((w) => POSSIBLE_MODIFIERS.has(w))) framings.add('hypothetical');
      }
      if (isNegated(tree, t)) return undefined;
    }
    const relation = tree.parse.deprel[t]!;
    if (!/^(obj|obl|nsubj|nmod|conj|compound)/.test(relation)) break;
    // ("pledged $300 million in loans to B": an amount's "in" names the event the verb acts on, as its object would.)
    const amountOf = relation === 'obl' && prepositionOf(tree, t) === 'in';
    climb(relation);
    // "B's visit was cancelled", "A cancelled B's visit": it did not take place; "was postponed" is yet to.
    if ((relation === 'nsubj:pass' || relation === 'obj') && t >= 0 && tree.parse.upos[t] === 'VERB') {
      if (UNDOING_VERBS.has(lemmaOf(tree, t))) return undefined;
      if (POSTPONING_VERBS.has(lemmaOf(tree, t))) framings.add('planned');
    }
    // "to arrange a meeting", "proposed talks": the event a planning or proposing verb has as object is not yet held.
    if ((relation === 'obj' || amountOf) && t >= 0 && tree.parse.upos[t] === 'VERB') {
      if (PLANNING_VERBS.has(lemmaOf(tree, t))) framings.add('planned');
      if (POSSIBILITY_VERBS.has(lemmaOf(tree, t)) || DEMANDING_VERBS.has(lemmaOf(tree, t))) framings.add(DEMANDING_VERBS.has(lemmaOf(tree, t)) ? 'demanded' : 'hypothetical');
    }
  }
  for (let depth = 0; t >= 0 && depth < 6; depth += 1) {
    if (!ownClause) {
      if (tree.parse.upos[t] === 'VERB' && depth > 0 && isNegated(tree, t)) return undefined;
      for (const aux of dependents(tree, t, 'aux')) {
        const word = lemmaOf(tree, aux);
        if (FUTURE_AUXILIARIES.has(word)) framings.add('planned');
        if (POSSIBILITY_AUXILIARIES.has(word)) framings.add('hypothetical');
        if (OBLIGATION_AUXILIARIES.has(word)) framings.add('demanded');
      }
      if (dependents(tree, t, 'mark').some((m) => CONDITION_MARKERS.has(lemmaOf(tree, m)))) framings.add('hypothetical');
      // A headline's "A to withdraw troops from B" tells what A is to do: its root an infinitive with a subject.
      const headlineFuture = tree.parse.head[t] === -1 && dependents(tree, t, 'nsubj').length > 0 && !dependents(tree, t, 'aux').length;
      if (headlineFuture && dependents(tree, t, 'mark').some((m) => lemmaOf(tree, m) === 'to')) framings.add('planned');
    }
    for (const source of dependents(tree, t, 'obl')) {
      if (SOURCE_PREPOSITIONS.has(prepositionOf(tree, source) ?? '') && isThirdParty(reading, [source], parties)) framings.add('reported');
    }
    if (dependents(tree, t, 'advmod').some((m) => HEARSAY_ADVERBS.has(lemmaOf(tree, m)))) framings.add('reported');
    const relation = tree.parse.deprel[t]!;
    const head = tree.parse.head[t]!;
    if (head < 0) break;
    // "A urged B to reconsider and spoke with C": an inflected verb the parser joined to an infinitive is the
    // controlling verb's conjunct, not urged.
    if (relation === 'conj' && reading.view.words[t] !== lemmaOf(tree, t) && tree.parse.deprel[head] === 'xcomp' && dependents(tree, head, 'mark').some((m) => lemmaOf(tree, m) === 'to')) {
      t = tree.parse.head[head]!;
      ownClause = false;
      continue;
    }
    const governor = lemmaOf(tree, head);
    // "A sent troops to fight B": a purpose has not happened yet; what one "went on to" do has.
    const wentOn = governor === 'go' && dependents(tree, head, 'compound:prt', 'advmod').some((p) => lemmaOf(tree, p) === 'on');
    // What one used something to do is framed as the using is ("used drones to bomb B's positions" did bomb them).
    // (The parser may hang the purpose on the means: "used drones to bomb …" read with "to bomb" on "drones".)
    const means = relation === 'acl' && tree.parse.deprel[head] === 'obj' ? tree.parse.head[head]! : relation === 'advcl' && dependents(tree, head, 'obj').length ? head : -1;
    if (means >= 0 && MEANS_VERBS.has(lemmaOf(tree, means)) && dependents(tree, t, 'mark').some((m) => lemmaOf(tree, m) === 'to')) {
      t = means;
      ownClause = false;
      continue;
    }
    // So is an infinitive after an object ("sent planes to help B"), unless the object does it for the verb that
    // has it ("led the government to permit B" is done, "urged allies to sanction B" demanded).
    const infinitive = (relation === 'advcl' || relation === 'acl') && !wentOn && dependents(tree, t, 'mark').some((m) => lemmaOf(tree, m) === 'to');
    const controller = relation === 'acl' && tree.parse.deprel[head] === 'obj' ? tree.parse.head[head]! : -1;
    const controlled = controller >= 0 && OBJECT_CONTROL_VERBS.has(lemmaOf(tree, controller)) && !INFINITIVE_NOUNS.has(lemmaOf(tree, head));
    // "urged B to investigate C", read as a purpose: what is asked of an object is demanded of it.
    const asked = relation === 'advcl' && DEMANDING_VERBS.has(governor) && dependents(tree, head, 'obj').length > 0;
    // "A's threat to attack B" is only possible, "A's demand that …"/"call to …" demanded; "a plan to …" planned.
    const nounFraming = relation === 'acl' && INFINITIVE_NOUNS.has(governor) ? framingOfNoun(governor) : undefined;
    // "went on strike to protest against B", "recalled its envoy to protest": an act done to voice a stance voices it.
    // (Not "sent troops to attack B", whose verb also voices; nor "a plan to protest".)
    const stances = verbRelations(lemmaOf(tree, t));
    const voiced = (relation === 'advcl' || (relation === 'acl' && !INFINITIVE_NOUNS.has(governor))) && stances.length > 0 && stances.every((type) => VOICED_TYPES.has(type));
    // "sent planes to help B": help that what is sent brings is given by the sending, and framed as it is.
    // (The purpose may hang on what is sent: "sent officers to help B patrol".)
    const sender = relation === 'advcl' ? head : relation === 'acl' && tree.parse.deprel[head] === 'obj' ? tree.parse.head[head]! : -1;
    const sentHelp = sender >= 0 && GIVING_VERBS.has(lemmaOf(tree, sender)) && lemmaOf(tree, t) === 'help';
    if (infinitive && !controlled && (voiced || sentHelp)) {
      // Framed as the act is ("plans to hold a rally to protest against B" are plans): up to the act's verb.
      climb(relation);
      while (t >= 0 && tree.parse.upos[t] !== 'VERB' && /^(obj|obl|nsubj|nmod|conj|compound)/.test(tree.parse.deprel[t]!)) climb(tree.parse.deprel[t]!);
      continue;
    }
    if (infinitive && !controlled) framings.add(nounFraming ?? (asked ? 'demanded' : 'planned'));
    if (infinitive && controlled && DEMANDING_VERBS.has(lemmaOf(tree, controller))) framings.add('demanded');
    // "plans on leaving", "committed to training", read as an adverbial clause, is the complement of a planning verb
    // all the same; what a promise runs "until" has not happened yet ("promised protests until A joined B").
    const gerundTo = /ing$/.test(reading.view.words[t]!) && dependents(tree, t, 'mark', 'case').some((m) => lemmaOf(tree, m) === 'to');
    const complement =
      relation === 'xcomp' || (relation === 'advcl' && PLANNING_VERBS.has(governor) && (gerundTo || dependents(tree, t, 'mark').some((m) => lemmaOf(tree, m) === 'on' || lemmaOf(tree, m) === 'until')));
    // "A denied that B met C", "A denied meeting C" (the gerund also read as an adverbial clause): what is denied is
    // no statement of it.
    const bareGerund = relation === 'advcl' && !dependents(tree, t, 'mark').length;
    if ((complement || relation === 'ccomp' || bareGerund) && DENYING_VERBS.has(governor)) return undefined;
    // "A failed to meet B": what was not done is no statement of it.
    // "A stopped attacking B": what one stopped doing is no statement of it either (the stopping is read as such); what
    // one stopped to do is ("stopped to talk to B").
    // (Only the act itself: "stopped pacing to stare at B", read with the staring under the pacing, still stared.)
    if (complement && (FAILING_VERBS.has(governor) || (CEASING_VERBS.has(governor) && t === token && /ing$/.test(reading.view.words[t]!)))) return undefined;
    if (complement) {
      if (PLANNING_VERBS.has(governor) || governor === 'be') framings.add('planned');
      if (DEMANDING_VERBS.has(governor)) framings.add('demanded');
      if (POSSIBILITY_VERBS.has(governor)) framings.add('hypothetical');
    } else if (relation === 'ccomp' || relation === 'parataxis') {
      if (CLAIMING_VERBS.has(governor)) framings.add('reported');
      else if (REPORTING_VERBS.has(governor) && isThirdParty(reading, dependents(tree, head, 'nsubj'), parties)) framings.add('reported');
      if (DEMANDING_VERBS.has(governor)) framings.add('demanded');
    } else if (relation !== 'conj' && !(relation === 'advcl' && dependents(tree, t, 'mark').some((m) => CLIMBING_MARKERS.has(lemmaOf(tree, m))))) break;
    // What one did "by doing" something is framed as the doing is ("A alleged that B lied by denying C"), and so is
    // what it is done "for" ("met to devise means for reaching an agreement with B" is planned), and what one is drawn
    // "into" or insists "on" doing ("refused to be drawn into delivering an ultimatum to B" is no ultimatum).
    climb(relation);
  }
  // "according to A" attributes all its sentence says, a relative clause's too ("B, which supports C, …").
  for (let depth = 0; t >= 0 && depth < 12; depth += 1, t = tree.parse.head[t]!) {
    for (const source of dependents(tree, t, 'obl')) {
      if (SOURCE_PREPOSITIONS.has(prepositionOf(tree, source) ?? '') && isThirdParty(reading, [source], parties)) framings.add('reported');
    }
  }
  return [...FRAMING_ORDER].reverse().find((m) => framings.has(m)) ?? 'asserted';
}

/** How an infinitive's noun frames it: a threat, offer or refusal only possible, a call or demand demanded. */
function framingOfNoun(noun: string): Modality | undefined {
  if (POSSIBLE_NOUNS.has(noun)) return 'hypothetical';
  if (PLEDGE_NOUNS.has(noun)) return 'planned';
  if (DEMANDING_VERBS.has(noun)) return 'demanded';
  return undefined;
}

/** Whether the speakers at these tokens are named and none of them is a party to the relation. */
function isThirdParty(reading: Reading, speakers: readonly number[], parties: readonly string[]): boolean {
  const named = speakers.flatMap((s) => entitiesAt(reading, s));
  return named.length > 0 && !named.some((m) => parties.includes(m.entity));
}

/** The last word of the phrase `token` heads. */
export function rightmostOf(tree: DependencyTree, token: number): number {
  let last = token;
  for (const child of tree.children[token]!) if (child > last && tree.parse.deprel[child] !== 'punct') last = Math.max(last, rightmostOf(tree, child));
  return last;
}

/** What an amount is an amount of ("$40 million of debt", "$40 million in loans"). */
export function amountOf(tree: DependencyTree, amount: number): number[] {
  return dependents(tree, amount, 'nmod').filter((n) => ['of', 'in'].includes(prepositionOf(tree, n) ?? ''));
}
