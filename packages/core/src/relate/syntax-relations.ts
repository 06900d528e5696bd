/**
 * Relations read off a sentence's dependency parse: two entity mentions that
 * the syntax joins through a verb or an event noun.
 *
 * - a verb's subject with its object or a nominal after a preposition
 *   ("A met with B", "A withdrew from B"), passives ("B was attacked by A"),
 *   coordination on either side, subjects carried into a controlled verb
 *   ("A agreed to sign B", "A urged B to withdraw from C") and into a relative
 *   clause ("B, which A had accused"); a withdrawal with no "from" is from the
 *   agreement the sentence names ("… after A withdrew in 2018");
 * - an event noun's agent (possessor, "by", a modifying name, the subject of
 *   a light verb: "A held talks with B", or the agent of a participle: "a
 *   lawsuit filed by A") with the party after its preposition ("A's talks with
 *   B", "the strike on B"); "talks between A and B" stays with the "between"
 *   pattern of sentence-patterns.ts.
 *
 * The event lexicon says which relation types a verb or noun states; the first
 * whose argument types fit is kept. A verb outside it joining two named
 * entities still gives a stated relation: RELATED_TO with the verb as
 * predicate, basis `syntax` and the direction subject → object. Negated
 * predicates give nothing; how a sentence frames the predicate (planned,
 * hypothetical, demanded, reported) becomes the relation's modality
 * (docs/relations.md has the rules).
 *
 * This module reads verbs; event nouns and stances are read by
 * syntax-event-nouns.ts, with what an event word means by what it acts on in
 * syntax-senses.ts. Who takes part is found by syntax-arguments.ts, and every
 * reader states what it finds through syntax-statement.ts; the readers of
 * forces (syntax-forces.ts) and of protest (syntax-protests.ts) live beside
 * this one.
 */
import type { ResolvedMention } from '../resolve/entity.js';
import { isResignation, isSymmetric, type Modality, type RelationType } from '../vocabulary/relation-types.js';
import { conjuncts, dependencyTree, dependents, isNegated, lemmaOf, phraseOpeningAt, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { headWord } from '../nlp/head-word.js';
import { statesRelations } from '../nlp/sentences.js';
import { JOINT_ADVERBS, JOINT_WORDS, PERSON_TITLES, VESSEL_NOUNS } from '../nlp/lexicon.js';
import { titleFits, titleJoins, titleLeads } from './titles.js';
import { nounRelations, verbRelations } from './event-lexicon.js';
import type { RelationCandidate } from './relation.js';
import type { SentenceView } from './sentence-view.js';
import type { TokenParse } from '../nlp/parse/index.js';
import {
  ADVERSE_VERDICTS,
  BLAMING_CLAUSE_VERBS,
  CONDEMNING_LABELS,
  LABELLING_VERBS,
  PRAISING_LABELS,
  CROSSING_NOUNS,
  CONTESTING_VERBS,
  CLOSING_VERBS,
  QUARREL_NOUNS,
  RESOLVING_VERBS,
  ENVOY_NOUNS,
  ENVOY_SENDING_VERBS,
  DEMANDING_VERBS,
  DENYING_VERBS,
  CEASING_VERBS,
  DIPLOMATIC_NOUNS,
  EXCHANGE_NOUNS,
  FORMING_VERBS,
  JOINABLE_NOUNS,
  LEAVING_EVENT_PHRASES,
  DISCUSSING_VERBS,
  SEEKING_VERBS,
  LIGHT_VERBS,
  OBJECT_SENSES,
  objectSense,
  MESSAGE_NOUNS,
  TIME_NOUNS,
  RESTRICTION_NOUNS,
  SUSPENSION_NOUNS,
  ECONOMIC_PRESSURE_NOUNS,
  NATIONAL_NOUNS,
  DEMAND_CLAUSE_NOUNS,
  PHRASAL_VERB_SENSES,
  RETRACTING_VERBS,
  COMMITTING_VERBS,
  ROUND_NOUNS,
  SHARE_WORDS,
  DURATION_NOUNS,
  COUNTING_WORDS,
  FORGIVING_VERBS,
  DEBT_NOUNS,
  INFINITIVE_NOUNS,
  OPENING_VERBS,
  PARTAKING_NOUNS,
  UNDOING_VERBS,
  IMPOSING_VERBS,
  THREATENED_PREPOSITIONS,
  AGREEING_VERBS,
  VOWING_VERBS,
  MEMBERSHIP_NOUNS,
  COUNTING_NOUNS,
  COORDINATING_VERBS,
  APPLYING_VERBS,
  ADMISSION_NOUNS,
  WARNING_AUXILIARIES,
  PERSONAL_PRONOUNS,
  BODY_SITE_NOUNS,
  CLOSURE_NOUNS,
  DISBANDING_VERBS,
  GUEST_RECEIVING_VERBS,
  ARRIVING_VERBS,
  STATE_BODY_HEADS,
  HOSTILE_ACTS,
  ACTED_BY_PREPOSITIONS,
  MEMBERSHIP_HEADS,
  PASSIVE_RELATIONS,
  POSTPONING_VERBS,
  RELATIVE_PRONOUNS,
  REPELLING_VERBS,
  REPORTING_VERBS,
  OBLIGATION_AUXILIARIES,
  USED_FORCE_NOUNS,
  USING_VERBS,
  SOURCE_PREPOSITIONS,
  ISSUED_NOUNS,
  KIN_NOUNS,
  TAKEN_NOUNS,
  TRAVEL_TIME_PREPOSITIONS,
  VERB_PHRASE_EVENTS,
  PART_NOUNS,
  isAidNoun,
  DELEGATE_NOUNS,
  GIVING_BACK_VERBS,
  GIVING_BACK_PARTICLES,
  SUPPLYING_VERBS,
  RECEIVING_VERBS,
  FACT_AUXILIARIES,
  WRONGDOING_VERBS,
  BLAMED_PREDICATES,
  CONSULTING_VERBS,
  CONTROL_NOUNS,
  HELD_GROUND_NOUNS,
  FREEING_VERBS,
  CASUALTY_VERBS,
  CURRENCY_NOUNS,
  MISSION_NOUNS,
  FRONT_NOUNS,
  ASKED_OF_OWNER_NOUNS,
  CONDUCT_NOUNS,
  ASKING_FOR_VERBS,
  OFFICE_NOUNS,
  OFFICE_TAKING_VERBS,
  POST_NOUNS,
  ROLE_PREPOSITIONS,
  FOUNDING_VERBS,
  BIDDING_VERBS,
  BORDER_NOUNS,
  ROUTE_NOUNS,
  TALKS_TABLE_WORDS,
  BUILDING_WORK_NOUNS,
  TRADING_VERBS,
  RECOGNISED_AS_NOUNS,
  GATHERING_NOUNS,
  AMNESTY_NOUNS,
  FORGIVENESS_NOUNS,
  FORCE_NOUNS,
  FIGHTER_NOUNS,
  ARMS_NOUNS,
  GIVING_VERBS,
  MEASURE_NOUNS,
  TRAVELLING_VERBS,
  EXITING_VERBS,
  HOME_COUNTRY_NOUNS,
  MUTUAL_EVENTS,
  VERDICT_VERBS,
  isPersonNoun,
  RALLYING_NOUN_SENSES,
  RALLYING_VERBS,
  PUBLIC_ACTIVITY_NOUNS,
  ASKING_NOUNS,
  REFLEXIVE_PRONOUNS,
  SELF_BLAST_PREPOSITIONS,
  ADMITTED_TEAM_NOUNS,
  BARRING_VERBS,
  ENTRY_WORDS,
  WITHDRAWN_RESOURCES,
  DECLARING_VERBS,
  INVITING_VERBS,
  MEETING_VERBS,
  ORDERING_VERBS,
  PAYING_VERBS,
  PHASE_VERBS,
  ACCESS_GIVING_VERBS,
  ALLOWING_VERBS,
  CRITICISM_RECEIVING_VERBS,
  RECEIVED_CRITICISM_NOUNS,
  RECEIVED_SUPPORT_NOUNS,
  MATERIAL_SUPPORT_WORDS,
  SUPPORT_RECEIVING_VERBS,
  ENTERING_VERBS,
  GIVING_TIME_VERBS,
  TIME_SPAN_NOUNS,
  ULTIMATUM_NOUNS,
} from './syntax-words.js';
import {
  carriedOutBy,
  contestParties,
  createReading,
  entitiesAt,
  entityOf,
  nameHeadedBy,
  PLACE_TYPES,
  type Reading,
} from './syntax-reading.js';
import { findSyntaxRoles } from './syntax-roles.js';
import { crossingTo, isSuspect, namedOrByPeople, ownersOf, partiesOfPeople, partyOf, wantedBy } from './syntax-parties.js';
import {
  TYPED_CONFIDENCE,
  amountOf,
  fromGroup,
  modalityOf,
  rightmostOf,
  state,
  statePairwise,
  stateTyped,
} from './syntax-statement.js';
import {
  agentsNamedWith,
  agentsOf,
  describesNoun,
  misreadObjects,
  negatedChain,
  patientsOf,
  principalsOf,
  subjectsOf,
} from './syntax-arguments.js';
import { acrossFrontiers, phrasesBelow, readDeployments, readForcesStoodDown, readShowsOfForce } from './syntax-forces.js';
import {
  protestersOf,
  readLabourStrikes,
  readMannerEvents,
  readProtestDemands,
  readProtestDestinations,
  readSlogans,
} from './syntax-protests.js';
import { aidGiven, isAttack, isDeclaredTruce, isProtestStrike, partiesOf, senseOn, undone } from './syntax-senses.js';
import { readEventNoun, readStance } from './syntax-event-nouns.js';

export function findSyntaxRelations(view: SentenceView): RelationCandidate[] {
  const parse = view.parse;
  if (!parse || !statesRelations(view.sentence) || view.mentions.length < 2 || parse.head.length !== view.words.length) return [];
  const reading = createReading(view, treeOf(view, parse));
  for (let token = 0; token < view.words.length; token += 1) {
    if (parse.upos[token] === 'VERB') readVerb(reading, token);
    else if (parse.upos[token] === 'NOUN' || parse.upos[token] === 'PROPN') readEventNoun(reading, token);
    else if (parse.upos[token] === 'ADJ') readStance(reading, token);
  }
  const found = [...reading.found.values(), ...findSyntaxRoles(reading)];
  found.push(...membershipsLeavingPresumes(view, found));
  // A verb outside the lexicon says nothing more about two entities the sentence already relates by type
  // ("A increased cooperation with B" is cooperation, not also an untyped "increase with").
  const typed = new Set(found.filter((r) => r.type !== 'RELATED_TO').flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));
  return found.filter((r) => r.type !== 'RELATED_TO' || !typed.has(`${r.source}|${r.target}`));
}

/**
 * How the parse frames the word at `token` (planned, reported, …), for readers that find a relation without the
 * parse; undefined when it is negated, 'asserted' when the sentence has no usable parse.
 */
export function framingAt(view: SentenceView, token: number, parties: readonly string[]): Modality | undefined {
  const parse = view.parse;
  if (!parse || parse.head.length !== view.words.length) return 'asserted';
  return modalityOf(createReading(view, treeOf(view, parse)), token, parties);
}

/** A sentence's tree, mended knowing where its names are. */
function treeOf(view: SentenceView, parse: TokenParse): DependencyTree {
  return dependencyTree(parse, view.words, view.mentions.map((m) => ({ start: m.tokenStart, end: m.tokenEnd })));
}

/** Framings under which leaving is still to come: whoever is to leave a body is in it now. */
const LEAVING_AHEAD: ReadonlySet<Modality> = new Set(['planned', 'demanded', 'hypothetical']);

/**
 * "A is expected to leave B", "C urged A to quit B": a person who is yet to leave a party, a band, a board … is a member of it,
 * as a fact. A departure that happened says nothing of now ("A left B" makes A a former member, which kgraph keeps out).
 */
function membershipsLeavingPresumes(view: SentenceView, found: readonly RelationCandidate[]): RelationCandidate[] {
  const bodyOfMembers = (entity: string) => {
    const mention = view.mentions.find((m) => m.entity === entity && !m.anaphor);
    return view.typeOf(entity) === 'Organization' && mention !== undefined && MEMBERSHIP_HEADS.has(headWord(mention.text.split(' ')));
  };
  return found
    .filter((r) => r.type === 'WITHDREW_FROM' && LEAVING_AHEAD.has(r.modality) && view.typeOf(r.source) === 'Person' && bodyOfMembers(r.target))
    .map((r) => ({ ...r, type: 'MEMBER_OF', modality: 'asserted' }));
}

/** The senses of recognising or assenting (`OBJECT_SENSES`), whose refusal or withholding rejects. */
const ASSENTING_TYPES: ReadonlySet<RelationType> = new Set(['SUPPORTS', 'AGREES_WITH']);

/** Whether `token` lies in the phrase `head` heads (within six steps up). */
function isUnder(tree: DependencyTree, token: number, head: number): boolean {
  for (let t = token, depth = 0; t >= 0 && depth < 6; t = tree.parse.head[t]!, depth += 1) if (t === head) return true;
  return false;
}

/** An adverbial clause of a past participle without a subject of its own ("Elected in 1996, A …"). */
function isParticipleClause(reading: Reading, verb: number): boolean {
  const { tree } = reading;
  const head = tree.parse.head[verb]!;
  return (
    tree.parse.deprel[verb] === 'advcl' && head >= 0 && tree.parse.upos[head] === 'VERB' && /ed$|[^i]en$|wn$/.test(reading.view.words[verb]!) &&
    !dependents(tree, verb, 'nsubj', 'nsubj:pass', 'mark').length
  );
}

/** A verb's clause as the readers of readVerb see it: the verb, its lemma, who does it and to whom. */
interface VerbClause {
  reading: Reading;
  verb: number;
  lemma: string;
  subjects: readonly ResolvedMention[];
  patients: readonly ResolvedMention[];
  agents: readonly ResolvedMention[];
  passive: boolean;
}

/** An active clause, or a passive one whose subject is an event: its objects' entities and the passive's events. */
interface ActiveClause extends VerbClause {
  objects: readonly ResolvedMention[];
  passiveEvents: readonly number[];
}

function readVerb(reading: Reading, verb: number): void {
  const { tree } = reading;
  if (negatedChain(tree, verb)) {
    readWithheld(reading, verb);
    return;
  }
  const lemma = lemmaOf(tree, verb);
  const misread = misreadObjects(reading, verb);
  if (misread) {
    for (const subject of misread.subjects) for (const object of misread.objects) state(reading, verb, lemma, undefined, subject, object);
    return;
  }
  const named = [...subjectsOf(reading, verb), ...principalsOf(reading, verb)];
  const subjects = named.length ? named : protestersOf(reading, verb, lemma);
  const patients = patientsOf(reading, verb);
  const agents = agentsOf(reading, verb);
  const passive = patients.length > 0 || dependents(tree, verb, 'aux:pass').length > 0;
  const clause: VerbClause = { reading, verb, lemma, subjects, patients, agents, passive };
  readPassiveVoice(clause);
  readCasualties(reading, verb, lemma, passive ? patients : subjects);
  readClaimedAttacks(reading, verb, lemma, subjects);
  readBrokeredBy(reading, verb, subjects);
  readMutualActs(reading, verb, lemma, subjects);
  readInformationGiven(reading, verb, lemma, subjects);
  readForceUsed(reading, verb, lemma, subjects);
  readLabels(reading, verb, lemma, passive ? agents : subjects, passive ? patients : undefined);
  readOffices(reading, verb, lemma, subjects);
  readContests(reading, verb, lemma, subjects);
  readMannerEvents(reading, verb, lemma, subjects);
  readLabourStrikes(reading, verb, lemma, subjects);
  readProtestDemands(reading, verb, lemma, subjects);
  readProtestDestinations(reading, verb, lemma, subjects);
  readFounders(reading, verb, lemma, passive ? agents : subjects, passive ? patients : undefined);
  readDeployments(reading, verb, lemma, subjects);
  readShowsOfForce(reading, verb, lemma, subjects);
  readSlogans(reading, verb, lemma, subjects);
  readRecognition(reading, verb, lemma, subjects);
  readTrade(reading, verb, lemma, subjects);
  readForcesStoodDown(reading, verb, lemma, subjects);
  readUltimatums(reading, verb, lemma, subjects);
  readAccessAllowed(reading, verb, lemma, passive ? agents : subjects, passive);
  if (!passive) readWaysOpened(reading, verb, lemma, subjects);
  readCriticismReceived(reading, verb, lemma, subjects);
  readSupportReceived(reading, verb, lemma, subjects);
  readArmsLaidDown(reading, verb, lemma, subjects);
  readJointActs(reading, verb, lemma, subjects);
  readJoining(clause);
  readAttackAgents(clause);
  readConditionalWarnings(clause);
  if (readStandingPassives(clause)) return;
  // "Sanctions were imposed on B by A", "talks were held by A with B": a passive light verb's event is its subject, its
  // doer the agent (read below as the active's object and subject).
  const passiveEvents = !subjects.length && agents.length ? dependents(tree, verb, 'nsubj:pass').filter((t) => tree.parse.upos[t] === 'NOUN' && !entitiesAt(reading, t).length) : [];
  if (passive && !subjects.length && !passiveEvents.length) return;
  const objects = dependents(tree, verb, 'obj', 'iobj').flatMap((o) => entitiesAt(reading, o, verb));
  const active: ActiveClause = { ...clause, objects, passiveEvents };
  readObjectsAndClauses(active);
  readObliques(active);
  readGivingAndSeeking(active);
  readContactsAndClosures(active);
  readRecallsAndMeetings(active);
  readControlledActs(active);
  readLightVerbs(active);
}

/** "the bargaining table", "the negotiating table": talks by the table they are held at. */
function isTalksTable(tree: DependencyTree, token: number): boolean {
  return lemmaOf(tree, token) === 'table' && dependents(tree, token, 'compound', 'amod').some((c) => TALKS_TABLE_WORDS.has(lemmaOf(tree, c)));
}

/** A party whose envoys a host receives: the host hosts it, and it visits the host. */
function hostedVisit(reading: Reading, verb: number, lemma: string, host: ResolvedMention, party: ResolvedMention): void {
  stateTyped(reading, verb, lemma, ['HOSTS'], host, party);
  stateTyped(reading, verb, lemma, ['VISITS'], party, host);
}

/**
 * What a passive verb says its agents did to its patients (typed by the patients' kind where that types it), with
 * guests received for talks, people and things acted on, goods sent and envoys received in the passive, and the
 * phrases after a verb that name its event in either voice ("took B into custody").
 */
