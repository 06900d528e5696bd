/**
 * Standing relations read off the descriptions the parse attaches to a name:
 * - roles, in apposition (either way round: "A, the mayor of B", "the B mayor,
 *   A") or after a copula ("A was chairwoman of B"), "A, his wife and the chair
 *   of B" → LEADS for an office that leads, MEMBER_OF for any other role held in
 *   an organisation ("A, a spokesperson for B"); "A of B", a person of an
 *   organisation → MEMBER_OF; a description that names an act on another ("A, a
 *   critic of B", "A is an ally of B") → that act. Roles taken by a verb's
 *   subject ("became president of B"), also in a relative clause on the name
 *   ("A, who served as president of B"), or given to a verb of appointing's
 *   object ("B named A as its chair");
 * - places: "A in B", "A at B", "B's A" (a site, organisation or event in a place),
 *   an organisation described by its kind with a place ("A, B's largest lender",
 *   "the B firm A") → LOCATED_IN ("A, B" stays with the place pattern of
 *   sentence-patterns.ts, which reads the commas better than the parse attaches them).
 * A phrase right after a title or a place is read with it even where the
 * parser hangs it further up ("A, the President of B" with "of B" under A; "crashed
 * at A in B" with "in B" under the verb): the commonest misattachment.
 * Titles written before a name ("the Ruritanian President Jane Doe") stay with
 * the title patterns of sentence-patterns.ts, which read them more reliably
 * than the parse does.
 */
import type { ResolvedMention } from '../resolve/entity.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { isSymmetric, type RelationType } from '../vocabulary/relation-types.js';
import { argumentsFit } from './argument-types.js';
import { nounRelations } from './event-lexicon.js';
import { conjuncts, coordinated, dependents, isNegated, lemmaOf, phraseOpeningAt, prepositionOf } from './dependency-tree.js';
import type { RelationCandidate } from './relation.js';
import { headWord } from '../nlp/head-word.js';
import { ACTOR_TYPES, contestParties, entitiesAt, entityOf, headedOrCovering, nameHeadedBy, type Reading } from './syntax-reading.js';
import { APPOINTING_VERBS, BECOMING_VERBS, CITY_PART_NOUNS, FACILITY_HEADS, VISITED_BODY_HEADS, ORGANIZATION_HEADS, FORMER_MARKERS, HELD_ROLES, isAffiliationWord, PERSON_TITLES } from '../nlp/lexicon.js';
import { AGENT_NOUNS, AREA_NOUNS, CANDIDATE_NOUNS, DEPUTY_WORDS, FACT_AUXILIARIES, FIELD_WORDS, KIN_NOUNS, LEADER_PHRASES, LEAVING_VERBS, LOCATING_PREPOSITIONS, NAMING_VERBS, OUTSIDE_ROLES, PAIRED_PLACE_WORDS, isOrganisationKind, isPersonNoun, PART_NOUNS, PHASE_VERBS, PLACE_NOUNS, RELATIVE_PRONOUNS, ROLE_PREPOSITIONS, SHARED_LEADER_TITLES, SHOW_HOSTING_VERBS, SHOW_NOUNS, STATE_BODY_HEADS, TERRITORY_NOUNS, UNIT_NAME_HEADS, UNIT_NOUNS, VICTORY_VERBS } from './syntax-words.js';
import { formerLeaderLeads, formerTitleKeepsMember, titleFits, titleLapses, titleLeads } from './titles.js';

const CONFIDENCE = 0.8;
/** Prepositions that set a place on or by a feature ("a town on a river in B"). */
const FEATURE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'near', 'along', 'by', 'beside']);
const PLACE_TYPES: ReadonlySet<string> = new Set(['Country', 'City', 'Region']);

/** The kinds of place each kind may lie in (a region only in a country); organisations, sites and events in any. */
const CONTAINERS: Readonly<Partial<Record<EntityType, ReadonlySet<EntityType>>>> = {
  City: new Set(['Country', 'Region', 'Location']),
  Location: new Set(['Country', 'Region', 'Location', 'City']),
  Region: new Set(['Country']),
  Organization: new Set(['Country', 'Region', 'Location', 'City']),
  Event: new Set(['Country', 'Region', 'Location', 'City']),
};

export function findSyntaxRoles(reading: Reading): RelationCandidate[] {
  const found = new Map<string, RelationCandidate>();
  const add = (source: ResolvedMention, target: ResolvedMention, type: RelationType, predicate: string) => {
    const { view } = reading;
    if (source.entity === target.entity || !argumentsFit(type, view.typeOf(source.entity), view.typeOf(target.entity))) return;
    const key = `${source.entity}|${type}|${target.entity}`;
    if (!found.has(key)) found.set(key, { source: source.entity, target: target.entity, type, predicate, confidence: CONFIDENCE, basis: 'syntax', modality: 'asserted', docId: view.docId, sentence: view.sentence.index });
  };
  for (const [head, mention] of reading.headed) {
    const type = reading.view.typeOf(mention.entity);
    if (type && ACTOR_TYPES.has(type)) readRoles(reading, head, mention, type, add);
  }
  // A place may be named by a place noun ("the town of A in B"), so every nominal is tried.
  for (let token = 0; token < reading.view.words.length; token += 1) {
    const mention = reading.headed.get(token) ?? (reading.tree.parse.upos[token] === 'NOUN' ? entityOf(reading, token) : undefined);
    if (mention) readPlace(reading, token, mention, reading.view.typeOf(mention.entity), add);
  }
  readBeingIn(reading, add);
  readRunningAs(reading, add);
  readListedMembers(reading, add);
  readMembersFrom(reading, add);
  readShowsHosted(reading, add);
  // Leading a body says more than belonging to it.
  return [...found.values()].filter((r) => r.type !== 'MEMBER_OF' || !found.has(`${r.source}|LEADS|${r.target}`));
}

type Add = (source: ResolvedMention, target: ResolvedMention, type: RelationType, predicate: string) => void;

/**
 * "A ran for Congress as a Zenithist", "A was re-elected as a Zenithist": a party's word for its members after
 * "as" says the verb's subject stood for the party, so belongs to it (only as a fact, as roles taken are).
 */
function readRunningAs(reading: Reading, add: Add): void {
  const { tree, view } = reading;
  for (const [head, mention] of reading.headed) {
    const party = view.typeOf(mention.entity) === 'Organization' && mention.tokenEnd - mention.tokenStart === 1 && isAffiliationWord(view.sentence.tokens[mention.tokenStart]!.norm);
    if (!party || prepositionOf(tree, head) !== 'as') continue;
    // The parser hangs "as a B" on the verb or on its "for" phrase.
    const governor = tree.parse.head[head]!;
    const verb = tree.parse.deprel[head] === 'obl' ? governor : tree.parse.deprel[governor] === 'obl' ? tree.parse.head[governor]! : -1;
    if (verb < 0 || !statesRoleAsFact(tree, verb)) continue;
    for (const subject of dependents(tree, verb, 'nsubj', 'nsubj:pass')) {
      const member = reading.headed.get(subject);
      if (member && view.typeOf(member.entity) === 'Person') add(member, mention, 'MEMBER_OF', 'as');
    }
  }
}

/**
 * "A of B, C of D and E, all Zenithists", "A and C, both Zenithists": a body's word for its members after a list
 * of people and "all" or "both" makes each of them a member.
 */
