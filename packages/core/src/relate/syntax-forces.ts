/**
 * Forces moved, readied or stood down, read against the party they face (CAMEO 15, PLOVER's MOBILIZE; and the
 * retreat of forces pulled back): forces sent to another's frontier or near what it owns, put on alert against it,
 * massed at its stronghold or shown to it as force; the frontiers and the parties across them.
 */
import type { ResolvedMention } from '../resolve/entity.js';
import { conjuncts, dependents, isNegated, lemmaOf, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { nounRelations, verbRelations } from './event-lexicon.js';
import {
  QUARREL_NOUNS,
  SITE_PART_NOUNS,
  TOWARD_PREPOSITIONS,
  ALERT_NOUNS,
  MILITARY_WORDS,
  ALERTING_VERBS,
  REPORTING_VERBS,
  FRONT_NOUNS,
  FRONT_STRETCH_NOUNS,
  DEPLOYMENT_NOUNS,
  FRONT_PREPOSITIONS,
  FRONT_PARTY_PREPOSITIONS,
  MASSING_VERBS,
  STANDING_DOWN_VERBS,
  DEPLOYING_VERBS,
  DETERRING_VERBS,
  HOSTILE_ACTS,
  STRONGHOLD_NOUNS,
  AIMING_VERBS,
  FORCE_SHOW_NOUNS,
  SHOWN_NOUNS,
  GATHERING_NOUNS,
  STRIKE_CALLING_VERBS,
  WATCHING_VERBS,
  FORCE_NOUNS,
  NEARNESS_WORDS,
  BEARING_WORDS,
  ADVANCE_NOUNS,
  SIGNAL_NOUNS,
  CLASH_NOUNS,
  DISTANCE_NOUNS,
  REACTION_NOUNS,
  ASKING_NOUNS,
} from './syntax-words.js';
import { entitiesAt, PLACE_TYPES, type Reading } from './syntax-reading.js';
import { ownersOf, partyOf } from './syntax-parties.js';
import { stateTyped } from './syntax-statement.js';
import { agentsNamedWith, agentsOf } from './syntax-arguments.js';

/**
 * "A deployed troops to the border with B", "A massed troops along B's border", "A sent warships into the waters
 * around B": forces brought to another's frontier are a show of force against it (CAMEO 15) — the frontier's owner
 * ("B's", "the B", "the Bn border") or the party across it or around it. Troops sent "to B" alone may come to B's
 * aid, so only a frontier counts; a verb of massing needs no forces named ("massed along the border"). Forces put on
 * alert are mobilised too, against whom they are readied ("put its army on high alert against B").
 */
export function readDeployments(reading: Reading, verb: number, lemma: string, active: readonly ResolvedMention[]): void {
  const { tree, view } = reading;
  if (isNegated(tree, verb)) return;
  // "B's armed forces were placed on high alert along the frontier with C": forces moved or readied in the passive
  // are their owner's (or the agent's, when named).
  const passive = active.length ? [] : dependents(tree, verb, 'nsubj:pass');
  const objects = passive.length ? passive : dependents(tree, verb, 'obj');
  const agents = passive.length ? agentsOf(reading, verb) : [];
  const subjects = active.length ? active : agents.length ? agents : passive.flatMap((p) => entitiesAt(reading, p, verb));
  // (A body of forces counts: "a flotilla of warships", "a column of tanks".)
  // (So does a group named by its forces: "an aircraft carrier group", "a tank column".)
  const isForce = (o: number) =>
    conjuncts(tree, o).some((f) => FORCE_NOUNS.has(lemmaOf(tree, f)) || dependents(tree, f, 'compound').some((c) => FORCE_NOUNS.has(lemmaOf(tree, c)) || dependents(tree, c, 'compound').some((cc) => FORCE_NOUNS.has(lemmaOf(tree, cc)))) || dependents(tree, f, 'nmod').some((n) => prepositionOf(tree, n) === 'of' && FORCE_NOUNS.has(lemmaOf(tree, n))));
  // "put its army on high alert", "placed its troops on the highest level of readiness", "raised the combat readiness
  // of its army": forces made ready are mobilised, as forces moved are.
  const alert = (o: number) => ALERT_NOUNS.has(lemmaOf(tree, o)) || dependents(tree, o, 'nmod').some((n) => prepositionOf(tree, n) === 'of' && ALERT_NOUNS.has(lemmaOf(tree, n)));
  // ("raised its military alert level": the subject's own forces.)
  const alertLevel = (o: number) => dependents(tree, o, 'compound').some((c) => ALERT_NOUNS.has(lemmaOf(tree, c))) && dependents(tree, o, 'amod').some((a) => MILITARY_WORDS.has(lemmaOf(tree, a)));
  const readied = ALERTING_VERBS.has(lemma) && (objects.some((o) => isForce(o) && [...dependents(tree, verb, 'obl'), ...dependents(tree, o, 'nmod')].some((p) => prepositionOf(tree, p) === 'on' && alert(p))) || objects.some((o) => (ALERT_NOUNS.has(lemmaOf(tree, o)) && dependents(tree, o, 'nmod').some((n) => prepositionOf(tree, n) === 'of' && isForce(n))) || alertLevel(o)));
  if (!readied && !DEPLOYING_VERBS.has(lemma)) return;
  // ("reinforced its bases with 1,500 soldiers": the forces a place is reinforced with.)
  const reinforcing = lemma === 'reinforce' ? dependents(tree, verb, 'obl').filter((o) => prepositionOf(tree, o) === 'with' && isForce(o)) : [];
  const forces = [...objects.filter(isForce), ...reinforcing];
  if (!readied && !forces.length && !MASSING_VERBS.has(lemma)) return;
  // A frontier's phrase may hang on the verb, on the forces, or a step further down ("to the region on its border
  // with B", "on high alert near B").
  // (Or on the last of the forces listed: "the carrier and four destroyers into waters southeast of B".)
  const phrases = [...dependents(tree, verb, 'obl'), ...objects.flatMap((o) => conjuncts(tree, o)).flatMap((o) => dependents(tree, o, 'nmod', 'obl'))];
  const reached = phrasesBelow(tree, phrases);
  // Forces sent "toward" a party are sent against it; so are forces readied "against" it, or massed near or around its land.
  const country = (m: ResolvedMention) => view.typeOf(m.entity) === 'Country';
  const toward = [
    ...reached.filter((o) => TOWARD_PREPOSITIONS.has(prepositionOf(tree, o) ?? '') || (readied && prepositionOf(tree, o) === 'against')).flatMap((o) => entitiesAt(reading, o)),
    ...reached.filter((o) => ['near', 'around'].includes(prepositionOf(tree, o) ?? '') || isBearingFrom(tree, o)).flatMap((o) => entitiesAt(reading, o)).filter(country),
  ];
  // "deployed warships … amid a standoff with B": forces moved in a quarrel with a party are mobilised against it (to
  // show it force, readShowsOfForce).
  // (The phrase may hang on any phrase of the verb's, two steps down; "to the sea amid a standoff" may read as one.)
  // ("as tensions with B rose": so in a clause of the time, or its subject read as a phrase "as" opens.)
  const isQuarrel = (o: number) => QUARREL_NOUNS.has(lemmaOf(tree, o)) || lemmaOf(tree, o) === 'tension';
  const amid = (o: number) => (prepositionOf(tree, o) ?? '').split(' ').some((p) => p === 'amid' || p === 'as') && isQuarrel(o);
  const next = phrases.flatMap((p) => dependents(tree, p, 'nmod', 'obl'));
  const around = [...phrases, ...next, ...next.flatMap((p) => dependents(tree, p, 'nmod', 'obl'))];
  const during = dependents(tree, verb, 'advcl').filter((c) => dependents(tree, c, 'mark').some((m) => ['as', 'while', 'amid'].includes(lemmaOf(tree, m))));
  const quarrels = [...around.filter(amid), ...during.flatMap((c) => dependents(tree, c, 'nsubj')).filter(isQuarrel)];
  const opposed = phrasesBelow(tree, quarrels).filter((n) => ['with', 'against'].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n));
  // "massed fighters near C in preparation for an offensive against B": forces gathered for an attack are mobilised
  // against whom it would hit.
  // (So are forces gathered for a fight "with" it: "in preparation for a possible confrontation with B".)
  // (Or for a push or an incursion: "in preparation for a push against B".)
  const clash = (o: number) => CLASH_NOUNS.has(lemmaOf(tree, o)) || ADVANCE_NOUNS.has(lemmaOf(tree, o));
  const attacks = around.filter((o) => prepositionOf(tree, o) === 'for' && (clash(o) || ['against', 'on'].some((p) => nounRelations(lemmaOf(tree, o), p).includes('ATTACKS'))));
  const aimedAt = attacks.flatMap((o) => dependents(tree, o, 'nmod').filter((n) => ['against', 'on', ...(clash(o) ? ['with'] : [])].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => partyOf(reading, n)));
  // "put its forces on high alert as warships from B gathered off the coast", "raised its alert level, citing signs
  // that B was preparing a test": forces readied while another party acts, or for what it is said to do, are readied
  // against that party.
  // (The clause may be read as a phrase "as" opens: "as warships from B gathered".)
  const citing = dependents(tree, verb, 'advcl').filter((c) => lemmaOf(tree, c) === 'cite');
  const cited = [...citing.flatMap((c) => dependents(tree, c, 'ccomp')), ...citing.flatMap((c) => dependents(tree, c, 'obj')).flatMap((o) => dependents(tree, o, 'acl', 'ccomp'))];
  const actingForces = around.filter((o) => prepositionOf(tree, o) === 'as' && isForce(o));
  const partiesOfActors = (s: number) => [...entitiesAt(reading, s), ...dependents(tree, s, 'nmod').filter((n) => prepositionOf(tree, n) === 'from').flatMap((n) => entitiesAt(reading, n)), ...ownersOf(reading, s)];
  const actors = readied ? [...[...during, ...cited].flatMap((c) => dependents(tree, c, 'nsubj')), ...actingForces].flatMap(partiesOfActors) : [];
  // "massed fighters on the outskirts of C, the last stronghold of B's army": forces gathered at a party's stronghold.
  const strongholds = [...reached, ...reached.flatMap((o) => dependents(tree, o, 'appos'))].filter((o) => STRONGHOLD_NOUNS.has(lemmaOf(tree, o)));
  const besieged = strongholds.flatMap((o) => dependents(tree, o, 'nmod')).filter((n) => prepositionOf(tree, n) === 'of').flatMap((n) => partyOf(reading, n));
  // "sent troops to C to contain B", "deployed units to deter B": forces sent to act against a party are mobilised
  // against it (the act itself stays planned, read with its own verb).
  const hostile = (c: number) => DETERRING_VERBS.has(lemmaOf(tree, c)) || verbRelations(lemmaOf(tree, c)).some((t) => HOSTILE_ACTS.has(t));
  // (The purpose may hang on where they are sent: "deployed troops to the north to confront B".)
  const purposes = [...dependents(tree, verb, 'advcl', 'xcomp'), ...[...forces, ...phrases].flatMap((f) => dependents(tree, f, 'acl'))].filter((c) => dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to') && hostile(c));
  const targeted = readied || !forces.length ? [] : purposes.flatMap((c) => dependents(tree, c, 'obj')).flatMap((o) => partyOf(reading, o));
  // "put its forces on alert after B moved missile batteries into C": forces moved or readied after another moved
  // its own, or acted against someone, answer that party.
  const after = dependents(tree, verb, 'advcl').filter((c) => dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'after') && (DEPLOYING_VERBS.has(lemmaOf(tree, c)) || MASSING_VERBS.has(lemmaOf(tree, c)) || hostile(c)));
  const answered = after.flatMap((c) => dependents(tree, c, 'nsubj')).flatMap(partiesOfActors);
  // "sent frigates to the sea as a signal to B", "… a warning to B": forces moved as a message to a party are shown it.
  // (The message may be what the move is described as: "in what officials described as a signal to B", "…, a
  // deployment officials described as a signal to B".)
  const describing = [...around.flatMap((o) => dependents(tree, o, 'acl:relcl', 'acl')), ...dependents(tree, verb, 'parataxis')];
  const described = describing.flatMap((c) => dependents(tree, c, 'obl', 'xcomp')).filter((o) => prepositionOf(tree, o) === 'as');
  const signalled = [...around, ...described].filter((o) => SIGNAL_NOUNS.has(lemmaOf(tree, o))).flatMap((o) => dependents(tree, o, 'nmod')).filter((n) => prepositionOf(tree, n) === 'to').flatMap((n) => partyOf(reading, n));
  // "raised the readiness of units facing B", "moved launchers to positions facing B": forces readied or moved where
  // they face a party face it.
  const facing = [...objects, ...objects.flatMap((o) => dependents(tree, o, 'nmod')), ...reached].flatMap((o) => dependents(tree, o, 'acl')).filter((c) => lemmaOf(tree, c) === 'face');
  const faced = facing.flatMap((c) => dependents(tree, c, 'obj')).flatMap((o) => partyOf(reading, o));
  for (const subject of subjects) for (const other of [...acrossFrontiers(reading, phrases), ...toward, ...faced, ...opposed, ...aimedAt, ...besieged, ...signalled, ...forestalled(reading, verb, [...objects, ...around]), ...watchedBy(reading, verb, forces), ...actors, ...targeted, ...answered, ...reactedTo(reading, around)]) if (other.entity !== subject.entity) stateTyped(reading, verb, lemma, ['MOBILIZES_AGAINST'], subject, other);
}

