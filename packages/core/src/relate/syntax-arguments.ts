/**
 * Who takes part in what a verb or an event noun states: a verb's subjects (carried into controlled verbs,
 * conjuncts and clauses), its passive patients and agents, the objects of a misread verb, the principals one acts on
 * behalf of, and an event noun's agents named with it.
 */
import type { ResolvedMention } from '../resolve/entity.js';
import { dependents, isNegated, lemmaOf, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { verbRelations } from './event-lexicon.js';
import {
  CLAIMING_VERBS,
  LIGHT_VERBS,
  MESSAGE_NOUNS,
  INFINITIVE_NOUNS,
  OBJECT_CONTROL_VERBS,
  REPORTING_VERBS,
  isPersonNoun,
} from './syntax-words.js';
import { ACTOR_TYPES, entitiesAt, headedOrCovering, type Reading } from './syntax-reading.js';

/** The subjects of a verb, its own or carried in from the verb that controls it, its conjunct or the noun its clause describes. */
export function subjectsOf(reading: Reading, verb: number, depth = 0): ResolvedMention[] {
  const { tree } = reading;
  const own = dependents(tree, verb, 'nsubj');
  if (own.length) return own.flatMap((s) => entitiesAt(reading, s, verb));
  if (dependents(tree, verb, 'nsubj:pass').length || depth > 4) return [];
  const relation = tree.parse.deprel[verb]!;
  const head = tree.parse.head[verb]!;
  if (head < 0) return [];
  // "A urged B to withdraw": the controller's object does the withdrawing; "A agreed to sign": its subject;
  // "B was urged to withdraw", "B was expected to leave": its passive subject.
  if (relation === 'xcomp') {
    // "A wrote denying B a vote was wrong": a gerund a verb of saying has as complement is what is said, not done by A.
    if ((REPORTING_VERBS.has(lemmaOf(tree, head)) || CLAIMING_VERBS.has(lemmaOf(tree, head))) && /ing$/.test(reading.view.words[verb]!)) return [];
    const objects = dependents(tree, head, 'obj', 'iobj').flatMap((o) => entitiesAt(reading, o));
    if (objects.length) return objects;
    const passiveSubjects = dependents(tree, head, 'nsubj:pass').flatMap((s) => entitiesAt(reading, s, head));
    return passiveSubjects.length ? passiveSubjects : subjectsOf(reading, head, depth + 1);
  }
  if (relation === 'conj' && tree.parse.upos[head] === 'VERB') {
    // "A pleaded guilty and was ordered by C to …": a passive conjunct's shared subject is what is done to, not its doer.
    if (dependents(tree, verb, 'aux:pass').length) return [];
    // "A was briefed, and flew to B": an active conjunct of a passive verb is its passive subject's act. Only where
    // its form cannot be a participle sharing the passive ("A was arrested and charged with …").
    const passive = dependents(tree, head, 'nsubj:pass');
    if (passive.length && !/(?:ed|en|wn)$/.test(reading.view.words[verb]!)) return passive.flatMap((s) => entitiesAt(reading, s, head));
    return subjectsOf(reading, head, depth + 1);
  }
  // "A contributed … by supporting B": an adverbial clause without a subject shares its verb's; so does one of purpose.
  // "B was allied with C in fighting D": the passive subject of the clause's verb does it too.
  const purpose = dependents(tree, verb, 'mark').some((m) => lemmaOf(tree, m) === 'to');
  // The clause's first word: its verb or the marker before it ("in order to", "by").
  const opening = Math.min(verb, ...dependents(tree, verb, 'mark'));
  // "A urged B to act", read as a purpose: what is asked is done by whom it is asked of.
  if (relation === 'advcl' && purpose && (OBJECT_CONTROL_VERBS.has(lemmaOf(tree, head)) || verbRelations(lemmaOf(tree, head)).includes('REQUESTS'))) {
    const objects = dependents(tree, head, 'obj');
    const controllers = objects.flatMap((o) => entitiesAt(reading, o));
    // "made several trips to confer with B" is a purpose after all: its object is no one; what is urged is
    // always the object's to do ("encouraged allies to restrict B").
    const urged = verbRelations(lemmaOf(tree, head)).includes('REQUESTS') && objects.length > 0;
    if (urged || controllers.length || objects.some((o) => tree.parse.upos[o] === 'PRON' || isPersonNoun(lemmaOf(tree, o)))) return controllers;
  }
  // "declared a purpose to mitigate …": an infinitive right after a noun it completes (quotes aside) belongs to the noun.
  let before = opening - 1;
  while (before >= 0 && tree.parse.upos[before] === 'PUNCT' && /^["“”']$/.test(reading.view.words[before]!)) before -= 1;
  if (relation === 'advcl' && purpose && before >= 0 && INFINITIVE_NOUNS.has(lemmaOf(tree, before))) return [];
  if (relation === 'advcl' && tree.parse.upos[head] === 'VERB' && (purpose || /ing$/.test(reading.view.words[verb]!))) {
    // "A pressed B to do C, in order to help D": after a comma, the purpose is the main clause's, not the complement's.
    let governor = head;
    if (reading.view.words[opening - 1] === ',') while (tree.parse.deprel[governor] === 'xcomp') governor = tree.parse.head[governor]!;
    const passiveSubjects = dependents(tree, governor, 'nsubj:pass').flatMap((s) => entitiesAt(reading, s, governor));
    return passiveSubjects.length ? passiveSubjects : subjectsOf(reading, governor, depth + 1);
  }
  // "A was quick in blaming B", "A was quick to condemn B": the adjective's subject; so is the purpose of a predicate
  // noun's ("A has been on hunger strike for weeks to press B").
  const predicateNoun = relation === 'advcl' && purpose && tree.parse.upos[head] === 'NOUN' && dependents(tree, head, 'cop').length > 0;
  if (((relation === 'advcl' || relation === 'xcomp') && tree.parse.upos[head] === 'ADJ') || predicateNoun) return dependents(tree, head, 'nsubj').flatMap((s) => entitiesAt(reading, s, head));
  // "forces attacking B": an active participle's subject is the noun it describes; so is a past tense with an
  // object that the parser took for a participle ("after a coalition ousted B").
  // A noun that heads the whole sentence with a past tense under it, or under its "of" phrase, is a sentence the
  // parser misread ("A troops clashed with B", "Hundreds of A demonstrated").
  const nearRoot = tree.parse.head[head] === -1 || (tree.parse.head[head]! >= 0 && tree.parse.head[tree.parse.head[head]!] === -1 && tree.parse.deprel[head] === 'nmod');
  const misreadMain = nearRoot && tree.parse.upos[tree.parse.deprel.indexOf('root')] !== 'VERB' && reading.view.words[verb]!.toLowerCase() !== lemmaOf(tree, verb);
  // "A's threat to attack B", "the Valdorian decision to sanction B": an infinitive's noun's owner does it.
  // ("A pledge by A to supply B": or its "by" phrase.)
  if (relation === 'acl' && purpose && INFINITIVE_NOUNS.has(lemmaOf(tree, head))) {
    const owners = [...agentsNamedWith(reading, head), ...dependents(tree, head, 'nmod').filter((n) => n < verb && prepositionOf(tree, n) === 'by').flatMap((n) => entitiesAt(reading, n))];
    if (owners.length) return owners;
  }
  // The misread sentence's verb may also hang as a conjunct of its subject ("The head of B, A, accused C").
  const misreadConjunct = relation === 'conj' && misreadMain && tree.parse.head[head] === -1;
  // An infinitive after an object is read below as the purpose of the verb whose object it is, object or not
  // ("blocked a road to protest against B"); one after a plan or a decision is that noun's, read with an object only.
  // (The parser may hang it on the object as an adverbial clause: "pledged $40 million to help B".)
  const afterObject = (relation === 'acl' || (relation === 'advcl' && tree.parse.upos[head] !== 'VERB')) && purpose && tree.parse.deprel[head] === 'obj' && !INFINITIVE_NOUNS.has(lemmaOf(tree, head));
  if ((relation === 'acl' && (/ing$/.test(reading.view.words[verb]!) || dependents(tree, verb, 'obj').length || misreadMain)) || afterObject || misreadConjunct) {
    const described = entitiesAt(reading, head);
    // "A sent planes to help B": an infinitive after an object that names no one is the purpose of the verb whose
    // object it is, not of an object that does what is asked ("persuaded allies to …"); an infinitive's noun ("a
    // plan to …") is whoever's the verb makes it so: a light verb's subject ("A announced a plan to sanction B").
    const sender = tree.parse.head[head]!;
    if (!described.length && purpose && tree.parse.deprel[head] === 'obj' && sender >= 0 && tree.parse.upos[sender] === 'VERB') {
      // Not what one is given ("gave him the right to …") nor what one did not make.
      if (INFINITIVE_NOUNS.has(lemmaOf(tree, head))) {
        const owned = LIGHT_VERBS.has(lemmaOf(tree, sender)) && !dependents(tree, sender, 'iobj').length && !negatedChain(tree, sender);
        return owned ? subjectsOf(reading, sender, depth + 1) : [];
      }
      const asked = OBJECT_CONTROL_VERBS.has(lemmaOf(tree, sender)) || verbRelations(lemmaOf(tree, sender)).includes('REQUESTS');
      return asked ? [] : subjectsOf(reading, sender, depth + 1);
    }
    // "A issued a statement blaming B", "A's letter urging B …": what a message does, its author does.
    if (!described.length && MESSAGE_NOUNS.has(lemmaOf(tree, head)) && /ing$/.test(reading.view.words[verb]!)) {
      const authors = agentsNamedWith(reading, head);
      if (authors.length) return authors;
      if (tree.parse.deprel[head] === 'obj' && sender >= 0 && tree.parse.upos[sender] === 'VERB') return subjectsOf(reading, sender, depth + 1);
    }
    if (described.length || reading.view.words[verb - 1] !== ',') return described;
    // "A ran to be a delegate, joining B" with "joining" hung on "delegate": after a comma, a participle that
    // describes no name is said of the subject of the clause it follows.
    let clause = head;
    while (clause >= 0 && tree.parse.upos[clause] !== 'VERB') clause = tree.parse.head[clause]!;
    return clause >= 0 ? subjectsOf(reading, clause, depth + 1) : [];
  }
  return [];
}

/** The patients of a passive verb: its passive subject, or the noun a past participle describes ("B, attacked by A"). */
export function patientsOf(reading: Reading, verb: number): ResolvedMention[] {
  const { tree } = reading;
  const own = dependents(tree, verb, 'nsubj:pass');
  if (own.length) return own.flatMap((s) => entitiesAt(reading, s, verb));
  if (describesNoun(reading, verb)) return entitiesAt(reading, tree.parse.head[verb]!);
  if (tree.parse.deprel[verb] === 'conj' && tree.parse.upos[tree.parse.head[verb]!] === 'VERB') {
    const head = tree.parse.head[verb]!;
    // ("A pleaded guilty and was ordered to …": a passive conjunct of an active verb is done to that verb's subject.)
    const shared = dependents(tree, verb, 'aux:pass').length ? subjectsOf(reading, head) : [];
    return [...dependents(tree, head, 'nsubj:pass').flatMap((s) => entitiesAt(reading, s)), ...shared];
  }
  return [];
}

/** A past participle describing the noun before it ("B, attacked by A"; "A, first elected to B", which the parser may read as a relative clause). */
export function describesNoun(reading: Reading, verb: number): boolean {
  const { tree } = reading;
  const relation = tree.parse.deprel[verb]!;
  if (/ing$/.test(reading.view.words[verb]!)) return false;
  return relation === 'acl' || (relation === 'acl:relcl' && !dependents(tree, verb, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'cop').length);
}

export function agentsOf(reading: Reading, verb: number): ResolvedMention[] {
  const { tree } = reading;
  // An agent is introduced by "by": one without it is a misread object (see misreadObjects).
  const agents = dependents(tree, verb, 'obl:agent', 'obl').filter((o) => prepositionOf(tree, o) === 'by');
  return agents.flatMap((a) => entitiesAt(reading, a));
}

/**
 * "A invited B to speak" misread as a participle describing A ("A, invited by B") with B as its agent but no "by":
 * the name right before the verb is its subject and the "agent" its object.
 */
export function misreadObjects(reading: Reading, verb: number): { subjects: ResolvedMention[]; objects: ResolvedMention[] } | undefined {
  const { tree, view } = reading;
  const head = tree.parse.head[verb]!;
  if (tree.parse.deprel[verb] !== 'acl' || head < 0) return undefined;
  // The subject is the name right before the verb, or the noun right before it that stands for one ("Valdorian prosecutors charged B").
  const named = view.mentionAt[verb - 1] !== undefined && view.mentionAt[verb - 1] === reading.headed.get(head);
  const subjects = named ? [view.mentionAt[verb - 1]!] : head === verb - 1 && tree.parse.upos[head] === 'NOUN' ? entitiesAt(reading, head) : [];
  if (!subjects.length) return undefined;
  const objects = dependents(tree, verb, 'obl:agent').filter((o) => prepositionOf(tree, o) !== 'by').flatMap((o) => entitiesAt(reading, o));
  return objects.length ? { subjects, objects } : undefined;
}

/** "A filed the suit on behalf of B": B acts through its agent A, so is a subject too. */
export function principalsOf(reading: Reading, verb: number): ResolvedMention[] {
  const { tree } = reading;
  return dependents(tree, verb, 'obl')
    .filter((phrase) => lemmaOf(tree, phrase) === 'behalf' && prepositionOf(tree, phrase) === 'on')
    .flatMap((phrase) => dependents(tree, phrase, 'nmod').filter((n) => prepositionOf(tree, n) === 'of'))
    .flatMap((of) => entitiesAt(reading, of));
}

/** Negated itself, or a verb it is carried by ("did not agree to sign", "never met and signed"). */
export function negatedChain(tree: DependencyTree, token: number): boolean {
  for (let t = token, depth = 0; t >= 0 && depth < 5; depth += 1) {
    if (isNegated(tree, t)) return true;
    const relation = tree.parse.deprel[t]!;
    if (relation !== 'xcomp' && relation !== 'conj') return false;
    // A conjunct with its own subject is a clause of its own ("A did not sign, but B met C").
    if (relation === 'conj' && dependents(tree, t, 'nsubj', 'nsubj:pass', 'expl').length) return false;
    t = tree.parse.head[t]!;
  }
  return false;
}

/** The actors named with an event noun: its possessor or a name before it ("A's talks", "the A strike", "Valdorian raids"). */
export function agentsNamedWith(reading: Reading, noun: number): ResolvedMention[] {
  const { tree, view } = reading;
  // "Valdorian air strikes": the agent may modify the noun's own modifier.
  const modifiers = dependents(tree, noun, 'compound').flatMap((c) => dependents(tree, c, 'amod', 'nmod:poss'));
  return [...dependents(tree, noun, 'nmod:poss', 'compound', 'amod'), ...modifiers]
    .map((a) => headedOrCovering(reading, a))
    .filter((m): m is ResolvedMention => m !== undefined && ACTOR_TYPES.has(view.typeOf(m.entity) ?? ''));
}