function readPassiveVoice(clause: VerbClause): void {
  const { reading, verb, lemma, subjects, patients, agents, passive } = clause;
  const { tree, view } = reading;
  // ("Two B diplomats were expelled by A": a passive subject whose kind types the verb types it, as the object does
  // in the active: OBJECT_SENSES.)
  // ("B was invited by A to make a state visit": an invitation to meet is an agreement to, as in the active.)
  const passiveSense = invitesToMeet(reading, verb, lemma) ? 'AGREES_WITH' : dependents(tree, verb, 'nsubj:pass').map((t) => senseOn(tree, lemma, t)).find((t) => t !== undefined);
  for (const agent of agents) for (const patient of patients) {
    if (passiveSense) stateTyped(reading, verb, lemma, [passiveSense], agent, patient);
    else state(reading, verb, lemma, undefined, agent, patient);
  }
  // "B was received in C by A for talks", "A welcomed B for talks on trade": a guest received for talks holds them
  // with the host (PLOVER's CONSULT), besides being its guest; one received at the start of a visit visits the host.
  if (GUEST_RECEIVING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    // (The parser may hang the talks or the visit on the host or the guest, under the verb.)
    const under = tree.parse.deprel.map((_, t) => t).filter((t) => tree.parse.upos[t] === 'NOUN' && underVerb(tree, t, verb));
    // ("for two days of talks": the talks of a span or a round the guest comes for.)
    const spanOfTalks = (t: number) => prepositionOf(tree, t) === 'of' && (DURATION_NOUNS.has(lemmaOf(tree, tree.parse.head[t]!)) || ROUND_NOUNS.has(lemmaOf(tree, tree.parse.head[t]!))) && prepositionOf(tree, tree.parse.head[t]!) === 'for';
    const talks = under.filter((t) => (prepositionOf(tree, t) === 'for' || spanOfTalks(t)) && nounRelations(lemmaOf(tree, t), 'with').includes('NEGOTIATES_WITH'));
    const visits = under.filter((t) => prepositionOf(tree, t) !== undefined && nounRelations(lemmaOf(tree, t), 'to').includes('VISITS'));
    const [hosts, guests] = passive ? [agents, patients] : [subjects, dependents(tree, verb, 'obj').flatMap((o) => entitiesAt(reading, o, verb))];
    // (A person's name takes no article: "received a Sylvester plush toy", "will receive the Oscar" name things.)
    const named = new Set(passive ? patients.map((m) => m.entity) : dependents(tree, verb, 'obj').filter((o) => !dependents(tree, o, 'det').length).flatMap((o) => entitiesAt(reading, o, verb)).map((m) => m.entity));
    for (const guest of guests) {
      for (const host of hosts.filter((h) => h.entity !== guest.entity)) {
        for (const talk of talks) stateTyped(reading, talk, lemmaOf(tree, talk), ['NEGOTIATES_WITH'], guest, host);
        for (const visit of visits) stateTyped(reading, visit, lemmaOf(tree, visit), ['VISITS'], guest, host);
        // ("B was hosted in C by A", "A received B": a person received or hosted visits the host, as CAMEO's 042 codes
        // the guest; not what a country or its people are "welcomed" in, nor things received.)
        if (!visits.length && lemma !== 'welcome' && lemma !== 'greet' && view.typeOf(guest.entity) === 'Person' && named.has(guest.entity)) stateTyped(reading, verb, lemma, ['VISITS'], guest, host);
      }
    }
  }
  // "Intelligence shared by A with B led to …": a mutual act on what the participle describes, as in the active.
  const mutual = tree.parse.deprel[verb] === 'acl' ? MUTUAL_EVENTS.get(`${lemma} ${lemmaOf(tree, tree.parse.head[verb]!)}`) : undefined;
  if (mutual && !isNegated(tree, verb)) {
    const sharedWith = dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'with').flatMap((o) => namedOrByPeople(reading, o, verb));
    for (const agent of agents) for (const party of sharedWith) if (party.entity !== agent.entity) {
      stateTyped(reading, verb, lemma, [mutual], agent, party);
      stateTyped(reading, verb, lemma, [mutual], party, agent);
    }
  }
  // "Four engineers from B were freed by A": as in the active, a country's people stand for it.
  if (agents.length && peopleActedOn(lemma).length) {
    const countries = dependents(tree, verb, 'nsubj:pass').flatMap((t) => partiesOfPeople(reading, t));
    for (const agent of agents) for (const country of countries) stateTyped(reading, verb, lemma, peopleActedOn(lemma), agent, country);
  }
  // "B's positions were struck by A": a passive verb's act on a thing is an act on its owner, as an active one's is
  // (read with the objects, below); not on a person's kin nor on a role.
  const actsOnThings = verbRelations(lemma).filter((t) => t !== 'HOSTS' && !isStanding(t));
  if (agents.length && (actsOnThings.length || OBJECT_SENSES.has(lemma))) {
    const things = dependents(tree, verb, 'nsubj:pass').filter((t) => tree.parse.upos[t] === 'NOUN' && !entitiesAt(reading, t).length && !isPersonNoun(lemmaOf(tree, t)) && !KIN_NOUNS.has(lemmaOf(tree, t)));
    // ("Border towns in B were hit by A": places attacked in a country are an attack on its territory, as in the active.)
    const territories = (thing: number) => (actsOnThings.includes('ATTACKS') ? territoriesIn(reading, dependents(tree, thing, 'nmod')) : []);
    // (What the verb does to the thing may say what it does to its owner, as in the active: "B's broadcasts were
    // suspended by A" coerces B.)
    for (const thing of things) {
      const sense = senseOn(tree, lemma, thing);
      for (const owner of [...ownersOf(reading, thing), ...territories(thing)]) for (const agent of agents) stateTyped(reading, verb, lemma, sense ? [sense] : actsOnThings, agent, owner);
    }
  }
  // "Aid was sent by A to B", "the fishermen released by A to B": what a passive verb of giving or releasing moved
  // "to" or "into" a party, aid or captives, went from its agent to that party, as in the active.
  if (!isNegated(tree, verb)) {
    // (The receiver's own people or things too: "two B soldiers were handed over to B by A".)
    // (A person handed over by the verb's own sense counts too: "A was extradited from B to C".)
    const handedOver = verbRelations(lemma, 'to').includes('COOPERATES_WITH') && verbRelations(lemma).includes('COERCES');
    const moved = dependents(tree, verb, 'nsubj:pass').concat(describesNoun(reading, verb) ? [tree.parse.head[verb]!] : []).filter((t) => (tree.parse.upos[t] === 'NOUN' && !nameHeadedBy(reading, t)) || (handedOver && entitiesAt(reading, t, verb).length > 0));
    // ("from B to C": the parser may hang "to C" on "from B".)
    const from = dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'from');
    const receivers = [...dependents(tree, verb, 'obl'), ...from.flatMap((o) => dependents(tree, o, 'nmod'))].filter((o) => ['to', 'into'].includes(prepositionOf(tree, o) ?? '')).flatMap((o) => entitiesAt(reading, o, verb));
    // ("were handed over to B by A": people given back are released, suspects handed over for trial, as in the active.)
    const releasing = verbRelations(lemma, 'to').includes('RELEASES') || (GIVING_BACK_VERBS.has(lemma) && hasParticle(tree, verb, GIVING_BACK_PARTICLES));
    // (Or what the verb's own "to" says: "a suspect was extradited to B by A", as in the active; not a verb of giving,
    // which what it gives types: "a pardon was granted to B".)
    const toSense = GIVING_VERBS.has(lemma) ? undefined : verbRelations(lemma, 'to').find((t) => t !== 'VISITS');
    // ("Two B boats … were handed back to B": what is given back is released, aid or not, as in the active.)
    const givenBack = lemma === 'return' || (GIVING_BACK_VERBS.has(lemma) && hasParticle(tree, verb, BACK));
    for (const thing of moved) {
      const person = isPersonNoun(lemmaOf(tree, thing)) || NATIONAL_NOUNS.has(lemmaOf(tree, thing));
      const type = givenBack && !isSuspect(tree, thing) ? 'RELEASES' : GIVING_VERBS.has(lemma) && (aidGiven(tree, lemma, thing) !== undefined || isAidNoun(lemmaOf(tree, thing))) ? 'AIDS' : releasing && isSuspect(tree, thing) ? 'COOPERATES_WITH' : releasing && person ? 'RELEASES' : toSense;
      // ("A rescuers and relief supplies were flown to B": aid sent with no agent named is sent by whose it is; what is
      // given back, by whoever had seized it: "B boats impounded by A … were handed back to B".)
      const seizers = () => dependents(tree, thing, 'acl').flatMap((p) => dependents(tree, p, 'obl:agent')).flatMap((o) => entitiesAt(reading, o));
      // (Whom one is handed over from hands one over: "was extradited from B to C".)
      // ("a loan from A to B was disbursed": aid may name its giver and its receiver itself, "to B" hung on "from A".)
      const phrasesOfThing = [...dependents(tree, thing, 'nmod'), ...dependents(tree, thing, 'nmod').filter((n) => prepositionOf(tree, n) === 'from').flatMap((n) => dependents(tree, n, 'nmod'))];
      const named = (preposition: string) => (type === 'AIDS' ? phrasesOfThing.filter((n) => prepositionOf(tree, n) === preposition).flatMap((n) => entitiesAt(reading, n)) : []);
      const givers = agents.length ? agents : type === 'AIDS' ? [...ownersOf(reading, thing), ...named('from')] : givenBack ? seizers() : handedOver ? from.flatMap((o) => entitiesAt(reading, o, verb)) : [];
      const taking = receivers.length || type !== 'COOPERATES_WITH' ? (receivers.length ? receivers : named('to')) : wantedBy(reading, thing);
      if (type) for (const agent of givers) for (const receiver of taking) if (agent.entity !== receiver.entity) stateTyped(reading, verb, lemma, [type], agent, receiver);
    }
  }
  // "A delegation of B was received by A's trade minister": receiving a party's envoys hosts the party, which visits
  // the host (PLOVER's CONSULT, as event data codes both the host and the guest; the active is read below).
  if (RECEIVING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    for (const envoy of dependents(tree, verb, 'nsubj:pass').filter((o) => DELEGATE_NOUNS.has(lemmaOf(tree, o)))) {
      for (const agent of agents) for (const party of entitiesAt(reading, envoy, verb)) hostedVisit(reading, verb, lemma, agent, party);
    }
    // ("B was received by A for talks": so is receiving a person, a guest.)
    if (lemma === 'receive') for (const agent of agents) for (const guest of patients.filter((m) => view.typeOf(m.entity) === 'Person')) stateTyped(reading, verb, lemma, ['HOSTS'], agent, guest);
  }
  // "B was barred from entering A": with no agent, the place entered keeps B out.
  if (!agents.length && passive && barredEntry(tree, verb, lemma) !== undefined && !isNegated(tree, verb)) {
    const entered = dependents(tree, barredEntry(tree, verb, lemma)!, 'obj').flatMap((o) => entitiesAt(reading, o));
    for (const place of entered) for (const patient of patients) stateTyped(reading, verb, lemma, ['REJECTS'], place, patient);
  }
  // "B was suspended from C", "B was expelled from the activities of C": with no agent, the group does it.
  if (!agents.length && passive && !isNegated(tree, verb)) for (const group of fromGroup(reading, verb).bodies) for (const patient of patients) stateTyped(reading, verb, lemma, ['SANCTIONS'], group, patient);
  // "A held B in contempt", "B was taken into custody by A": the noun after the preposition says the event (hung on
  // the verb or, as the parser often does, on the object: "placed B officials under sanctions").
  // (Or on the phrase before it: "beat journalists from B with batons".)
  const obliques = dependents(tree, verb, 'obl');
  for (const phrase of [...obliques, ...obliques.flatMap((o) => dependents(tree, o, 'nmod')), ...dependents(tree, verb, 'obj').flatMap((o) => dependents(tree, o, 'nmod'))]) {
    // (A court may be named: "took B to the International Court of Justice".)
    const type = VERB_PHRASE_EVENTS.get(`${lemma} ${prepositionOf(tree, phrase) ?? ''} ${lemmaOf(tree, phrase).toLowerCase()}`);
    if (!type) continue;
    // (A party's people acted on stand for it: "beat three journalists from B".)
    const objects = passive ? [] : dependents(tree, verb, 'obj').flatMap((o) => namedOrByPeople(reading, o, verb));
    for (const subject of subjects) for (const object of objects) stateTyped(reading, verb, lemma, [type], subject, object);
    for (const agent of agents) for (const patient of patients) stateTyped(reading, verb, lemma, [type], agent, patient);
  }
}

/**
 * Joining a coalition or another in what it does is cooperating with whoever leads it.
 */
function readJoining(clause: VerbClause): void {
  const { reading, verb, lemma, subjects, agents } = clause;
  const { tree } = reading;
  // "B joined the A-led coalition", "A formed a coalition, which was joined by B": B cooperates with A.
  if (lemma === 'join') {
    // "B joined A in condemning C": joining another in doing something is acting with them.
    // (Or in a shared undertaking: "joined B in coordinated patrols", "… in talks with C".)
    const undertaking = (o: number) => prepositionOf(tree, o) === 'in' && (nounRelations(lemmaOf(tree, o), 'with').length > 0 || dependents(tree, o, 'amod').some((a) => JOINT_WORDS.has(lemmaOf(tree, a))));
    const inDoing = dependents(tree, verb, 'advcl').some((c) => dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'in')) || dependents(tree, verb, 'obl').some(undertaking);
    if (inDoing) for (const subject of subjects) for (const partner of dependents(tree, verb, 'obj').flatMap((o) => entitiesAt(reading, o, verb))) stateTyped(reading, verb, lemma, ['COOPERATES_WITH'], subject, partner);
    const joiners = subjects.length ? subjects : agents;
    const groups = subjects.length ? dependents(tree, verb, 'obj') : dependents(tree, verb, 'nsubj:pass').map((p) => joinedThrough(reading, p));
    for (const group of groups) for (const leader of leadersOf(reading, group)) for (const joiner of joiners) stateTyped(reading, verb, lemma, ['COOPERATES_WITH'], joiner, leader);
  }
}

/**
 * A passive verb with no agent, done "in" an attack: the attack's agent did it.
 */
function readAttackAgents(clause: VerbClause): void {
  const { reading, verb, lemma, patients, agents } = clause;
  const { tree } = reading;
  // "B was killed in an A airstrike": the agent named with the attack did what the passive verb says.
  if (!agents.length) {
    for (const attack of dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'in' && isAttack(tree, o))) {
      for (const agent of agentsNamedWith(reading, attack)) for (const patient of patients) stateTyped(reading, verb, lemma, verbRelations(lemma), agent, patient);
    }
  }
}

/**
 * Standing or symmetric relations a passive verb or a participle's clause holds between its patient and a party;
 * whether the verb heads a participle's clause, whose other relations go with a noun and are not read.
 */
function readStandingPassives(clause: VerbClause): boolean {
  const { reading, verb, lemma, patients } = clause;
  const { tree } = reading;
  // "B, which is linked to C", "B was allied with C": a symmetric relation holds between the patient and the party
  // after the preposition as it would between subject and party.
  const ownPassive = dependents(tree, verb, 'nsubj:pass', 'aux:pass').length > 0 || describesNoun(reading, verb);
  // "A, first elected to B in 1996, was born in C": a participle's clause whose patient is its verb's subject
  // (read for standing relations only: the parser hangs many a "led by" there that goes with a noun).
  const participle = !ownPassive && isParticipleClause(reading, verb);
  const clauseHead = tree.parse.head[verb]!;
  const heldBy = participle ? dependents(tree, clauseHead, 'nsubj', 'nsubj:pass').flatMap((s) => entitiesAt(reading, s, clauseHead)) : patients;
  for (const oblique of ownPassive || participle ? dependents(tree, verb, 'obl') : []) {
    const preposition = prepositionOf(tree, oblique);
    if (!preposition || preposition === 'by') continue;
    // "A was elected to B": the patient's standing relation with the party.
    const held = PASSIVE_RELATIONS.get(`${lemma} ${preposition}`);
    // (Not one the verb forces: "B was extradited to C" makes B no partner of C.)
    const forced = verbRelations(lemma).some((t) => t === 'COERCES' || t === 'ATTACKS');
    const types = held ? [held] : participle || forced ? [] : verbRelations(lemma, preposition).filter(isSymmetric);
    if (types.length) for (const patient of heldBy) for (const party of entitiesAt(reading, oblique, verb)) stateTyped(reading, verb, lemma, types, patient, party);
  }
  return participle;
}

/**
 * What an active verb does to its objects and says in its clauses: verdicts passed, parties kept out or invited,
 * orders and demands, rejections, blame, accusations in reported speech, and a typed verb's act on whoever owns what
 * it acts on.
 */