/**
 * "sent two frigates to the reef in response to a build-up of B vessels", "moved troops to the river in response to
 * troop movements by B": forces moved or readied in answer to another's doing are mobilised against whoever the
 * answer names (not a request answered: "in response to a request from B" comes to B's aid).
 */
function reactedTo(reading: Reading, around: readonly number[]): ResolvedMention[] {
  const { tree, view } = reading;
  const answers = around.filter((o) => REACTION_NOUNS.has(lemmaOf(tree, o)) && ['in', 'as'].includes(prepositionOf(tree, o) ?? ''));
  const found: ResolvedMention[] = [];
  for (const answer of answers) {
    const below = tree.children[answer]!.filter((c) => !['case', 'det', 'punct', 'amod'].includes(tree.parse.deprel[c]!));
    if (below.some((c) => ASKING_NOUNS.has(lemmaOf(tree, c)))) continue;
    // Whoever is named in what is answered, a few phrases down.
    let level = below;
    for (let depth = 0; depth < 4 && level.length; depth += 1) {
      for (const token of level) for (const m of entitiesAt(reading, token)) if (!found.includes(m) && (view.typeOf(m.entity) === 'Country' || view.typeOf(m.entity) === 'Organization')) found.push(m);
      level = level.flatMap((t) => tree.children[t]!);
    }
  }
  return found;
}

