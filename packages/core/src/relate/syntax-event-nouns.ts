/**
 * Relations an event noun states between its agent and its party ("A's talks with B", "the strike on B", "the
 * expulsion of B's envoy by A"), with meetings of several parties, participles naming the agent, envoys recalled,
 * acts one is tried for, and stances an adjective takes ("A is critical of B").
 */
import type { ResolvedMention } from '../resolve/entity.js';
import { isSymmetric, type Modality } from '../vocabulary/relation-types.js';
import { conjuncts, dependents, isNegated, lemmaOf, prepositionOf } from './dependency-tree.js';
import { nounRelations, verbRelations } from './event-lexicon.js';
import { ACT_DEMANDING_VERBS, CASUALTY_VERBS, DEMAND_CLAUSE_NOUNS, DIPLOMATIC_NOUNS, ENVOY_NOUNS, MET_DEMAND_NOUNS, GIVING_NOUNS, NATIONAL_NOUNS, UNDOING_NOUNS, STANCE_ADJECTIVES, TARGET_NOUNS, TRIAL_VERBS, RECALL_NOUNS, isPersonNoun } from './syntax-words.js';
import { ACTOR_TYPES, entitiesAt, type Reading } from './syntax-reading.js';
import { namedOrByPeople, ownersOf, partiesOfPeople, partyOf } from './syntax-parties.js';
import { statePairwise, stateTyped } from './syntax-statement.js';
import { agentsNamedWith, subjectsOf } from './syntax-arguments.js';
import { readDeploymentNoun } from './syntax-forces.js';
import { readMannerEvents } from './syntax-protests.js';
import { aidGiven, isAttack, isDeclaredTruce, partiesOf, senseOn, undone } from './syntax-senses.js';

/**
 * "the recall of B's ambassador to C", "B's withdrawal of its envoy from C": recalling one's envoy from a country cuts
 * ties with it (PLOVER's SANCTION), as the verb does; the recaller is the envoy's owner where no agent is named.
 */
function readEnvoysRecalled(reading: Reading, noun: number, lemma: string, agents: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  if (!RECALL_NOUNS.has(lemma) || isNegated(tree, noun)) return;
  for (const envoy of dependents(tree, noun, 'nmod').filter((n) => prepositionOf(tree, n) === 'of' && ENVOY_NOUNS.has(lemmaOf(tree, n)))) {
    const recallers = agents.length ? agents : ownersOf(reading, envoy);
    const posts = [...dependents(tree, envoy, 'nmod'), ...dependents(tree, noun, 'nmod')].filter((n) => ['to', 'from', 'in'].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n)).filter((m) => view.typeOf(m.entity) === 'Country');
    for (const recaller of recallers) for (const post of posts) if (post.entity !== recaller.entity) stateTyped(reading, noun, lemma, ['SANCTIONS'], recaller, post);
  }
}

/**
 * "A said it would pull its units out of C, a key demand of B", "… , a step B had long demanded", "…, a gesture that
 * B had sought": an act set off by a comma as what another demanded yields to it (PLOVER's CONCEDE), done by the
 * subject of the clause before the comma, framed as that clause's verb is.
 */
function readDemandsMet(reading: Reading, noun: number, lemma: string): void {
  const { tree, view } = reading;
  if (!MET_DEMAND_NOUNS.has(lemma) || isNegated(tree, noun)) return;
  const opening = Math.min(noun, ...dependents(tree, noun, 'det', 'amod', 'advmod').filter((d) => d < noun));
  const comma = opening - 1;
  if (comma < 1 || view.words[comma] !== ',') return;
  // Whose demand it was: "of B" or "by B" on a demand; the one who demanded, sought or pressed it, whichever way the
  // parser hung the verb (a clause on the noun, or the noun the subject of the verb).
  const named = DEMAND_CLAUSE_NOUNS.has(lemma) ? dependents(tree, noun, 'nmod').filter((n) => ['of', 'by'].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n)) : [];
  const governor = tree.parse.head[noun]!;
  const verbs = [...dependents(tree, noun, 'acl', 'acl:relcl', 'ccomp'), ...(governor > noun && /^nsubj/.test(tree.parse.deprel[noun]!) ? [governor] : [])].filter((v) => ACT_DEMANDING_VERBS.has(lemmaOf(tree, v)));
  const demanders = [
    ...named,
    ...verbs.flatMap((v) => [...dependents(tree, v, 'nsubj').filter((n) => n !== noun), ...dependents(tree, v, 'obl:agent')].flatMap((n) => entitiesAt(reading, n))),
    ...(verbs.length ? dependents(tree, noun, 'appos').flatMap((n) => entitiesAt(reading, n)) : []),
  ];
  if (!demanders.length) return;
  // Who yields: the subject of the nearest verb before the comma that has one.
  for (let act = comma - 1; act >= 0; act -= 1) {
    if (tree.parse.upos[act] !== 'VERB') continue;
    const doers = subjectsOf(reading, act);
    if (!doers.length) continue;
    for (const doer of doers) for (const demander of demanders) if (demander.entity !== doer.entity) stateTyped(reading, act, lemmaOf(tree, act), ['CONCEDES_TO'], doer, demander);
    return;
  }
}