function readObjectsAndClauses(active: ActiveClause): void {
  const { reading, verb, lemma, subjects, objects } = active;
  const { tree, view } = reading;
  // "C ruled the A Act unconstitutional" passes a verdict on A (below); C does not rule A.
  const verdicts = VERDICT_VERBS.has(lemma) ? dependents(tree, verb, 'xcomp', 'ccomp').filter((v) => tree.parse.upos[v] === 'ADJ' || ADVERSE_VERDICTS.has(lemmaOf(tree, v))) : [];
  // "expelled B's ambassador": a verb typed by the party's people it acts on (OBJECT_SENSES).
  const sensed = (thing: number) => senseOn(tree, lemma, thing);
  const sensedParties = new Map(dependents(tree, verb, 'obj', 'iobj').flatMap((o) => (sensed(o) ? entitiesAt(reading, o, verb).map((m) => [m, sensed(o)!] as const) : [])));
  // "blocked access to B's website", "… to the news site B": access to a thing blocked is the thing blocked, and a
  // name right after the thing's noun is its name, wherever the parser hung the two.
  if (!isNegated(tree, verb)) {
    const accessed = dependents(tree, verb, 'obj')
      .filter((o) => lemmaOf(tree, o) === 'access')
      .flatMap((o) => [...dependents(tree, o, 'nmod'), ...dependents(tree, verb, 'obl')].filter((n) => n > o && prepositionOf(tree, n) === 'to' && sensed(n)));
    for (const thing of accessed) {
      const named = tree.parse.upos[thing + 1] === 'PROPN' ? entitiesAt(reading, thing + 1, verb) : [];
      for (const subject of subjects) for (const party of [...entitiesAt(reading, thing, verb), ...ownersOf(reading, thing), ...named]) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, [sensed(thing)!], subject, party);
    }
    // "trained 300 police officers for B": forces trained for another are aid to it, as its own forces trained are.
    const trainedFor = dependents(tree, verb, 'obj')
      .filter((o) => sensed(o) === 'AIDS' && !entitiesAt(reading, o, verb).length)
      .flatMap((o) => [...dependents(tree, o, 'nmod'), ...dependents(tree, verb, 'obl')].filter((n) => n > o && prepositionOf(tree, n) === 'for'));
    for (const subject of subjects) for (const party of trainedFor.flatMap((n) => entitiesAt(reading, n, verb))) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['AIDS'], subject, party);
  }
  // "A barred B from entering its territory": keeping one out is rejecting it (PLOVER's REJECT), not coercion.
  const keptOut = barredEntry(tree, verb, lemma);
  // "A invited B's minister to its capital", "… for talks": an invitation to a visit or a meeting is an agreement to
  // meet (PLOVER: "invitations for state visits should be coded as AGREE"); one to act is a request.
  const visitInvited = invitesToMeet(reading, verb, lemma);
  // "the tribunal ordered B to pay compensation": a payment ordered is a penalty (PLOVER: "court-ordered payments
  // should be coded as SANCTION"), not a request.
  const orderedToPay = ORDERING_VERBS.has(lemma) && dependents(tree, verb, 'xcomp').some((c) => PAYING_VERBS.has(lemmaOf(tree, c)));
  // "ordered B to leave the country": an order to leave is an expulsion (PLOVER's COERCE 'expel'; an envoy's, SANCTION).
  const orderedOut = ORDERING_VERBS.has(lemma) && dependents(tree, verb, 'xcomp').flatMap((c) => [c, ...dependents(tree, c, 'conj')]).some((c) => EXITING_VERBS.has(lemmaOf(tree, c)) && dependents(tree, c, 'obj').every((o) => HOME_COUNTRY_NOUNS.has(lemmaOf(tree, o))));
  const expelled = orderedOut ? (dependents(tree, verb, 'obj').some((o) => ENVOY_NOUNS.has(lemmaOf(tree, o))) ? 'SANCTIONS' : 'COERCES') : undefined;
  // "A declared B's ambassador persona non grata": an expulsion, of an envoy a sanction (PLOVER), of anyone else
  // force; the one declared stands for whom they come from.
  if (DECLARING_VERBS.has(lemma) && dependents(tree, verb, 'xcomp').some((x) => lemmaOf(tree, x) === 'persona') && !isNegated(tree, verb)) {
    for (const person of dependents(tree, verb, 'obj')) {
      const type = senseOn(tree, 'expel', person) ?? 'COERCES';
      for (const subject of subjects) for (const party of namedOrByPeople(reading, person, verb)) stateTyped(reading, verb, lemma, [type], subject, party);
    }
  }
  // "A asked B for forgiveness for …": asking forgiveness is an apology (PLOVER's CONCEDE), not a request.
  const apologising = verbRelations(lemma).includes('REQUESTS') && dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'for' && FORGIVENESS_NOUNS.has(lemmaOf(tree, o)));
  if (!verdicts.length) {
    for (const subject of subjects) {
      for (const object of objects) {
        const sensedType = keptOut ? 'REJECTS' : visitInvited ? 'AGREES_WITH' : orderedToPay ? 'SANCTIONS' : apologising ? 'CONCEDES_TO' : expelled ?? sensedParties.get(object);
        if (sensedType) stateTyped(reading, verb, lemma, [sensedType], subject, object);
        else state(reading, verb, lemma, undefined, subject, object);
      }
    }
  }
  // "barred a delegation from B from entering": people kept out stand for whom they come from (the parser may hang
  // "from B" on the verb, before the entry).
  if (keptOut !== undefined && !isNegated(tree, verb)) {
    const people = dependents(tree, verb, 'obj').filter((o) => !entitiesAt(reading, o, verb).length);
    const hungOnVerb = people.length ? dependents(tree, verb, 'obl').filter((o) => o > people[0]! && o < keptOut && prepositionOf(tree, o) === 'from').flatMap((o) => entitiesAt(reading, o)) : [];
    const parties = [...people.flatMap((o) => partiesOfPeople(reading, o)), ...hungOnVerb];
    for (const subject of subjects) for (const party of parties) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['REJECTS'], subject, party);
  }
  // "A demanded that B release C": a request is made of the subject of what is asked, in the mood of a demand
  // (a bare verb or "should"), not of what is said ("A insisted that B was innocent").
  if (!objects.length && verbRelations(lemma).includes('REQUESTS')) {
    // (A phrasal verb's lemma is its sense's: "step down" is read "resign", its bare form still "step".)
    const bare = (c: number) => {
      const word = reading.view.words[c]!.toLowerCase();
      return word === lemmaOf(tree, c) || dependents(tree, c, 'compound:prt', 'advmod').some((p) => PHRASAL_VERB_SENSES.get(`${word} ${lemmaOf(tree, p)}`) === lemmaOf(tree, c));
    };
    const demanded = (c: number) => bare(c) && dependents(tree, c, 'aux', 'aux:pass').every((a) => lemmaOf(tree, a) === 'should');
    // (The parser may take the clause for an xcomp: "requested that B reopen the crossings".)
    const thatClause = (c: number) => tree.parse.deprel[c] === 'ccomp' || dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'that');
    const asked = dependents(tree, verb, 'ccomp', 'xcomp')
      .filter((c) => thatClause(c) && tree.parse.upos[c] === 'VERB' && demanded(c) && !dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) !== 'that'))
      .flatMap((c) => dependents(tree, c, 'nsubj').flatMap((s) => entitiesAt(reading, s, c)));
    for (const subject of subjects) for (const party of asked) stateTyped(reading, verb, lemma, ['REQUESTS'], subject, party);
  }
  // "A said B should release the fishermen", "B must withdraw, A said": what one says another should or must do asks
  // it of them (PLOVER's REQUEST), not of oneself, nor what must have been.
  if (!objects.length && REPORTING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    const obliged = (c: number) =>
      tree.parse.upos[c] === 'VERB' && dependents(tree, c, 'aux').some((a) => OBLIGATION_AUXILIARIES.has(lemmaOf(tree, a))) && !dependents(tree, c, 'aux').some((a) => lemmaOf(tree, a) === 'have') && !dependents(tree, c, 'aux:pass').length;
    // (Not "we" or "us", the speaker's own side: "We Bns must resolve our issues".)
    const ownSide = (s: number) => [s, ...tree.children[s]!].some((t) => ['we', 'us', 'i'].includes(reading.view.words[t]!.toLowerCase()));
    const asked = dependents(tree, verb, 'ccomp').filter(obliged).flatMap((c) => dependents(tree, c, 'nsubj').filter((s) => !ownSide(s)).flatMap((s) => entitiesAt(reading, s, c)));
    // (A person saying what a country must do speaks as often of their own: "A stated that B must leave by that date".)
    const speaksOf = (subject: ResolvedMention, party: ResolvedMention) => view.typeOf(subject.entity) !== 'Person' || view.typeOf(party.entity) !== 'Country';
    for (const subject of subjects) for (const party of asked) if (party.entity !== subject.entity && speaksOf(subject, party)) stateTyped(reading, verb, lemma, ['REQUESTS'], subject, party);
  }
  // "A renewed its demand that B pay reparations": a demand whose clause has a bare verb asks that clause's subject,
  // whoever holds the demand (the parser may read the clause as a relative one, "that" its object); withdrawing or
  // dropping it concedes to that subject (PLOVER's CONCEDE).
  const retracted = UNDOING_VERBS.has(lemma) || RETRACTING_VERBS.has(lemma);
  for (const demand of isNegated(tree, verb) ? [] : dependents(tree, verb, 'obj').filter((o) => DEMAND_CLAUSE_NOUNS.has(lemmaOf(tree, o)))) {
    // (The parser may hang the clause on the verb: "dropped its demand that B shut down …".)
    const onVerb = lemmaOf(tree, demand + 1) === 'that' ? dependents(tree, verb, 'ccomp').filter((c) => c > demand) : [];
    const clauses = [...dependents(tree, demand, 'acl', 'acl:relcl', 'ccomp'), ...onVerb].filter((c) => tree.parse.upos[c] === 'VERB' && c > demand);
    const opened = (c: number) => tree.children[c]!.some((t) => t > demand && t < c && lemmaOf(tree, t) === 'that');
    const bareVerb = (c: number) => reading.view.words[c]!.toLowerCase() === lemmaOf(tree, c) && dependents(tree, c, 'aux', 'aux:pass').every((a) => lemmaOf(tree, a) === 'should');
    // ("dropped its demand for compensation from B", "demands on B": or whom a demand is made of; "a request from B"
    // is B's own.)
    // (The parser may hang what is sought on the verb: "dropped its demand for the resignation of B's minister".)
    const sought = [...dependents(tree, demand, 'nmod'), ...dependents(tree, verb, 'obl').filter((o) => tree.children[o]!.includes(rightmostOf(tree, demand) + 1))].filter((n) => prepositionOf(tree, n) === 'for');
    // ("paid a call on B" visits B.)
    const of = [...dependents(tree, demand, 'nmod').filter((n) => prepositionOf(tree, n) === 'on' && lemmaOf(tree, demand) === 'demand'), ...sought.flatMap((n) => dependents(tree, n, 'nmod')).filter((n) => prepositionOf(tree, n) === 'from')];
    // (Or what only its owner can give: "its demand for B's resignation" is made of B.)
    const owned = sought.filter((n) => ASKED_OF_OWNER_NOUNS.has(lemmaOf(tree, n))).flatMap((n) => ownersOf(reading, n));
    const asked = [...clauses.filter((c) => opened(c) && bareVerb(c)).flatMap((c) => dependents(tree, c, 'nsubj').flatMap((n) => entitiesAt(reading, n, c))), ...of.flatMap((n) => entitiesAt(reading, n)), ...owned];
    for (const subject of subjects) for (const party of asked) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, [retracted ? 'CONCEDES_TO' : 'REQUESTS'], subject, party);
  }
  // "A refused entry to B's delegation", "A denied visas to B's citizens": refusing admission rejects whom it is refused.
  if (verbRelations(lemma).includes('REJECTS') || lemma === 'deny') {
    for (const admission of dependents(tree, verb, 'obj').filter((o) => ADMISSION_NOUNS.has(lemmaOf(tree, o)) || lemmaOf(tree, o) === 'visa')) {
      const refusedTo = [...dependents(tree, verb, 'obl'), ...dependents(tree, admission, 'nmod')].filter((o) => o > admission && prepositionOf(tree, o) === 'to');
      // (Whom the people refused come from may hang on the verb: "denied entry to a delegation from B".)
      const people = refusedTo.find((o) => isPersonNoun(lemmaOf(tree, o)) || DELEGATE_NOUNS.has(lemmaOf(tree, o)));
      const from = people === undefined ? [] : dependents(tree, verb, 'obl').filter((o) => o > people && prepositionOf(tree, o) === 'from');
      const parties = [...refusedTo.flatMap((o) => [...partyOf(reading, o), ...partiesOfPeople(reading, o)]), ...from.flatMap((o) => entitiesAt(reading, o))];
      for (const subject of subjects) for (const party of parties) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['REJECTS'], subject, party);
    }
  }
  // "B repelled an attack by A": the attack was on B.
  if (REPELLING_VERBS.has(lemma)) {
    for (const attack of dependents(tree, verb, 'obj').filter((o) => isAttack(tree, o))) {
      const attackers = [...agentsNamedWith(reading, attack), ...dependents(tree, attack, 'nmod').filter((n) => prepositionOf(tree, n) === 'by').flatMap((n) => entitiesAt(reading, n))];
      for (const attacker of attackers) for (const subject of subjects) stateTyped(reading, attack, lemmaOf(tree, attack), ['ATTACKS'], attacker, subject);
    }
  }
  // "A alleged that B took bribes": whoever the clause is about is blamed; what B did stays a claim (modalityOf).
  const blame = BLAMING_CLAUSE_VERBS.get(lemma);
  if (blame && !objects.length) {
    const blamed = dependents(tree, verb, 'ccomp').flatMap((c) => dependents(tree, c, 'nsubj', 'nsubj:pass').flatMap((s) => entitiesAt(reading, s, c)));
    for (const subject of subjects) for (const party of blamed) stateTyped(reading, verb, lemma, [blame], subject, party);
  }
  // "A said B had violated the deal", "A says B is responsible for the attack": saying another did wrong accuses them
  // (what B did stays as the sentence frames it).
  if (REPORTING_VERBS.has(lemma) && !objects.length) {
    // Done, not still to come ("said B will destroy C"); responsible "for" something ("the bank was responsible" may be praise).
    const done = (c: number) => !isNegated(tree, c) && dependents(tree, c, 'aux').every((a) => FACT_AUXILIARIES.has(lemmaOf(tree, a)));
    const blamedFor = (c: number) => BLAMED_PREDICATES.has(lemmaOf(tree, c)) && dependents(tree, c, 'cop').length > 0 && dependents(tree, c, 'obl', 'nmod').some((o) => ['for', 'of'].includes(prepositionOf(tree, o) ?? ''));
    const wrongdoing = (c: number) =>
      done(c) && ((tree.parse.upos[c] === 'VERB' && (WRONGDOING_VERBS.has(lemmaOf(tree, c)) || verbRelations(lemmaOf(tree, c)).some((t) => t === 'ATTACKS' || t === 'COERCES'))) || blamedFor(c));
    const blamed = dependents(tree, verb, 'ccomp').filter(wrongdoing).flatMap((c) => dependents(tree, c, 'nsubj').flatMap((s) => entitiesAt(reading, s, c)));
    // One who says they did it with another ("A said A and B had quarrelled") accuses no one; nor does a party's own
    // body reporting what the party did ("B extradited A, the B interior ministry said").
    const own = new Set(dependents(tree, verb, 'nsubj').flatMap((s) => ownersOf(reading, s)).map((m) => m.entity));
    for (const subject of subjects) if (!blamed.some((m) => m.entity === subject.entity)) for (const party of blamed) if (!own.has(party.entity)) stateTyped(reading, verb, lemma, ['ACCUSES'], subject, party);
  }
  // "C ruled the A Act unconstitutional", "the A Act, which C ruled to be illegal", "C ruled that A was void".
  for (const verdict of verdicts.filter((v) => ADVERSE_VERDICTS.has(lemmaOf(tree, v)))) {
    const judged = [...objects, ...dependents(tree, verdict, 'nsubj').flatMap((s) => entitiesAt(reading, s, verdict))];
    for (const subject of subjects) for (const thing of judged) stateTyped(reading, verdict, lemmaOf(tree, verdict), ['REJECTS'], subject, thing);
  }
  // "A holds B responsible for the attack", "the court found B guilty": holding a party to blame accuses it.
  for (const verdict of verdicts.filter((v) => BLAMED_PREDICATES.has(lemmaOf(tree, v)) && !isNegated(tree, v))) {
    const judged = [...objects, ...dependents(tree, verdict, 'nsubj').flatMap((s) => entitiesAt(reading, s, verdict))];
    for (const subject of subjects) for (const party of judged) stateTyped(reading, verdict, lemmaOf(tree, verdict), ['ACCUSES'], subject, party);
  }
  // "A supported the campaign of B", "A suspended B's permit": a typed verb acts on whoever owns the thing it acts
  // on — not on a person's kin or companions ("A met B's wife") nor on a role ("B's lawyer").
  // "confirmed B's nomination", "recognised B's independence": a verb typed by what it acts on (OBJECT_SENSES).
  if (verbRelations(lemma).length || OBJECT_SENSES.has(lemma)) {
    for (const thing of dependents(tree, verb, 'obj')) {
      // ("appointment" also names an appointee, so it passes for a person's noun.)
      // A noun that stands for its owner ("B's government") is read as the owner, unless the verb has a sense for it
      // ("recognised B's new government" supports B).
      // "detained an Estonian officer", "jailed a Japanese filmmaker": force used on one of a country's people is used
      // on the country, as event data codes it (a lone national stands for it only as the target of force).
      // So is freeing them ("freed six fishermen from B": PLOVER's RETREAT 'release'), or pardoning them (CONCEDE).
      // (Not people kept out, which rejects whom they stand for: read above.)
      const forced = keptOut === undefined ? peopleActedOn(lemma) : [];
      for (const country of forced.length ? partiesOfPeople(reading, thing) : []) for (const subject of subjects) stateTyped(reading, verb, lemma, forced, subject, country);
      if (tree.parse.upos[thing] !== 'NOUN' || (entitiesAt(reading, thing).length && !sensed(thing)) || (isPersonNoun(lemmaOf(tree, thing)) && !sensed(thing)) || KIN_NOUNS.has(lemmaOf(tree, thing))) continue;
      // Repelling B's attack is defence, read above as B's attack; forgiving B's debt is aid, read above.
      if (REPELLING_VERBS.has(lemma) && isAttack(tree, thing)) continue;
      if (FORGIVING_VERBS.has(lemma) && isDebt(tree, thing)) continue;
      // Ordering or announcing a body's closure is force used on it, read above; no request of it. (Criticising or
      // rejecting one's closure of a crossing is still criticism of the one who closed it.)
      if (CLOSURE_NOUNS.has(lemmaOf(tree, thing)) && (DEMANDING_VERBS.has(lemma) || LIGHT_VERBS.has(lemma) || verbRelations(lemma).includes('REQUESTS'))) continue;
      // Receiving or hosting B's letter or prize is not hosting B; belonging to a thing is not belonging to its owner.
      const sensedType = sensed(thing);
      const types: RelationType[] = sensedType ? [sensedType] : verbRelations(lemma).filter((t) => t !== 'HOSTS' && !isStanding(t));
      // "shelled villages in B": an attack on what lies in a country or region is an attack on its territory.
      // "banned imports from B", with "from B" hung on the verb: what crosses a border reaches the party at its other end.
      // ("demolished dozens of B homes": a count's owner is its things'.)
      const counted = COUNTING_NOUNS.has(lemmaOf(tree, thing)) ? dependents(tree, thing, 'nmod').find((n) => prepositionOf(tree, n) === 'of') : undefined;
      const own = ownersOf(reading, counted ?? thing);
      // ("to B" may hang on the thing or on its "of" phrase: "restricted exports of chemicals to B".)
      const crossing = () => [...dependents(tree, verb, 'obl'), ...dependents(tree, thing, 'nmod'), ...dependents(tree, thing, 'nmod').filter((n) => prepositionOf(tree, n) === 'of').flatMap((n) => dependents(tree, n, 'nmod'))];
      const across = !own.length && CROSSING_NOUNS.has(lemmaOf(tree, thing)) ? crossingTo(reading, crossing()) : [];
      // "ruled out talks with B", "rejected a deal with B": rejecting dealings with a party rejects the party.
      // (Putting talks off keeps them, planned: read below.)
      const dealtWith = !own.length && types.includes('REJECTS') && !POSTPONING_VERBS.has(lemma) && nounRelations(lemmaOf(tree, thing), 'with').length ? dependents(tree, thing, 'nmod').filter((n) => prepositionOf(tree, n) === 'with').flatMap((n) => entitiesAt(reading, n)) : [];
      // ("accepted an invitation to visit B": one invited to a visit agrees to meet whom it visits.)
      const visited = !own.length && sensedType === 'AGREES_WITH' && lemmaOf(tree, thing) === 'invitation' ? invitedHosts(reading, thing) : [];
      const owners = [...own, ...across, ...dealtWith, ...visited];
      // A place, not a thing said or an event ("struck a deal in B"); "in B" may hang on the verb right after the thing
      // ("struck positions in B").
      const eventNoun = ['with', 'of', 'on', 'against', 'to', 'for'].some((p) => nounRelations(lemmaOf(tree, thing), p).length);
      const attacked = types.includes('ATTACKS') && !ISSUED_NOUNS.has(lemmaOf(tree, thing)) && !eventNoun;
      // "funded a hospital in B", "financed the rebuilding of homes in B": paying for works in a country aids it.
      const aided = !attacked && types.includes('AIDS') && !eventNoun;
      const ofThing = aided && BUILDING_WORK_NOUNS.has(lemmaOf(tree, thing)) ? dependents(tree, thing, 'nmod').filter((n) => prepositionOf(tree, n) === 'of') : [];
      const sites = [...dependents(tree, thing, 'nmod'), ...ofThing.flatMap((n) => dependents(tree, n, 'nmod')), ...dependents(tree, verb, 'obl').filter((o) => o > thing && phraseOpeningAt(tree, rightmostOf(tree, thing) + 1).includes(o))];
      const places = owners.length || !(attacked || aided) ? [] : territoriesIn(reading, sites);
      // Coercing trade or travel is a sanction ("banned imports from B"); leading a part of B is belonging to B ("headed
      // the research division of B").
      // Attacking what someone said or decided is criticising them ("attacked B's decision").
      const said = ISSUED_NOUNS.has(lemmaOf(tree, thing)) ? types.map((t) => (t === 'ATTACKS' ? ('CRITICIZES' as const) : t)) : types;
      const onTrade = CROSSING_NOUNS.has(lemmaOf(tree, thing)) && said.includes('COERCES') ? ['SANCTIONS' as const] : said;
      const onPart = PART_NOUNS.has(lemmaOf(tree, thing)) ? onTrade.map((t) => (t === 'LEADS' ? ('MEMBER_OF' as const) : t)) : onTrade;
      for (const owner of owners) for (const subject of subjects) stateTyped(reading, verb, lemma, onPart, subject, owner);
      // Only a state or a group attacks or aids a country's territory; a person's act is on the thing.
      for (const place of places) for (const subject of subjects.filter((m) => view.typeOf(m.entity) !== 'Person')) stateTyped(reading, verb, lemma, [attacked ? 'ATTACKS' : 'AIDS'], subject, place);
    }
  }
}

/**
 * A verb's obliques: the party after each preposition the verb is read with, wherever the parser hung the phrase.
 */
/**
 * Whether a "with" phrase after a comma is the subject of a participle (", with B calling …"), hung on the phrase or
 * right after it.
 */
function opensAbsoluteClause(reading: Reading, phrase: number): boolean {
  const { tree, view } = reading;
  const marker = dependents(tree, phrase, 'case')[0];
  const participle = (t: number) => tree.parse.upos[t] === 'VERB' && /ing$/.test(view.words[t] ?? '');
  return marker !== undefined && view.words[marker - 1] === ',' && (participle(rightmostOf(tree, phrase) + 1) || dependents(tree, phrase, 'acl').some(participle));
}

function readObliques(active: ActiveClause): void {
  const { reading, verb, lemma, subjects } = active;
  const { tree, view } = reading;
  // "A conceded defeat to B", "A mobilised its reserves against B", with the phrase hung on the object: a phrase the
  // verb is read with and the object is not belongs to the verb. Not where the object carries the event (light and
  // giving verbs, read below), nor a journey's end: what one flies "to B" goes there, not the subject.
  const objectCarries = LIGHT_VERBS.has(lemma) || GIVING_VERBS.has(lemma);
  const verbReads = (p: string) => verbRelations(lemma, p).some((t) => t !== 'VISITS');
  // A place named after a preposition takes no phrase of its own either ("rallied in B against C", "met in B with C").
  const isPlace = (m: ResolvedMention) => PLACE_TYPES.has(view.typeOf(m.entity) ?? '');
  const placeObliques = dependents(tree, verb, 'obl').filter((o) => tree.parse.upos[o] === 'PROPN' && entitiesAt(reading, o, verb).some(isPlace));
  const misplaced = objectCarries
    ? []
    : [...dependents(tree, verb, 'obj').filter((o) => tree.parse.upos[o] === 'NOUN' && !entitiesAt(reading, o, verb).length), ...placeObliques].flatMap((o) =>
        // (Unless the object reads the phrase otherwise: "signed a deal with B" is the deal's.)
        dependents(tree, o, 'nmod').filter((n) => { const p = prepositionOf(tree, n); return p !== undefined && verbReads(p) && nounRelations(lemmaOf(tree, o), p).every((t) => verbRelations(lemma, p).includes(t)); }),
      );
  for (const oblique of [...dependents(tree, verb, 'obl'), ...misplaced]) {
    const preposition = prepositionOf(tree, oblique);
    // "according to A" names who says so (the modality), not a party.
    // "by" names an agent, save after a verb the lexicon reads with it ("stood by B").
    if (!preposition || (preposition === 'by' && !verbRelations(lemma, 'by').length) || SOURCE_PREPOSITIONS.has(preposition)) continue;
    // ", with B calling it a coup": a "with" after a comma that opens a clause of its own names who else spoke or
    // acted, no party to the verb, wherever the parser hung the participle.
    if (preposition === 'with' && opensAbsoluteClause(reading, oblique)) continue;
    // A participle the parser gave a subject of its own ("A, based in B") still says what it says of a passive subject.
    const held = /ed$/.test(reading.view.words[verb]!) && !dependents(tree, verb, 'obj').length ? PASSIVE_RELATIONS.get(`${lemma} ${preposition}`) : undefined;
    // "granted amnesty to B": where a giving verb's object is an event with a sense for the phrase, the event says what
    // happened (read with light verbs, below), not the giving.
    // (Nor information given, which is shared: read with mutual acts.)
    // (Nor goods given as aid, read there as aid, pledged or given: "pledged funding to B".)
    if (objectCarries && dependents(tree, verb, 'obj').some((o) => (tree.parse.upos[o] === 'NOUN' && (nounRelations(lemmaOf(tree, o), preposition).length > 0 || isInformation(tree, o))) || aidGiven(tree, lemma, o) !== undefined)) continue;
    // "granted B's inspectors access to C": what access is given "to" is the place reached, not a receiver (read as
    // access given to B, below).
    if (preposition === 'to' && dependents(tree, verb, 'obj').some((o) => lemmaOf(tree, o) === 'access')) continue;
    // "flew supplies to B": where a verb of travel has a thing as its object, the thing goes, not the subject.
    const journey = verbRelations(lemma, preposition);
    if (objectCarries && journey.length && journey.every((t) => t === 'VISITS') && dependents(tree, verb, 'obj').some((o) => tree.parse.upos[o] === 'NOUN')) continue;
    for (const subject of subjects) {
      for (const party of entitiesAt(reading, oblique, verb)) {
        if (held) stateTyped(reading, verb, lemma, [held], subject, party);
        else if (preposition === 'from' && withdrawsResources(tree, verb, lemma)) stateTyped(reading, verb, lemma, ['SANCTIONS', 'WITHDREW_FROM'], subject, party);
        else state(reading, verb, lemma, preposition, subject, party);
      }
    }
    // "A resigned as deputy prime minister of B", "… as B's deputy prime minister": leaving an office leaves whose
    // office it is (PLOVER's RETREAT 'resign').
    if (preposition === 'as' && isResignation(lemma) && isPersonNoun(lemmaOf(tree, oblique))) {
      for (const subject of subjects) for (const owner of ownersOf(reading, oblique)) stateTyped(reading, verb, lemma, ['WITHDREW_FROM'], subject, owner);
    }
    // "protested against B's remarks": a typed act on a thing is an act on its owner, as with objects ("worked for
    // the betterment of B" makes no member of B).
    const obliqueSense = objectSense(`${lemma} ${preposition}`, lemmaOf(tree, oblique));
    // "A rose to the defence of B", "rushed to the aid of B": taking another's side or helping it (no going to it).
    const rallied = preposition === 'to' && RALLYING_VERBS.has(lemma) ? RALLYING_NOUN_SENSES.get(lemmaOf(tree, oblique)) : undefined;
    // "A's bomber blew himself up at B's rally": a blast one sets off on oneself is an attack on where it is set off.
    const selfBlast = SELF_BLAST_PREPOSITIONS.has(preposition) && verbRelations(lemma).includes('ATTACKS') && dependents(tree, verb, 'obj').some((o) => REFLEXIVE_PRONOUNS.has(lemmaOf(tree, o)));
    const types: readonly RelationType[] = rallied ? [] : obliqueSense ? [obliqueSense] : selfBlast ? ['ATTACKS'] : verbRelations(lemma, preposition).filter((t) => !isStanding(t));
    // "withdrew its troops from the B town of C": a town named as a country's is ground in that country.
    const named = entitiesAt(reading, oblique, verb);
    if (types.includes('WITHDREW_FROM') && named.length && !nameHeadedBy(reading, oblique) && named.every((m) => PLACE_TYPES.has(view.typeOf(m.entity) ?? '') && view.typeOf(m.entity) !== 'Country')) {
      const countries = dependents(tree, oblique, 'amod', 'nmod:poss').flatMap((m) => entitiesAt(reading, m)).filter((m) => view.typeOf(m.entity) === 'Country');
      for (const subject of subjects.filter((m) => view.typeOf(m.entity) !== 'Person')) for (const country of countries) if (country.entity !== subject.entity) stateTyped(reading, verb, lemma, ['WITHDREW_FROM'], subject, country);
    }
    if (types.length && !named.length) {
      const owners = partyOf(reading, oblique);
      // "fired missiles at targets in B": an attack on things in a country or region is on its territory, by a state or a
      // group ("in B", "along the border" may hang on the verb right after the phrase).
      const alongside = dependents(tree, verb, 'obl').filter((o) => phraseOpeningAt(tree, rightmostOf(tree, oblique) + 1).includes(o));
      const places = owners.length || !types.includes('ATTACKS') ? [] : territoriesIn(reading, [...dependents(tree, oblique, 'nmod'), ...alongside]);
      for (const subject of subjects) for (const owner of owners) stateTyped(reading, verb, lemma, types, subject, owner);
      for (const subject of subjects.filter((m) => view.typeOf(m.entity) !== 'Person')) for (const place of places) stateTyped(reading, verb, lemma, ['ATTACKS'], subject, place);
      // "withdrew its forces from towns in B", "… from positions along the border with B": leaving ground in a country or
      // on its frontier withdraws from it, for a state or a group.
      // (Ground, not an event held there: "withdrew from the talks in B" leaves the talks.)
      const ground = !['with', 'of', 'on', 'against', 'to', 'for', 'between'].some((p) => nounRelations(lemmaOf(tree, oblique), p).length);
      // (Its own frontier is no ground of another's: "pulled troops back from its border with B".)
      const othersOwn = owners.filter((o) => !subjects.some((m) => m.entity === o.entity));
      const leftGround = othersOwn.length || !ground || !types.includes('WITHDREW_FROM') ? [] : [...territoriesIn(reading, [...dependents(tree, oblique, 'nmod'), ...alongside]), ...acrossFrontiers(reading, [oblique, ...alongside], true)];
      for (const subject of subjects.filter((m) => view.typeOf(m.entity) !== 'Person')) for (const place of leftGround) if (place.entity !== subject.entity) stateTyped(reading, verb, lemma, ['WITHDREW_FROM'], subject, place);
    }
    if (rallied) {
      const helped = dependents(tree, oblique, 'nmod').filter((n) => prepositionOf(tree, n) === 'of').flatMap((n) => partyOf(reading, n));
      for (const subject of subjects) for (const party of helped) stateTyped(reading, verb, lemma, [rallied], subject, party);
    }
    // "called for B's resignation", "asked for B's help": asking for what only its owner can give asks the owner.
    if (preposition === 'for' && ASKING_FOR_VERBS.has(lemma) && ASKED_OF_OWNER_NOUNS.has(lemmaOf(tree, oblique))) {
      for (const subject of subjects) for (const owner of ownersOf(reading, oblique)) stateTyped(reading, verb, lemma, ['REQUESTS'], subject, owner);
    }
  }
}