/** Whether a phrase gives a bearing from what it names ("east of B", "southeast of B", as the parser hangs either). */
function isBearingFrom(tree: DependencyTree, phrase: number): boolean {
  const preposition = (prepositionOf(tree, phrase) ?? '').split(' ');
  if (preposition.length === 2 && BEARING_WORDS.has(preposition[0]!) && preposition[1] === 'of') return true;
  if (preposition.join(' ') !== 'of') return false;
  const head = tree.parse.head[phrase]!;
  return dependents(tree, phrase, 'advmod', 'amod').some((m) => m < phrase && BEARING_WORDS.has(lemmaOf(tree, m))) || (head >= 0 && head < phrase && BEARING_WORDS.has(lemmaOf(tree, head)));
}

/**
 * "mobilised fighters … in a show of force against B", "A began naval exercises in a show of force directed at B",
 * "… in what analysts described as a show of strength aimed at deterring B": whatever is done as a show of force
 * (CAMEO 15) mobilises against whom the show is against, aimed or directed at, or meant to deter. The show may hang a
 * few phrases below the verb or its object.
 */
export function readShowsOfForce(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (isNegated(tree, verb) || !subjects.length) return;
  const below = (t: number) => dependents(tree, t, 'nmod', 'obl', 'acl', 'acl:relcl');
  const level1 = [...dependents(tree, verb, 'obl'), ...dependents(tree, verb, 'obj').flatMap((o) => dependents(tree, o, 'nmod', 'obl'))];
  const level2 = level1.flatMap(below);
  const shows = [...level1, ...level2, ...level2.flatMap(below)].filter(
    (o) => FORCE_SHOW_NOUNS.has(lemmaOf(tree, o)) && dependents(tree, o, 'nmod').some((n) => prepositionOf(tree, n) === 'of' && SHOWN_NOUNS.has(lemmaOf(tree, n))),
  );
  // (The participle may hang on the show or on what it shows: "a show of force aimed at B".)
  const aiming = shows.flatMap((o) => [o, ...dependents(tree, o, 'nmod')]).flatMap((o) => dependents(tree, o, 'acl')).filter((p) => AIMING_VERBS.has(lemmaOf(tree, p)));
  const parties = [
    ...phrasesBelow(tree, shows).filter((n) => ['with', 'against'].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n)),
    ...aiming.flatMap((p) => dependents(tree, p, 'obl')).filter((o) => prepositionOf(tree, o) === 'at').flatMap((o) => partyOf(reading, o)),
    ...aiming.flatMap((p) => dependents(tree, p, 'advcl', 'xcomp')).filter((c) => DETERRING_VERBS.has(lemmaOf(tree, c))).flatMap((c) => dependents(tree, c, 'obj')).flatMap((o) => partyOf(reading, o)),
  ];
  for (const subject of subjects) for (const party of parties) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['MOBILIZES_AGAINST'], subject, party);
}