/**
 * "A is critical of B", "A, long supportive of B, …", "forces loyal to B": an adjective of stance joins its
 * subject (or the name it describes) to the party after its preposition.
 */
export function readStance(reading: Reading, adjective: number): void {
  const { tree } = reading;
  const lemma = lemmaOf(tree, adjective);
  const parties = dependents(tree, adjective, 'obl', 'nmod').map((n) => ({ n, type: STANCE_ADJECTIVES.get(`${lemma} ${prepositionOf(tree, n)}`) }));
  if (!parties.some((p) => p.type) || isNegated(tree, adjective)) return;
  const head = tree.parse.head[adjective]!;
  const relation = tree.parse.deprel[adjective]!;
  const holders = [
    ...dependents(tree, adjective, 'nsubj').flatMap((s) => entitiesAt(reading, s, adjective)),
    ...((relation === 'amod' || relation === 'acl' || relation === 'appos') && head >= 0 ? entitiesAt(reading, head) : []),
  ];
  for (const { n, type } of parties) {
    if (!type) continue;
    for (const holder of holders) for (const party of entitiesAt(reading, n)) stateTyped(reading, adjective, lemma, [type], holder, party);
  }
}

/**
 * An event noun with its agent and the party after its preposition: "A's talks with B", "the A strike on B",
 * "talks by A with B". Nouns that are objects of a light verb are read with the verb ("A held talks with B").
 */