function readListedMembers(reading: Reading, add: Add): void {
  const { view } = reading;
  // The person whose name ends right before `end`, or before the place it is "of" ("E of Georgia").
  const personBefore = (end: number): ResolvedMention | undefined => {
    const place = view.mentionAt[end - 1];
    const at = place && place.tokenEnd === end && view.words[place.tokenStart - 1] === 'of' ? place.tokenStart - 1 : end;
    const person = view.mentionAt[at - 1];
    return person && person.tokenEnd === at && view.typeOf(person.entity) === 'Person' ? person : undefined;
  };
  const nameless = (t: number) => view.mentionAt[t] === undefined || view.typeOf(view.mentionAt[t]!.entity) === 'Concept';
  for (const body of view.mentions) {
    const marker = view.words[body.tokenStart - 1] ?? '';
    if ((marker !== 'all' && marker !== 'both') || view.words[body.tokenStart - 2] !== ',' || view.typeOf(body.entity) !== 'Organization') continue;
    // Read back through the list by its words, which the parser often splits: "A of B, C of D, and E of F, all …".
    const people: ResolvedMention[] = [];
    for (let person = personBefore(body.tokenStart - 2); person; ) {
      people.push(person);
      let t = person.tokenStart;
      // A title before the name ("Mayor A", "Labor Commissioner A").
      while (PERSON_TITLES.has(view.words[t - 1] ?? '') || (PERSON_TITLES.has(view.words[t] ?? '') && /^\p{Lu}/u.test(view.sentence.tokens[t - 1]?.norm ?? '') && nameless(t - 1))) t -= 1;
      if (view.words[t - 1] === 'and') t -= 1;
      if (view.words[t - 1] === ',') t -= 1;
      person = t < person.tokenStart ? personBefore(t) : undefined;
    }
    for (const person of people) add(person, body, 'MEMBER_OF', marker);
  }
}

/**
 * "A from B University said", "these were A and C from B University": people written right before "from" and an
 * organisation are its people (a place after "from" is where they come from, which makes no edge). Read off the
 * words, as the parser often hangs "from B" on the verb; by full names only, as for "A of B".
 */
function readMembersFrom(reading: Reading, add: Add): void {
  const { view, tree } = reading;
  for (const body of view.mentions) {
    const from = body.tokenStart - (view.words[body.tokenStart - 1] === 'the' ? 2 : 1);
    if (view.words[from] !== 'from' || view.typeOf(body.entity) !== 'Organization' || tree.parse.upos[body.tokenEnd] === 'NOUN') continue;
    // The people listed right before: "A", "A and C", "A, C and D".
    const people: ResolvedMention[] = [];
    for (let end = from; ; ) {
      const person = view.mentionAt[end - 1];
      if (!person || person.tokenEnd !== end || view.typeOf(person.entity) !== 'Person' || person.tokenEnd - person.tokenStart < 2) break;
      people.push(person);
      end = person.tokenStart - (view.words[person.tokenStart - 1] === 'and' ? 1 : 0);
      if (view.words[end - 1] === ',') end -= 1;
      if (end === person.tokenStart) break;
    }
    // "a letter came to A from B": what goes from B to A says nothing of whom A belongs to.
    if (view.words[(people[people.length - 1]?.tokenStart ?? 0) - 1] === 'to') continue;
    for (const person of people) add(person, body, 'MEMBER_OF', 'from');
  }
}

/**
 * "A hosts a show on B", "A presented a programme for B": who hosts a broadcaster's show works for it (as a fact:
 * not negated, not yet).
 */
function readShowsHosted(reading: Reading, add: Add): void {
  const { tree, view } = reading;
  tree.parse.lemma.forEach((_, verb) => {
    const lemma = lemmaOf(tree, verb);
    if (!SHOW_HOSTING_VERBS.has(lemma) || tree.parse.upos[verb] !== 'VERB' || isNegated(tree, verb) || !statesRoleAsFact(tree, verb)) return;
    const shows = dependents(tree, verb, 'obj').filter((o) => SHOW_NOUNS.has(lemmaOf(tree, o)));
    const broadcasters = shows.flatMap((show) => dependents(tree, show, 'nmod').filter((n) => ['on', 'for'].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n)));
    // The subject of the verb, or of the first verb it is coordinated with ("previously hosted … and currently hosts …").
    const subjectOf = tree.parse.deprel[verb] === 'conj' && !dependents(tree, verb, 'nsubj').length ? tree.parse.head[verb]! : verb;
    const hosts = dependents(tree, subjectOf, 'nsubj').flatMap((n) => entitiesAt(reading, n)).filter((m) => view.typeOf(m.entity) === 'Person');
    for (const host of hosts) for (const body of broadcasters) if (view.typeOf(body.entity) === 'Organization') add(host, body, 'MEMBER_OF', lemma);
  });
}

/**
 * "A is in B", "A and C were in the B Party for years": a name after "be in" (the parser's predicate, with "in" as
 * its case) holds its subjects — a place lies in a place, one is a member of a body. Not a building one is in ("was
 * in the Kessel Hospital"), nor where the clause is negated or not yet.
 */
function readBeingIn(reading: Reading, add: Add): void {
  const { tree, view } = reading;
  for (const [predicate, container] of reading.headed) {
    if (!dependents(tree, predicate, 'cop').length || !dependents(tree, predicate, 'case').some((c) => lemmaOf(tree, c) === 'in')) continue;
    // Not negated, and as a fact: "has been in B" is, "will be in B" is not yet.
    if (isNegated(tree, predicate) || dependents(tree, predicate, 'aux').some((a) => !FACT_AUXILIARIES.has(lemmaOf(tree, a)))) continue;
    const held = view.typeOf(container.entity);
    const building = FACILITY_HEADS.has(view.words[container.tokenEnd - 1]!.toLowerCase()) || VISITED_BODY_HEADS.has(view.words[container.tokenEnd - 1]!.toLowerCase());
    for (const subject of dependents(tree, predicate, 'nsubj').flatMap((n) => entitiesAt(reading, n))) {
      const type = view.typeOf(subject.entity);
      if (held === 'Organization' && !building && (type === 'Person' || type === 'Organization')) add(subject, container, 'MEMBER_OF', 'in');
      else if (type && held && CONTAINERS[type]?.has(held)) add(subject, container, 'LOCATED_IN', 'in');
    }
  }
}