/**
 * "A pulled back troops stationed along its border with B", "A demobilised troops stationed near B": forces
 * withdrawn or stood down from where they were stationed on a frontier leave it, as "from the border with B" says.
 */
export function readForcesStoodDown(reading: Reading, verb: number, lemma: string, subjects: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (isNegated(tree, verb) || !(verbRelations(lemma, 'from').includes('WITHDREW_FROM') || STANDING_DOWN_VERBS.has(lemma))) return;
  if (dependents(tree, verb, 'obl').some((o) => prepositionOf(tree, o) === 'from')) return;
  const forces = dependents(tree, verb, 'obj').filter((o) => FORCE_NOUNS.has(lemmaOf(tree, o)));
  const stationed = forces.flatMap((f) => dependents(tree, f, 'acl')).filter((p) => MASSING_VERBS.has(lemmaOf(tree, p)) || DEPLOYING_VERBS.has(lemmaOf(tree, p)));
  const across = acrossFrontiers(reading, stationed.flatMap((p) => dependents(tree, p, 'obl')));
  for (const subject of subjects) for (const party of across) if (party.entity !== subject.entity) stateTyped(reading, verb, lemma, ['WITHDREW_FROM'], subject, party);
}

/** Whom forces are sent to shadow, track or keep watch on: what they watch, or whose it is ("to shadow a B survey ship"). */
function watchedBy(reading: Reading, verb: number, forces: readonly number[]): ResolvedMention[] {
  const { tree } = reading;
  // (The purpose may hang on the forces: "frigates to shadow …".)
  const purposes = [...dependents(tree, verb, 'advcl', 'xcomp'), ...forces.flatMap((f) => dependents(tree, f, 'acl'))].filter((c) => dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to'));
  return purposes.flatMap((purpose) => {
    const lemma = lemmaOf(tree, purpose);
    // (The watch may be read as a verb, "keep" its complement, with what it is kept on hung there.)
    const watch = lemma === 'keep' ? dependents(tree, purpose, 'obj', 'xcomp').find((o) => lemmaOf(tree, o) === 'watch') : undefined;
    const kept = watch === undefined ? [] : [...dependents(tree, purpose, 'obl'), ...dependents(tree, watch, 'obl', 'nmod')].filter((o) => prepositionOf(tree, o) === 'on');
    const watched = WATCHING_VERBS.has(lemma) ? dependents(tree, purpose, 'obj') : kept;
    // (Whoever the watched are, people or craft: "a B coast guard cutter".)
    return watched.flatMap((w) => (entitiesAt(reading, w).length ? entitiesAt(reading, w) : ownersOf(reading, w)));
  });
}

/**
 * Whom forces moved "ahead of" or "before" an event are readied against: those who hold a march or a rally ("ahead
 * of rallies called by B", "… a march by supporters of B", "B's rally"), those who call another measure ("ahead of a
 * lockdown called by B"), or whom an attack would hit ("ahead of an
 * expected assault on B's last stronghold"). `around` are the verb's phrases and those hung on them.
 */
function forestalled(reading: Reading, verb: number, around: readonly number[]): ResolvedMention[] {
  const { tree } = reading;
  // (The parser may hang the phrase on the verb of saying the sentence is reported by: "… ahead of an assault, witnesses said".)
  const governor = tree.parse.head[verb]!;
  const reporter = tree.parse.deprel[verb] === 'ccomp' && governor > verb && REPORTING_VERBS.has(lemmaOf(tree, governor)) ? [governor] : [];
  // (Or "ahead" read as a noun of place: "deployed officers across the capital ahead of a rally".)
  const ahead = [...[verb, ...reporter, ...around].flatMap((p) => dependents(tree, p, 'advmod')), ...around].filter((a) => lemmaOf(tree, a) === 'ahead');
  const events = [
    ...ahead.flatMap((a) => [...dependents(tree, a, 'obl', 'nmod'), ...dependents(tree, tree.parse.head[a]!, 'obl').filter((e) => e > a)]).filter((e) => prepositionOf(tree, e) === 'of'),
    ...dependents(tree, verb, 'obl').filter((e) => prepositionOf(tree, e) === 'before'),
    // ("ahead of" read as one preposition.)
    ...[verb, ...around].flatMap((p) => dependents(tree, p, 'obl', 'nmod')).filter((e) => prepositionOf(tree, e) === 'ahead of'),
  ];
  return events.flatMap((event) => {
    const noun = lemmaOf(tree, event);
    if (GATHERING_NOUNS.has(noun)) {
      // (The organisers may be named through their supporters: "a march by supporters of B".)
      const by = [...dependents(tree, event, 'nmod'), ...dependents(tree, event, 'acl').flatMap((p) => dependents(tree, p, 'obl:agent', 'obl'))].filter((n) => prepositionOf(tree, n) === 'by');
      return [...agentsNamedWith(reading, event), ...by.flatMap((n) => [...entitiesAt(reading, n), ...dependents(tree, n, 'nmod').filter((o) => prepositionOf(tree, o) === 'of').flatMap((o) => entitiesAt(reading, o))])];
    }
    // "ahead of a lockdown called by B", "… a strike called by B": those who call a measure of their own are faced.
    const callers = dependents(tree, event, 'acl').filter((c) => STRIKE_CALLING_VERBS.has(lemmaOf(tree, c))).flatMap((c) => dependents(tree, c, 'obl:agent')).flatMap((n) => partyOf(reading, n));
    if (callers.length) return callers;
    const attacked = dependents(tree, event, 'nmod').filter((n) => nounRelations(noun, prepositionOf(tree, n)).includes('ATTACKS'));
    // "ahead of an expected push by B", "B's offensive": forces readied against an attack are readied against its doer.
    const hostile = CLASH_NOUNS.has(noun) || ADVANCE_NOUNS.has(noun) || ['on', 'against', 'into'].some((p) => nounRelations(noun, p).includes('ATTACKS'));
    const doers = hostile ? [...dependents(tree, event, 'nmod').filter((n) => prepositionOf(tree, n) === 'by'), ...dependents(tree, event, 'nmod:poss')].flatMap((n) => partyOf(reading, n)) : [];
    return [...attacked.flatMap((n) => partyOf(reading, n)), ...doers];
  });
}

/** The phrases and the phrases hung on them, two steps down. */
export function phrasesBelow(tree: DependencyTree, phrases: readonly number[]): number[] {
  // ("the area close to the border": a phrase under a word that places the one above, "close", "near".)
  // (Or under a bearing: "waters east of B", "east" read as an adverb with "of B" its own.)
  const placing = (m: number) => NEARNESS_WORDS.has(lemmaOf(tree, m)) || BEARING_WORDS.has(lemmaOf(tree, m));
  const under = (p: number) => [...dependents(tree, p, 'nmod'), ...dependents(tree, p, 'amod', 'advmod').filter(placing).flatMap((m) => dependents(tree, m, 'obl'))];
  const below = phrases.flatMap(under);
  return [...phrases, ...below, ...below.flatMap(under)];
}

/**
 * The parties across the frontiers the phrases name, two steps down ("to the border with B", "along the frontier with
 * B", "near B's border"); "with B" may hang on the frontier or among the phrases themselves.
 */
export function acrossFrontiers(reading: Reading, phrases: readonly number[], leaving = false): ResolvedMention[] {
  const { tree, view } = reading;
  // ("the boundary line with B", "the border area": a frontier's stretch is the frontier; one leaves it "from".)
  // (A frontier's line may be named: "the Line of Control with B".)
  const namedLine = (o: number) => lemmaOf(tree, o) === 'line' && /^\p{Lu}/u.test(view.sentence.tokens[o]!.norm) && dependents(tree, o, 'nmod').some((n) => prepositionOf(tree, n) === 'of' && /^\p{Lu}/u.test(view.sentence.tokens[n]!.norm));
  const isFront = (o: number) => FRONT_NOUNS.has(lemmaOf(tree, o)) || namedLine(o) || (FRONT_STRETCH_NOUNS.has(lemmaOf(tree, o)) && dependents(tree, o, 'compound', 'amod').some((m) => FRONT_NOUNS.has(lemmaOf(tree, m))));
  const placed = (o: number) => FRONT_PREPOSITIONS.has(prepositionOf(tree, o) ?? '') || (leaving && prepositionOf(tree, o) === 'from');
  // ("within 40 kilometres of its border with B": a frontier a distance "of" which is measured, the party maybe on the distance.)
  const measured = (o: number) => prepositionOf(tree, o) === 'of' && DISTANCE_NOUNS.has(lemmaOf(tree, tree.parse.head[o]!));
  // ("back from disputed sections of its border with B": a part of a frontier is on it.)
  const partOf = (o: number) => prepositionOf(tree, o) === 'of' && SITE_PART_NOUNS.has(lemmaOf(tree, tree.parse.head[o]!));
  const fronts = phrasesBelow(tree, phrases).filter((o) => isFront(o) && (placed(o) || measured(o) || partOf(o)));
  const distances = fronts.filter(measured).map((f) => tree.parse.head[f]!);
  // ("waters near B's Velt Shoal", "near the Velt Islands administered by B": a place's owner is across the frontier
  // as the place is.)
  const placesAt = (n: number) => {
    const named = entitiesAt(reading, n);
    return named.some((m) => PLACE_TYPES.has(view.typeOf(m.entity) ?? '') && view.typeOf(m.entity) !== 'Country') ? [...named, ...ownersOf(reading, n)] : named;
  };
  // (Not the frontier's own name: "the Line of Control".)
  const covers = (m: ResolvedMention, token: number) => m.tokenStart <= token && token < m.tokenEnd;
  return fronts.flatMap((front) => [
    ...distances.flatMap((d) => dependents(tree, d, 'nmod')).filter((n) => n > front && FRONT_PARTY_PREPOSITIONS.has(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n)),
    ...ownersOf(reading, front),
    ...dependents(tree, front, 'compound', 'amod').flatMap((n) => entitiesAt(reading, n)),
    // (A frontier the tagger took for a verb has its party as an oblique: "sends troops to border with B".)
    // (Or on a named line's name: "the Line of Control with B".)
    ...[...dependents(tree, front, 'nmod', 'obl'), ...phrases, ...(namedLine(front) ? dependents(tree, front, 'nmod').flatMap((n) => dependents(tree, n, 'nmod')) : [])].filter((n) => FRONT_PARTY_PREPOSITIONS.has(prepositionOf(tree, n) ?? '')).flatMap(placesAt),
    // (Or on the part of it: "sections of its border with B", "with B" on "sections".)
    ...(partOf(front) ? dependents(tree, tree.parse.head[front]!, 'nmod') : []).filter((n) => n > front && FRONT_PARTY_PREPOSITIONS.has(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n)),
  ].filter((m) => !covers(m, front)));
}

/**
 * "the deployment of B troops along the border with C", "B's build-up of forces near its frontier with C": forces a
 * noun of moving them takes to a frontier are mobilised against the country across it, as with the verb.
 */
export function readDeploymentNoun(reading: Reading, noun: number, lemma: string, agents: readonly ResolvedMention[]): void {
  const { tree } = reading;
  if (!DEPLOYMENT_NOUNS.has(lemma) || isNegated(tree, noun)) return;
  const forces = dependents(tree, noun, 'nmod').filter((n) => prepositionOf(tree, n) === 'of' && FORCE_NOUNS.has(lemmaOf(tree, n)));
  if (!forces.length) return;
  const owners = agents.length ? agents : forces.flatMap((f) => entitiesAt(reading, f));
  const phrases = [...dependents(tree, noun, 'nmod'), ...forces.flatMap((f) => dependents(tree, f, 'nmod'))];
  for (const owner of owners) for (const other of acrossFrontiers(reading, phrases)) if (other.entity !== owner.entity) stateTyped(reading, noun, lemma, ['MOBILIZES_AGAINST'], owner, other);
}