export function readEventNoun(reading: Reading, noun: number): void {
  const { tree } = reading;
  if (reading.headed.has(noun) && tree.parse.upos[noun] === 'PROPN') return;
  // A capitalised event word inside a sentence is a title's ("B's War With The Newts"), not an event.
  if (noun > 0 && /^\p{Lu}/u.test(reading.view.sentence.tokens[noun]!.norm)) return;
  const lemma = lemmaOf(tree, noun);
  readParticipleAgents(reading, noun, lemma);
  // "completed the withdrawal of A from B": the parser often hangs the event's party on the verb whose object it is.
  const governing = tree.parse.head[noun]!;
  // So it does a subject's, between the subject and its verb ("A's support for B's bid was welcomed").
  const onVerb = governing < 0 || tree.parse.upos[governing] !== 'VERB' ? []
    : tree.parse.deprel[noun] === 'obj' ? dependents(tree, governing, 'obl').filter((o) => o > noun)
    : tree.parse.deprel[noun]!.startsWith('nsubj') ? dependents(tree, governing, 'obl').filter((o) => o > noun && o < governing)
    : [];
  const phrases = [...dependents(tree, noun, 'nmod'), ...onVerb];
  // ("a protest by B students outside the C embassy": the parser may hang the event's party on its agent's phrase.)
  const pastAgent = phrases.filter((n) => prepositionOf(tree, n) === 'by').flatMap((n) => dependents(tree, n, 'nmod').filter((m) => m > n && prepositionOf(tree, m) !== 'by' && nounRelations(lemma, prepositionOf(tree, m)).length > 0));
  const parties = [...phrases, ...pastAgent].map((n) => ({ token: n, preposition: prepositionOf(tree, n) }));
  // "the withdrawal of A from B", "the visit of A to B": where "of" names no party of the event, it names its agent.
  const ofAgents = nounRelations(lemma, 'of').length || !parties.some((p) => p.preposition !== 'of' && nounRelations(lemma, p.preposition).length) ? [] : parties.filter((p) => p.preposition === 'of').flatMap((p) => entitiesAt(reading, p.token));
  // "A has been at war with B", "A is in talks with B": a predicate's subject is in the event.
  const predicated = dependents(tree, noun, 'cop').length ? dependents(tree, noun, 'nsubj').flatMap((s) => entitiesAt(reading, s, noun)) : [];
  const inEvent = nounRelations(lemma, 'with').length ? predicated : [];
  // "A has been on hunger strike in protest at B's ruling": so is it in what the event is done for.
  if (predicated.length) readMannerEvents(reading, noun, lemma, predicated);
  // "A's lifting of its ban on B", "the removal of sanctions on B": the event undone is what undoing it is (a retreat,
  // a concession), done by whoever undoes it; never the event itself.
  const governor = tree.parse.head[noun]!;
  const undoing = governor >= 0 && prepositionOf(tree, noun) === 'of' ? UNDOING_NOUNS.get(lemmaOf(tree, governor)) : undefined;
  // ("a protest by B students": people named by their nation stand for it, as a verb's subject does.)
  const byAgents = parties.filter((p) => p.preposition === 'by').flatMap((p) => namedOrByPeople(reading, p.token));
  // "A killed 23 soldiers in an ambush on B": who kills or wounds in an attack made it (the parser may hang the attack
  // on those killed).
  const toll = tree.parse.deprel[noun] === 'obl' ? governor : tree.parse.deprel[noun] === 'nmod' && governor >= 0 && tree.parse.deprel[governor] === 'obj' ? tree.parse.head[governor]! : -1;
  const killers = toll >= 0 && prepositionOf(tree, noun) === 'in' && CASUALTY_VERBS.has(lemmaOf(tree, toll)) && isAttack(tree, noun) ? dependents(tree, toll, 'nsubj').flatMap((s) => entitiesAt(reading, s, toll)) : [];
  const agents = [...agentsNamedWith(reading, noun), ...(undoing ? agentsNamedWith(reading, governor) : []), ...byAgents, ...ofAgents.filter((m) => ACTOR_TYPES.has(reading.view.typeOf(m.entity) ?? '')), ...inEvent, ...killers];
  // "B was the target of an A attack", "B has been the subject of A sanctions": what the event was on is the
  // subject of "target".
  if (governor >= 0 && prepositionOf(tree, noun) === 'of' && TARGET_NOUNS.has(lemmaOf(tree, governor))) {
    const types = isAttack(tree, noun) ? ['ATTACKS' as const] : [...new Set(['on', 'against'].flatMap((p) => nounRelations(lemma, p)))].filter((t) => !isSymmetric(t));
    const targets = dependents(tree, governor, 'nsubj').flatMap((s) => entitiesAt(reading, s));
    for (const agent of agents) for (const target of targets) stateTyped(reading, noun, lemma, types, agent, target);
  }
  readMeetingOf(reading, noun, lemma, parties);
  readDeploymentNoun(reading, noun, lemma, agents);
  readDemandsMet(reading, noun, lemma);
  readEnvoysRecalled(reading, noun, lemma, agents);
  // "B's delivery of tanks to C": goods a noun of giving gives as aid are aid to whom they go, as after its verb (the
  // parser may hang "to C" on the goods).
  const giving = GIVING_NOUNS.get(lemma);
  const goods = giving === undefined ? [] : parties.filter((p) => p.preposition === 'of' && aidGiven(tree, giving, p.token) !== undefined);
  const givesAid = goods.length > 0;
  for (const g of goods) for (const n of dependents(tree, g.token, 'nmod')) if (prepositionOf(tree, n) === 'to') parties.push({ token: n, preposition: 'to' });
  // ("B's rupture of diplomatic relations with C": ties undone are cooperation undone, a sanction, as after the verb.)
  const tiesUndone = undoing !== undefined && DIPLOMATIC_NOUNS.has(lemma);
  const typesAfter = (preposition: string | undefined) => (givesAid && preposition === 'to' ? (['AIDS'] as const) : tiesUndone && preposition === 'with' ? (['COOPERATES_WITH'] as const) : nounRelations(lemma, preposition));
  if (!parties.some((p) => typesAfter(p.preposition).length)) return;
  // "A was convicted of the murder of B": one tried for an act did it, as the trial frames it ("by" after the act
  // then names the court: "was sentenced for the murder of B by Judge C").
  const tried = triedFor(reading, noun);
  for (const party of parties) {
    // "the expulsion of B's ambassador": the noun typed by the party's people it acts on, as its verb is.
    const sensed = party.preposition === 'of' ? senseOn(tree, lemma, party.token) : undefined;
    const read = sensed ? [sensed] : typesAfter(party.preposition);
    const types = undoing ? undone(read, undoing) : read;
    if (!types.length || party.preposition === 'by') continue;
    // ("the release of fishermen from B": a country's people stand for it where force, freeing or pardoning is done.)
    // (Freeing frees people: "the release of B's tax records" frees no one of B.)
    const thing = tree.parse.upos[party.token] === 'NOUN' && !isPersonNoun(lemmaOf(tree, party.token)) && !NATIONAL_NOUNS.has(lemmaOf(tree, party.token));
    const own = types.includes('RELEASES') && thing && !undoing ? [] : partyOf(reading, party.token);
    // ("the expulsion of two diplomats from the embassy of B": envoys are of whoever sent them, the phrase on either noun.)
    const sentFrom = () => [...dependents(tree, noun, 'nmod'), ...dependents(tree, party.token, 'nmod')].filter((n) => prepositionOf(tree, n) === 'from').flatMap((n) => entitiesAt(reading, n));
    const others = own.length ? own : sensed ? sentFrom() : types.some((t) => t === 'COERCES' || t === 'ATTACKS' || t === 'RELEASES' || t === 'CONCEDES_TO') ? partiesOfPeople(reading, party.token) : own;
    for (const agent of tried?.agents ?? agents) for (const other of others) stateTyped(reading, tried?.verb ?? noun, lemma, types, agent, other, tried?.framing);
  }
}