/**
 * Whom an investigation into a thing looks into: the people it names and whom they stand for ("into officers of B's
 * police"), or whoever did or holds what it names, one or two phrases down ("into the conduct of officers from B",
 * "into fuel pricing at B", "into contracts awarded by B").
 */
function investigatedParties(reading: Reading, thing: number, depth = 0): ResolvedMention[] {
  const { tree } = reading;
  const own = partiesOfPeople(reading, thing);
  if (own.length || depth > 1 || tree.parse.upos[thing] !== 'NOUN') return own;
  const phrases = [
    ...dependents(tree, thing, 'nmod').filter((n) => ['by', 'at', 'from'].includes(prepositionOf(tree, n) ?? '') || (prepositionOf(tree, n) === 'of' && CONDUCT_NOUNS.has(lemmaOf(tree, thing)))),
    ...dependents(tree, thing, 'acl').flatMap((a) => dependents(tree, a, 'obl:agent')),
  ];
  return phrases.flatMap((n) => {
    const named = partyOf(reading, n);
    return named.length ? named : investigatedParties(reading, n, depth + 1);
  });
}

/**
 * Acts of protest at a party's building, help sought, supplies, aid received and things given back.
 */
function readGivingAndSeeking(active: ActiveClause): void {
  const { reading, verb, lemma, subjects, objects } = active;
  const { tree, view } = reading;
  // "burned flags outside B's embassy": an act of protest done outside a party's building is against the party.
  // ("outside B's embassy" may hang on what is burned.)
  const protestObjects = dependents(tree, verb, 'obj').filter((o) => objectSense(lemma, lemmaOf(tree, o)) === 'PROTESTS_AGAINST');
  if (protestObjects.length) {
    for (const site of [...dependents(tree, verb, 'obl'), ...protestObjects.flatMap((o) => dependents(tree, o, 'nmod'))].filter((o) => prepositionOf(tree, o) === 'outside')) {
      for (const subject of subjects) for (const party of partyOf(reading, site)) stateTyped(reading, verb, lemma, ['PROTESTS_AGAINST'], subject, party);
    }
  }
  // "sought B's help": so does seeking it.
  if (SEEKING_VERBS.has(lemma)) {
    for (const thing of dependents(tree, verb, 'obj').filter((o) => ASKED_OF_OWNER_NOUNS.has(lemmaOf(tree, o)))) {
      for (const subject of subjects) for (const owner of ownersOf(reading, thing)) stateTyped(reading, verb, lemma, ['REQUESTS'], subject, owner);
    }
    // "sought an urgent meeting with B": asking to meet a party asks it (PLOVER's REQUEST 'meet').
    const meetings = dependents(tree, verb, 'obj').filter((o) => nounRelations(lemmaOf(tree, o), 'with').some((t) => t === 'MEETS' || t === 'NEGOTIATES_WITH'));
    for (const meeting of meetings) {
      const met = dependents(tree, meeting, 'nmod').filter((n) => prepositionOf(tree, n) === 'with').flatMap((n) => entitiesAt(reading, n));
      for (const subject of subjects) for (const party of met) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['REQUESTS'], subject, party);
    }
  }
  // "A supplied B with natural gas", "A armed B with rifles": a state or a body furnishing another with something aids
  // it (between people it is everyday help: "would provide B with headlines").
  if (SUPPLYING_VERBS.has(lemma) && dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'with')) {
    const body = (m: ResolvedMention) => view.typeOf(m.entity) !== 'Person';
    for (const subject of subjects.filter(body)) for (const receiver of objects.filter(body)) stateTyped(reading, verb, lemma, ['AIDS'], subject, receiver);
  }
  // "B received military aid from A", "B received $2 billion in aid from A": aid received is aid given by its source.
  if (RECEIVING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    const isAid = (t: number) => isAidNoun(lemmaOf(tree, t));
    for (const thing of dependents(tree, verb, 'obj')) {
      // ("$2 billion in aid", "200 tonnes of food aid".)
      const inAid = dependents(tree, thing, 'nmod').filter((n) => (prepositionOf(tree, n) === 'in' || (prepositionOf(tree, n) === 'of' && MEASURE_NOUNS.has(lemmaOf(tree, thing)))) && isAid(n));
      // (Money alone may be a price: "received $2 billion from A for the mine".)
      if (!isAid(thing) && !inAid.length) continue;
      const phrases = [thing, ...inAid].flatMap((t) => dependents(tree, t, 'nmod')).concat(dependents(tree, verb, 'obl'));
      // ("food aid sent by B": the giver may be the agent of the aid's participle.)
      // (The parser may hang the participle on the verb.)
      const participles = [...[thing, ...inAid].flatMap((t) => dependents(tree, t, 'acl')), ...dependents(tree, verb, 'acl').filter((p) => p > thing)];
      const sentBy = participles.flatMap((p) => dependents(tree, p, 'obl:agent', 'obl').filter((o) => prepositionOf(tree, o) === 'by'));
      const givers = [...phrases.filter((n) => prepositionOf(tree, n) === 'from'), ...sentBy].flatMap((n) => entitiesAt(reading, n));
      for (const giver of givers) for (const subject of subjects) stateTyped(reading, verb, lemma, ['AIDS'], giver, subject);
    }
  }
  // "A returned two villages to B", "A handed the town back to B": giving back what was held releases it (PLOVER's
  // RETREAT: "the return of confiscated property"); handing a letter to B does not.
  // (The particle may hang on the phrase it opens: "handed the soldiers back to B".)
  // (Or right after the verb, whatever the parser hung it on: "handed over 22 fishermen", read as "more than 22".)
  const particles = [...dependents(tree, verb, 'compound:prt', 'advmod'), ...dependents(tree, verb, 'obl').flatMap((o) => dependents(tree, o, 'advmod')), ...(verb + 1 < tree.parse.head.length ? [verb + 1] : [])];
  // ("handed control of the villages to B": control handed over is given up, particle or none; so is ground held:
  // "pulled out of four villages, handing the positions to B".)
  const controlHanded = ['hand', 'transfer'].includes(lemma) && dependents(tree, verb, 'obj').some((o) => CONTROL_NOUNS.has(lemmaOf(tree, o)) || HELD_GROUND_NOUNS.has(lemmaOf(tree, o)));
  const givenBack = lemma === 'return' || controlHanded || (GIVING_BACK_VERBS.has(lemma) && particles.some((p) => GIVING_BACK_PARTICLES.has(lemmaOf(tree, p))));
  // What is given back comes between the verb and "to B" ("returned to B with the cash" gives nothing back), an
  // object or a bare noun the parser took for an oblique ("returned to B a vessel").
  // (A letter or a report handed over concedes nothing; records handed over are shared, read with mutual acts.)
  // (The parser may also read such a noun as an oblique with no preposition: "handed back to B on Monday a collection
  // of …".)
  const bare = (o: number) =>
    tree.parse.deprel[o] === 'obj' || ((tree.parse.deprel[o] === 'obl:unmarked' || (tree.parse.deprel[o] === 'obl' && prepositionOf(tree, o) === undefined)) && !TIME_NOUNS.has(lemmaOf(tree, o)));
  // (A thing of the receiver's is still a thing: "returned three Valdorian vessels to Valdoria"; an envoy returned to
  // a capital is no captive.)
  // (So is a ship by its name: "returned the trawler A to B".)
  const namedVessel = (o: number) => tree.parse.upos[o] === 'PROPN' && dependents(tree, o, 'compound', 'appos').some((c) => VESSEL_NOUNS.has(lemmaOf(tree, c)));
  const thing = (o: number) => ((tree.parse.upos[o] === 'NOUN' && !nameHeadedBy(reading, o)) || namedVessel(o)) && !MESSAGE_NOUNS.has(lemmaOf(tree, o)) && !isInformation(tree, o) && !ENVOY_NOUNS.has(lemmaOf(tree, o));
  // (A pronoun stands for what the clause it follows freed or gave back: "freed 14 soldiers, handing them over to B".)
  const governing = tree.parse.head[verb]!;
  const freeing = governing >= 0 && ['advcl', 'conj'].includes(tree.parse.deprel[verb]!) && (FREEING_VERBS.has(lemmaOf(tree, governing)) || GIVING_BACK_VERBS.has(lemmaOf(tree, governing)) || lemmaOf(tree, governing) === 'return');
  const antecedents = (o: number) => (freeing && tree.parse.upos[o] === 'PRON' ? dependents(tree, governing, 'obj').filter(thing) : []);
  const given = tree.children[verb]!.filter((o) => bare(o) && o > verb && (thing(o) || antecedents(o).length > 0));
  if (givenBack && given.length && !isNegated(tree, verb)) {
    // ("to B" may hang on the thing given, or on its "of" phrase: "the remains of its citizens to B"; given "to B's
    // control", it goes to B.)
    const ofGiven = given.flatMap((g) => dependents(tree, g, 'nmod').filter((n) => prepositionOf(tree, n) === 'of'));
    // ("to B" may also come right after the verb, before a long object: "returned to B a vessel it had seized".)
    // (Or after the particle: "handed back to B on Monday a collection of …".)
    const opening = verb + 1 < tree.parse.head.length && GIVING_BACK_PARTICLES.has(lemmaOf(tree, verb + 1)) ? verb + 2 : verb + 1;
    const before = (o: number) => o < given[0]! && tree.parse.head[o] === verb && phraseOpeningAt(tree, opening).includes(o);
    const receivers = [...dependents(tree, verb, 'obl'), ...[...given, ...ofGiven].flatMap((g) => dependents(tree, g, 'nmod'))]
      .filter((o) => (o > given[0]! || before(o)) && prepositionOf(tree, o) === 'to')
      .flatMap((o) => (CONTROL_NOUNS.has(lemmaOf(tree, o)) ? ownersOf(reading, o) : entitiesAt(reading, o, verb)));
    // Suspects handed over for trial are judicial cooperation (PLOVER's COOPERATE: "extraditions"), not captives freed.
    const handedForTrial = given.some((g) => isSuspect(tree, g) || antecedents(g).some((a) => isSuspect(tree, a)));
    // (With no receiver named, suspects go to whoever wants them: "handed over two men wanted in B".)
    const wanting = receivers.length || !handedForTrial ? receivers : given.flatMap((g) => wantedBy(reading, g));
    for (const subject of subjects) for (const receiver of wanting) stateTyped(reading, verb, lemma, [handedForTrial ? 'COOPERATES_WITH' : 'RELEASES'], subject, receiver);
  }
}

/**
 * Bids and applications, envoys sent and received, travel for talks, calls, frontiers and offices closed, goods
 * arriving, debts forgiven, commitments to give and quarrels settled.
 */
function readContactsAndClosures(active: ActiveClause): void {
  const { reading, verb, lemma, subjects, objects } = active;
  const { tree, view } = reading;
  // "A wants B to withdraw", "A would like B to resign", "A told B to leave": wanting or telling another to act asks it to.
  // (The infinitive right after whom it asks, its own modifiers aside: "wanted B at least to visit"; "told B about his
  // dream to return" asks nothing.)
  const bidden = (c: number, m: number) => dependents(tree, verb, 'obj', 'iobj').some((o) => o < m && tree.parse.upos.slice(rightmostOf(tree, o) + 1, m).every((_, k) => isUnder(tree, rightmostOf(tree, o) + 1 + k, c)));
  if (BIDDING_VERBS.has(lemma) && dependents(tree, verb, 'xcomp').some((c) => dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to' && bidden(c, m)))) {
    for (const subject of subjects) for (const asked of objects) stateTyped(reading, verb, lemma, ['REQUESTS'], subject, asked);
  }
  // "A applied to join B", "A applied for membership of B": an application is a request to the body applied to.
  if (APPLYING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    const joined = dependents(tree, verb, 'xcomp', 'advcl').filter((c) => lemmaOf(tree, c) === 'join').flatMap((c) => dependents(tree, c, 'obj').flatMap((o) => entitiesAt(reading, o, c)));
    const sought = dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'for' && ADMISSION_NOUNS.has(lemmaOf(tree, o)));
    const bodies = sought.flatMap((o) => [...dependents(tree, o, 'compound'), ...dependents(tree, o, 'nmod').filter((n) => ['of', 'in', 'to'].includes(prepositionOf(tree, n) ?? ''))]).flatMap((n) => entitiesAt(reading, n));
    for (const subject of subjects) for (const body of [...joined, ...bodies]) stateTyped(reading, verb, lemma, ['REQUESTS'], subject, body);
  }
  // "A sent its foreign minister to B for talks", "A dispatched a delegation to B": sending one's envoys to a party
  // visits it (PLOVER's CONSULT); sending them with a message of one's own, or another's envoys, does not.
  if (ENVOY_SENDING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    const envoys = dependents(tree, verb, 'obj').filter((o) => DELEGATE_NOUNS.has(lemmaOf(tree, o)) && ownersOf(reading, o).every((m) => subjects.some((s) => s.entity === m.entity)));
    const hosts = envoys.length ? dependents(tree, verb, 'obl').filter((o) => o > envoys[0]! && prepositionOf(tree, o) === 'to').flatMap((o) => entitiesAt(reading, o, verb)) : [];
    for (const subject of subjects) for (const host of hosts) stateTyped(reading, verb, lemma, ['VISITS'], subject, host);
  }
  // "A arrived in C for talks with B", "A flew to C for a meeting with B": one who travels for talks with a party
  // holds them with it (PLOVER's CONSULT), as one who meets "for" talks does.
  if (TRAVELLING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    for (const purpose of dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'for')) {
      const types = nounRelations(lemmaOf(tree, purpose), 'with').filter((t) => t === 'NEGOTIATES_WITH' || t === 'MEETS');
      const parties = dependents(tree, purpose, 'nmod').filter((n) => prepositionOf(tree, n) === 'with').flatMap((n) => partyOf(reading, n));
      for (const subject of subjects) for (const party of parties) if (party.entity !== subject.entity) stateTyped(reading, purpose, lemmaOf(tree, purpose), types, subject, party);
    }
  }
  // "A received a delegation from B", "A received B's foreign minister": receiving a party's envoys hosts the party.
  if (RECEIVING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    // ("from B" may hang on the verb.)
    const from = dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'from').flatMap((o) => entitiesAt(reading, o, verb));
    for (const envoy of dependents(tree, verb, 'obj').filter((o) => DELEGATE_NOUNS.has(lemmaOf(tree, o)))) {
      for (const subject of subjects) for (const party of [...entitiesAt(reading, envoy, verb), ...from]) hostedVisit(reading, verb, lemma, subject, party);
    }
    // ("A received B at the palace": so does receiving a person, a guest.)
    // (A person's name takes no article: "received a Sylvester plush toy", "will receive the Oscar" name things.)
    const guests = lemma === 'receive' ? dependents(tree, verb, 'obj').filter((o) => !dependents(tree, o, 'det').length).flatMap((o) => entitiesAt(reading, o, verb)).filter((m) => view.typeOf(m.entity) === 'Person') : [];
    for (const subject of subjects) for (const guest of guests) stateTyped(reading, verb, lemma, ['HOSTS'], subject, guest);
  }
  // "A called B on Tuesday to discuss the crisis": a call made to talk something over is a conversation (a call
  // "to testify" summons, "called B a liar" names).
  if (lemma === 'call' && dependents(tree, verb, 'advcl', 'xcomp').some((c) => CONSULTING_VERBS.has(lemmaOf(tree, c)) && dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to'))) {
    for (const subject of subjects) for (const other of dependents(tree, verb, 'obj').flatMap((o) => entitiesAt(reading, o, verb))) stateTyped(reading, verb, lemma, ['NEGOTIATES_WITH'], subject, other);
  }
  // "A closed its border with B": closing a frontier to the party on its other side sanctions that party, the
  // phrase on the frontier or on the verb.
  if (CLOSING_VERBS.has(lemma)) {
    for (const frontier of dependents(tree, verb, 'obj').filter((o) => BORDER_NOUNS.has(lemmaOf(tree, o)))) {
      // ("the B crossings": the party the frontier is named for, unless it is the closer's own.)
      const named = dependents(tree, frontier, 'compound', 'amod').flatMap((n) => entitiesAt(reading, n));
      const across = [...crossingTo(reading, [...dependents(tree, frontier, 'nmod'), ...dependents(tree, verb, 'obl')]), ...named];
      for (const subject of subjects) for (const party of across) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['SANCTIONS'], subject, party);
    }
    // "A closed its embassy in B": so does shutting one's mission in another country (CAMEO 161).
    for (const mission of dependents(tree, verb, 'obj').filter((o) => MISSION_NOUNS.has(lemmaOf(tree, o)))) {
      const hosts = [...dependents(tree, mission, 'nmod'), ...dependents(tree, verb, 'obl')].filter((n) => prepositionOf(tree, n) === 'in').flatMap((n) => entitiesAt(reading, n));
      for (const subject of subjects) for (const party of hosts) stateTyped(reading, verb, lemma, ['SANCTIONS'], subject, party);
    }
  }
  // "A closed the B foundation's offices", "A dissolved the B party", "A ordered the closure of B's bureau": shutting
  // down another's body, or where it works from, is force used on it (not one's own: "closed its offices"; nor a
  // state's own body, "dissolved parliament" before an election).
  const closing = CLOSING_VERBS.has(lemma) || DISBANDING_VERBS.has(lemma);
  if ((closing || DEMANDING_VERBS.has(lemma) || LIGHT_VERBS.has(lemma)) && !isNegated(tree, verb)) {
    const bodiesIn = (closed: readonly number[]) =>
      closed
        .filter((c) => BODY_SITE_NOUNS.has(lemmaOf(tree, c)) || !STATE_BODY_HEADS.has(lemmaOf(tree, c)))
        .flatMap((c) => (BODY_SITE_NOUNS.has(lemmaOf(tree, c)) ? partyOf(reading, c) : entitiesAt(reading, c)))
        .filter((m) => reading.view.typeOf(m.entity) === 'Organization');
    // (Ordering a closure is the act itself, as event data codes it.)
    const shut = (token: number, closed: readonly number[]) => {
      const framed = DEMANDING_VERBS.has(lemma) ? verb : token;
      for (const subject of subjects) for (const body of bodiesIn(closed)) if (body.entity !== subject.entity) stateTyped(reading, framed, lemmaOf(tree, token), ['COERCES'], subject, body);
    };
    if (closing) shut(verb, dependents(tree, verb, 'obj'));
    for (const closure of dependents(tree, verb, 'obj').filter((o) => CLOSURE_NOUNS.has(lemmaOf(tree, o)))) shut(closure, dependents(tree, closure, 'nmod').filter((n) => prepositionOf(tree, n) === 'of'));
  }
  // "The first jets donated by A arrived in B", "aid sent by A reached B": goods given by one that arrive at another
  // are given to it (aid where they are donated or are aid, PLOVER's AID).
  if (ARRIVING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    const places = [...dependents(tree, verb, 'obl').filter((o) => ['in', 'at', 'to'].includes(prepositionOf(tree, o) ?? '')), ...(lemma === 'reach' ? dependents(tree, verb, 'obj') : [])];
    const receivers = places.flatMap((o) => partyOf(reading, o));
    // (The parser may read a model's name and the goods as a list: "the first F-16 fighter jets donated by A".)
    for (const goods of dependents(tree, verb, 'nsubj').flatMap((s) => conjuncts(tree, s))) {
      for (const given of dependents(tree, goods, 'acl').filter((p) => GIVING_VERBS.has(lemmaOf(tree, p)) && (lemmaOf(tree, p) === 'donate' || isAidNoun(lemmaOf(tree, goods))))) {
        const givers = dependents(tree, given, 'obl:agent', 'obl').filter((o) => prepositionOf(tree, o) === 'by').flatMap((o) => entitiesAt(reading, o));
        for (const giver of givers) for (const receiver of receivers) if (receiver.entity !== giver.entity) stateTyped(reading, verb, lemmaOf(tree, given), ['AIDS'], giver, receiver);
      }
    }
  }
  // "A cancelled B's debt", "A forgave 80 percent of the debt owed to it by B": debt forgiven is aid to the debtor
  // (PLOVER manual, AID: "debt forgiveness and loan cancellations").
  if (FORGIVING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    const objects = dependents(tree, verb, 'obj');
    const debts = [...objects, ...objects.flatMap((o) => amountOf(tree, o))].filter((d) => DEBT_NOUNS.has(lemmaOf(tree, d)));
    // (The participle may hang on the amount: "wrote off 350 million euros of debt owed by B".)
    const owing = [...new Set([...debts, ...objects.filter((o) => isDebt(tree, o))])];
    const owedBy = owing.flatMap((d) => dependents(tree, d, 'acl').filter((p) => lemmaOf(tree, p) === 'owe')).flatMap((p) => dependents(tree, p, 'obl:agent', 'obl').filter((o) => prepositionOf(tree, o) === 'by'));
    const debtors = [...debts.flatMap((d) => ownersOf(reading, d)), ...owedBy.flatMap((o) => entitiesAt(reading, o))];
    for (const subject of subjects) for (const debtor of debtors) if (debtor.entity !== subject.entity) stateTyped(reading, verb, lemma, ['AIDS'], subject, debtor);
  }
  // "A agreed to supply electricity to B", "A promised to ship grain to B", "A offered to send police to B": a
  // commitment to give another something is an agreement with it (PLOVER's AGREE: "agree to, offer, promise … to
  // cooperate"), whatever the goods; so is one to trade with it ("agreed to buy training from B", a company's too).
  if (COMMITTING_VERBS.has(lemma) && !isNegated(tree, verb)) {
    for (const giving of dependents(tree, verb, 'xcomp').filter((c) => (GIVING_VERBS.has(lemmaOf(tree, c)) || TRADING_VERBS.has(lemmaOf(tree, c))) && !isNegated(tree, c))) {
      const way = TRADING_VERBS.get(lemmaOf(tree, giving)) ?? 'to';
      const receivers = [...dependents(tree, giving, 'obl'), ...dependents(tree, giving, 'obj').flatMap((o) => dependents(tree, o, 'nmod'))].filter((o) => prepositionOf(tree, o) === way).flatMap((o) => entitiesAt(reading, o));
      for (const subject of subjects) for (const receiver of receivers) if (receiver.entity !== subject.entity) stateTyped(reading, verb, lemma, ['AGREES_WITH'], subject, receiver);
    }
  }
  // "A and B settled their dispute", "A settled its dispute with B": ending a quarrel is agreeing with the other side.
  if (RESOLVING_VERBS.has(lemma)) {
    for (const quarrel of dependents(tree, verb, 'obj').filter((o) => QUARREL_NOUNS.has(lemmaOf(tree, o)))) {
      const withs = [...dependents(tree, quarrel, 'nmod'), ...dependents(tree, verb, 'obl')].filter((n) => prepositionOf(tree, n) === 'with');
      for (const subject of subjects) for (const other of withs.flatMap((n) => entitiesAt(reading, n))) stateTyped(reading, verb, lemma, ['AGREES_WITH'], subject, other);
      statePairwise(reading, verb, lemma, ['AGREES_WITH'], subjects);
    }
  }
}