/** The descriptions of a name: nouns in apposition to it, or the noun it is the subject of after "is". */
function descriptionsOf(reading: Reading, head: number): number[] {
  const { tree } = reading;
  // A capitalised title in apposition is a description only with its article ("the President of B"); without,
  // it is more often a misread name ("A and Turkish President B").
  // A role written in lower case is a common noun however it was tagged ("A, spokeswoman for B" with a proper noun).
  const lowerRole = (d: number) => /^\p{Ll}/u.test(reading.view.sentence.tokens[d]!.norm) && isPersonNoun(lemmaOf(tree, d));
  // "Mayor A B, a member of C" read with the title as the name's head: the title's appositions describe the name.
  const start = reading.headed.get(head)?.tokenStart ?? head;
  const title = tree.parse.head[head]!;
  const titled = tree.parse.deprel[head] === 'flat' && title === start - 1 && PERSON_TITLES.has(lemmaOf(tree, title).toLowerCase());
  const found = [...dependents(tree, head, 'appos'), ...(titled ? dependents(tree, title, 'appos') : [])].filter((d) => tree.parse.upos[d] === 'NOUN' || lowerRole(d) || dependents(tree, d, 'det').length > 0);
  // "A, a founding B member, …" read as a conjunct: a noun with "a" is a description (see coordinated), and so is a
  // role in lower case in a "list" with no "and" ("A, spokeswoman for B, said").
  const listed = coordinated(tree, head);
  found.push(...dependents(tree, head, 'conj').filter((d) => (tree.parse.upos[d] === 'NOUN' && dependents(tree, d, 'det').some((a) => lemmaOf(tree, a) === 'a')) || (!listed.includes(d) && lowerRole(d))));
  // "photojournalist A", "the B founder A", "the B Party's nominee A": a role written before the name, hung on any of its words.
  const name = reading.headed.get(head);
  for (let t = name?.tokenStart ?? head; t < (name?.tokenEnd ?? head + 1); t += 1) {
    found.push(...dependents(tree, t, 'nmod:desc', 'compound').filter((d) => d < (name?.tokenStart ?? head) && tree.parse.upos[d] === 'NOUN' && (isPersonNoun(lemmaOf(tree, d)) || HELD_ROLES.has(lemmaOf(tree, d)))));
  }
  const governor = tree.parse.head[head]!;
  // "A and B are members of C": every conjunct of a subject is described by the noun after "are".
  let first = head;
  while (tree.parse.deprel[first] === 'conj' && tree.parse.head[first]! >= 0) first = tree.parse.head[first]!;
  const predicate = tree.parse.head[first]!;
  if (first !== head && tree.parse.deprel[first] === 'nsubj' && predicate >= 0 && !nameHeadedBy(reading, predicate) && tree.parse.upos[predicate] === 'NOUN' && dependents(tree, predicate, 'cop').length) {
    found.push(predicate);
  }
  found.push(...rolesTakenBy(reading, first, predicate));
  // "A began serving as governor of B": a phase verb's complement takes the role for its subject.
  if (predicate >= 0 && PHASE_VERBS.has(lemmaOf(tree, predicate)) && !isNegated(tree, predicate)) for (const phase of dependents(tree, predicate, 'xcomp')) found.push(...rolesTakenBy(reading, first, phase, predicate));
  // "A defeated B to become the first C senator": a win's result is a role taken (a purpose, "ran to become", is not).
  if (predicate >= 0 && VICTORY_VERBS.has(lemmaOf(tree, predicate)) && !isNegated(tree, predicate)) {
    const results = dependents(tree, predicate, 'advcl').filter((c) => BECOMING_VERBS.has(lemmaOf(tree, c)) && !dependents(tree, c, 'nsubj').length && dependents(tree, c, 'mark').some((m) => lemmaOf(tree, m) === 'to'));
    for (const result of results) found.push(...rolesTakenBy(reading, first, result, predicate));
  }
  // "A, who served as president of B", "A, who was named chair of B": the role taken in a relative clause on the name.
  for (const clause of dependents(tree, head, 'acl:relcl')) {
    for (const pronoun of dependents(tree, clause, 'nsubj', 'nsubj:pass').filter((p) => RELATIVE_PRONOUNS.has(lemmaOf(tree, p)))) {
      found.push(...rolesTakenBy(reading, pronoun, clause));
      if (tree.parse.upos[clause] === 'NOUN' && dependents(tree, clause, 'cop').length) found.push(clause);
    }
  }
  if (governor >= 0 && !nameHeadedBy(reading, governor) && tree.parse.upos[governor] === 'NOUN') {
    const relation = tree.parse.deprel[head]!;
    if (relation === 'nsubj' && dependents(tree, governor, 'cop').length) found.push(governor);
    // "the B mayor, A": the name in apposition to the title just before it — not to an event ("the B summit,
    // A") or to a noun further back ("the chancellor's spokesperson, A" is no chancellor).
    const between = Array.from({ length: Math.max(0, start - governor - 1) }, (_, i) => governor + 1 + i);
    if (relation === 'appos' && governor < start && !between.some((t) => tree.parse.upos[t] === 'NOUN') && !nounRelations(lemmaOf(tree, governor)).length) found.push(governor);
  }
  // "A is one of the founders of B", "A, one of the directors of B": the plural after "one of" describes A.
  const ones = [...dependents(tree, head, 'appos'), ...(governor >= 0 && tree.parse.deprel[head] === 'nsubj' && dependents(tree, governor, 'cop').length ? [governor] : [])];
  for (const one of ones.filter((d) => isOneOf(tree, d))) found.push(...dependents(tree, one, 'nmod').filter((n) => prepositionOf(tree, n) === 'of' && tree.parse.upos[n] === 'NOUN'));
  return found.filter((d) => !nameHeadedBy(reading, d)).flatMap((d) => conjuncts(tree, d));
}

/** What a verb makes its subject or object into: "A became the first B", "made A the first B" (the noun after the name). */
function madeInto(tree: Reading['tree'], head: number, verb: number): number[] {
  const lemma = lemmaOf(tree, verb);
  const relation = tree.parse.deprel[head];
  if (relation === 'nsubj' && BECOMING_VERBS.has(lemma)) return dependents(tree, verb, 'xcomp', 'obj').filter((d) => tree.parse.upos[d] === 'NOUN');
  if (relation === 'obj' && lemma === 'make') return dependents(tree, verb, 'xcomp', 'obj').filter((d) => d > head && tree.parse.upos[d] === 'NOUN');
  return [];
}

/** Whether a token is the "one" of "one of the …". */
function isOneOf(tree: Reading['tree'], token: number): boolean {
  return token >= 0 && tree.parse.upos[token] === 'NUM' && lemmaOf(tree, token) === 'one';
}

/** Whether a verb states a role taken or held as a fact: not negated, left ("resigned as") or named, nor with "will" or "may". */
function statesRoleAsFact(tree: Reading['tree'], verb: number, governor = verb): boolean {
  if (tree.parse.upos[verb] !== 'VERB' || isNegated(tree, verb) || LEAVING_VERBS.has(lemmaOf(tree, verb)) || NAMING_VERBS.has(lemmaOf(tree, verb))) return false;
  return ![verb, governor].some((v) => dependents(tree, v, 'aux').some((a) => !FACT_AUXILIARIES.has(lemmaOf(tree, a))));
}

/**
 * The role a verb's subject takes or holds: "A became president of B", "A was elected president of B", "A was
 * named chairman of B", "A serves as the president of B", "A was sworn in as president of B". Only as a fact:
 * not negated, not with an auxiliary of future or possibility, and not with a verb of leaving ("A resigned as
 * president of B").
 */