/**
 * "a meeting of B and C officials": a meeting's "of" that names two or more parties names those who met, and one who
 * hosts it ("A hosted a meeting of …") hosts each of them; one who mediates talks between parties ("A mediated the
 * talks between B and the rebels") mediates for each named.
 */
function readMeetingOf(reading: Reading, noun: number, lemma: string, parties: readonly { token: number; preposition: string | undefined }[]): void {
  const { tree } = reading;
  // Only a meeting or talks: "the assistance of A and B", "the merger of A and B" say nothing of the two together.
  const types = nounRelations(lemma, 'with').filter((t) => t === 'MEETS' || t === 'NEGOTIATES_WITH');
  if (!types.length) return;
  // Parties joined by "or" are alternatives, not those who met.
  const alternatives = (token: number) => conjuncts(tree, token).some((c) => dependents(tree, c, 'cc').some((cc) => lemmaOf(tree, cc) === 'or'));
  const named = (preposition: string) => parties.filter((p) => p.preposition === preposition && p.token > noun && !alternatives(p.token)).flatMap((p) => entitiesAt(reading, p.token));
  const members = named('of');
  if (members.length >= 2) statePairwise(reading, noun, lemma, types, members);
  const verb = tree.parse.head[noun]!;
  if (tree.parse.deprel[noun] !== 'obj' || verb < 0) return;
  const role = verbRelations(lemmaOf(tree, verb)).find((t) => t === 'HOSTS' || t === 'MEDIATES');
  if (!role) return;
  const between = named('between');
  const served = role === 'MEDIATES' ? [...members, ...between] : members.length >= 2 ? members : between;
  for (const host of dependents(tree, verb, 'nsubj').flatMap((s) => entitiesAt(reading, s, verb))) {
    for (const member of served) stateTyped(reading, verb, lemmaOf(tree, verb), [role], host, member);
  }
}

/**
 * Who was tried or punished for the act an event noun names, by the verb it hangs on (`TRIAL_VERBS`): the passive
 * subject or the object ("A was charged with the murder of B", "the court convicted A of …"), or the subject of
 * serving a sentence for it ("A is serving a life sentence for the assassination of B").
 */
function triedFor(reading: Reading, noun: number): { agents: ResolvedMention[]; verb: number; framing: Modality } | undefined {
  const { tree } = reading;
  if (!['of', 'with', 'for'].includes(prepositionOf(tree, noun) ?? '')) return undefined;
  let verb = tree.parse.head[noun]!;
  if (verb >= 0 && tree.parse.upos[verb] === 'NOUN' && lemmaOf(tree, verb) === 'sentence') verb = tree.parse.head[verb]!;
  const framing = verb >= 0 && tree.parse.upos[verb] === 'VERB' ? TRIAL_VERBS.get(lemmaOf(tree, verb)) : undefined;
  if (!framing || isNegated(tree, verb)) return undefined;
  const agents = dependents(tree, verb, ...(lemmaOf(tree, verb) === 'serve' ? ['nsubj'] : ['nsubj:pass', 'obj'])).flatMap((a) => entitiesAt(reading, a, verb));
  return agents.length ? { agents, verb, framing } : undefined;
}

/**
 * An event noun with a participle naming its agent: "the sanctions imposed by A on B", "a lawsuit filed by A
 * against B". The party may hang from the noun, the participle, or (as the parser often attaches it) the agent
 * or another phrase of the participle.
 */
function readParticipleAgents(reading: Reading, noun: number, lemma: string): void {
  const { tree } = reading;
  for (const clause of dependents(tree, noun, 'acl')) {
    const obliques = dependents(tree, clause, 'obl', 'obl:agent');
    const agents = obliques.filter((o) => prepositionOf(tree, o) === 'by').flatMap((o) => entitiesAt(reading, o));
    if (!agents.length) continue;
    // "the ceasefire declared by A against B" concedes to B.
    const declared = isDeclaredTruce(lemmaOf(tree, clause), lemma);
    // "the agreement signed by A and B": agents of a symmetric event together are each other's party.
    statePairwise(reading, clause, lemma, nounRelations(lemma, 'with').filter(isSymmetric), agents);
    for (const party of partiesOf(tree, noun, obliques)) {
      const preposition = prepositionOf(tree, party);
      const types = preposition === 'by' ? [] : declared && ['with', 'against'].includes(preposition ?? '') ? ['CONCEDES_TO' as const] : nounRelations(lemma, preposition);
      if (!types.length) continue;
      for (const agent of agents) for (const other of partyOf(reading, party)) stateTyped(reading, noun, lemma, types, agent, other);
    }
  }
}