/**
 * Envoys recalled with "from" on the object, withdrawals with no "from", and meetings of coordinated subjects.
 */
function readRecallsAndMeetings(active: ActiveClause): void {
  const { reading, verb, lemma, subjects, objects } = active;
  const { tree } = reading;
  // "A recalled its ambassador from B", with "from B" hung on the object: a "from" the verb has a sense for and
  // its object noun has none is the verb's (not a "to", which is the object's way: "flies cargo to B").
  // The object may stand for the subject itself ("its ambassador").
  const others = (o: number) => entitiesAt(reading, o).filter((m) => !subjects.some((s) => s.entity === m.entity));
  // So is an envoy's "to B" or "in B": recalling one's ambassador to B recalls them from B.
  for (const thing of dependents(tree, verb, 'obj').filter((o) => tree.parse.upos[o] === 'NOUN' && !others(o).length)) {
    // The envoy's phrase may hang on the verb ("recalled its ambassador to B" with "to B" on "recalled").
    const envoyPhrases = ENVOY_NOUNS.has(lemmaOf(tree, thing)) ? dependents(tree, verb, 'obl').filter((o) => o > thing && ['to', 'in'].includes(prepositionOf(tree, o) ?? '')) : [];
    for (const phrase of [...dependents(tree, thing, 'nmod'), ...envoyPhrases]) {
      const preposition = prepositionOf(tree, phrase);
      const posted = ENVOY_NOUNS.has(lemmaOf(tree, thing)) && (preposition === 'to' || preposition === 'in');
      if ((preposition !== 'from' && !posted) || nounRelations(lemmaOf(tree, thing), preposition).length) continue;
      const types = withdrawsResources(tree, verb, lemma) ? (['SANCTIONS', 'WITHDREW_FROM'] as const) : verbRelations(lemma, 'from');
      if (types.length) for (const subject of subjects) for (const party of entitiesAt(reading, phrase, verb)) stateTyped(reading, verb, lemma, types, subject, party);
    }
  }
  // "…after A withdrew in 2018": a withdrawal with no "from" leaves the agreement the sentence names.
  if (!objects.length && !dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'from') && verbRelations(lemma, 'from').includes('WITHDREW_FROM')) {
    const agreement = reading.view.mentions.find((m) => reading.view.typeOf(m.entity) === 'Agreement');
    if (agreement) for (const subject of subjects) stateTyped(reading, verb, lemma, ['WITHDREW_FROM'], subject, agreement);
  }
  // "A and B met": a symmetric relation between coordinated subjects with nothing after "with", and no one else
  // the verb acts on ("A and B were helping children" is no help to each other).
  // Nor a joint call or plea "for" something ("A and B call for an overhaul"), which is no conversation.
  // What a verb of negotiating is about may be its object ("A and B negotiated a border deal"), when it is a thing,
  // not a party; other objects say the two acted on a third thing, not on each other ("A and B enlarged the garden").
  const topicOnly = (o: number) => tree.parse.upos[o] === 'NOUN' && !entitiesAt(reading, o).length && !isPersonNoun(lemmaOf(tree, o));
  // So may what two coordinate ("A and B coordinated their positions").
  // (A verb of discussing is talks between two who discuss a matter: "A and B discussed trade"; not the purpose of a
  // meeting, which is read as one: "A and B met to discuss trade".)
  const discussing = DISCUSSING_VERBS.has(lemma) && dependents(tree, verb, 'nsubj').length > 0;
  const talkedOver = (type: RelationType) =>
    (type === 'NEGOTIATES_WITH' || (type === 'COOPERATES_WITH' && COORDINATING_VERBS.has(lemma))) &&
    (verbRelations(lemma).includes(type) || (type === 'NEGOTIATES_WITH' && discussing)) &&
    dependents(tree, verb, 'obj').every(topicOnly);
  // (Two who meet or negotiate by the verb alone still do "for" talks or dinner: "A and B met for negotiations".)
  const meeting = verbRelations(lemma).some(isSymmetric);
  if (subjects.length > 1 && !dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'with' || (prepositionOf(tree, o) === 'for' && !meeting))) {
    const symmetric = verbRelations(lemma, 'with').filter((t) => isSymmetric(t) && (!dependents(tree, verb, 'obj').length || talkedOver(t)));
    // "A and B will jointly patrol the coast": whatever two do jointly they do together.
    const jointly = !symmetric.length && dependents(tree, verb, 'advmod').some((a) => JOINT_ADVERBS.has(lemmaOf(tree, a)));
    statePairwise(reading, verb, lemma, jointly ? ['COOPERATES_WITH'] : symmetric, subjects);
  }
}

/** Whether a verb names a hostile act, or cutting or halting what another receives ("would cut gas supplies to B"). */
function isHostileAct(tree: DependencyTree, verb: number): boolean {
  const lemma = lemmaOf(tree, verb);
  return verbRelations(lemma, 'against').some((t) => HOSTILE_ACTS.has(t)) || verbRelations(lemma).some((t) => HOSTILE_ACTS.has(t)) || (UNDOING_VERBS.has(lemma) && dependents(tree, verb, 'obj').length > 0);
}

/** The clauses of "if" or "unless" that `verbs` are done on. */
function conditionsOf(tree: DependencyTree, verbs: readonly number[]): number[] {
  return verbs.flatMap((v) => dependents(tree, v, 'advcl')).filter((c) => dependents(tree, c, 'mark').some((m) => ['unless', 'if'].includes(lemmaOf(tree, m))));
}

/**
 * "A said it would block B's accession talks unless C halted drilling", "A told B it would halt deliveries if …", "B
 * was told by A that funding would be frozen unless …": a hostile act one says one will do on a condition threatens
 * (PLOVER's THREATEN) whoever the condition asks to act and whomever one tells it; so does a strike or a protest one
 * says one will call so. Not another's act ("A said C would strike unless …"), nor a condition no one is asked to meet.
 */
function readConditionalWarnings(clause: VerbClause): void {
  const { reading, verb, lemma, passive } = clause;
  const { tree } = reading;
  if (!REPORTING_VERBS.has(lemma) || verbRelations(lemma).includes('THREATENS') || isNegated(tree, verb)) return;
  const speakers = passive ? clause.agents : clause.subjects;
  const told = passive ? clause.patients : dependents(tree, verb, 'obj', 'iobj').flatMap((o) => entitiesAt(reading, o, verb));
  // (One's own: said of "it" or of the speaker, or of what is to be done, with no doer named: "funding would be frozen".)
  const ownAct = (c: number) =>
    dependents(tree, c, 'nsubj').some((s) => PERSONAL_PRONOUNS.has(lemmaOf(tree, s)) || entitiesAt(reading, s, c).some((m) => speakers.some((own) => own.entity === m.entity))) ||
    (dependents(tree, c, 'aux:pass').length > 0 && !dependents(tree, c, 'obl:agent').length);
  // (Or a hostile act or a protest named by the verb's object: "would call a nationwide strike".)
  const hostileObject = (c: number) => dependents(tree, c, 'obj').some((o) => nounRelations(lemmaOf(tree, o), 'against').some((t) => HOSTILE_ACTS.has(t) || t === 'PROTESTS_AGAINST'));
  for (const act of dependents(tree, verb, 'ccomp')) {
    if (!dependents(tree, act, 'aux').some((a) => ['will', 'would'].includes(lemmaOf(tree, a))) || !ownAct(act) || !(isHostileAct(tree, act) || hostileObject(act))) continue;
    const conditions = conditionsOf(tree, [act]);
    if (!conditions.length) continue;
    const pressed = conditions.flatMap((c) => dependents(tree, c, 'nsubj').flatMap((n) => entitiesAt(reading, n, c)));
    for (const speaker of speakers) for (const party of [...told, ...pressed]) if (party.entity !== speaker.entity) stateTyped(reading, verb, lemma, ['THREATENS'], speaker, party);
  }
}

/**
 * What a verb controls: vows and threats of force, the controlled verb's object reached by the controlling
 * verb's relation, attacks halted, acts opposed and offers rejected.
 */
function readControlledActs(active: ActiveClause): void {
  const { reading, verb, lemma, subjects } = active;
  const { tree } = reading;
  // "A vowed to retaliate against B", "A swore to punish B": a vow of force or punishment is a threat to whoever it
  // would hit (the act itself stays planned, read with the controlled verb); so is a warning that one would do it ("A
  // warned that it would bomb B"), though not one that another would ("A warned that C would attack B").
  // (Cutting or halting what another receives is hostile too: "warned that it would cut gas supplies to B".)
  const hostile = (c: number) => isHostileAct(tree, c);
  const ownAct = (c: number) =>
    dependents(tree, c, 'aux').some((a) => WARNING_AUXILIARIES.has(lemmaOf(tree, a))) &&
    dependents(tree, c, 'nsubj').some((s) => PERSONAL_PRONOUNS.has(lemmaOf(tree, s)) || entitiesAt(reading, s, c).some((m) => subjects.some((own) => own.entity === m.entity)));
  // (Through a verb of a phase: "A vowed to keep targeting B".)
  const throughPhases = (c: number) => (PHASE_VERBS.has(lemmaOf(tree, c)) ? [c, ...dependents(tree, c, 'xcomp')] : [c]);
  const vowed = VOWING_VERBS.has(lemma) ? dependents(tree, verb, 'xcomp').flatMap(throughPhases) : verbRelations(lemma).includes('THREATENS') ? dependents(tree, verb, 'ccomp').filter(ownAct) : [];
  if (vowed.length && !isNegated(tree, verb)) {
    for (const controlled of vowed.filter(hostile)) {
      // (Or whose the thing acted on is: "would freeze its participation in B", "would seize the assets of B".)
      const ofThing = dependents(tree, controlled, 'obj').flatMap((o) => dependents(tree, o, 'nmod')).filter((n) => ['in', 'to', 'with', 'of'].includes(prepositionOf(tree, n) ?? ''));
      const hit = [...dependents(tree, controlled, 'obj').flatMap((o) => entitiesAt(reading, o)), ...threatenedAfterPrepositions(reading, controlled), ...ofThing.flatMap((n) => entitiesAt(reading, n))];
      for (const subject of subjects) for (const party of hit) stateTyped(reading, verb, lemma, ['THREATENS'], subject, party);
    }
  }
  // "A threatened to call a strike unless B raised wages", "threatened a blockade unless B released …", "threatened a
  // strike if B went ahead with …": a threat made on a condition is made against whoever the condition asks to act or
  // not to (PLOVER's THREATEN), whatever the act threatened; so is a warning of one's own act on a condition ("warned
  // that it would strike if B …").
  if (verbRelations(lemma).includes('THREATENS') && !isNegated(tree, verb)) {
    const acts = [verb, ...dependents(tree, verb, 'xcomp').flatMap(throughPhases), ...vowed];
    const conditions = conditionsOf(tree, acts);
    const pressed = conditions.flatMap((c) => dependents(tree, c, 'nsubj').flatMap((n) => entitiesAt(reading, n, c)));
    for (const subject of subjects) for (const party of pressed) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['THREATENS'], subject, party);
  }
  // "A vowed revenge against B", "A threatened a new offensive against B": so is a vow or a threat of a hostile act
  // named by a noun, against whoever it names, or a warning that one would do it ("warned that it would take military
  // action against B").
  if ((VOWING_VERBS.has(lemma) || verbRelations(lemma).includes('THREATENS')) && !isNegated(tree, verb)) {
    const holders = [verb, ...vowed.filter((c) => LIGHT_VERBS.has(lemmaOf(tree, c)))];
    for (const [holder, act] of holders.flatMap((h) => dependents(tree, h, 'obj').filter((o) => tree.parse.upos[o] === 'NOUN').map((o) => [h, o] as const))) {
      const phrases = [...dependents(tree, act, 'nmod'), ...dependents(tree, holder, 'obl').filter((o) => o > act)];
      for (const phrase of phrases.filter((p) => nounRelations(lemmaOf(tree, act), prepositionOf(tree, p)).some((t) => HOSTILE_ACTS.has(t)))) {
        for (const subject of subjects) for (const party of partyOf(reading, phrase)) stateTyped(reading, verb, lemma, ['THREATENS'], subject, party);
      }
    }
  }
  // "A agreed to open a credit line with B", "pledged to build a pipeline with B": an act one agrees or pledges to do
  // with another, which its own verb does not read with "with", is an agreement with them (PLOVER's AGREE).
  if ((AGREEING_VERBS.has(lemma) || VOWING_VERBS.has(lemma)) && !isNegated(tree, verb)) {
    // (Not an act read on its own, mutual, an event's or hostile: "agreed to share intelligence with B", "to resume
    // talks with B", "pledged to go to war with B".)
    const ownSense = (c: number) =>
      verbRelations(lemmaOf(tree, c), 'with').length > 0 ||
      dependents(tree, c, 'obj', 'obl').some((o) => MUTUAL_EVENTS.has(`${lemmaOf(tree, c)} ${lemmaOf(tree, o)}`) || nounRelations(lemmaOf(tree, o), 'with').length > 0 || nounRelations(lemmaOf(tree, o), 'against').some((t) => HOSTILE_ACTS.has(t)));
    const shared = dependents(tree, verb, 'xcomp').flatMap(throughPhases).filter((c) => !hostile(c) && !ownSense(c));
    // (The parser may hang "with B" on the act's object: "agreed to reopen border crossings with B"; not "a
    // government with B as president".)
    const withB = (o: number) => prepositionOf(tree, o) === 'with' && tree.parse.lemma[rightmostOf(tree, o) + 1]?.toLowerCase() !== 'as';
    const withPhrases = (c: number) => [...dependents(tree, c, 'obl'), ...dependents(tree, c, 'obj').flatMap((o) => dependents(tree, o, 'nmod'))].filter(withB);
    const partners = shared.flatMap(withPhrases).flatMap((o) => entitiesAt(reading, o));
    for (const subject of subjects) for (const party of partners) stateTyped(reading, verb, lemma, ['AGREES_WITH'], subject, party);
  }
  // "A threatened to strike B": the controlling verb's own relation reaches the controlled verb's object,
  // unless the controller has an object of its own ("A asked B to investigate C": A asks B, not C).
  for (const controlled of dependents(tree, verb, 'xcomp')) {
    // Denying doing something rejects no one ("A denied attacking B"); pledging to do it is no pledge of aid to whoever
    // it is done to ("A pledged to sanction B"): the act is read with its own verb.
    if (!verbRelations(lemma).length || DENYING_VERBS.has(lemma) || VOWING_VERBS.has(lemma) || dependents(tree, verb, 'obj', 'iobj').length) break;
    const objects = dependents(tree, controlled, 'obj').flatMap((o) => entitiesAt(reading, o));
    // A threat is made against whoever the act would hit, whatever the act: "threatened to cut supplies to B",
    // "threatened to seize B's assets".
    const threatened = verbRelations(lemma).includes('THREATENS')
      ? [...threatenedAfterPrepositions(reading, controlled), ...dependents(tree, controlled, 'obj').filter((o) => !entitiesAt(reading, o).length).flatMap((o) => partyOf(reading, o))]
      : [];
    // A refusal rejects whoever the act was to go to or be done with: "refused to extradite the suspects to B".
    // So does refusing the assent or recognition a verb of `OBJECT_SENSES` gives: "refused to ratify B's membership".
    const withheld = (o: number) => ASSENTING_TYPES.has(objectSense(lemmaOf(tree, controlled), lemmaOf(tree, o)) ?? 'RELATED_TO');
    const refused = verbRelations(lemma).includes('REJECTS')
      ? [
          ...dependents(tree, controlled, 'obl').filter((o) => ['to', 'with'].includes(prepositionOf(tree, o) ?? '')).flatMap((o) => entitiesAt(reading, o)),
          ...dependents(tree, controlled, 'obj').filter(withheld).flatMap((o) => ownersOf(reading, o)),
          // ("refused to let inspectors from B into the country": withholding access rejects whom it is withheld from.)
          ...(ALLOWING_VERBS.has(lemmaOf(tree, controlled)) ? dependents(tree, controlled, 'obj').flatMap((o) => admittedParties(reading, controlled, o)) : []),
          // ("refused to attend talks with B", "… talks convened by B": an event refused is refused its party or its host.)
          ...dependents(tree, controlled, 'obj')
            .filter((o) => nounRelations(lemmaOf(tree, o), 'with').length > 0)
            .flatMap((o) => [...dependents(tree, o, 'nmod').filter((n) => prepositionOf(tree, n) === 'with'), ...dependents(tree, o, 'acl').flatMap((p) => dependents(tree, p, 'obl:agent', 'obl').filter((a) => prepositionOf(tree, a) === 'by'))])
            .flatMap((n) => entitiesAt(reading, n)),
          // ("refused to extradite a commander wanted in B": a suspect refused is refused whoever wants them.)
          ...dependents(tree, controlled, 'obj').filter((o) => isSuspect(tree, o)).flatMap((o) => wantedBy(reading, o)),
        ]
      : [];
    // Agreeing to a hostile act against another is no agreement with them ("agreed to suspend B", "agreed to attack B"),
    // nor is helping do it aid to them ("helped fight B").
    const hostileAct = verbRelations(lemmaOf(tree, controlled)).some((type) => HOSTILE_ACTS.has(type));
    const agreeing = verbRelations(lemma).some((type) => type === 'AGREES_WITH' || type === 'SUPPORTS' || type === 'AIDS');
    if (!(hostileAct && agreeing)) for (const subject of subjects) for (const object of objects) stateTyped(reading, verb, lemma, verbRelations(lemma), subject, object);
    for (const subject of subjects) for (const party of threatened) stateTyped(reading, verb, lemma, ['THREATENS'], subject, party);
    for (const subject of subjects) for (const party of refused) stateTyped(reading, verb, lemma, ['REJECTS'], subject, party);
  }
  // "A refused to free C despite a request from B", "rejected the plan despite calls by B": refusing what another asked
  // for rejects the one who asked (the phrase may hang on the act refused).
  if (verbRelations(lemma).includes('REJECTS') && !isNegated(tree, verb)) {
    const phrases = [verb, ...dependents(tree, verb, 'xcomp')].flatMap((v) => dependents(tree, v, 'obl', 'obj'));
    const asks = [...phrases, ...phrases.flatMap((p) => dependents(tree, p, 'nmod'))].filter((o) => prepositionOf(tree, o) === 'despite' && ASKING_NOUNS.has(lemmaOf(tree, o)));
    for (const subject of subjects) for (const party of asks.flatMap((a) => ownersOf(reading, a))) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['REJECTS'], subject, party);
  }
  // "A stopped attacking B", "ceased firing on B": halting an attack or a build-up de-escalates (PLOVER's RETREAT), as
  // halting "attacks on B" does.
  for (const controlled of CEASING_VERBS.has(lemma) && !isNegated(tree, verb) ? dependents(tree, verb, 'xcomp').filter((x) => /ing$/.test(reading.view.words[x]!)) : []) {
    const obliques = dependents(tree, controlled, 'obl');
    const acts = [...verbRelations(lemmaOf(tree, controlled)), ...obliques.flatMap((o) => verbRelations(lemmaOf(tree, controlled), prepositionOf(tree, o)))];
    if (!undone(acts).includes('RELEASES')) continue;
    const parties = [...dependents(tree, controlled, 'obj'), ...obliques].flatMap((o) => partyOf(reading, o));
    for (const subject of subjects) for (const party of parties) stateTyped(reading, verb, lemma, ['RELEASES'], subject, party);
  }
  // "A voted against confirming B": an act a verb of opposing is "against" rejects whom it is done to, as a refusal to
  // do it would ("refused to confirm B").
  const opposedActs = dependents(tree, verb, 'advcl').filter((act) => dependents(tree, act, 'mark').some((m) => verbRelations(lemma, lemmaOf(tree, m)).includes('REJECTS')));
  for (const act of opposedActs) {
    for (const subject of subjects) for (const party of dependents(tree, act, 'obj').flatMap((o) => entitiesAt(reading, o))) stateTyped(reading, verb, lemma, ['REJECTS'], subject, party);
  }
  // "A rejected an invitation to join B", "turned down an offer to mediate with B": rejecting the offer of an act
  // rejects whom the act would be done to or with, as refusing to do it does; not an act against them ("rejected a
  // proposal to seize B's ships").
  if (verbRelations(lemma).includes('REJECTS')) {
    const offeredActs = dependents(tree, verb, 'obj')
      .filter((o) => INFINITIVE_NOUNS.has(lemmaOf(tree, o)))
      .flatMap((offer) => dependents(tree, offer, 'acl').filter((act) => dependents(tree, act, 'mark').some((m) => lemmaOf(tree, m) === 'to')))
      .filter((act) => !verbRelations(lemmaOf(tree, act)).some((type) => HOSTILE_ACTS.has(type)));
    for (const act of offeredActs) {
      const done = [...dependents(tree, act, 'obj'), ...dependents(tree, act, 'obl').filter((o) => ['to', 'with'].includes(prepositionOf(tree, o) ?? ''))];
      for (const subject of subjects) for (const party of done.flatMap((o) => entitiesAt(reading, o))) stateTyped(reading, verb, lemma, ['REJECTS'], subject, party);
    }
  }
}