function rolesTakenBy(reading: Reading, subject: number, verb: number, governor = verb): number[] {
  const { tree } = reading;
  const relation = tree.parse.deprel[subject];
  // "B named A as its chairwoman", "B appointed A chief executive": the object of a verb of appointing takes the role.
  const appointed = (relation === 'obj' || relation === 'xcomp') && APPOINTING_VERBS.has(lemmaOf(tree, verb));
  if (verb < 0 || (relation !== 'nsubj' && relation !== 'nsubj:pass' && !appointed) || !statesRoleAsFact(tree, verb, governor)) return [];
  // Nouns for people, as roles are ("president", "drummer", "member"), not what a verb's object may be ("violations").
  // A capitalised title may be tagged a proper noun ("as President of B").
  const nouns = (tokens: number[]) => tokens.filter((t) => (tree.parse.upos[t] === 'NOUN' || (tree.parse.upos[t] === 'PROPN' && PERSON_TITLES.has(lemmaOf(tree, t)))) && isPersonNoun(lemmaOf(tree, t)));
  // "A was appointed chief executive of B" read with the title as a conjunct of the verb, without "and".
  const listed = coordinated(tree, verb);
  const misread = dependents(tree, verb, 'conj').filter((c) => !listed.includes(c) && !dependents(tree, c, 'cc').length && PERSON_TITLES.has(lemmaOf(tree, c)) && /^\p{Ll}/u.test(reading.view.sentence.tokens[c]!.norm));
  return [
    ...misread,
    ...nouns(dependents(tree, verb, 'xcomp')),
    ...(relation === 'nsubj:pass' || (relation === 'nsubj' && BECOMING_VERBS.has(lemmaOf(tree, verb))) ? nouns(dependents(tree, verb, 'obj')) : []),
    // "was sworn in as president of B" reads "in as" as one preposition.
    ...nouns(dependents(tree, verb, 'obl')).filter((o) => /(?:^| )as$/.test(prepositionOf(tree, o) ?? '')),
    // "A was elected to his first of two terms as President of B": the role may hang from the term.
    ...nouns(dependents(tree, verb, 'obl').flatMap((o) => [o, ...dependents(tree, o, 'nmod')]).flatMap((o) => dependents(tree, o, 'nmod'))).filter((o) => prepositionOf(tree, o) === 'as'),
  ];
}

/** Whether "former" opens the words before a role, however the parser hung it ("former B governor A", "Former B agent A"). */
function formerBefore(reading: Reading, role: number): boolean {
  const { upos } = reading.tree.parse;
  for (let t = role - 1; t >= 0 && ['PROPN', 'ADJ', 'NOUN', 'NUM'].includes(upos[t]!); t -= 1) {
    if (FORMER_MARKERS.has(reading.view.words[t]!.toLowerCase())) return true;
  }
  return false;
}