/**
 * Event nouns a light, giving or undoing verb acts on ("held talks with B", "lifted sanctions on B"), acts done
 * under an agreement or after talks, and who acts during a trip.
 */
function readLightVerbs(active: ActiveClause): void {
  const { reading, verb, lemma, subjects, agents, passiveEvents } = active;
  const { tree, view } = reading;
  // "A held talks with B", "A engaged in talks with B": the light verb's subject is the event noun's agent;
  // "A lifted sanctions on B", "A suspended cooperation with B": undoing it is the opposite act.
  // "withdrew from the talks with B", "pulled out of talks with B": leaving the event undoes it too (not one who
  // withdraws another: "A withdrew C from the treaty with B").
  // (What is left must be an event: walking out of schools "in a strike against B" ends no strike.)
  const isEvent = (o: number) => [undefined, 'with', 'between', 'on', 'against', 'of', 'to'].some((p) => nounRelations(lemmaOf(tree, o), p).length > 0);
  const leaving = (o: number) => LEAVING_EVENT_PHRASES.has(`${lemma} ${prepositionOf(tree, o) ?? ''}`) && (tree.parse.upos[o] !== 'NOUN' || isEvent(o));
  const left = dependents(tree, verb, 'obj').length ? [] : dependents(tree, verb, 'obl').filter(leaving);
  const undoing = UNDOING_VERBS.has(lemma) || left.length > 0;
  // "took part in talks", "took a trip to B", but not "took charge of B".
  const taking = lemma === 'take' && dependents(tree, verb, 'obj').some((o) => TAKEN_NOUNS.has(lemmaOf(tree, o)));
  // "A postponed talks with B": they are still A's, yet to come.
  const postponing = POSTPONING_VERBS.has(lemma);
  // "A agreed to a new settlement with B", "… on a deal with B": the deal agreed to is made with its party.
  const agreedTo = lemma === 'agree' ? dependents(tree, verb, 'obl').filter((o) => ['to', 'on'].includes(prepositionOf(tree, o) ?? '') && nounRelations(lemmaOf(tree, o), 'with').includes('AGREES_WITH')) : [];
  // "returned to talks with B", "ready to return to the bargaining table with B": going back to an event takes part in it.
  const returnedTo = lemma === 'return' ? dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'to' && ((tree.parse.upos[o] === 'NOUN' && isEvent(o)) || isTalksTable(tree, o))) : [];
  const doers = passiveEvents.length ? agents : subjects;
  // "declared a ceasefire with B".
  // (Or an amnesty: "declared an amnesty for B's migrants".)
  const declaring = [...dependents(tree, verb, 'obj'), ...passiveEvents].some((o) => isDeclaredTruce(lemma, lemmaOf(tree, o)) || (DECLARING_VERBS.has(lemma) && AMNESTY_NOUNS.has(lemmaOf(tree, o))));
  if ((LIGHT_VERBS.has(lemma) || GIVING_VERBS.has(lemma) || undoing || taking || postponing || declaring || agreedTo.length || returnedTo.length) && doers.length) {
    // "pledged $100 million in aid to B", "took part in exercises with B": an amount's or a part's "in" names the event.
    const amounts = dependents(tree, verb, 'obj').filter((o) => tree.parse.upos[o] === 'SYM' || tree.parse.upos[o] === 'NUM' || CURRENCY_NOUNS.has(lemmaOf(tree, o)) || PARTAKING_NOUNS.has(lemmaOf(tree, o)));
    // "the talks that A held with B": a relative clause's light verb acts on the noun the clause describes.
    const described = tree.parse.deprel[verb] === 'acl:relcl' && dependents(tree, verb, 'obj').every((o) => RELATIVE_PRONOUNS.has(lemmaOf(tree, o))) ? [tree.parse.head[verb]!] : [];
    // "held a second round of talks with B", "held two days of talks with B": a round or series of an event, or a
    // counted stretch of time, is the event; so is a share of it ("lifted most of its restrictions on B").
    const counted = (o: number) => DURATION_NOUNS.has(lemmaOf(tree, o)) && dependents(tree, o, 'nummod', 'amod', 'det').some((d) => tree.parse.upos[d] === 'NUM' || COUNTING_WORDS.has(lemmaOf(tree, d)));
    const rounds = dependents(tree, verb, 'obj').filter((o) => ROUND_NOUNS.has(lemmaOf(tree, o)) || counted(o) || SHARE_WORDS.has(lemmaOf(tree, o))).flatMap((o) => dependents(tree, o, 'nmod').filter((n) => prepositionOf(tree, n) === 'of'));
    const events = [
      ...dependents(tree, verb, 'obj').filter((o) => !RELATIVE_PRONOUNS.has(lemmaOf(tree, o))),
      ...passiveEvents,
      ...rounds,
      ...agreedTo,
      ...returnedTo,
      ...described,
      // "entered into an agreement with B".
      ...dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'in' || (lemma === 'enter' && prepositionOf(tree, o) === 'into')),
      ...left,
      ...amounts.flatMap((a) => dependents(tree, a, 'nmod').filter((n) => prepositionOf(tree, n) === 'in')),
    ];
    for (const event of events) {
      // A key concept ("attacks" named often enough) is still an event; a name is not, save an agreement undone with
      // a party ("suspended the Velt Treaty with B": ties cut, as "the treaty with B" would be).
      const undoneAgreement = undoing && nounRelations(lemmaOf(tree, event), 'with').includes('AGREES_WITH');
      if ((nameHeadedBy(reading, event) && !undoneAgreement) || isNegated(tree, event)) continue;
      // (What is handed back is returned, no aid: "handed back two B fishing boats to B".)
      const givenBack = GIVING_BACK_VERBS.has(lemma) && hasParticle(tree, verb, BACK);
      const goods = givenBack ? undefined : aidGiven(tree, lemma, event);
      // (Goods sent "in exchange for" others are traded, no aid: economic cooperation, CAMEO 061.)
      const bartered = goods !== undefined && dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'in' && lemmaOf(tree, o) === 'exchange');
      // (Arms handed in are surrendered, no aid: "handed in their weapons to B", PLOVER's RETREAT 'disarm'.)
      // (So are arms fighters hand over: "fighters of B handed over 600 rifles to C", PLOVER's RETREAT 'disarm'.)
      const byFighters = dependents(tree, verb, 'nsubj').some((s) => FIGHTER_NOUNS.has(lemmaOf(tree, s)));
      const surrendered = goods !== undefined && ARMS_NOUNS.has(lemmaOf(tree, goods)) && (hasParticle(tree, verb, IN) || (byFighters && hasParticle(tree, verb, OVER)));
      // A hunger strike or a general strike is a protest, not an assault.
      const noun = surrendered ? 'surrender' : bartered ? 'trade' : goods !== undefined ? 'aid' : isProtestStrike(tree, event) ? 'protest' : isTalksTable(tree, event) ? 'negotiation' : lemmaOf(tree, event);
      // "launched a joint patrol with B", "A and B held joint drills": whatever is done jointly is done together.
      const joint = !undoing && dependents(tree, event, 'amod').some((a) => JOINT_WORDS.has(lemmaOf(tree, a)));
      const together = (types: readonly RelationType[]): readonly RelationType[] => (joint && !types.length ? ['COOPERATES_WITH'] : types);
      // The party may hang from the noun ("talks with B") or, as the parser often attaches it, from the verb
      // or from a phrase of time or place before it ("increased cooperation in recent years with B"), or from
      // the goods a measure names ("40 tonnes of maize to B").
      // Not a role one acts in ("as chairman of C").
      // Not where an event the verb is done "in" names its own party ("flew arms to B in support of C" supports C).
      const ownParty = tree.parse.head[event] === verb && prepositionOf(tree, event) === 'in' && dependents(tree, event, 'nmod').some((n) => prepositionOf(tree, n) === 'of' && entitiesAt(reading, n).length > 0);
      const obliques = ownParty ? [] : dependents(tree, verb, 'obl').filter((o) => o !== event && prepositionOf(tree, o) !== 'as');
      // "pledged 50 million euros in aid to B": the party may hang on the amount the event's "in" names.
      const amount = amounts.find((a) => dependents(tree, a, 'nmod').includes(event));
      const ofAmount = amount === undefined ? [] : dependents(tree, amount, 'nmod').filter((n) => n !== event);
      // ("lifted sanctions imposed on B", "lifted the sanctions and closures it had imposed on B": the party of a
      // participle or relative clause of imposing is the event's.)
      const imposed = conjuncts(tree, event).flatMap((e) => dependents(tree, e, 'acl', 'acl:relcl')).filter((p) => IMPOSING_VERBS.has(lemmaOf(tree, p))).flatMap((p) => dependents(tree, p, 'obl'));
      const parties = goods === undefined || goods === event ? [...new Set([...partiesOf(tree, event, obliques), ...ofAmount, ...imposed])] : [...new Set([...partiesOf(tree, event, obliques), ...dependents(tree, goods, 'nmod'), ...ofAmount, ...imposed])];
      for (const party of parties) {
        // ("drills near its border with B": the party across a frontier the event is held at is near it, no partner;
        // the parser may hang "with B" on the frontier, on the verb or on the event itself.)
        const opening = dependents(tree, party, 'case')[0];
        const across = prepositionOf(tree, party) === 'with' && opening !== undefined && opening > 0 && FRONT_NOUNS.has(lemmaOf(tree, opening - 1)) && (tree.parse.head[party] !== event || opening - 1 > event);
        const preposition = across ? 'near' : prepositionOf(tree, party);
        if (preposition === 'between') continue;
        // Ties opened are diplomatic support (CAMEO 050, 054: "restored relations with B"), trade opened economic
        // cooperation (061); either cut is a sanction.
        // (Imports "of B wine" are trade with B; so are exports or sales to it and imports from it: "resumed
        // electricity exports to B", "resumed gas sales to B".)
        const traded = (noun === 'import' && (preposition === 'of' || preposition === 'from')) || ((noun === 'export' || noun === 'sale' || bartered) && preposition === 'to');
        const opened = (preposition === 'with' || traded) && (undoing || OPENING_VERBS.has(lemma) || bartered);
        // (Goods go "into" a country as "to" it: "flew relief supplies into B".)
        const senses = DIPLOMATIC_NOUNS.has(noun) ? (opened ? [undoing ? ('COOPERATES_WITH' as const) : ('SUPPORTS' as const)] : []) : EXCHANGE_NOUNS.has(noun) || traded ? (opened ? ['COOPERATES_WITH' as const] : []) : nounRelations(noun, noun === 'aid' && preposition === 'into' ? 'to' : preposition);
        // Halting flights, trade or sales to or with a party cuts it off: a sanction ("froze arms sales to B").
        const cutOff = undoing && CROSSING_NOUNS.has(noun) && (['to', 'from', 'with'].includes(preposition ?? '') || traded);
        // Freezing one's own membership of or participation in a body leaves it ("froze its participation in B").
        const left = undoing && MEMBERSHIP_NOUNS.has(noun) && ['in', 'of'].includes(preposition ?? '');
        // Easing rules that bind a party or its people ("eased visa rules for B travellers", "lifted the curbs on B") is
        // a concession (CAMEO 081); easing sanctions, tariffs or curbs on goods is PLOVER's retreat (CAMEO 085:
        // "lifted its ban on B wine").
        // (A party suspended is bound by its suspension: "lifted the suspension of B".)
        const eased = undoing && RESTRICTION_NOUNS.has(noun) && (['on', 'for'].includes(preposition ?? '') || (preposition === 'of' && SUSPENSION_NOUNS.has(noun)));
        const goods = tree.parse.upos[party] === 'NOUN' && !entitiesAt(reading, party).length && !partiesOfPeople(reading, party).length && !isPersonNoun(lemmaOf(tree, party)) && !NATIONAL_NOUNS.has(lemmaOf(tree, party));
        // (What a party does is no goods: "lifted a ban on rallies by B", "… on B's broadcasts" is a concession.)
        const economic = ECONOMIC_PRESSURE_NOUNS.has(noun) || (goods && lemmaOf(tree, party) !== 'visa' && !GATHERING_NOUNS.has(lemmaOf(tree, party)) && !PUBLIC_ACTIVITY_NOUNS.has(lemmaOf(tree, party)));
        // A ceasefire or truce declared is a concession (PLOVER: "declarations (but not implementations) of
        // ceasefires"); one agreed with the other side is an agreement.
        const declared = isDeclaredTruce(lemma, noun) && ['with', 'against', 'on'].includes(preposition ?? '');
        // An invitation to a visit or talks extended to a party is an agreement to meet, as the verb's is.
        const invited = preposition === 'to' && invitesToMeet(reading, event, noun);
        const types = cutOff
          ? ['SANCTIONS' as const]
          : declared
            ? ['CONCEDES_TO' as const]
            : invited
            ? ['AGREES_WITH' as const]
            : left
            ? ['WITHDREW_FROM' as const]
            : eased
              ? [economic ? ('RELEASES' as const) : ('CONCEDES_TO' as const)]
              : undoing
                ? undone(senses, lemma)
                : preposition === 'with'
                  ? together(senses)
                  : senses;
        // The framing climbs from the noun: "pledged aid to B" is planned, "offered talks with B" hypothetical; but
        // ordering an arrest is the act itself, as event data codes it, and undoing is the verb's act.
        const framed = DEMANDING_VERBS.has(lemma) || undoing ? verb : event;
        // (Freeing frees people: "ordered the release of B's tax records" frees no one of B.)
        const freedThing = !undoing && senses.includes('RELEASES') && tree.parse.upos[party] === 'NOUN' && !isPersonNoun(lemmaOf(tree, party)) && !NATIONAL_NOUNS.has(lemmaOf(tree, party));
        // ("delivered food to 200,000 people in B": aid to people in a country is aid to the country.)
        const helped = types.includes('AIDS') && (isPersonNoun(lemmaOf(tree, party)) || NATIONAL_NOUNS.has(lemmaOf(tree, party))) && !partyOf(reading, party).length ? territoriesIn(reading, dependents(tree, party, 'nmod')) : [];
        // ("sanctions against officers of B's military": a hostile act on a party's people is on the party; so is an
        // investigation of them, "into officers of B's police".)
        const onPeople = eased || types.some((t) => HOSTILE_ACTS.has(t) || t === 'ACCUSES');
        const others = freedThing ? [] : onPeople && !partyOf(reading, party).length ? (types.includes('ACCUSES') ? investigatedParties(reading, party) : partiesOfPeople(reading, party)) : [...partyOf(reading, party), ...helped];
        // (A deal agreed to is said by "agree", which PLOVER codes AGREE, not as one signed or reached.)
        for (const subject of doers) for (const other of others) stateTyped(reading, framed, undoing || agreedTo.includes(event) ? lemma : noun, types, subject, other);
        // "launched strikes on targets in B": an attack on things in a country or region is on its territory, by a state
        // or a group ("in B" may hang on the verb right after the targets).
        const sites = () => [...dependents(tree, party, 'nmod'), ...dependents(tree, verb, 'obl').filter((o) => o > party && phraseOpeningAt(tree, rightmostOf(tree, party) + 1).includes(o))];
        const places = others.length || undoing || !types.includes('ATTACKS') || tree.parse.upos[party] !== 'NOUN' ? [] : territoriesIn(reading, sites());
        for (const subject of doers.filter((m) => view.typeOf(m.entity) !== 'Person')) for (const place of places) stateTyped(reading, framed, noun, ['ATTACKS'], subject, place);
      }
      // "declared a unilateral ceasefire along its border with B": a truce on a frontier concedes to the side across it.
      if (isDeclaredTruce(lemma, noun) && !isNegated(tree, verb)) {
        for (const subject of doers) for (const other of acrossFrontiers(reading, [...dependents(tree, event, 'nmod'), ...obliques])) if (other.entity !== subject.entity) stateTyped(reading, event, noun, ['CONCEDES_TO'], subject, other);
      }
      // "A offered B assistance", "A gave B military aid": the verb's indirect object receives the aid, as after "to".
      if (!undoing && event !== tree.parse.head[verb]) {
        const framed = DEMANDING_VERBS.has(lemma) ? verb : event;
        const given = nounRelations(noun, 'to').filter((t) => t === 'AIDS');
        for (const receiver of dependents(tree, verb, 'iobj')) for (const subject of doers) for (const other of entitiesAt(reading, receiver, verb)) stateTyped(reading, framed, noun, given, subject, other);
      }
      // "A and B engaged in talks": coordinated agents of a symmetric event are each other's party (two subjects
      // of one verb are a misreading, not a pair), unless the event names its party ("A and B held talks with C").
      // (A "with" that names no one is no party: "established relations with an exchange of notes".)
      const withParty = [...dependents(tree, event, 'nmod'), ...dependents(tree, verb, 'obl')].some((n) => prepositionOf(tree, n) === 'with' && partyOf(reading, n).length > 0);
      // "A and B restored diplomatic relations", "A and B cut ties", "A and B resumed trade": ties or trade opened or
      // cut between the two.
      const exchange = DIPLOMATIC_NOUNS.has(noun) || EXCHANGE_NOUNS.has(noun);
      const ties = exchange && (undoing || OPENING_VERBS.has(lemma)) ? (undoing ? undone(['COOPERATES_WITH']) : DIPLOMATIC_NOUNS.has(noun) ? ['SUPPORTS' as const] : ['COOPERATES_WITH' as const]) : undefined;
      const symmetric = dependents(tree, verb, 'nsubj').length > 1 || withParty ? [] : ties ?? (undoing ? [] : together(nounRelations(noun, 'with').filter(isSymmetric)));
      statePairwise(reading, undoing ? verb : event, undoing ? lemma : noun, symmetric, doers);
    }
  }
  // "A released prisoners under a deal with B", "A withdrew after talks with B": one acts by an agreement or
  // talks one is party to — a symmetric event only ("after an attack on B" says nothing of who attacked).
  for (const event of dependents(tree, verb, 'obl').filter((o) => ACTED_BY_PREPOSITIONS.has(prepositionOf(tree, o) ?? ''))) {
    if (nameHeadedBy(reading, event) || isNegated(tree, event) || agentsNamedWith(reading, event).length) continue;
    const noun = lemmaOf(tree, event);
    for (const party of dependents(tree, event, 'nmod').filter((n) => prepositionOf(tree, n) === 'with')) {
      const types = nounRelations(noun, 'with').filter(isSymmetric);
      for (const subject of subjects) for (const other of partyOf(reading, party)) stateTyped(reading, event, noun, types, subject, other);
    }
  }
  // "During a visit to B, A met C", "on a trip to B, A …": the one who acts is the one who travels.
  for (const trip of dependents(tree, verb, 'obl').filter((o) => TRAVEL_TIME_PREPOSITIONS.has(prepositionOf(tree, o) ?? ''))) {
    if (nameHeadedBy(reading, trip) || isNegated(tree, trip) || agentsNamedWith(reading, trip).length) continue;
    const noun = lemmaOf(tree, trip);
    for (const place of dependents(tree, trip, 'nmod').filter((n) => prepositionOf(tree, n) === 'to')) {
      const types = nounRelations(noun, 'to').filter((t) => t === 'VISITS');
      for (const subject of subjects) for (const other of entitiesAt(reading, place)) stateTyped(reading, trip, noun, types, subject, other);
    }
  }
}

/** "A and B exchanged fire", "A traded accusations with B": each did it to the other. */
function readMutualActs(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  for (const thing of dependents(tree, verb, 'obj')) {
    const type = MUTUAL_EVENTS.get(`${lemma} ${lemmaOf(tree, thing)}`);
    if (!type) continue;
    // "with B" may hang on the verb or on what is exchanged, or further down its phrases ("shared intelligence on the
    // movements of fighters around the lake with B"), on nouns with no "with" of their own.
    const deep = phrasesBelow(tree, [...dependents(tree, verb, 'obl'), thing]).filter((o) => tree.parse.head[o] === verb || tree.parse.head[o] === thing || !nounRelations(lemmaOf(tree, tree.parse.head[o]!), 'with').length);
    // (Or the party's people: "with its B counterparts".)
    const withParties = deep.filter((o) => prepositionOf(tree, o) === 'with').flatMap((o) => namedOrByPeople(reading, o, verb));
    const sides = withParties.length ? subjects.flatMap((s) => withParties.map((w) => [s, w] as const)) : subjects.flatMap((s, i) => subjects.slice(i + 1).map((t) => [s, t] as const));
    for (const [one, other] of sides) {
      stateTyped(reading, verb, lemma, [type], one, other);
      stateTyped(reading, verb, lemma, [type], other, one);
    }
  }
}

/**
 * "A handed over banking records to B", "A gave B's counterparts information on …": information given is shared with
 * whom it is given, as "shared information with B" (CAMEO 064).
 */
function readInformationGiven(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!GIVING_VERBS.has(lemma) || !dependents(tree, verb, 'obj').some((o) => isInformation(tree, o))) return;
  const to = (o: number) => prepositionOf(tree, o) === 'to';
  // ("to B" may hang on what the information is on: "passed information on smuggling routes to B", "handed
  // intelligence on an arms ring to B".)
  const phrases = [...dependents(tree, verb, 'obl'), ...dependents(tree, verb, 'obj').flatMap((o) => dependents(tree, o, 'nmod'))];
  const onWhat = phrases.filter((o) => prepositionOf(tree, o) === 'on').flatMap((o) => dependents(tree, o, 'nmod'));
  const receivers = [...dependents(tree, verb, 'iobj'), ...phrases.filter(to), ...onWhat.filter(to)];
  for (const party of receivers.flatMap((r) => namedOrByPeople(reading, r, verb))) for (const subject of subjects) stateTyped(reading, verb, lemma, ['COOPERATES_WITH'], subject, party);
}

/**
 * "A used tear gas and water cannon against B's supporters", "… used force on the protesters of B": weapons or force
 * used against a party attack it (PLOVER's ASSAULT), whether the phrase hangs on the verb or on what is used.
 */
function readForceUsed(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!USING_VERBS.has(lemma) || isNegated(tree, verb)) return;
  const used = dependents(tree, verb, 'obj').flatMap((o) => conjuncts(tree, o)).filter((o) => USED_FORCE_NOUNS.has(lemmaOf(tree, o)) || dependents(tree, o, 'compound').some((c) => USED_FORCE_NOUNS.has(lemmaOf(tree, c))));
  if (!used.length) return;
  const against = [...dependents(tree, verb, 'obl'), ...used.flatMap((o) => dependents(tree, o, 'nmod'))].filter((o) => ['against', 'on'].includes(prepositionOf(tree, o) ?? ''));
  const targets = against.flatMap((o) => { const own = partyOf(reading, o); return own.length ? own : partiesOfPeople(reading, o); });
  for (const subject of subjects) for (const target of targets) stateTyped(reading, verb, lemma, ['ATTACKS'], subject, target);
}

/** Whether a noun is information one shares (`MUTUAL_EVENTS`: "shared intelligence with B"). */
const isInformation = (tree: DependencyTree, noun: number): boolean => MUTUAL_EVENTS.get(`share ${lemmaOf(tree, noun)}`) === 'COOPERATES_WITH';

/**
 * "A and C exchanged prisoners under a deal brokered by B", "A and C signed a truce mediated by B": whoever brokered
 * the deal the parties act under mediated between them.
 */
function readBrokeredBy(reading: Reading, verb: number, parties: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!parties.length) return;
  const deals = [...dependents(tree, verb, 'obl').filter((o) => ACTED_BY_PREPOSITIONS.has(prepositionOf(tree, o) ?? '')), ...dependents(tree, verb, 'obj')];
  for (const deal of deals) {
    for (const participle of dependents(tree, deal, 'acl').filter((p) => verbRelations(lemmaOf(tree, p)).includes('MEDIATES'))) {
      const brokers = dependents(tree, participle, 'obl:agent').flatMap((a) => entitiesAt(reading, a));
      for (const broker of brokers) for (const party of parties) stateTyped(reading, participle, lemmaOf(tree, participle), ['MEDIATES'], broker, party);
    }
  }
}

/**
 * "B soldiers were killed in an attack by A", "B civilians died in an air strike by A": whoever carried out the
 * attack attacked the victims (or the country they stand for).
 */
function readCasualties(reading: Reading, verb: number, lemma: string, victims: readonly ResolvedMention[]): void {
  const { tree } = reading;
  // ("A B army base was hit by a car bomb in an attack claimed by C": what was hit in an attack is its owner's.)
  const struck = verbRelations(lemma).includes('ATTACKS') && dependents(tree, verb, 'aux:pass').length > 0;
  const hit = victims.length || !struck ? victims : dependents(tree, verb, 'nsubj:pass').flatMap((t) => ownersOf(reading, t));
  if ((!CASUALTY_VERBS.has(lemma) && !struck) || !hit.length) return;
  // (The parser may hang the attack on the means: "hit by a car bomb … in an attack claimed by C".)
  const phrases = [...dependents(tree, verb, 'obl'), ...dependents(tree, verb, 'obl:agent').flatMap((a) => dependents(tree, a, 'nmod'))];
  for (const attack of phrases.filter((o) => prepositionOf(tree, o) === 'in' && nounRelations(lemmaOf(tree, o), 'on').includes('ATTACKS'))) {
    // (By whoever it names as doing it: "an attack by A", "an attack claimed by A".)
    const attackers = [...dependents(tree, attack, 'nmod').filter((n) => prepositionOf(tree, n) === 'by'), ...carriedOutBy(tree, attack)].flatMap((n) => entitiesAt(reading, n));
    for (const attacker of attackers) for (const victim of hit) stateTyped(reading, verb, lemmaOf(tree, attack), ['ATTACKS'], attacker, victim);
  }
}

/**
 * "A claimed responsibility for the attack on B", "A claimed the bombing of B's offices": one who claims an attack
 * attacked whom it was on.
 */
function readClaimedAttacks(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (lemma !== 'claim' || isNegated(tree, verb) || !subjects.length) return;
  const objects = dependents(tree, verb, 'obj');
  const claimed = [...objects, ...objects.filter((o) => lemmaOf(tree, o) === 'responsibility').flatMap((o) => dependents(tree, o, 'nmod')), ...dependents(tree, verb, 'obl')]
    .filter((o) => (tree.parse.deprel[o] === 'obj' || prepositionOf(tree, o) === 'for') && isAttack(tree, o));
  for (const attack of claimed) {
    const targets = dependents(tree, attack, 'nmod').filter((n) => ['on', 'against', 'of'].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => partyOf(reading, n));
    for (const subject of subjects) for (const target of targets) stateTyped(reading, verb, lemmaOf(tree, attack), ['ATTACKS'], subject, target);
  }
}

/**
 * "A called B a liar", "A called B's plan a disgrace", "A described the B government as illegitimate", "B was
 * branded a traitor by A": a label that condemns or praises what it is given to criticises or supports that party,
 * or the owner of that thing. `labelled` are a passive's patients; without them, what comes before the label.
 */
function readLabels(reading: Reading, verb: number, lemma: string, speakers: readonly ResolvedMention[], labelled?: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!LABELLING_VERBS.has(lemma) || !speakers.length) return;
  // ("a disgrace" may be read as a bare oblique.)
  const complements = dependents(tree, verb, 'obj', 'xcomp', 'obl', 'obl:unmarked').filter((c) => c > verb && (tree.parse.deprel[c] !== 'obl' || prepositionOf(tree, c) === 'as'));
  // The label's word is the complement or a modifier of it, or one step further down a misread complement ("called
  // B's proposed deal 'lousy'" read with "proposed" as the complement).
  const labelOf = (c: number): RelationType | undefined => {
    const word = lemmaOf(tree, c).toLowerCase();
    return CONDEMNING_LABELS.has(word) ? 'CRITICIZES' : PRAISING_LABELS.has(word) ? 'SUPPORTS' : undefined;
  };
  const labelIn = (c: number, depth = 0): RelationType | undefined => {
    const own = labelOf(c);
    if (own || depth > 1) return own;
    for (const d of dependents(tree, c, 'amod', 'obj', 'xcomp')) {
      const type = labelIn(d, depth + 1);
      if (type) return type;
    }
    return undefined;
  };
  const at = complements.findIndex((c) => labelIn(c) !== undefined);
  if (at < 0) return;
  const type = labelIn(complements[at]!)!;
  // "called the plan illegal" has its label as a modifier of the one complement, which is then what is labelled.
  const labelledTokens = at > 0 ? complements.slice(0, at) : labelOf(complements[0]!) ? [] : [complements[0]!];
  const given = labelled ?? labelledTokens.flatMap((c) => {
    const named = entitiesAt(reading, c);
    return named.length ? named : ownersOf(reading, c);
  });
  for (const speaker of speakers) for (const party of given) stateTyped(reading, verb, lemma, [type], speaker, party);
}

/**
 * "A ran in the B primary", "A won the B nomination": one who runs in a party's contest is of the party, as a
 * standing fact however the run is framed ("will seek the B nomination"), unless it is denied.
 */
function readContests(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  if (!CONTESTING_VERBS.has(lemma)) return;
  for (const party of contestParties(reading, dependents(tree, verb, 'obj', 'obl'))) {
    for (const subject of subjects) {
      if (view.typeOf(subject.entity) !== 'Person' || subject.entity === party.entity || modalityOf(reading, verb, [subject.entity, party.entity]) === undefined) continue;
      const key = `${subject.entity}|MEMBER_OF|${party.entity}|${lemma}`;
      reading.found.set(key, { source: subject.entity, target: party.entity, type: 'MEMBER_OF', predicate: lemma, confidence: TYPED_CONFIDENCE, basis: 'syntax', modality: 'asserted', docId: view.docId, sentence: view.sentence.index });
    }
  }
}

/** "A won the presidency of B", "A regained the prime ministry of B": one who holds an office leads what it is of. */
function readOffices(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  if (!OFFICE_TAKING_VERBS.has(lemma)) return;
  const isOffice = (o: number) => [lemmaOf(tree, o), ...dependents(tree, o, 'amod').map((a) => `${lemmaOf(tree, a)} ${lemmaOf(tree, o)}`)].some((name) => OFFICE_NOUNS.has(name));
  // "took over the leadership of B", with "over" read as the office's preposition.
  const taken = [...dependents(tree, verb, 'obj'), ...dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'over')];
  for (const office of taken.filter(isOffice)) {
    const of = [...dependents(tree, office, 'nmod:poss'), ...dependents(tree, office, 'nmod').filter((n) => prepositionOf(tree, n) === 'of')].flatMap((n) => entitiesAt(reading, n));
    for (const subject of subjects) for (const body of of) if (view.typeOf(subject.entity) === 'Person') stateTyped(reading, verb, lemma, ['LEADS'], subject, body);
  }
  // "assumed the office of President of B", "took a seat of senator for B": the title's body, led or joined.
  for (const post of taken.filter((o) => POST_NOUNS.has(lemmaOf(tree, o)))) {
    for (const title of dependents(tree, post, 'nmod').filter((n) => prepositionOf(tree, n) === 'of' && PERSON_TITLES.has(lemmaOf(tree, n).toLowerCase()))) {
      const words = [...dependents(tree, title, 'amod', 'compound').map((m) => lemmaOf(tree, m).toLowerCase()), lemmaOf(tree, title).toLowerCase()];
      const type = titleLeads(words) ? 'LEADS' : titleJoins(words) ? 'MEMBER_OF' : undefined;
      if (!type) continue;
      // The phrase right after the title is its body even where the parser hangs it on the post ("the office of
      // Speaker of the House" with "of the House" under "office").
      const phrases = new Set([...dependents(tree, title, 'nmod'), ...phraseOpeningAt(tree, title + 1)]);
      const bodies = [...phrases].filter((n) => ROLE_PREPOSITIONS.has(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n));
      for (const subject of subjects) {
        for (const body of bodies) if (view.typeOf(subject.entity) === 'Person' && (type !== 'LEADS' || titleFits(words, view.typeOf(body.entity), false))) stateTyped(reading, verb, lemma, [type], subject, body);
      }
    }
  }
}

/**
 * "A founded B", "B was formed by A and C": a person who founds an organisation is one of it, as its founder is.
 * `founded` are the passive's patients; without them, the verb's objects.
 */
function readFounders(reading: Reading, verb: number, lemma: string, founders: readonly ResolvedMention[], founded?: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  if (!FOUNDING_VERBS.has(lemma)) return;
  const bodies = founded ?? dependents(tree, verb, 'obj').flatMap((o) => entitiesAt(reading, o, verb));
  for (const body of bodies) {
    if (view.typeOf(body.entity) !== 'Organization') continue;
    for (const founder of founders) if (view.typeOf(founder.entity) === 'Person') stateTyped(reading, verb, lemma, ['MEMBER_OF'], founder, body);
  }
}

/**
 * "A began shipping natural gas to B", "A agreed to buy 12 vessels from B", "A's gas company began pumping gas to B":
 * goods traded between two states or bodies (a state's firms among them) are economic exchange (`TRADING_VERBS`);
 * aid, people, messages and events ("delivered an ultimatum to B") are no goods, and goods traded by or with a person
 * or a place of no state are not read here.
 */
function readTrade(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  const preposition = TRADING_VERBS.get(lemma);
  if (!preposition || isNegated(tree, verb)) return;
  const goods = dependents(tree, verb, 'obj').filter((o) => tree.parse.upos[o] === 'NOUN' && !isPersonNoun(lemmaOf(tree, o)) && !NATIONAL_NOUNS.has(lemmaOf(tree, o)) && !MESSAGE_NOUNS.has(lemmaOf(tree, o)) && !nounRelations(lemmaOf(tree, o), preposition).length && !nounRelations(lemmaOf(tree, o)).length && aidGiven(tree, lemma, o) === undefined && !isAidNoun(lemmaOf(tree, o)));
  if (!goods.length) return;
  const trader = (m: ResolvedMention) => view.typeOf(m.entity) === 'Country' || view.typeOf(m.entity) === 'Organization';
  const parties = [...dependents(tree, verb, 'obl'), ...goods.flatMap((g) => dependents(tree, g, 'nmod'))].filter((o) => prepositionOf(tree, o) === preposition).flatMap((o) => entitiesAt(reading, o, verb)).filter(trader);
  for (const subject of subjects.filter(trader)) for (const party of parties) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['COOPERATES_WITH'], subject, party);
}

/**
 * "A recognised B as an independent state": recognising a party as a state or a government is diplomatic
 * recognition, which PLOVER codes as SUPPORT; recognising a person in a crowd is not.
 */
function readRecognition(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  if (!['recognise', 'recognize'].includes(lemma) || isNegated(tree, verb)) return;
  const objects = dependents(tree, verb, 'obj');
  const asState = [...dependents(tree, verb, 'obl', 'xcomp'), ...objects.flatMap((o) => dependents(tree, o, 'nmod'))].some((o) => prepositionOf(tree, o) === 'as' && RECOGNISED_AS_NOUNS.has(lemmaOf(tree, o)));
  if (!asState) return;
  const recognised = objects.flatMap((o) => entitiesAt(reading, o, verb)).filter((m) => ['Country', 'Region', 'Organization', 'Location'].includes(view.typeOf(m.entity) ?? ''));
  for (const subject of subjects) for (const party of recognised) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['SUPPORTS'], subject, party);
}

/**
 * Whom a threatened act would hit, named after a preposition on its verb or on its object ("threatened to impose
 * tariffs on B", "… to downgrade relations with B", "… to cut supplies to B").
 */
function threatenedAfterPrepositions(reading: Reading, act: number): ResolvedMention[] {
  const { tree } = reading;
  const phrases = [...dependents(tree, act, 'obl'), ...dependents(tree, act, 'obj').flatMap((o) => dependents(tree, o, 'nmod'))];
  // ("threatened to carry out more attacks inside B": attacks in a country are on it.)
  const attacking = dependents(tree, act, 'obj').some((o) => isAttack(tree, o));
  return [
    ...phrases
      // (Or one the act itself is hostile with: "threatened to recall its ambassador from B".)
      .filter((o) => THREATENED_PREPOSITIONS.has(prepositionOf(tree, o) ?? '') || verbRelations(lemmaOf(tree, act), prepositionOf(tree, o)).some((t) => HOSTILE_ACTS.has(t)))
      .flatMap((o) => partyOf(reading, o)),
    ...(attacking ? territoriesIn(reading, phrases) : []),
  ];
}

/** A noun's possessors, also where the parser hung one on a word of its compound ("B's Unity state"). */
function possessorsOf(tree: DependencyTree, noun: number): number[] {
  return [noun, ...dependents(tree, noun, 'compound')].flatMap((c) => dependents(tree, c, 'nmod:poss'));
}

/** The countries and regions the phrases place a thing in ("villages in B", "targets inside B"): what an attack on it hits. */
function territoriesIn(reading: Reading, phrases: readonly number[]): ResolvedMention[] {
  const { tree, view } = reading;
  // ("a village in B's Unity state": a place a country has is in it.)
  return phrases
    .filter((n) => ['in', 'inside', 'within'].includes(prepositionOf(tree, n) ?? ''))
    .flatMap((n) => [...entitiesAt(reading, n), ...(nameHeadedBy(reading, n) ? [] : possessorsOf(tree, n).flatMap((p) => entitiesAt(reading, p)))])
    .filter((m) => view.typeOf(m.entity) === 'Country' || view.typeOf(m.entity) === 'Region');
}

/**
 * "A does not recognise B's claim", "A did not accept B's offer": withholding the recognition or assent a verb of
 * `OBJECT_SENSES` gives rejects the owner of what it is withheld from ("has not yet accepted" is still to come).
 */
function readWithheld(reading: Reading, verb: number): void {
  const { tree } = reading;
  const lemma = lemmaOf(tree, verb);
  if (!isNegated(tree, verb) || dependents(tree, verb, 'advmod').some((a) => lemmaOf(tree, a) === 'yet')) return;
  const subjects = subjectsOf(reading, verb);
  for (const thing of dependents(tree, verb, 'obj').filter((o) => ASSENTING_TYPES.has(objectSense(lemma, lemmaOf(tree, o)) ?? 'RELATED_TO'))) {
    for (const subject of subjects) for (const owner of ownersOf(reading, thing)) stateTyped(reading, verb, lemma, ['REJECTS'], subject, owner);
  }
}

/**
 * Whether a verb of withdrawing takes back envoys, aid or other non-military resources ("withdrew its ambassador
 * from B", "pulled its observers out of B"): PLOVER's SANCTION 'withdraw', where taking back forces is a retreat. (From
 * what no sanction fits, a forum or a mission, the withdrawal is coded SANCTION by what it leaves: `ploverCode`.)
 */
function withdrawsResources(tree: DependencyTree, verb: number, lemma: string): boolean {
  if (!verbRelations(lemma, 'from').includes('WITHDREW_FROM')) return false;
  return dependents(tree, verb, 'obj').some((o) => ENVOY_NOUNS.has(lemmaOf(tree, o)) || WITHDRAWN_RESOURCES.has(lemmaOf(tree, o)));
}