function readRoles(reading: Reading, head: number, mention: ResolvedMention, type: EntityType, add: Add): void {
  const { tree } = reading;
  for (const role of descriptionsOf(reading, head)) {
    if (nameHeadedBy(reading, role) || isNegated(tree, role)) continue;
    const modifiers = tree.children[role]!.filter((c) => ['amod', 'compound', 'advmod', 'nmod:desc'].includes(tree.parse.deprel[c]!)).map((c) => lemmaOf(tree, c));
    const word = lemmaOf(tree, role);
    // A former holder sits in nothing, but was one of an organisation's people, and led a place it headed (read
    // below); a former member is one no longer.
    const lapsed = titleLapses([word]) && (modifiers.some((m) => FORMER_MARKERS.has(m) || m.startsWith('ex-')) || formerBefore(reading, role));
    const keepsMember = type === 'Person' && formerTitleKeepsMember([...modifiers, word]);
    if (lapsed && !keepsMember && !(type === 'Person' && titleLeads([word]))) continue;
    // "A, son of B's founder" is kin, not a role held in B; "A, a customer of B" is outside it.
    if (KIN_NOUNS.has(word) || OUTSIDE_ROLES.has(word)) continue;
    // "A, a critic of B", "A is an ally of B": the description names what A does to B.
    const acts = AGENT_NOUNS.get(word);
    if (lapsed && (acts || PART_NOUNS.has(word) || CANDIDATE_NOUNS.has(word))) continue;
    if (acts) {
      const parties = dependents(tree, role, 'nmod').filter((n) => prepositionOf(tree, n) === 'of').flatMap((n) => entitiesAt(reading, n));
      for (const party of parties) add(mention, party, acts, word);
      // "A and B have been allies": a mutual act holds between the predicate's coordinated subjects.
      if (!parties.length && isSymmetric(acts) && dependents(tree, role, 'cop').length) {
        for (const other of dependents(tree, role, 'nsubj').flatMap((n) => entitiesAt(reading, n))) if (other.tokenStart > mention.tokenStart) add(mention, other, acts, word);
      }
      continue;
    }
    // "A, a subsidiary of B", "A is the armed wing of B", "A, part of B": an organisation that is a part of another.
    if (PART_NOUNS.has(word)) {
      for (const n of dependents(tree, role, 'nmod').filter((n) => prepositionOf(tree, n) === 'of')) {
        for (const whole of entitiesAt(reading, n)) {
          // "A, part of B" of a place in a place lies in it, as "A, B" does.
          if (type === 'Organization') add(mention, whole, 'PART_OF', word);
          else if (word === 'part' && PLACE_TYPES.has(type) && CONTAINERS[type]?.has(reading.view.typeOf(whole.entity)!)) add(mention, whole, 'LOCATED_IN', word);
        }
      }
      continue;
    }
    // "A, a candidate in the B primary": one who runs in a party's contest is of the party.
    if (type === 'Person' && CANDIDATE_NOUNS.has(word)) {
      for (const party of contestParties(reading, dependents(tree, role, 'nmod'))) add(mention, party, 'MEMBER_OF', word);
    }
    const titleWords = [...modifiers.filter((m) => m === 'prime' || m === 'chief' || DEPUTY_WORDS.has(m) || LEADER_PHRASES.has(`${m} ${word}`)), word];
    const title = word === 'minister' && modifiers.includes('prime') ? 'prime minister' : word;
    // "A is a leader of B", "A, a director of B": one of several, a member; "the leader of B" leads it. (An office
    // with one holder still leads: "a two-term governor of B".)
    const oneOfSeveral = (SHARED_LEADER_TITLES.has(word) && dependents(tree, role, 'det').some((d) => ['a', 'an'].includes(lemmaOf(tree, d)))) || isOneOf(tree, tree.parse.head[role]!);
    // "B's editorial director, A" leads a field of B, and is one of B's people.
    const field = dependents(tree, role, 'amod', 'compound').some((m) => FIELD_WORDS.has(lemmaOf(tree, m)) && /^\p{Ll}/u.test(reading.view.sentence.tokens[m]!.norm));
    const leads = titleLeads(titleWords) && !oneOfSeveral && !field;
    // A country or an organisation is described as a member, a person by any role they hold.
    if (type !== 'Person' && title !== 'member') continue;
    // "the chair of B", "B's president", "the B commissioner"; a possessor is led, not joined ("B's highest honour").
    // The phrase right after the title is its body even where the parser hangs it on the name ("A, the
    // President of B" read with "of B" under A).
    const phrases = [...new Set([...dependents(tree, role, 'nmod'), ...phraseOpeningAt(tree, role + 1)])];
    const complements = phrases.filter((n) => ROLE_PREPOSITIONS.has(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n));
    // A leader's complement is what they lead; a name before the title is then their side ("the B chairman of C").
    // A possessor is joined only by one who works for it ("the B Party's candidate", "B's spokesman"), not by a
    // thing ("B's highest honour").
    const joinsOwner = isPersonNoun(word) || HELD_ROLES.has(word);
    const namedBefore = leads && complements.length ? [] : dependents(tree, role, ...(leads ? ['compound', 'nmod:poss'] : joinsOwner ? ['compound', 'amod', 'nmod:poss'] : ['compound', 'amod']));
    // An adjective before a title is the country it leads ("the Valdorian president"), not the party of its holder ("the Democratic chairman").
    const adjectives = leads && !complements.length ? dependents(tree, role, 'amod').map((c) => headedOrCovering(reading, c)).filter((m): m is ResolvedMention => m !== undefined && PLACE_TYPES.has(reading.view.typeOf(m.entity) ?? '')) : [];
    const bodies = [...complements, ...namedBefore.map((c) => headedOrCovering(reading, c)).filter((m): m is ResolvedMention => m !== undefined), ...adjectives];
    // The bodies named before the title by a word rather than by "of" or a possessive.
    const byAdjective = new Set([...namedBefore.filter((c) => tree.parse.deprel[c] !== 'nmod:poss').map((c) => headedOrCovering(reading, c)), ...adjectives]);
    // "B TV photojournalist A" read with A in apposition to B: an organisation written right before a role
    // that is written before the name is the role's body, wherever the parser hung it, with the field of a role that
    // does not lead in lower case between ("B criminology professor A"; "B committee chairman A" leads the committee).
    let opening = role;
    while (!leads && opening > 0 && tree.parse.head[opening - 1] === role && tree.parse.upos[opening - 1] === 'NOUN' && /^\p{Ll}/u.test(reading.view.sentence.tokens[opening - 1]!.norm)) opening -= 1;
    const before = role < mention.tokenStart ? reading.view.mentionAt[opening - 1] : undefined;
    if (!bodies.length && before && before.tokenEnd === opening && reading.view.typeOf(before.entity) === 'Organization') bodies.push(before);
    // "the chair and spokesperson for B": a body after the last of coordinated roles is the others' too.
    if (!bodies.length) {
      // Only within one noun phrase: "his wife and the chairwoman of B" are two, the second with its own article.
      for (const next of dependents(tree, role, 'conj').filter((c) => !dependents(tree, c, 'det', 'nmod:poss').length)) {
        bodies.push(...dependents(tree, next, 'nmod').filter((n) => ROLE_PREPOSITIONS.has(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n)));
      }
    }
    // "head of the department of surgery of B", "a professor in B's department of physics": a role in a unit of a
    // body makes one of the body's people (not its leader).
    if (type === 'Person' && !lapsed) {
      const units = phrases.filter((n) => UNIT_NOUNS.has(lemmaOf(tree, n)) && !entitiesAt(reading, n).length);
      for (const body of units.flatMap((unit) => bodiesOfUnit(reading, unit))) add(mention, body, 'MEMBER_OF', title);
    }
    // "B's C Agency head A": with a named body between, the possessor owns the body, and the holder is one of its people.
    const isBody = (m: ResolvedMention | undefined) => m !== undefined && reading.view.typeOf(m.entity) === 'Organization';
    const namedUnit = namedBefore.some((c) => tree.parse.deprel[c] === 'compound' && isBody(headedOrCovering(reading, c)));
    // "Zenithist committee chairman A", "the B Party committee chairman A": a body named before a body's noun is the
    // holder's (a party's word, the party); the title is the noun's body.
    const unitNouns = dependents(tree, role, 'compound').filter((c) => tree.parse.upos[c] === 'NOUN' && lemmaOf(tree, c) !== 'party' && ORGANIZATION_HEADS.has(lemmaOf(tree, c)) && /^\p{Ll}/u.test(reading.view.sentence.tokens[c]!.norm));
    const partyOfHolder = (body: ResolvedMention) => unitNouns.some((c) => body.tokenEnd <= c) && body.tokenEnd < role;
    const ownerOfUnit = (body: ResolvedMention) => (namedUnit && namedBefore.some((c) => tree.parse.deprel[c] === 'nmod:poss' && headedOrCovering(reading, c) === body)) || partyOfHolder(body);
    for (const body of bodies) {
      if (leads && !titleFits(titleWords, reading.view.typeOf(body.entity), byAdjective.has(body))) continue;
      const ledPlace = leads && formerLeaderLeads(reading.view.typeOf(body.entity));
      if (lapsed && !ledPlace && (!keepsMember || reading.view.typeOf(body.entity) !== 'Organization')) continue;
      add(mention, body, leads && (!lapsed || ledPlace) && !ownerOfUnit(body) ? 'LEADS' : 'MEMBER_OF', title);
    }
    // "A, the Zenithic chairman of the B Committee": the party's word before a leader's title with a complement is
    // the holder's party.
    if (leads && complements.length) {
      for (const modifier of dependents(tree, role, 'amod', 'compound').filter((m) => isAffiliationWord(reading.view.sentence.tokens[m]!.norm))) {
        const party = headedOrCovering(reading, modifier);
        if (party && reading.view.typeOf(party.entity) === 'Organization') add(mention, party, 'MEMBER_OF', reading.view.words[modifier]!);
      }
    }
  }
  // "A of B": a person of an organisation, written together (further off, "of B" is more often misattached),
  // and by a full name: a lone capitalised word before "of" is more often a title or an office ("Custodian of").
  // Between commas too: "A, of B, said".
  const { words } = reading.view;
  const commaOf = words[mention.tokenEnd] === ',' && words[mention.tokenEnd + 1] === 'of';
  const ofAt = commaOf ? mention.tokenEnd + 1 : mention.tokenEnd;
  if (type === 'Person' && mention.tokenEnd - mention.tokenStart > 1) {
    const span = Array.from({ length: mention.tokenEnd - mention.tokenStart }, (_, i) => mention.tokenStart + i);
    // The "of" right after the name must be the nominal's own: "A of B and C of D" read with "of D" under A is C's.
    const ofs = words[ofAt] === 'of' ? span.flatMap((t) => dependents(tree, t, 'nmod')).filter((n) => prepositionOf(tree, n) === 'of' && tree.parse.head[ofAt] === n) : [];
    const bodies = ofs.flatMap((of) => entitiesAt(reading, of));
    // "Professor A of B University" read with B hung on the title: the name right after "of" (and "the") is still
    // A's, unless it modifies a noun after it ("A of the B fame").
    const opening = words[ofAt] === 'of' ? ofAt + (words[ofAt + 1] === 'the' ? 2 : 1) : -1;
    const written = opening < 0 ? undefined : reading.view.mentionAt[opening];
    const ofHead = tree.parse.head[ofAt]!;
    const closed = (end: number) => !commaOf || [',', ';', '.'].includes(words[end] ?? '.');
    if (written && written.tokenStart === opening && ofHead >= written.tokenStart && ofHead < written.tokenEnd && tree.parse.upos[written.tokenEnd] !== 'NOUN' && closed(written.tokenEnd)) bodies.push(written);
    // "A of the advocacy group B", "A of rights group B": a body its kind introduces after "of" is A's, wherever the
    // parser hung the name (often in apposition to A).
    let named = opening;
    while (named >= 0 && named < opening + 4 && /^\p{Ll}/u.test(reading.view.sentence.tokens[named]?.norm ?? '') && !reading.view.mentionAt[named]) named += 1;
    const introduced = named > opening && ofHead === named - 1 && isOrganisationKind(lemmaOf(tree, named - 1)) ? reading.view.mentionAt[named] : undefined;
    if (introduced && introduced.tokenStart === named) bodies.push(introduced);
    for (const body of new Set(bodies)) if (reading.view.typeOf(body.entity) === 'Organization') add(mention, body, 'MEMBER_OF', 'of');
  }
  // "A's Kessel Party", "with A's Kessel Orchestra": a body named as a person's is one the person belongs to. Read
  // off the words, as the parser often takes "A's B" for two phrases; not a body's name before a noun ("A's Kessel
  // Bank account" is an account).
  const body = isPossessive(reading.view, mention.tokenEnd) ? reading.view.mentionAt[mention.tokenEnd + 1] : undefined;
  // Only a name that says it is a body ("Party", "Orchestra", "Ltd"): books and shows are often typed as bodies.
  const saysBody = body !== undefined && ORGANIZATION_HEADS.has(words[body.tokenEnd - 1]!.toLowerCase());
  if (type === 'Person' && body && saysBody && body.tokenStart === mention.tokenEnd + 1 && tree.parse.upos[body.tokenEnd] !== 'NOUN' && reading.view.typeOf(body.entity) === 'Organization') {
    add(mention, body, 'MEMBER_OF', "'s");
  }
}

/**
 * The organisations a unit named by a common noun belongs to: its possessor ("B's department"), or a body after
 * its "of", "at" or "in", through up to two more such phrases ("the department of surgery and anatomy of B").
 */
function bodiesOfUnit(reading: Reading, unit: number): ResolvedMention[] {
  const { tree, view } = reading;
  const found: ResolvedMention[] = [];
  let level = [unit];
  for (let depth = 0; depth < 3 && level.length; depth += 1) {
    const next: number[] = [];
    for (const noun of level) {
      for (const owner of dependents(tree, noun, 'nmod:poss')) found.push(...entitiesAt(reading, owner));
      for (const phrase of dependents(tree, noun, 'nmod').filter((n) => ['of', 'at', 'in'].includes(prepositionOf(tree, n) ?? ''))) {
        const named = entitiesAt(reading, phrase);
        if (named.length) found.push(...named);
        else next.push(phrase, ...dependents(tree, phrase, 'conj'));
      }
    }
    level = next;
  }
  // The last "of B" is often hung far off (on the name the role describes): read on through the words of the
  // unit's phrase to the first name after "of" or "at".
  let t = unit + 1;
  while (t < unit + 12 && !view.mentionAt[t] && /^\p{Ll}/u.test(view.sentence.tokens[t]?.norm ?? '') && ['NOUN', 'ADJ', 'ADP', 'DET', 'CCONJ'].includes(tree.parse.upos[t] ?? '')) t += 1;
  const named = view.mentionAt[t];
  const opening = view.words[t - 1] === 'the' ? t - 2 : t - 1;
  if (named && named.tokenStart === t && t > unit + 1 && ['of', 'at'].includes(view.words[opening] ?? '')) found.push(named);
  return found.filter((m) => view.typeOf(m.entity) === 'Organization');
}

/** Whether the token at `at` makes the name before it a possessor: "'s", or an apostrophe after an s ("the United States' A"). */
function isPossessive(view: Reading['view'], at: number): boolean {
  const word = view.words[at] ?? '';
  return ["'s", '’s'].includes(word) || (["'", '’'].includes(word) && /s$/i.test(view.words[at - 1] ?? ''));
}

/** The first organisation of the list a name ends, read back by its commas and "and" ("A, C, and D"). */
function firstListed(view: Reading['view'], mention: ResolvedMention): ResolvedMention {
  let first = mention;
  for (let steps = 0; steps < 6; steps += 1) {
    let t = first.tokenStart - 1;
    if (view.words[t] === 'and' || view.words[t] === 'or') t -= 1;
    if (view.words[t] === ',') t -= 1;
    const previous = view.mentionAt[t];
    if (t === first.tokenStart - 1 || !previous || previous.tokenEnd !== t + 1 || view.typeOf(previous.entity) !== 'Organization') break;
    first = previous;
  }
  return first;
}

/** Whether a name is a state body's by its head word: "Ministry of Defence", "Office of Naval Research", "the A Senate". */
function isStateBodyName(view: Reading['view'], mention: ResolvedMention): boolean {
  const words = view.words.slice(mention.tokenStart, mention.tokenEnd);
  const of = words.indexOf('of');
  return STATE_BODY_HEADS.has((of > 0 ? words[of - 1] : words[words.length - 1])!.toLowerCase());
}

/** Whether a name's head word, the last before its first lower-case word ("Institute" of "Cooperative Institute for …"), names a unit. */
function isUnitName(view: Reading['view'], mention: ResolvedMention): boolean {
  let end = mention.tokenStart + 1;
  while (end < mention.tokenEnd && /^\p{Lu}/u.test(view.sentence.tokens[end]!.norm)) end += 1;
  return UNIT_NAME_HEADS.has(view.words[end - 1]!);
}

/** Whether a name is an organisation's and says so by its head word ("B University", "the Institute of B"). */
export function namesBody(view: Reading['view'], mention: ResolvedMention): boolean {
  return view.typeOf(mention.entity) === 'Organization' && ORGANIZATION_HEADS.has(headWord(view.words.slice(mention.tokenStart, mention.tokenEnd)));
}

/** How many words of a noun's phrase stand before it ("a research centre": 2). */
function phraseLength(tree: Reading['tree'], noun: number): number {
  let first = noun;
  for (const child of tree.children[noun]!) if (child < first && tree.parse.deprel[child] !== 'punct') first = Math.min(first, leftmost(tree, child));
  return noun - first;
}

/** The first word of the phrase a token heads. */
function leftmost(tree: Reading['tree'], token: number): number {
  let first = token;
  for (const child of tree.children[token]!) if (child < first) first = Math.min(first, leftmost(tree, child));
  return first;
}

/**
 * Whether a word reads as a nationality by its ending ("Valdorian", "Kesselese", "French", "Thai"); a place's own
 * name may end so too ("Japan"), which then only loses a reading.
 */
export function isNationalityWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i|ic|ss|ek)$/u.test(word);
}

/**
 * "in A, in northern B", "near A, in B": a phrase with "in" right after the comma of a name that is itself where
 * something happens, closing the sentence or a clause, says where the name lies (not "in A, in B and in C", a list
 * of places; nor "in A, in May"; nor after "west of A" or "with A", where "in B" is where the sentence's actor is).
 */
function placeAfterComma(reading: Reading, mention: ResolvedMention): number[] {
  const { tree, view } = reading;
  if (view.words[mention.tokenEnd] !== ',' || view.words[mention.tokenEnd + 1] !== 'in') return [];
  // The name opens with a preposition of place, or follows the comma of a name that does ("in A, B, in C").
  const before = view.words[mention.tokenStart - 1] === ',' ? view.mentionAt[mention.tokenStart - 2] : undefined;
  const opening = (before ?? mention).tokenStart - 1;
  if (!LOCATING_PREPOSITIONS.has(view.words[opening] ?? '')) return [];
  return phraseOpeningAt(tree, mention.tokenEnd + 1).filter((nominal) => {
    const place = view.mentionAt[nominal];
    if (!place || place.tokenEnd !== nominal + 1) return false;
    const after = view.words[place.tokenEnd] ?? '';
    return ['.', ';', ')'].includes(after) || (after === ',' && !['in', 'and', 'or'].includes(view.words[place.tokenEnd + 1] ?? ''));
  });
}