/** The entering a verb of barring keeps one from ("barred B from entering C", "banned B from entry"), if it says so. */
function barredEntry(tree: DependencyTree, verb: number, lemma: string): number | undefined {
  if (!BARRING_VERBS.has(lemma)) return undefined;
  // (The parser may hang "from entering" further down, or on the reporting verb above this one or joined to it:
  // "barred a delegation from B from entering the country, B said".)
  return tree.parse.upos
    .map((_u, t) => t)
    .find((c) => c > verb && ENTRY_WORDS.has(lemmaOf(tree, c)) && dependents(tree, c, 'mark', 'case').some((m) => lemmaOf(tree, m) === 'from') && (underVerb(tree, c, verb) || tree.parse.head[c] === tree.parse.head[verb]));
}

/** Relations of belonging, which do not pass from a thing to its owner (leading does: "chairs the board of B"). */
const isStanding = (type: RelationType): boolean => type === 'MEMBER_OF' || type === 'LOCATED_IN' || type === 'PART_OF';

/**
 * "A allowed a convoy of B into the city", "observers from B were allowed into the provinces by A", "A allowed B's
 * inspectors to enter the country", "A granted B's inspectors access to the site": letting a party's people or
 * vehicles in is PLOVER's RETREAT 'access'.
 */
function readAccessAllowed(reading: Reading, verb: number, lemma: string, doers: readonly ResolvedMention[], passive: boolean): void {
  const { tree } = reading;
  if (isNegated(tree, verb) || !doers.length) return;
  // (Access given is given to the indirect object.)
  const accessGiven = ACCESS_GIVING_VERBS.has(lemma) && !passive && dependents(tree, verb, 'obj').some((o) => lemmaOf(tree, o) === 'access');
  // (A long name before "access" may take it as its own phrase: "granted the Velt Institute of the Blue Shield access to …".)
  const namedWithAccess = ACCESS_GIVING_VERBS.has(lemma) && !passive && !accessGiven ? dependents(tree, verb, 'obj').filter((o) => entitiesAt(reading, o).length && dependents(tree, o, 'nmod').some((n) => lemmaOf(tree, n) === 'access')) : [];
  if (!ALLOWING_VERBS.has(lemma) && !accessGiven && !namedWithAccess.length) return;
  // (Or be read as a modifier of "access": "granted the Velt Agency access to three sites".)
  const namedOnAccess = accessGiven ? dependents(tree, verb, 'obj').filter((o) => lemmaOf(tree, o) === 'access').flatMap((o) => dependents(tree, o, 'compound').filter((c) => entitiesAt(reading, c).length)) : [];
  const admitted = accessGiven ? [...dependents(tree, verb, 'iobj'), ...namedOnAccess] : namedWithAccess.length ? namedWithAccess : dependents(tree, verb, passive ? 'nsubj:pass' : 'obj');
  // ("into B" may hang on who is let in, on the people a group of them is made of, or on what describes them: "allowed a
  // B convoy carrying medicines into the town".)
  const onAdmitted = admitted.flatMap((a) => [...dependents(tree, a, 'nmod'), ...dependents(tree, a, 'acl').flatMap((c) => dependents(tree, c, 'obl'))]);
  const into = [...dependents(tree, verb, 'obl'), ...onAdmitted, ...onAdmitted.flatMap((n) => dependents(tree, n, 'nmod'))].some((o) => ['into', 'in'].includes(prepositionOf(tree, o) ?? ''));
  // (What they are let do may hang on them: "allowed inspectors from B to visit the plant".)
  // (Or be read as a clause of purpose: "allowed a team of inspectors from B to enter the site".)
  const infinitives = dependents(tree, verb, 'advcl').filter((x) => dependents(tree, x, 'mark').some((m) => lemmaOf(tree, m) === 'to'));
  const entering = [...dependents(tree, verb, 'xcomp'), ...infinitives, ...admitted.flatMap((a) => dependents(tree, a, 'acl'))].some((x) => ENTERING_VERBS.has(lemmaOf(tree, x)));
  // ("admitted a team of monitors from B": admitting people lets them in.)
  const admittedPeople = lemma === 'admit' && admitted.some((a) => ADMITTED_TEAM_NOUNS.has(lemmaOf(tree, a)));
  if (!into && !entering && !accessGiven && !namedWithAccess.length && !admittedPeople) return;
  const parties = admitted.flatMap((a) => admittedParties(reading, verb, a));
  for (const doer of doers) for (const party of parties) stateTyped(reading, verb, lemma, ['RELEASES'], doer, party);
}

/**
 * "A reopened the crossing to B convoys", "A opened its airspace to B's flights": opening a way in to a party's
 * people or vehicles lets them in (PLOVER's RETREAT 'access'), as allowing them in does; not a road to a place.
 */
function readWaysOpened(reading: Reading, verb: number, lemma: string, doers: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  if (!['open', 'reopen'].includes(lemma) || isNegated(tree, verb)) return;
  const ways = dependents(tree, verb, 'obj').filter((o) => ROUTE_NOUNS.has(lemmaOf(tree, o)) || BORDER_NOUNS.has(lemmaOf(tree, o)));
  if (!ways.length) return;
  // ("to B convoys" may hang on the verb or on the way; the people or vehicles are named by a noun, not a place.)
  const to = [...dependents(tree, verb, 'obl'), ...ways.flatMap((w) => dependents(tree, w, 'nmod', 'obl'))].filter((o) => prepositionOf(tree, o) === 'to' && tree.parse.upos[o] === 'NOUN');
  const parties = to.flatMap((o) => admittedParties(reading, verb, o)).filter((m) => !PLACE_TYPES.has(view.typeOf(m.entity) ?? '') || view.typeOf(m.entity) === 'Country');
  for (const doer of doers) for (const party of parties) stateTyped(reading, verb, lemma, ['RELEASES'], doer, party);
}

/** Whom people or vehicles let in stand for: themselves if named, whom they come from ("inspectors from B"), or whose they are. */
function admittedParties(reading: Reading, verb: number, admitted: number): ResolvedMention[] {
  const { tree } = reading;
  const own = entitiesAt(reading, admitted, verb);
  if (own.length) return own;
  const from = dependents(tree, admitted, 'nmod').filter((n) => ['of', 'from'].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n));
  if (from.length) return from;
  // ("allowed a team of B investigators in": whose the people the group is made of are.)
  const members = dependents(tree, admitted, 'nmod').filter((n) => prepositionOf(tree, n) === 'of' && tree.parse.upos[n] === 'NOUN').flatMap((n) => admittedParties(reading, verb, n));
  if (members.length) return members;
  // ("allowed B trucks to cross", "a B monitoring mission to deploy": whose the vehicles or the mission are; "admitted
  // monitors … from B", "let inspectors from B into …", with "from B" hung on the verb.)
  const owners = ownersOf(reading, admitted);
  return owners.length ? owners : dependents(tree, verb, 'obl').filter((o) => o > admitted && prepositionOf(tree, o) === 'from').flatMap((o) => entitiesAt(reading, o));
}

/**
 * "Fighters of A laid down their arms before B": arms laid down are surrendered to whom they are laid down before or
 * to (PLOVER's RETREAT 'disarm', a concession done).
 */
function readArmsLaidDown(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (lemma !== 'lay' || !hasParticle(tree, verb, DOWN) || isNegated(tree, verb) || !dependents(tree, verb, 'obj').some((o) => ARMS_NOUNS.has(lemmaOf(tree, o)))) return;
  const before = dependents(tree, verb, 'obl').filter((o) => ['before', 'to'].includes(prepositionOf(tree, o) ?? '')).flatMap((o) => partyOf(reading, o));
  for (const subject of subjects) for (const party of before) if (party.entity !== subject.entity) stateTyped(reading, verb, 'surrender', ['CONCEDES_TO'], subject, party);
}

/**
 * "B's new law came under fire from A", "B drew sharp criticism from A", "B faced condemnation from A": criticism
 * one comes under or draws is criticism by whom it comes from (PLOVER's ACCUSE), of the subject or, where the subject
 * is a thing, of its owner.
 */
function readCriticismReceived(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!CRITICISM_RECEIVING_VERBS.has(lemma) || isNegated(tree, verb)) return;
  const underFire = (o: number) => lemmaOf(tree, o) === 'fire' && prepositionOf(tree, o) === 'under';
  const criticism = dependents(tree, verb, 'obj', 'obl').filter((o) => underFire(o) || (RECEIVED_CRITICISM_NOUNS.has(lemmaOf(tree, o)) && prepositionOf(tree, o) === undefined));
  if (!criticism.length) return;
  const from = [...criticism.flatMap((c) => dependents(tree, c, 'nmod')), ...dependents(tree, verb, 'obl')].filter((n) => prepositionOf(tree, n) === 'from');
  const critics = from.flatMap((n) => entitiesAt(reading, n));
  const criticised = subjects.length ? subjects : dependents(tree, verb, 'nsubj').flatMap((t) => ownersOf(reading, t));
  // (Forces or fighters under fire, or firing, are shot at: "the B army came under fire from A rebels" is an attack.)
  const armed = (t: number) => FORCE_NOUNS.has(lemmaOf(tree, t)) || FIGHTER_NOUNS.has(lemmaOf(tree, t));
  const shotAt = criticism.some(underFire) && [...dependents(tree, verb, 'nsubj'), ...from].some(armed);
  for (const critic of critics) for (const target of criticised) if (critic.entity !== target.entity) stateTyped(reading, verb, lemma, [shotAt ? 'ATTACKS' : 'CRITICIZES'], critic, target);
}

/** "B won backing from A", "B received the endorsement of A": backing one receives is support by whom it comes from. */
function readSupportReceived(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!SUPPORT_RECEIVING_VERBS.has(lemma) || isNegated(tree, verb)) return;
  // (The tagger may read "backing" as a verb's gerund.)
  const backing = dependents(tree, verb, 'obj', 'xcomp').filter((o) => RECEIVED_SUPPORT_NOUNS.has(lemmaOf(tree, o)) || RECEIVED_SUPPORT_NOUNS.has(reading.view.words[o]!.toLowerCase()));
  if (!backing.length) return;
  // (Whose it is may hang on the backing, on the verb, or on a time between: "won backing on Thursday from A".)
  const phrases = [...backing.flatMap((b) => dependents(tree, b, 'nmod', 'obl')), ...dependents(tree, verb, 'obl')];
  const from = [...phrases, ...phrases.flatMap((p) => dependents(tree, p, 'nmod'))].filter((n) => ['from', 'of'].includes(prepositionOf(tree, n) ?? ''));
  // (Backing in money, arms or relief is aid: "received financial support from A".)
  const material = backing.some((b) => dependents(tree, b, 'amod').some((a) => MATERIAL_SUPPORT_WORDS.has(lemmaOf(tree, a))));
  for (const backer of from.flatMap((n) => entitiesAt(reading, n))) for (const subject of subjects) if (backer.entity !== subject.entity) stateTyped(reading, verb, lemma, [material ? 'AIDS' : 'SUPPORTS'], backer, subject);
}

/**
 * "Police from A and B carried out their first joint patrols", "A and C launched a joint venture": whatever two
 * subjects do jointly, whatever the parser makes of the phrase, they do together (PLOVER's COOPERATE) — not what
 * they stop, refuse or condemn.
 */
function readJointActs(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  // ("Customs officers from A and B": people from two countries acting jointly act for both.)
  const people = subjects.length ? [] : dependents(tree, verb, 'nsubj').filter((s) => isPersonNoun(lemmaOf(tree, s))).flatMap((s) => dependents(tree, s, 'nmod').filter((n) => prepositionOf(tree, n) === 'from')).flatMap((n) => entitiesAt(reading, n)).filter((m) => reading.view.typeOf(m.entity) === 'Country');
  const named = [...subjects, ...people];
  const parties = named.filter((m, i) => named.findIndex((o) => o.entity === m.entity) === i);
  if (parties.length < 2 || isNegated(tree, verb) || UNDOING_VERBS.has(lemma) || RETRACTING_VERBS.has(lemma)) return;
  if (verbRelations(lemma).some((t) => t !== 'COOPERATES_WITH' && t !== 'AGREES_WITH' && !isStanding(t))) return;
  // (The verb nearest above the word: "agreed to hold joint exercises" plans them.)
  const nearestVerb = (t: number): number => {
    let up = tree.parse.head[t]!;
    while (up >= 0 && tree.parse.upos[up] !== 'VERB') up = tree.parse.head[up]!;
    return up;
  };
  // (A word describing a noun, not a predicate: "were trying to be cooperative" is no joint act.)
  const joint = tree.parse.upos.map((_u, t) => t).find((t) => t > verb && JOINT_WORDS.has(lemmaOf(tree, t)) && ['amod', 'compound'].includes(tree.parse.deprel[t]!) && nearestVerb(t) === verb);
  if (joint === undefined) return;
  statePairwise(reading, verb, lemmaOf(tree, tree.parse.head[joint]!), ['COOPERATES_WITH'], parties);
}

/**
 * "A gave B 48 hours to pay its fees", "… 72 hours to pull its staff out or face attack": time given to act is an
 * ultimatum, a threat (PLOVER's THREATEN: "ultimatums"). The one given it may be the indirect object or, as the parser
 * often reads it, a name hung on the time.
 */
function readUltimatums(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!GIVING_TIME_VERBS.has(lemma) || isNegated(tree, verb)) return;
  // The span counted, after the verb and hung under it (the parser may hang it on a description of the one given).
  // (An ultimatum needs no count, nor anything it asks: "gave B's junta an ultimatum".)
  const ultimatum = (t: number) => ULTIMATUM_NOUNS.has(lemmaOf(tree, t)) && tree.parse.deprel[t] === 'obj';
  const spans = tree.parse.upos.map((_u, t) => t).filter((t) => t > verb && TIME_SPAN_NOUNS.has(lemmaOf(tree, t)) && (dependents(tree, t, 'nummod').length > 0 || ultimatum(t)) && underVerb(tree, t, verb));
  // (Given in the passive, by an agent the parser may hang on the act: "were given 48 hours to leave by A".)
  const passiveGiven = dependents(tree, verb, 'nsubj:pass');
  for (const time of spans) {
    const acts = [...dependents(tree, verb, 'advcl', 'xcomp'), ...dependents(tree, time, 'acl')].filter((c) => c > time && dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to'));
    if (!acts.length && !ultimatum(time)) continue;
    const named = tree.parse.upos.map((_u, t) => t).filter((t) => t > verb && t < time && ['nmod:unmarked', 'compound', 'nmod:poss'].includes(tree.parse.deprel[t]!) && underVerb(tree, t, time));
    const receivers = passiveGiven.length ? passiveGiven : [...dependents(tree, verb, 'iobj', 'obj').filter((o) => o !== time), ...named];
    const givers = passiveGiven.length ? [...agentsOf(reading, verb), ...acts.flatMap((c) => dependents(tree, c, 'obl', 'obl:agent')).filter((o) => prepositionOf(tree, o) === 'by').flatMap((o) => entitiesAt(reading, o))] : subjects;
    // Time given to leave is an expulsion, no threat: of envoys a sanction (PLOVER's SANCTION 'expel'), of others
    // force (COERCE 'deport'); the people stand for their country.
    const leaving = acts.some((c) => lemmaOf(tree, c) === 'leave');
    for (const receiver of receivers) {
      const parties = entitiesAt(reading, receiver, verb).length || !leaving ? entitiesAt(reading, receiver, verb) : partiesOfPeople(reading, receiver);
      const type = !leaving ? 'THREATENS' : ENVOY_NOUNS.has(lemmaOf(tree, receiver)) ? 'SANCTIONS' : 'COERCES';
      for (const giver of givers) for (const party of parties) if (party.entity !== giver.entity) stateTyped(reading, verb, leaving ? 'expel' : lemma, [type], giver, party);
    }
  }
}

/** Whether `token` hangs under `head` within four steps. */
function underVerb(tree: DependencyTree, token: number, head: number): boolean {
  let up = tree.parse.head[token]!;
  for (let step = 0; step < 4 && up >= 0; step += 1, up = tree.parse.head[up]!) if (up === head) return true;
  return false;
}

/**
 * Whether a verb of inviting, or the noun "invitation", invites to a visit or a meeting: "to" a place, "for" talks or a
 * visit, or to visit, meet or discuss.
 */
function invitesToMeet(reading: Reading, verb: number, lemma: string): boolean {
  const { tree, view } = reading;
  // ("an invitation to make a state visit to C was extended to B": the noun invites as the verb does.)
  const noun = lemma === 'invitation';
  if (!INVITING_VERBS.has(lemma) && !noun) return false;
  // (The phrase may hang on the one invited: "invited B's minister to C".)
  const phrases = noun ? dependents(tree, verb, 'nmod') : [...dependents(tree, verb, 'obl'), ...dependents(tree, verb, 'obj').flatMap((o) => dependents(tree, o, 'nmod'))];
  const meeting = (t: number) => lemmaOf(tree, t) === 'visit' || nounRelations(lemmaOf(tree, t), 'with').some((type) => type === 'MEETS' || type === 'NEGOTIATES_WITH');
  // A place is a name no body or agreement has ("to C", a capital the tagger may not know as a place).
  const place = (t: number) => tree.parse.upos[t] === 'PROPN' && !entitiesAt(reading, t).some((m) => !PLACE_TYPES.has(view.typeOf(m.entity) ?? ''));
  const toPlace = phrases.some((o) => prepositionOf(tree, o) === 'to' && (place(o) || meeting(o)));
  const forTalks = phrases.some((o) => prepositionOf(tree, o) === 'for' && meeting(o));
  // ("to make a state visit": a light verb's meeting.)
  // (Or on the one invited: "invited B's minister to pay a visit".)
  const clauses = noun ? dependents(tree, verb, 'acl') : [...dependents(tree, verb, 'xcomp', 'advcl'), ...dependents(tree, verb, 'obj').flatMap((o) => dependents(tree, o, 'acl'))];
  const toMeet = clauses.some((c) => MEETING_VERBS.has(lemmaOf(tree, c)) || dependents(tree, c, 'obj').some(meeting));
  return toPlace || forTalks || toMeet;
}

/** Whom an invitation's visit is to: what its verb of meeting acts on, or where the visit goes ("an invitation to make a state visit to B"). */
function invitedHosts(reading: Reading, invitation: number): ResolvedMention[] {
  const { tree } = reading;
  const acts = dependents(tree, invitation, 'acl').filter((c) => dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to'));
  const visits = acts.flatMap((c) => dependents(tree, c, 'obj')).filter((o) => lemmaOf(tree, o) === 'visit');
  const met = acts.filter((c) => MEETING_VERBS.has(lemmaOf(tree, c))).flatMap((c) => dependents(tree, c, 'obj'));
  const to = [...acts, ...visits].flatMap((t) => dependents(tree, t, 'obl', 'nmod')).filter((o) => prepositionOf(tree, o) === 'to');
  return [...met, ...to].flatMap((t) => entitiesAt(reading, t));
}

/** The types of a verb by which it acts on a country through one of its people: force, freeing or pardoning them. */
function peopleActedOn(lemma: string): RelationType[] {
  return verbRelations(lemma).filter((t) => t === 'COERCES' || t === 'ATTACKS' || t === 'RELEASES' || t === 'CONCEDES_TO');
}

/**
 * The group a relative pronoun stands for as what is joined: the noun its clause describes or, where the parser
 * hung the clause on a nearer word, the nearest group one joins before it ("a coalition to patrol the B Strait
 * which was joined by C").
 */
function joinedThrough(reading: Reading, token: number): number {
  const { tree } = reading;
  if (!RELATIVE_PRONOUNS.has(lemmaOf(tree, token))) return token;
  const clause = tree.parse.head[token]!;
  if (clause >= 0 && tree.parse.deprel[clause] === 'acl:relcl' && isJoinable(tree, tree.parse.head[clause]!)) return tree.parse.head[clause]!;
  for (let t = token - 1; t >= 0; t -= 1) if (isJoinable(tree, t)) return t;
  return token;
}

/** A noun for a group one joins ("coalition", "alliance"). */
const isJoinable = (tree: DependencyTree, token: number): boolean => tree.parse.upos[token] === 'NOUN' && JOINABLE_NOUNS.has(lemmaOf(tree, token));

/** Who leads a group one joins: its owner ("the A-led coalition", "A's alliance") or who formed it ("A announced a coalition"). */
function leadersOf(reading: Reading, group: number): ResolvedMention[] {
  const { tree } = reading;
  if (!isJoinable(tree, group)) return [];
  const owner = entityOf(reading, group);
  const verb = tree.parse.head[group]!;
  const formers = tree.parse.deprel[group] === 'obj' && verb >= 0 && FORMING_VERBS.has(lemmaOf(tree, verb)) ? subjectsOf(reading, verb) : [];
  return [...(owner && owner.tokenStart !== group ? [owner] : []), ...formers];
}

/** Whether a noun is a debt or an amount of one. */
function isDebt(tree: DependencyTree, thing: number): boolean {
  return DEBT_NOUNS.has(lemmaOf(tree, thing)) || amountOf(tree, thing).some((d) => DEBT_NOUNS.has(lemmaOf(tree, d)));
}

const BACK: ReadonlySet<string> = new Set(['back']);
const IN: ReadonlySet<string> = new Set(['in']);
const OVER: ReadonlySet<string> = new Set(['over']);
const DOWN: ReadonlySet<string> = new Set(['down']);

/** Whether a verb has one of `particles` as its particle, however the parser hung it ("handed back", "handed them over"). */
function hasParticle(tree: DependencyTree, verb: number, particles: ReadonlySet<string>): boolean {
  return [...dependents(tree, verb, 'compound:prt', 'advmod'), verb + 1].some((p) => particles.has(lemmaOf(tree, p)));
}