function readPlace(reading: Reading, head: number, mention: ResolvedMention, type: EntityType | undefined, add: Add): void {
  const { tree, view } = reading;
  const containers = type ? CONTAINERS[type] : undefined;
  if (!containers) return;
  const inside = (other: ResolvedMention) => containers.has(view.typeOf(other.entity) as EntityType);
  // "in B" right after a name is read as its place even where the parser hangs it on the verb ("crashed at
  // the A Airport in B"), the commonest misattachment of a prepositional phrase.
  // Not when the name is itself a phrase's complement that "in B" more likely goes with ("ran for the A in B",
  // "a meeting of A in B"); a place noun's name is the place ("the town of A in B").
  const own = prepositionOf(tree, head);
  // "dressed as the A in B", "served as A in B": what follows "as" is a guise or a role, not a thing placed.
  if (own === 'as') return;
  const governor = tree.parse.head[head]!;
  const complement = own === 'for' || ((own === 'of' || own === 'in') && tree.parse.upos[governor] === 'NOUN' && !PLACE_NOUNS.has(lemmaOf(tree, governor)));
  // "the A cathedral in B", "A station in B": a name before the kind of building it names is placed as the building.
  const building = tree.parse.deprel[head] === 'compound' && tree.parse.head[head] === mention.tokenEnd && FACILITY_HEADS.has(view.words[mention.tokenEnd]!) ? mention.tokenEnd : -1;
  const following = complement || reading.headed.get(head) !== mention ? [] : building >= 0 ? [...dependents(tree, building, 'nmod'), ...phraseOpeningAt(tree, building + 1)] : [...phraseOpeningAt(tree, mention.tokenEnd), ...placeAfterComma(reading, mention)];
  // "the Valdorian city of A", "Valdoria's port of A": a place noun that stands for the place after its "of" places
  // it where its modifier says.
  if (reading.headed.get(head) !== mention && PLACE_NOUNS.has(lemmaOf(tree, head))) {
    // (Not a name before an area's noun: "the Lindholm region of A" lies in A, read below.)
    const areaName = AREA_NOUNS.has(lemmaOf(tree, head)) ? dependents(tree, head, 'compound') : [];
    for (const modifier of dependents(tree, head, 'amod', 'compound', 'nmod:poss').filter((m) => !areaName.includes(m))) {
      const place = headedOrCovering(reading, modifier);
      // A country, region or city that holds it; not a sea it lies on ("the Red Sea port town of A").
      const holds = ['Country', 'Region', 'City'].includes(view.typeOf(place?.entity ?? '') ?? '');
      if (place && place !== mention && holds && !view.words[modifier]!.includes('-') && inside(place)) add(mention, place, 'LOCATED_IN', lemmaOf(tree, head));
    }
  }
  // "the Lindholm area of Vestria": a place named before a place noun lies in the place after the noun's "of".
  const area = tree.parse.head[head]!;
  if (reading.headed.get(head) === mention && tree.parse.deprel[head] === 'compound' && area > head && AREA_NOUNS.has(lemmaOf(tree, area))) {
    for (const of of dependents(tree, area, 'nmod').filter((n) => prepositionOf(tree, n) === 'of')) {
      for (const place of entitiesAt(reading, of)) if (place !== mention && inside(place)) add(mention, place, 'LOCATED_IN', lemmaOf(tree, area));
    }
  }
  // "the Chile-based A", "A, a Chile-based firm": the place something is based in contains it; so does "the
  // Chile-based A group", where the name modifies its kind's noun.
  const kindNoun = ['amod', 'compound'].includes(tree.parse.deprel[head]!) && governor > head && isOrganisationKind(lemmaOf(tree, governor)) ? [governor] : [];
  for (const described of [head, ...dependents(tree, head, 'appos'), ...kindNoun]) {
    for (const modifier of dependents(tree, described, 'amod', 'compound')) {
      const place = /-based$/i.test(view.words[modifier] ?? '') ? view.mentionAt[modifier] : undefined;
      if (place && place !== mention && inside(place)) add(mention, place, 'LOCATED_IN', 'based');
    }
  }
  // "A, a city in B", "A is the largest Valdorian city", "A, the capital of B": a place described as a place
  // noun lies in the place that noun is placed in (not a "sister city" or a "twin town", which lie elsewhere);
  // "A is a territory of B" is part of B.
  // "A became the first country in B", "made A the first country in B" (as a fact: not denied, not "will").
  const made = governor >= 0 && statesRoleAsFact(tree, governor) ? madeInto(tree, head, governor) : [];
  const descriptions = [
    // An "apposition" with a subject of its own is a clause the parser misread ("A, when the country was a colony").
    ...dependents(tree, head, 'appos').filter((d) => !dependents(tree, d, 'nsubj', 'cop').length),
    ...(tree.parse.deprel[head] === 'nsubj' && governor >= 0 && dependents(tree, governor, 'cop').length ? [governor] : []),
    ...made,
  ].filter((d) => {
    const lemma = lemmaOf(tree, d);
    // "A, Valdoria's largest lender", "A, a research centre in B": an organisation described by its kind lies where
    // the kind is placed — only right after the name's comma ("A for B, a local school in C" describes B), and not
    // with a participle whose place the phrase may be ("a banned organisation in C").
    const described = tree.parse.deprel[d] !== 'appos' || d - phraseLength(tree, d) === mention.tokenEnd + 1;
    const organisation = type === 'Organization' && isOrganisationKind(lemma) && described && !dependents(tree, d, 'amod').some((m) => /ed$/.test(view.words[m]!));
    const kind = PLACE_NOUNS.has(lemma) || CITY_PART_NOUNS.has(lemma) || TERRITORY_NOUNS.has(lemma) || organisation;
    return /^\p{Ll}/u.test(view.sentence.tokens[d]!.norm) && kind && !dependents(tree, d, 'amod', 'compound').some((m) => PAIRED_PLACE_WORDS.has(lemmaOf(tree, m)));
  });
  for (const description of descriptions) {
    // The place's phrase may hang on the verb, right after the description ("made A the first country in B").
    const after = made.includes(description) ? phraseOpeningAt(tree, description + 1) : [];
    // "A, a port town on a river in B": what lies on or by a feature that lies in B lies in B.
    const byFeature = dependents(tree, description, 'nmod').filter((n) => FEATURE_PREPOSITIONS.has(prepositionOf(tree, n) ?? '') && tree.parse.upos[n] === 'NOUN' && !entityOf(reading, n));
    const placed = [
      ...[...dependents(tree, description, 'nmod'), ...after].filter((n) => ['in', 'of'].includes(prepositionOf(tree, n) ?? '')).flatMap((n) => entitiesAt(reading, n)),
      ...byFeature.flatMap((n) => dependents(tree, n, 'nmod').filter((m) => prepositionOf(tree, m) === 'in')).flatMap((m) => entitiesAt(reading, m)),
      // Not a hyphened modifier ("a Valdoria-backed group" lies nowhere by it; "-based" is read above).
      ...dependents(tree, description, 'amod', 'compound', 'nmod:poss').filter((m) => !view.words[m]!.includes('-')).map((m) => headedOrCovering(reading, m)).filter((m): m is ResolvedMention => m !== undefined),
    ];
    const lemma = lemmaOf(tree, description);
    // A territory is part of its country, and so is a state body ("B's parliament, the A Assembly").
    const partOf = (place: ResolvedMention) => TERRITORY_NOUNS.has(lemma) || (type === 'Organization' && STATE_BODY_HEADS.has(lemma) && view.typeOf(place.entity) === 'Country');
    // A city's part lies in a city ("A, a suburb of B"), where two cities otherwise never contain each other.
    // A suburb lies in nothing else ("A was a mere suburb of B" of two magazines typed as places).
    const cityPart = CITY_PART_NOUNS.has(lemma) && (type === 'City' || type === 'Location');
    const onlyCityPart = CITY_PART_NOUNS.has(lemma) && !PLACE_NOUNS.has(lemma);
    const holds = (place: ResolvedMention) => (cityPart && view.typeOf(place.entity) === 'City') || (!onlyCityPart && inside(place));
    for (const place of placed) if (place !== mention && holds(place)) add(mention, place, partOf(place) ? 'PART_OF' : 'LOCATED_IN', lemma);
  }
  // "Valdoria's Kessel University": a place that owns a site or a body contains it. ("The Safety Committee of
  // Valdoria" is one name, which the tagger may split: no relation is read inside it.) Not a body's adjective
  // before a person's name or title: "Valdoria's Morvanic senator A" places the senator, not the party.
  const described = tree.parse.head[head]!;
  const describesNext =
    ['amod', 'compound', 'nmod:desc'].includes(tree.parse.deprel[head] ?? '') &&
    described > head &&
    (isPersonNoun(lemmaOf(tree, described)) || view.typeOf(view.mentionAt[described]?.entity ?? '') === 'Person');
  const owners = describesNext ? [] : dependents(tree, head, 'nmod:poss').map((owner) => reading.headed.get(owner));
  // "Valdoria's state-owned Kessel Mining", wherever the parser hung the possessive: only adjectives and
  // participles may stand between it and the name.
  if (reading.headed.get(head) === mention && !describesNext) {
    let t = mention.tokenStart - 1;
    while (t > mention.tokenStart - 3 && /^\p{Ll}/u.test(view.sentence.tokens[t]?.norm ?? '') && ['ADJ', 'VERB'].includes(tree.parse.upos[t] ?? '')) t -= 1;
    if (isPossessive(view, t)) owners.push(view.mentionAt[t - 1]);
  }
  // "B's A, C and D": the bodies listed after a possessive are all B's, however the parser read the list.
  if (!owners.length && type === 'Organization' && reading.headed.get(head) === mention) {
    const first = firstListed(view, mention);
    if (first !== mention && isPossessive(view, first.tokenStart - 1)) owners.push(view.mentionAt[first.tokenStart - 2]);
  }
  // A country's own bodies are parts of it ("B's Ministry of Defence"); other bodies and sites lie in it.
  const stateBody = type === 'Organization' && isStateBodyName(view, mention);
  for (const place of owners) {
    if (!place || place === mention || !PLACE_TYPES.has(view.typeOf(place.entity) ?? '') || !inside(place)) continue;
    add(mention, place, stateBody && view.typeOf(place.entity) === 'Country' ? 'PART_OF' : 'LOCATED_IN', "'s");
  }
  // "B's Institute for A", "B's Industrial Division": a unit a body owns, by its name's head word, is a part of it
  // (not what else a body's name owns: "B's Code of Ethics", "B's Divinity School Address").
  if (type === 'Organization' && isUnitName(view, mention)) {
    for (const owner of owners) if (owner && owner !== mention && view.typeOf(owner.entity) === 'Organization') add(mention, owner, 'PART_OF', "'s");
  }
  // A body introduced by its kind after a place lies there: "Valdorian airline Kessel Air", "Valdoria's largest
  // lender Kessel Bank", "the Valdoria distribution company Kessel Media". Lower-case words of its field may stand
  // between the place and the kind, but not after a nationality: "the French news channel A" names a channel's
  // origin, which the relation gold does not take for where it lies. So does a city after its kind ("the
  // Valdorian capital Arn"), whose nationality is where it lies.
  const kind = mention.tokenStart - 1;
  const city = type === 'City' && kind >= 0 && PLACE_NOUNS.has(view.words[kind]!);
  if (kind >= 0 && ((type === 'Organization' && isOrganisationKind(lemmaOf(tree, kind))) || city) && reading.headed.get(head) === mention) {
    let t = kind - 1;
    while (t > kind - 4 && /^\p{Ll}/u.test(view.sentence.tokens[t]?.norm ?? '') && ['ADJ', 'NOUN', 'VERB'].includes(tree.parse.upos[t] ?? '')) t -= 1;
    const possessive = isPossessive(view, t);
    if (possessive) t -= 1;
    const place = view.mentionAt[t];
    const nationality = place !== undefined && isNationalityWord(view.sentence.tokens[t]!.norm);
    const adjacent = t === kind - 1;
    if (place && place.tokenEnd === t + 1 && (possessive || adjacent || !nationality || city) && PLACE_TYPES.has(view.typeOf(place.entity) ?? '') && inside(place)) add(mention, place, 'LOCATED_IN', view.words[kind]!);
  }
  // "A, B and C in D": the parser hangs "in D" on the list's first item or its last, and it places every item
  // (only names may stand between, below).
  const firstItem = tree.parse.deprel[head] === 'conj' ? tree.parse.head[head]! : head;
  // Items are names: a name the parser joined to a common noun ("a meeting of A in B") is in no list.
  const items = [firstItem, ...dependents(tree, firstItem, 'conj')].filter((item) => reading.headed.has(item));
  const lastItem = reading.headed.get(Math.max(...items));
  const listed = complement ? [] : [...items.flatMap((item) => dependents(tree, item, 'nmod')), ...(lastItem ? phraseOpeningAt(tree, lastItem.tokenEnd) : [])].filter((n) => n > head);
  for (const nominal of new Set([...dependents(tree, head, 'nmod'), ...following, ...listed])) {
    const preposition = prepositionOf(tree, nominal);
    if (preposition !== 'in' && preposition !== 'at') continue;
    // Only names, commas, "and" and an acronym in brackets may stand between a place and its container ("A, B and
    // C in D", "A (AU) in C"): a list's next item is none ("21 in A, 36 in B", which the parser may hang on A).
    const opening = Math.min(nominal, ...dependents(tree, nominal, 'case'));
    let between = true;
    for (let t = building >= 0 ? building + 1 : mention.tokenEnd; t < opening && between; t += 1) {
      if (view.words[t] === '(' && view.words[t + 2] === ')') t += 2;
      else between = view.words[t] === ',' || view.words[t] === 'and' || view.mentionAt[t] !== undefined;
    }
    if (!between) continue;
    // "in A and B" names two places, neither of which need contain the first.
    const places = entitiesAt(reading, nominal);
    if (places.length === 1 && inside(places[0]!)) add(mention, places[0]!, 'LOCATED_IN', preposition);
    // "the A School of Medicine at B University": a unit, by its name's head word, is a part of the body it is at
    // (one its name says is a body: a city the tagger took for one holds a college, it does not own it).
    else if (places.length === 1 && type === 'Organization' && isUnitName(view, mention) && namesBody(view, places[0]!)) add(mention, places[0]!, 'PART_OF', preposition);
  }
}
