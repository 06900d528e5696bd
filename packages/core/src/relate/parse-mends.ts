/**
 * Known misreadings of the parser put right before the relation reader walks a sentence's parse: an ordered list
 * of mends, each a pure function of the parse (with the sentence's words and name spans) that re-hangs words the
 * parser is known to hang wrongly; then the labels a mended parse still misreads, and phrasal verbs read as the one
 * word of their sense. Each mend is pinned by a test and measured on EWT train (docs/relations.md).
 */
import type { TokenParse } from '../nlp/parse/index.js';
import type { RelationType } from '../vocabulary/relation-types.js';
import { HELD_ROLES, PERSON_TITLES, VESSEL_NOUNS } from '../nlp/lexicon.js';
import { nounRelations, verbRelations } from './event-lexicon.js';
import { ADVERBIAL_CLAUSE_OPENERS, ADVERSE_VERDICTS, AID_MODIFIERS, BLAMED_PREDICATES, CANDIDATE_NOUNS, CLAIMING_VERBS, CONTACT_MEANS, CROSSING_NOUNS, DELEGATE_NOUNS, ECONOMIC_PRESSURE_NOUNS, ENVOY_NOUNS, FRONT_NOUNS, GIFT_VERBS, GIVING_BACK_PARTICLES, GIVING_BACK_VERBS, GIVING_VERBS, CARRYING_VERBS, HOLDING_PARTICIPLES, RETURNING_VERBS, INFINITIVE_NOUNS, INTENDING_VERBS, isAidNoun, isOrganisationKind, isPersonNoun, LIGHT_VERBS, MUTUAL_EVENTS, NOUN_PHRASE_PREPOSITIONS, PHRASAL_VERB_SENSES, PLACE_PREPOSITIONS, RELATIVE_PRONOUNS, REPORTING_VERBS, RESTRICTION_NOUNS, ROUND_NOUNS, SAME_IN_PLURAL, SIDE_DESCRIPTORS, SUPPLYING_VERBS, TIME_NOUNS, VERDICT_VERBS } from './syntax-words.js';

/** The tokens a name covers, from `start` up to `end`. */
export interface NameSpan {
  start: number;
  end: number;
}

/** A parse mend: a sentence's parse with one known misreading put right (or the parse itself where it has none). */
type Mend = (parse: TokenParse, forms: readonly string[], names: readonly NameSpan[]) => TokenParse;

/**
 * The mends, in the order they run: each reads the parse as the ones before it left it. (Those that read no words
 * ignore `forms`.)
 */
const MENDS: readonly Mend[] = [
  withVesselNames,
  withNamesAsModifiers,
  withNamesBeforeBareNouns,
  withPossessorsOnCompoundHeads,
  withHyphenatedParticiplesAsModifiers,
  withVerbsReadAsAuxiliaries,
  withVerbsAfterLongSubjects,
  withPrepositionsOffPossessors,
  withModifiersOfNominalAdjectives,
  withSubjectNamesJoined,
  withHeadlinePairsJoined,
  withNounsJoinedToObjects,
  withPhrasesOffParticles,
  withObjectsAfterParticles,
  withNumbersBeforeParticiples,
  withParticiplesAfterObjects,
  withVerbsReadAsModifiers,
  withVerbsOfNounClauses,
  withCompoundObjectsJoined,
  withHeadsOfBarePhrases,
  withSubjectsOfNounsAsModifiers,
  withNamesBeforeVerbsAsSubjects,
  withOpeningModifiersAsSubjects,
  withGerundsBeforeNouns,
  withReducedRelatives,
  withAdjectivePhrasesOfSubjects,
  withReducedRelativesBeforeAuxiliaries,
  withPlacesBeforeRelativeClauses,
  withPartiesOffMeans,
  withAgentsOffObliques,
  withAgentsOfEventNouns,
  withMakersOfObliques,
  withReceiversOffAgents,
  withPredicatesAfterRelatives,
  withConjunctsOffAppositions,
  withSubjectsJoinedAfterAppositions,
  withCompoundsSplitAtConjunctions,
  withBareNounClausesAsObjects,
  withSubjectsOfReportedClauses,
  withSpeakersOfBodies,
  withOpeningParticiplesAsModifiers,
  withInfinitivesAfterTimes,
  withNamesUnderTitles,
  withSubjectsNamedAfterTitles,
  withNamesBeforeTimes,
  withPhrasesOffTimes,
  withPhrasesOffRounds,
  withCrossingPartiesOffMeasures,
  withHoldingParticiplesOffEvents,
  withPrepositionalPhrasesAsObliques,
  withNamesAfterBodyTitles,
  withPrepositionsOffModifiers,
  withTitledNamesAfterPrepositions,
  withRolesBeforeNames,
  withVerbsOfRootNames,
  withThingsGivenAsObjects,
  withReceiversOfGifts,
  withReceiversAfterGifts,
  withNamesAfterTitles,
  withTitlesAfterNamesAsAppositions,
  withDescriptionsAfterNames,
  withParticipleDescriptionsAfterNames,
  withDescriptionsOfObjects,
  withDescriptionsOfSubjects,
  withPhrasesAfterDescriptions,
  withModifiersOffVerbs,
  withVerdictsOnObjects,
  withObjectsBeforeMarkers,
  withInfinitivesOfObjectNouns,
  withObjectsOfBareRelatives,
  withSourcesOnVerbs,
  withGroundLeftOnVerbs,
  withSecondSubjectsAsModifiers,
  withFrontedSubjects,
  withSubjectsOfJoinedClauses,
  withPossessedParticiples,
  withParticiplesBeforeObjects,
  withParticiplesAmidNouns,
  withFrontiersAfterTo,
  withListsContinued,
  withPlacesBeforeParticiples,
  withMeansOnVerbs,
  withVerbsWithSubjectsAsClauses,
  withClausesUnderThat,
  withThatClausesOnVerbsBefore,
  withThatClausesOfObjects,
];
/** The parse with every mend applied, in order. */
export function mendedParse(parsed: TokenParse, forms: readonly string[], names: readonly NameSpan[]): TokenParse {
  return MENDS.reduce((mended, mend) => mend(mended, forms, names), parsed);
}


/**
 * "returned the trawler A to B" read with the ship's name as the verb's oblique and "to B" under the name: a name right
 * after a ship's noun names the ship, in apposition, and the phrases after it that the parser hung on the name are
 * the verb's, where the name hung.
 */
function withVesselNames(parse: TokenParse, _forms: readonly string[], names: readonly NameSpan[]): TokenParse {
  const mended = reattachments(parse);
  for (const { start, end } of names) {
    const noun = start - 1;
    if (noun < 0 || parse.upos[noun] !== 'NOUN' || !VESSEL_NOUNS.has(parse.lemma[noun]!.toLowerCase())) continue;
    const inName = (t: number) => t >= start && t < end;
    const top = [...Array(end - start).keys()].map((k) => start + k).find((t) => !inName(parse.head[t]!));
    const governor = parse.head[noun]!;
    // (Only a name hung beside the noun, on its own head, with no preposition of its own.)
    if (top === undefined || governor < 0 || parse.head[top] !== governor || childrenIn(parse, top).some((c) => c < start && parse.deprel[c] === 'case')) continue;
    mended.attach(top, noun, 'appos');
    for (const phrase of childrenIn(parse, top).filter((c) => c >= end && ['nmod', 'obl'].includes(parse.deprel[c]!) && childrenIn(parse, c).some((d) => parse.deprel[d] === 'case'))) {
      mended.attach(phrase, governor, parse.upos[governor] === 'VERB' ? 'obl' : 'nmod');
    }
  }
  return mended.result();
}

/**
 * "allowed a B Union civilian monitoring mission to deploy", "a B Fund shipment of vaccines arrived" read with the
 * name as the phrase's head and the words after it a clause or a conjunct: "a" before a name of several words and a
 * run of describing words ending in a noun opens one noun phrase, whose head is that noun and which the name
 * describes; the noun takes the place in the sentence the phrase had.
 */
function withNamesAsModifiers(parse: TokenParse, forms: readonly string[], names: readonly NameSpan[]): TokenParse {
  const mended = reattachments(parse);
  for (const { start, end } of names) {
    if (end - start < 2 || !['a', 'an'].includes(parse.lemma[start - 1]?.toLowerCase() ?? '') || parse.upos[start - 1] !== 'DET') continue;
    let after = end;
    while (after < parse.upos.length && (['ADJ', 'NOUN'].includes(parse.upos[after]!) || (parse.upos[after] === 'VERB' && /ing$/i.test(forms[after] ?? '')))) after += 1;
    const noun = after - 1;
    if (noun < end || parse.upos[noun] !== 'NOUN') continue;
    // Where the phrase hangs: the first word of it whose head lies outside it (not its article).
    const inPhrase = (t: number) => t >= start - 1 && t <= noun;
    const top = [...Array(noun - start + 1).keys()].map((k) => start + k).find((t) => !inPhrase(parse.head[t]!));
    if (top === undefined || !inPhrase(parse.head[start - 1]!)) continue;
    mended.attach(noun, parse.head[top]!, parse.deprel[top]!);
    mended.attach(start - 1, noun, 'det');
    const last = end - 1;
    for (let t = start; t < end; t += 1) if (t !== last && !(parse.head[t]! >= start && parse.head[t]! < end)) mended.attach(t, last, 'compound');
    mended.attach(last, noun, 'compound');
    for (let t = end; t < noun; t += 1) mended.attach(t, noun, parse.upos[t] === 'NOUN' ? 'compound' : 'amod');
  }
  return mended.result();
}

/**
 * "allowed a team of B human rights investigators into …" read with the name ending the phrase and the words after it
 * an oblique with no preposition: a name with a preposition of its own, right before a run of describing words
 * ending in a noun of people that has none, describes that noun, which takes the name's place.
 */
function withNamesBeforeBareNouns(parse: TokenParse, _forms: readonly string[], names: readonly NameSpan[]): TokenParse {
  const mended = reattachments(parse);
  for (const { start, end } of names) {
    const inName = (t: number) => t >= start && t < end;
    const top = [...Array(end - start).keys()].map((k) => start + k).find((t) => !inName(parse.head[t]!));
    const marker = top === undefined ? undefined : childrenIn(parse, top).find((c) => c < start && parse.deprel[c] === 'case');
    if (top === undefined || marker === undefined || parse.deprel[top] !== 'nmod' || parse.head[top]! >= end) continue;
    let after = end;
    while (after < parse.upos.length && ['ADJ', 'NOUN'].includes(parse.upos[after]!)) after += 1;
    const noun = after - 1;
    if (noun < end || parse.upos[noun] !== 'NOUN' || !isPersonNoun(parse.lemma[noun]!.toLowerCase())) continue;
    const head = parse.head[noun]!;
    if ((head >= start && head <= noun) || !['obl', 'nmod'].includes(parse.deprel[noun]!) || childrenIn(parse, noun).some((c) => parse.deprel[c] === 'case')) continue;
    mended.attach(noun, parse.head[top]!, 'nmod');
    mended.attach(marker, noun, 'case');
    mended.attach(top, noun, 'compound');
    for (let t = end; t < noun; t += 1) if (!(parse.head[t]! > t && parse.head[t]! <= noun)) mended.attach(t, noun, parse.upos[t] === 'NOUN' ? 'compound' : 'amod');
  }
  return mended.result();
}

/**
 * "endorsed B's debt restructuring plan" read with "B's" on "debt": a possessor before a run of nouns is the last
 * one's, the head they modify.
 */
function withPossessorsOnCompoundHeads(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, possessor) => {
    let head = parse.head[possessor]!;
    if (relation !== 'nmod:poss' || head < possessor || parse.deprel[head] !== 'compound') return;
    while (head >= 0 && parse.deprel[head] === 'compound' && parse.head[head]! > head) head = parse.head[head]!;
    if (head !== parse.head[possessor] && ['NOUN', 'PROPN'].includes(parse.upos[head]!)) mended.attach(possessor, head, 'nmod:poss');
  });
  return mended.result();
}

/**
 * "Justice Secretary Ana Rell was sworn in" read with the capitalised title as the subject and the name flat under
 * it: the name is the subject, and the title describes it, as when the parser reads it so.
 */
function withNamesUnderTitles(parse: TokenParse): TokenParse {
  const nameOf = new Map<number, number>();
  parse.deprel.forEach((relation, title) => {
    const name = title + 1;
    if (parse.upos[title] !== 'PROPN' || ['flat', 'compound'].includes(relation) || !PERSON_TITLES.has(parse.lemma[title]!.toLowerCase())) return;
    if (parse.head[name] === title && parse.deprel[name] === 'flat' && parse.upos[name] === 'PROPN') nameOf.set(title, name);
  });
  const mended = reattachments(parse);
  // What hung on a title hangs on its name ("Secretary A and Senator B": B's title on A's).
  const on = (head: number) => nameOf.get(head) ?? head;
  for (const [title, name] of nameOf) {
    mended.attach(name, on(parse.head[title]!), parse.deprel[title]!);
    mended.attach(title, name, 'compound');
    // The title keeps what describes it ("US", "the Turkish"); the rest of the name, and what joins or opens the
    // phrase ("and", "of"), goes to the name.
    let end = name + 1;
    while (parse.upos[end] === 'PROPN' && parse.head[end] === title && ['flat', 'appos'].includes(parse.deprel[end]!)) end += 1;
    for (const t of childrenIn(parse, title)) {
      if (t > name && t < end) mended.attach(t, name, 'flat');
      else if ((t > name || ['cc', 'case', 'punct', 'mark'].includes(parse.deprel[t]!)) && !nameOf.has(t)) mended.attach(t, name, parse.deprel[t]!);
    }
  }
  return mended.result();
}

/**
 * "A threatened on Monday to seize B's assets" read with the infinitive as a clause of purpose, the day between them:
 * after a verb of intent with no object, an infinitive past its time or place is what the verb intends (its xcomp),
 * as it is with nothing between.
 */
function withInfinitivesAfterTimes(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, infinitive) => {
    const verb = parse.head[infinitive]!;
    const to = infinitive - 1;
    if (relation !== 'advcl' || verb < 0 || verb + 1 >= to || parse.upos[infinitive] !== 'VERB' || parse.upos[verb] !== 'VERB' || parse.lemma[to]!.toLowerCase() !== 'to' || parse.head[to] !== infinitive) return;
    // (A clause the parser hung on the verb after the infinitive is no object of it: "threatened on Monday to expel
    // B's envoy over comments he made".)
    if (!INTENDING_VERBS.has(parse.lemma[verb]!.toLowerCase()) || childrenIn(parse, verb).some((t) => (t < infinitive || parse.deprel[t] !== 'ccomp') && /^(?:obj|iobj|ccomp|xcomp)$/.test(parse.deprel[t]!))) return;
    for (let t = verb + 1; t < to; t += 1) if (parse.upos[t] === 'PUNCT' || !reaches(parse, t, verb, 3)) return;
    mended.attach(infinitive, verb, 'xcomp');
  });
  return mended.result();
}

/**
 * "Jailed opposition politician A began a hunger strike" read with "Jailed" as a clause that is the verb's subject and
 * the person its object: a participle opening the sentence, before the sentence's verb and its missing subject,
 * describes the noun after it, which is the subject.
 */
function withOpeningParticiplesAsModifiers(parse: TokenParse, forms: readonly string[]): TokenParse {
  const participle = 0;
  const verb = parse.head[participle]!;
  if (parse.upos[participle] !== 'VERB' || !/(?:ed|en)$/.test(forms[participle] ?? '') || !['csubj', 'advcl', 'nsubj'].includes(parse.deprel[participle]!) || verb <= participle) return parse;
  // "Jailed B opposition politician A began …": describing words, then a name, right up to the verb: the name is the
  // subject, and the participle and the words before the name describe it, however the parser hung them.
  let end = participle + 1;
  while (end < verb && ['ADJ', 'NOUN', 'PROPN'].includes(parse.upos[end]!)) end += 1;
  let name = end - 1;
  while (name > participle + 1 && parse.upos[name - 1] === 'PROPN') name -= 1;
  const subjects = childrenIn(parse, verb).filter((t) => /^nsubj/.test(parse.deprel[t]!));
  if (end === verb && parse.upos[end - 1] === 'PROPN' && name > participle + 1 && subjects.every((t) => t >= participle && t < end)) {
    const mended = reattachments(parse);
    mended.attach(name, verb, 'nsubj');
    mended.attach(participle, name, 'amod');
    for (let t = participle + 1; t < end; t += 1) {
      if (t === name) continue;
      const inside = parse.head[t]! > participle && parse.head[t]! < end && parse.head[t] !== t;
      if (t > name) mended.attach(t, name, 'flat');
      else if (!inside || parse.head[t]! >= name || parse.deprel[t] === 'acl' || parse.deprel[t] === 'obj') mended.attach(t, name, parse.upos[t] === 'ADJ' ? 'amod' : 'compound');
    }
    return mended.result();
  }
  const own = childrenIn(parse, participle);
  // (Or read as its agent with no "by": "Ousted president A accused B".)
  const object = own.find((t) => t < verb && (parse.deprel[t] === 'obj' || (parse.deprel[t] === 'obl:agent' && !childrenIn(parse, t).some((c) => parse.deprel[c] === 'case'))));
  if (object === undefined || own.some((t) => t !== object && /^(?:nsubj|aux|mark|obl)/.test(parse.deprel[t]!)) || childrenIn(parse, verb).some((t) => /^nsubj/.test(parse.deprel[t]!))) return parse;
  const mended = reattachments(parse);
  mended.attach(object, verb, 'nsubj');
  mended.attach(participle, object, 'amod');
  return mended.result();
}

/**
 * "South Valdorian Foreign Minister A criticised B" read with "South" as the subject and the name its apposition: a
 * name right after a title, with no comma before it, is no apposition but the phrase's head, so it is the subject and
 * the words before it describe it.
 */
function withSubjectsNamedAfterTitles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, subject) => {
    const verb = parse.head[subject]!;
    if (relation !== 'nsubj' || verb < subject || parse.upos[subject] !== 'PROPN') return;
    const name = childrenIn(parse, subject).find((t) => t > subject && parse.deprel[t] === 'appos' && parse.upos[t] === 'PROPN');
    if (name === undefined || name > verb || !PERSON_TITLES.has(parse.lemma[name - 1]!.toLowerCase()) || PERSON_TITLES.has(parse.lemma[name]!.toLowerCase())) return;
    // (Not where the verb has a second subject, the rest of the name: read as one by withSecondSubjectsAsModifiers.)
    if (childrenIn(parse, verb).some((t) => t !== subject && /^nsubj/.test(parse.deprel[t]!))) return;
    // Only the phrase's own words between, no comma.
    for (let t = subject + 1; t < name; t += 1) if (!['PROPN', 'ADJ'].includes(parse.upos[t]!) || !reaches(parse, t, subject, 4)) return;
    mended.attach(name, verb, 'nsubj');
    mended.attach(subject, name, 'compound');
  });
  return mended.result();
}

/**
 * "A accused the B Alliance of rigging the vote" read with B as the subject of "rigging" and "of" between them: a
 * subject never comes before its own clause's "of", so it is the object of the verb the clause hangs on.
 */
function withObjectsBeforeMarkers(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, subject) => {
    const clause = parse.head[subject]!;
    const verb = clause >= 0 ? parse.head[clause]! : -1;
    if (relation !== 'nsubj' || clause <= subject || verb < 0 || verb > subject || parse.upos[verb] !== 'VERB') return;
    if (!childrenIn(parse, clause).some((c) => c > subject && c < clause && ['mark', 'case'].includes(parse.deprel[c]!) && parse.lemma[c] === 'of')) return;
    if (childrenIn(parse, verb).some((c) => parse.deprel[c] === 'obj')) return;
    mended.attach(subject, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A alleged that B had bribed officials" read with the participle as an adjective of the noun after it: a verb with
 * its own subject says something of its own, so it heads a clause (the noun's place under the verb before, as its
 * complement, or as an adverbial clause after "when", "after", …) and the noun is its object.
 */
function withVerbsWithSubjectsAsClauses(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const noun = parse.head[participle]!;
    if (relation !== 'amod' || parse.upos[participle] !== 'VERB' || noun <= participle || !['NOUN', 'PROPN'].includes(parse.upos[noun]!)) return;
    const own = childrenIn(parse, participle);
    if (!own.some((c) => c < participle && /^nsubj/.test(parse.deprel[c]!) && !RELATIVE_PRONOUNS.has(parse.lemma[c]!.toLowerCase()))) return;
    const head = parse.head[noun]!;
    if (head < 0 || parse.upos[head] !== 'VERB' || parse.deprel[noun] !== 'obj') return;
    // ("… were killed when B aircraft bombed villages": a clause opened by "when" says when, not what.)
    const adverbial = own.some((c) => c < participle && ['mark', 'advmod'].includes(parse.deprel[c]!) && ADVERBIAL_CLAUSE_OPENERS.has(parse.lemma[c]!.toLowerCase()));
    mended.attach(participle, head, adverbial ? 'advcl' : 'ccomp');
    mended.attach(noun, participle, 'obj');
    for (const c of childrenIn(parse, noun)) if (c < participle && parse.deprel[c] === 'mark') mended.attach(c, participle, 'mark');
  });
  return mended.result();
}

/**
 * "A alleged on Tuesday that B had sent balloons", read with "that" hung on the day and the clause's verb on "that":
 * a clause's "that" marks it, and the clause is the complement of the verb the "that" hangs under.
 */
function withClausesUnderThat(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.lemma.forEach((lemma, that) => {
    if (lemma.toLowerCase() !== 'that' || parse.upos[that] !== 'SCONJ' || parse.deprel[that] === 'mark') return;
    const clause = childrenIn(parse, that).find((c) => c > that && parse.upos[c] === 'VERB' && ['ccomp', 'acl', 'advcl', 'dep', 'acl:relcl'].includes(parse.deprel[c]!));
    if (clause === undefined || !childrenIn(parse, clause).some((c) => /^nsubj/.test(parse.deprel[c]!))) return;
    let verb = parse.head[that]!;
    while (verb >= 0 && parse.upos[verb] !== 'VERB') verb = parse.head[verb]!;
    if (verb < 0) return;
    mended.attach(clause, verb, 'ccomp');
    mended.attach(that, clause, 'mark');
  });
  return mended.result();
}

/**
 * "A dropped its demand that B halt the dredging" read with the clause a conjunct of the verb: a clause with its own
 * subject and no "and", opened by "that" right after the verb's object, says what the object is (UD's `acl`).
 */
function withThatClausesOfObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, clause) => {
    const verb = parse.head[clause]!;
    if (relation !== 'conj' || verb < 0 || parse.upos[clause] !== 'VERB') return;
    const own = childrenIn(parse, clause);
    const that = own.find((c) => c < clause && parse.lemma[c]!.toLowerCase() === 'that');
    const object = that === undefined ? undefined : childrenIn(parse, verb).find((c) => c === that - 1 && parse.deprel[c] === 'obj' && parse.upos[c] === 'NOUN');
    if (object === undefined || own.some((c) => parse.deprel[c] === 'cc') || !own.some((c) => c > that! && c < clause && parse.deprel[c] === 'nsubj')) return;
    mended.attach(clause, object, 'acl');
    mended.attach(that!, clause, 'mark');
  });
  return mended.result();
}

/**
 * "A demanded on Monday that B return the artefacts, the ministry said" read with the clause under the verb after it:
 * a clause opened by "that" right after a verb and what hangs on that verb (a time, a place) completes that verb.
 */
function withThatClausesOnVerbsBefore(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, clause) => {
    const head = parse.head[clause]!;
    const that = childrenIn(parse, clause).find((c) => parse.deprel[c] === 'mark' && parse.lemma[c]!.toLowerCase() === 'that');
    if (relation !== 'ccomp' || that === undefined || head <= clause) return;
    // The verb before "that", all words between them its own phrases.
    let verb = that - 1;
    while (verb >= 0 && parse.upos[verb] !== 'VERB') verb -= 1;
    if (verb < 0 || verb === head) return;
    for (let t = verb + 1; t < that; t++) if (!reaches(parse, t, verb, 4)) return;
    mended.attach(clause, verb, 'ccomp');
  });
  return mended.result();
}

/**
 * "sent aid to war-torn B", "shelled rebel-held C", "Kurdish-led forces attacked D": a hyphenated participle before a
 * nominal describes it (the treebank splits such a word, and the parser given it whole reads a verb with the nominal
 * as its object). The nominal takes the participle's place: its preposition, and its relation to what it hangs on (an
 * oblique where the participle was read as a clause after a preposition, a subject where it was one, an object
 * where it was read as a verb joined to the verb before it).
 */
function withHyphenatedParticiplesAsModifiers(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, participle) => {
    const nominal = participle + 1;
    if (!/^[\p{L}]+-\p{Ll}+(?:ed|en|n|t|d)$/u.test(forms[participle] ?? '') || !['NOUN', 'PROPN'].includes(parse.upos[nominal] ?? '')) return;
    // (Read as describing the name already, on its head word: "the Chile-based B Mining".)
    if (parse.deprel[participle] === 'amod' && parse.head[participle]! > participle) return;
    // (Tagged a noun or an adjective, it is read as a verb where the nominal is its object: "to flood-hit B".)
    if (upos !== 'VERB' && !(parse.head[nominal] === participle && /^(obj|nsubj)/.test(parse.deprel[nominal]!))) return;
    const own = childrenIn(parse, participle);
    const markers = own.filter((c) => c < participle && ['case', 'mark'].includes(parse.deprel[c]!));
    const head = parse.head[participle]!;
    if (markers.includes(head)) return;
    if (parse.head[nominal] === participle) {
      const relation = parse.deprel[participle]!;
      const headVerb = head >= 0 && parse.upos[head] === 'VERB';
      const taken = markers.length
        ? headVerb ? 'obl' : 'nmod'
        : relation === 'csubj' ? 'nsubj'
        : relation === 'conj' && headVerb && !childrenIn(parse, head).some((c) => parse.deprel[c] === 'obj') ? 'obj'
        : /^(advcl|xcomp|ccomp|acl|parataxis)/.test(relation) ? (headVerb ? 'obj' : 'nmod')
        : relation;
      mended.attach(nominal, head, taken);
    }
    for (const marker of markers) mended.attach(marker, nominal, 'case');
    mended.attach(participle, nominal, 'amod');
  });
  return mended.result();
}

/**
 * "A rejected an invitation to join B", "A accepted an offer to host the talks" read with the infinitive as the verb's
 * complement: an infinitive right after an object that such a noun heads ("invitation", "offer", "proposal") completes
 * the noun, as UD has it.
 */
function withInfinitivesOfObjectNouns(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, infinitive) => {
    const verb = parse.head[infinitive]!;
    if (relation !== 'xcomp' || verb < 0 || parse.upos[infinitive] !== 'VERB') return;
    const marker = childrenIn(parse, infinitive).find((c) => parse.deprel[c] === 'mark' && parse.lemma[c] === 'to');
    const noun = marker === undefined ? -1 : marker - 1;
    if (noun <= verb || parse.head[noun] !== verb || parse.deprel[noun] !== 'obj' || parse.upos[noun] !== 'NOUN' || !INFINITIVE_NOUNS.has(parse.lemma[noun]!.toLowerCase())) return;
    mended.attach(infinitive, noun, 'acl');
  });
  return mended.result();
}

/**
 * "A held B responsible for the attack", "C ruled the A Act void" read with B under the adjective (as its modifier
 * or subject) and the adjective a clause of its own: the party between a verb of verdict and its verdict is the
 * verb's object, and the verdict what the verb says of it.
 */
function withVerdictsOnObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, verdict) => {
    const verb = parse.head[verdict]!;
    const word = parse.lemma[verdict]!.toLowerCase();
    if (upos !== 'ADJ' || verb < 0 || verb > verdict || !VERDICT_VERBS.has(parse.lemma[verb]!.toLowerCase())) return;
    if (!BLAMED_PREDICATES.has(word) && !ADVERSE_VERDICTS.has(word)) return;
    if (!['parataxis', 'conj', 'ccomp'].includes(parse.deprel[verdict]!)) return;
    // The party is the last nominal between them, hanging on the verdict; what it has before it stays its own.
    const party = verdict - 1;
    if (party <= verb || parse.head[party] !== verdict || !['PROPN', 'NOUN', 'PRON'].includes(parse.upos[party]!)) return;
    if (childrenIn(parse, verb).some((c) => parse.deprel[c] === 'obj')) return;
    mended.attach(party, verb, 'obj');
    mended.attach(verdict, verb, 'xcomp');
  });
  return mended.result();
}

/**
 * "B's emir met C's sultan" read with "B" a possessor of the verb, "Saudi-led aircraft bombed C" with the modifier
 * on the verb: a possessor or an adjective belongs to the nominal after it (the first before the verb, past the
 * possessive's own words).
 */
function withModifiersOffVerbs(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, owner) => {
    const verb = parse.head[owner]!;
    if ((relation !== 'nmod:poss' && relation !== 'amod') || verb <= owner || parse.upos[verb] !== 'VERB') return;
    let owned = owner + 1;
    while (owned < verb && (parse.head[owned] === owner || !['NOUN', 'PROPN'].includes(parse.upos[owned]!))) owned += 1;
    // The phrase's head: a name or noun before it is its compound ("a Lima-based Zorvath spokesman").
    while (owned < verb && parse.head[owned]! > owned && parse.head[owned]! < verb && ['compound', 'flat'].includes(parse.deprel[owned]!)) owned = parse.head[owned]!;
    if (owned < verb) mended.attach(owner, owned, relation);
  });
  return mended.result();
}

/** The preposition of a nominal, before the tree's lists of dependents exist (its first "case" word). */
function caseOf(parse: TokenParse, token: number): string | undefined {
  const marker = childrenIn(parse, token).find((c) => parse.deprel[c] === 'case' && c < token);
  return marker === undefined ? undefined : parse.lemma[marker]!.toLowerCase();
}

/** A copy of a parse's heads and relations made on the first change, so that a parse nothing changes is returned as it is. */
function reattachments(parse: TokenParse): { attach(token: number, head: number, relation: string): void; result(): TokenParse } {
  let head = parse.head;
  let deprel = parse.deprel;
  return {
    attach(token, to, relation) {
      if (head === parse.head) [head, deprel] = [parse.head.slice(), [...parse.deprel]];
      head[token] = to;
      deprel[token] = relation;
    },
    result: () => (head === parse.head ? parse : { ...parse, head, deprel }),
  };
}

/** How the parser may hang a verb on the noun that is its object ("A criticised B's record", "B, C open joint post"). */
const ROOT_NOUN_VERB_RELATIONS: ReadonlySet<string> = new Set(['amod', 'obl', 'nmod', 'compound', 'dep', 'cop']);

/** Words that modify a time ("late Sunday night", "early Monday"). */
const TIME_MODIFIERS: ReadonlySet<string> = new Set(['late', 'early', 'last', 'next', 'this']);

/** Conjunctions that join a clause after a comma (", but", ", and"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** The nearest verb above `token` (within eight steps), or -1. */
function verbAbove(parse: TokenParse, token: number): number {
  let verb = parse.head[token]!;
  for (let depth = 0; verb >= 0 && parse.upos[verb] !== 'VERB' && depth < 8; depth += 1) verb = parse.head[verb]!;
  return verb >= 0 && parse.upos[verb] === 'VERB' ? verb : -1;
}

/** The first word of the phrase `token` heads: its earliest dependent before it (`own`), punctuation aside. */
function phraseStart(parse: TokenParse, token: number, own: readonly number[]): number {
  return Math.min(token, ...own.filter((t) => t < token && parse.deprel[t] !== 'punct'));
}

/** Whether `token`'s chain of heads reaches `ancestor` (or is it) within `limit` steps. */
function reaches(parse: TokenParse, token: number, ancestor: number, limit: number): boolean {
  let up = token;
  for (let depth = 0; up >= 0 && up !== ancestor && depth < limit; depth += 1) up = parse.head[up]!;
  return up === ancestor;
}

/** The tokens whose head is `token`, before the tree's lists of dependents exist. */
function childrenIn(parse: TokenParse, token: number): number[] {
  const found: number[] = [];
  parse.head.forEach((head, t) => {
    if (head === token) found.push(t);
  });
  return found;
}

/**
 * A name the parser read as a modifier of a time right after it ("on behalf of the B late Sunday night", with B a
 * compound of "night") heads its phrase, and the time goes with the verb: a day or a part of the day is named by
 * no body.
 */
function withNamesBeforeTimes(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((time, name) => {
    if (parse.deprel[name] !== 'compound' || parse.upos[name] !== 'PROPN' || time <= name + 1 || !TIME_NOUNS.has(parse.lemma[time]!.toLowerCase())) return;
    // Only time words between: "late Sunday night", "early Monday".
    for (let t = name + 1; t < time; t += 1) if (!TIME_NOUNS.has(parse.lemma[t]!.toLowerCase()) && !TIME_MODIFIERS.has(parse.lemma[t]!.toLowerCase())) return;
    // The whole time ("Sunday" under "night").
    let top = time;
    while (parse.head[top]! > top && TIME_NOUNS.has(parse.lemma[parse.head[top]!]!.toLowerCase())) top = parse.head[top]!;
    const verb = verbAbove(parse, top);
    if (verb < 0) return;
    // A bare time right after a verb that has no object: the name is the object ("will visit B next month").
    const bare = !parse.head.some((head, t) => head === top && t < name && parse.deprel[t] === 'case');
    const object = bare && parse.head[top] === verb && name === verb + 1 && !childrenIn(parse, verb).some((c) => parse.deprel[c] === 'obj');
    mended.attach(name, parse.head[top]!, object ? 'obj' : parse.deprel[top]!);
    // The phrase's preposition and article are the name's.
    parse.head.forEach((head, t) => {
      if (head === top && t < name && /^(?:case|det)$/.test(parse.deprel[t]!)) mended.attach(t, name, parse.deprel[t]!);
    });
    mended.attach(top, verb, 'obl:tmod');
  });
  return mended.result();
}

/**
 * A phrase the parser hung on a time ("met on Monday with B", "signed in May with B") belongs to the verb the
 * time goes with: a day, a month or a part of the day takes no complement of its own.
 */
function withPhrasesOffTimes(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((time, token) => {
    if (time < 0 || time > token || !TIME_NOUNS.has(parse.lemma[time]!.toLowerCase())) return;
    const verb = parse.head[time]!;
    if (verb < 0 || parse.upos[verb] !== 'VERB' || !/^obl/.test(parse.deprel[time]!)) return;
    if (parse.deprel[token] === 'nmod') mended.attach(token, verb, 'obl');
    // So does a clause read as describing the time: "A alleged on Tuesday that B had been behind …" is what A alleged,
    // its "that" no relative pronoun.
    const that = time + 1;
    // (Not where "that" is the clause's subject: "an announcement this year that formalizes …".)
    const ownSubject = childrenIn(parse, token).some((c) => c !== that && /^nsubj/.test(parse.deprel[c]!));
    if (/^acl/.test(parse.deprel[token]!) && parse.lemma[that]?.toLowerCase() === 'that' && ownSubject && reaches(parse, that, token, 4)) {
      mended.attach(token, verb, 'ccomp');
      mended.attach(that, token, 'mark');
    }
  });
  return mended.result();
}

/**
 * "a wave of strikes on B's grid", "a new round of talks with B" read with the party's phrase on the round: a round
 * or series of an event takes no party of its own; the phrase after its event is the event's.
 */
function withPhrasesOffRounds(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((round, phrase) => {
    if (round < 0 || parse.deprel[phrase] !== 'nmod' || !ROUND_NOUNS.has(parse.lemma[round]!.toLowerCase())) return;
    const event = childrenIn(parse, round).find((c) => c < phrase && parse.deprel[c] === 'nmod' && parse.upos[c] === 'NOUN' && caseOf(parse, c) === 'of');
    if (event !== undefined && ROUND_PARTY_PREPOSITIONS.has(caseOf(parse, phrase) ?? '')) mended.attach(phrase, event, 'nmod');
  });
  return mended.result();
}

/**
 * "restrictions on trade with B" read with "with B" on the restrictions: a measure on what crosses a border takes
 * the party at the border's other end through what crosses it; the phrase after it is its.
 */
function withCrossingPartiesOffMeasures(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.head.forEach((measure, phrase) => {
    if (measure < 0 || parse.deprel[phrase] !== 'nmod' || !['with', 'to', 'from'].includes(caseOf(parse, phrase) ?? '')) return;
    const lemma = parse.lemma[measure]!.toLowerCase();
    if (!RESTRICTION_NOUNS.has(lemma) && !ECONOMIC_PRESSURE_NOUNS.has(lemma)) return;
    const crossing = childrenIn(parse, measure).find((c) => c < phrase && parse.deprel[c] === 'nmod' && caseOf(parse, c) === 'on' && CROSSING_NOUNS.has(parse.lemma[c]!.toLowerCase()));
    if (crossing !== undefined && childrenIn(parse, measure).every((c) => c <= crossing || c >= phrase)) mended.attach(phrase, crossing, 'nmod');
  });
  return mended.result();
}

/**
 * "airstrikes on positions held by B" read with "held by B" on the strikes: a participle of holding describes the
 * place or thing right before it, the noun of the event's phrase, not the event.
 */
function withHoldingParticiplesOffEvents(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const event = parse.head[participle]!;
    if (relation !== 'acl' || event < 0 || parse.upos[participle] !== 'VERB' || !HOLDING_PARTICIPLES.has(parse.lemma[participle]!.toLowerCase())) return;
    const thing = childrenIn(parse, event).find((c) => c === participle - 1 && parse.deprel[c] === 'nmod' && parse.upos[c] === 'NOUN');
    if (thing !== undefined && nounRelations(parse.lemma[event]!.toLowerCase(), caseOf(parse, thing) ?? '').length) mended.attach(participle, thing, 'acl');
  });
  return mended.result();
}

/** Prepositions of a party to an event ("strikes on B", "talks with B"), not of its time or place. */
const ROUND_PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'with', 'between', 'to', 'into']);

/**
 * "Senator A criticised Prime Minister B over …" read as a verbless sentence about A with "criticised B" a
 * participle describing A (B then an agent without "by"): a sentence whose root is a name, with a participle that
 * takes an object or a bare agent, is that name doing what the verb says.
 */
function withVerbsOfRootNames(parse: TokenParse): TokenParse {
  const root = parse.head.indexOf(-1);
  if (root < 0 || (parse.upos[root] !== 'PROPN' && parse.upos[root] !== 'NOUN')) return parse;
  // "B warplanes bombed targets in C" read as warplanes and targets that were bombed: in a sentence with no other
  // verb of its own (only participles of nouns), a verb right after the root noun, modifying the noun after it, is what
  // the root did to that noun.
  // (Right after the root's own phrase: "South Valdorian Foreign Minister A criticised B", the root "South".)
  let next = root + 1;
  while (parse.upos[root] === 'PROPN' && next - root < 8 && ['PROPN', 'ADJ'].includes(parse.upos[next]!) && reaches(parse, next, root, 6)) next += 1;
  const thing = parse.head[next] ?? -1;
  if (parse.upos[next] === 'VERB' && parse.deprel[next] === 'amod' && (next === root + 1 || parse.upos[next - 1] === 'PROPN') && thing > next && reaches(parse, thing, root, 3) && ['NOUN', 'PROPN'].includes(parse.upos[thing]!) && parse.upos.every((u, t) => u !== 'VERB' || t === next || ['acl', 'acl:relcl', 'amod'].includes(parse.deprel[t]!))) {
    const mended = reattachments(parse);
    mended.attach(next, -1, 'root');
    // (The subject is the name right before the verb, where the parser made it an apposition of the root: "South
    // Valdorian Foreign Minister A" read as "South" with A beside it.)
    let name = next - 1;
    while (parse.deprel[name] === 'flat' && parse.head[name]! > root && parse.head[name]! < name) name = parse.head[name]!;
    if (name > root && parse.head[name] === root && parse.deprel[name] === 'appos') {
      mended.attach(name, next, 'nsubj');
      mended.attach(root, name, 'compound');
    } else mended.attach(root, next, 'nsubj');
    mended.attach(thing, next, 'obj');
    // What hangs on the subject's words after the object is the verb's ("… B for what she called …").
    for (let t = thing + 1; t < parse.head.length; t += 1) if (parse.head[t]! >= 0 && parse.head[t]! < next) mended.attach(t, next, parse.deprel[t] === 'nmod' ? 'obl' : parse.deprel[t]!);
    return mended.result();
  }
  // "A criticised B's record" read as one noun phrase with A its subject: a root noun with a subject and no copula
  // has a verb among its modifiers, the first after the subject, and is that verb's object. (The verb may be read as
  // a phrase of the noun, or as its copula, which only "be" is: "B, C open joint border post".)
  const subject = childrenIn(parse, root).find((t) => t < root && parse.deprel[t] === 'nsubj');
  const acting = subject === undefined ? undefined : childrenIn(parse, root).find((t) => t > subject && t < root && ROOT_NOUN_VERB_RELATIONS.has(parse.deprel[t]!) && parse.upos[t] === 'VERB');
  if (subject !== undefined && acting !== undefined && !childrenIn(parse, root).some((t) => parse.deprel[t] === 'cop' && parse.upos[t] !== 'VERB')) {
    const mended = reattachments(parse);
    mended.attach(acting, -1, 'root');
    mended.attach(subject, acting, 'nsubj');
    mended.attach(root, acting, 'obj');
    // What the verb opens stays with the sentence: its punctuation and any clause after the object.
    for (const t of childrenIn(parse, root)) if (t > root && ['punct', 'conj', 'parataxis', 'advcl'].includes(parse.deprel[t]!)) mended.attach(t, acting, parse.deprel[t]!);
    return mended.result();
  }
  // (A past tense the parser took for a relative clause without its pronoun is read so too.)
  const verb = childrenIn(parse, root).find((t) => t > root && (parse.deprel[t] === 'acl' || parse.deprel[t] === 'acl:relcl') && parse.upos[t] === 'VERB');
  if (verb === undefined || childrenIn(parse, verb).some((t) => parse.deprel[t].startsWith('nsubj') || parse.deprel[t] === 'mark')) return parse;
  // "Protesters in B marched against C" read as protesters who were marched: a past form after the root noun and a
  // phrase of place, with a phrase of its own and no agent nor any other verb in the sentence, is what they did.
  // So is a verb of protest right after it, which no one undergoes ("Thousands rallied in B against C").
  // (The phrase may hang on a place before it: "rallied in B against C".)
  const phrasesOf = (t: number) => [t, ...childrenIn(parse, t).filter((c) => parse.deprel[c] === 'nmod')];
  const protesting =
    verb === root + 1 &&
    childrenIn(parse, verb)
      .filter((t) => parse.deprel[t] === 'obl')
      .flatMap(phrasesOf)
      .some((t) => verbRelations(parse.lemma[verb]!.toLowerCase(), caseOf(parse, t)).includes('PROTESTS_AGAINST'));
  const placed = protesting || childrenIn(parse, root).some((t) => t < verb && parse.deprel[t] === 'nmod' && childrenIn(parse, t).some((c) => parse.deprel[c] === 'case' && parse.lemma[c]!.toLowerCase() === 'in'));
  const acted = childrenIn(parse, verb).some((t) => ['obl', 'obj'].includes(parse.deprel[t]!)) && !childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obl:agent' || parse.deprel[t]!.startsWith('aux'));
  if (placed && acted && parse.upos[root] === 'NOUN' && parse.upos.every((u, t) => (u !== 'VERB' && u !== 'AUX') || t === verb || parse.head[t] !== root)) {
    const mended = reattachments(parse);
    mended.attach(verb, -1, 'root');
    mended.attach(root, verb, 'nsubj');
    for (const t of childrenIn(parse, root)) if (t > verb && parse.deprel[t] === 'punct') mended.attach(t, verb, 'punct');
    return mended.result();
  }
  // Only names and their words between the root and the verb.
  if (parse.upos.slice(root + 1, verb).some((u, i) => u !== 'PROPN' || parse.head[root + 1 + i] !== root)) return parse;
  const bareAgents = childrenIn(parse, verb).filter((t) => parse.deprel[t] === 'obl:agent' && !childrenIn(parse, t).some((c) => parse.deprel[c] === 'case'));
  if (!bareAgents.length && !childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return parse;
  const mended = reattachments(parse);
  mended.attach(verb, -1, 'root');
  mended.attach(root, verb, 'nsubj');
  for (const agent of bareAgents) mended.attach(agent, verb, 'obj');
  return mended.result();
}

/**
 * "A handed over the fugitives to B", "A brushed aside B's protests" read with the particle as a preposition: the
 * noun is the phrasal verb's object (a verb of giving back, or one of `PHRASAL_VERB_SENSES`); "A handed back three
 * ships to B" read with the thing given as an oblique with no preposition: what a verb of giving gives is its object.
 */
function withThingsGivenAsObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, verb) => {
    if (upos !== 'VERB') return;
    const lemma = parse.lemma[verb]!.toLowerCase();
    const own = childrenIn(parse, verb);
    if (own.some((c) => parse.deprel[c] === 'obj')) return;
    // (Or as a clause of its own with no verb: "handed over two mobile field hospitals to B", "hospitals" an adverbial clause.)
    const bareClause = (c: number) => parse.deprel[c] === 'advcl' && !childrenIn(parse, c).some((t) => ['mark', 'cop', 'nsubj', 'aux'].includes(parse.deprel[t]!));
    // (Or an amount: "wrote off $1.2 billion of debt".)
    const thing = own.find((c) => c > verb && (parse.deprel[c] === 'obl' || bareClause(c)) && ['NOUN', 'SYM'].includes(parse.upos[c]!) && !TIME_NOUNS.has(parse.lemma[c]!.toLowerCase()));
    if (thing === undefined) return;
    // (A preposition may hang on a number before the noun: "to 40 B fishermen".)
    const marker = [thing, ...childrenIn(parse, thing).filter((c) => c < thing && parse.deprel[c] === 'nummod')].flatMap((t) => childrenIn(parse, t)).filter((c) => parse.deprel[c] === 'case');
    const word = parse.lemma[verb + 1]?.toLowerCase() ?? '';
    const phrasal = GIVING_BACK_PARTICLES.has(word) || PHRASAL_VERB_SENSES.has(`${lemma} ${word}`);
    const particle = marker.length === 1 && marker[0] === verb + 1 && phrasal ? marker[0] : undefined;
    if (particle === undefined && (marker.length || !(GIVING_BACK_VERBS.has(lemma) || GIVING_VERBS.has(lemma) || RETURNING_VERBS.has(lemma)))) return;
    // (An amount only after a phrasal verb's particle: "paid over $1000" is a price.)
    if (parse.upos[thing] === 'SYM' && particle === undefined) return;
    if (particle !== undefined) mended.attach(particle, verb, 'compound:prt');
    mended.attach(thing, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A gave B military aid", "A offered B rescue teams", "A provided B with rifles" read with the name as a modifier of
 * the thing given: a name right after a verb of giving, before what it gives, receives it (furnished "with" it, it is
 * the verb's object).
 */
function withReceiversOfGifts(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, verb) => {
    const lemma = parse.lemma[verb]!.toLowerCase();
    if (upos !== 'VERB' || (!GIFT_VERBS.has(lemma) && !SUPPLYING_VERBS.has(lemma))) return;
    let end = parse.upos[verb + 1] === 'DET' ? verb + 2 : verb + 1;
    while (parse.upos[end] === 'PROPN') end += 1;
    const name = end - 1;
    const gift = parse.head[name]!;
    if (name <= verb || parse.upos[name] !== 'PROPN' || !['compound', 'amod'].includes(parse.deprel[name]!) || gift < end || parse.head[gift] !== verb || !['obj', 'obl'].includes(parse.deprel[gift]!)) return;
    const furnished = SUPPLYING_VERBS.has(lemma) && parse.lemma[end]!.toLowerCase() === 'with';
    if (parse.upos.slice(furnished ? end + 1 : end, gift).some((u) => u !== 'ADJ' && u !== 'DET' && u !== 'NOUN' && u !== 'NUM' && u !== 'SYM')) return;
    if (furnished) {
      mended.attach(name, verb, 'obj');
      return;
    }
    const aidedBy = (m: number) => parse.head[m] === gift && ['compound', 'amod'].includes(parse.deprel[m]!) && AID_MODIFIERS.has(parse.lemma[m]!.toLowerCase());
    if (!GIFT_VERBS.has(lemma) || parse.deprel[gift] !== 'obj' || !(isAidNoun(parse.lemma[gift]!.toLowerCase()) || parse.lemma.some((_, m) => aidedBy(m)))) return;
    mended.attach(name, verb, 'iobj');
  });
  return mended.result();
}

/** What a verb read with "to" does when it hands something over to the party after "to". */
const HANDING_OVER_TYPES: ReadonlySet<RelationType> = new Set(['COOPERATES_WITH', 'RELEASES']);

/**
 * "A donated 500,000 vaccine doses to B" read with "to B" on the doses: a name after "to" hung on what a verb of
 * giving gives is whom it is given to, the verb's oblique (a measure's goods too: "40 tonnes of maize to B"); so for
 * a verb the event lexicon reads with "to" as handing over ("extradited members of a gang to B"), and a name after "with" for a
 * verb read with "with" or an act done with another ("shared intelligence on militant movements with B").
 */
function withReceiversAfterGifts(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, gift) => {
    const verb = parse.head[gift]!;
    if (relation !== 'obj' || verb < 0 || parse.upos[verb] !== 'VERB') return;
    const lemma = parse.lemma[verb]!.toLowerCase();
    const thing = parse.lemma[gift]!.toLowerCase();
    const prepositions: string[] = [];
    // (Of the verbs read with "to", those of handing over: "flew fighters to B" is no visit of B's.)
    if (GIVING_VERBS.has(lemma) || RETURNING_VERBS.has(lemma) || verbRelations(lemma, 'to').some((type) => HANDING_OVER_TYPES.has(type))) prepositions.push('to');
    if (verbRelations(lemma, 'with').length > 0 || MUTUAL_EVENTS.has(`${lemma} ${thing}`)) prepositions.push('with');
    if (prepositions.length === 0) return;
    // ("sent its ambassador to B": the envoy's title, not whom the envoy is given to.)
    if (DELEGATE_NOUNS.has(thing) || ENVOY_NOUNS.has(thing)) return;
    // What it is made of or about ("40 tonnes of maize", "intelligence on militant movements", also read as the
    // verb's) may hold the name too.
    const goods = [...childrenIn(parse, gift).filter((t) => parse.deprel[t] === 'nmod'), ...childrenIn(parse, verb).filter((t) => parse.deprel[t] === 'obl')].filter((t) => t > gift && caseOf(parse, t) !== undefined);
    // So may the last of the things given ("flew tents, blankets and a medical team to B").
    const joined = childrenIn(parse, gift).filter((t) => parse.deprel[t] === 'conj' && parse.upos[t] === 'NOUN');
    // Or a participle that describes them, where it is no verb of carrying ("handed back sculptures looted in 1897 to
    // B", not "returned statues taken to B"): its oblique.
    const describing = (t: number) => {
      const verbLemma = parse.lemma[t]!.toLowerCase();
      return parse.deprel[t] === 'acl' && parse.upos[t] === 'VERB' && !forms[t]!.endsWith('ing') && !CARRYING_VERBS.has(verbLemma) && !GIVING_VERBS.has(verbLemma) && !verbRelations(verbLemma, 'to').length;
    };
    const described = childrenIn(parse, gift).filter(describing);
    for (const holder of [gift, ...joined, ...goods, ...described]) {
      for (const name of childrenIn(parse, holder)) {
        if (parse.deprel[name] !== (described.includes(holder) ? 'obl' : 'nmod') || parse.upos[name] !== 'PROPN' || name < gift) continue;
        const preposition = caseOf(parse, name);
        // (Not where the word it hangs on takes it itself: "signed a deal with B"; but one negotiates a deal with B
        // whatever the deal says: "negotiated a free trade agreement with B".)
        const negotiated = preposition === 'with' && verbRelations(lemma, 'with').includes('NEGOTIATES_WITH') && nounRelations(parse.lemma[holder]!.toLowerCase(), 'with').includes('AGREES_WITH');
        if (preposition === undefined || !prepositions.includes(preposition) || (!negotiated && nounRelations(parse.lemma[holder]!.toLowerCase(), preposition).length > 0)) continue;
        if (preposition === 'to' && holder !== gift && !joined.includes(holder) && !described.includes(holder) && caseOf(parse, holder) !== 'of') continue;
        mended.attach(name, verb, 'obl');
      }
    }
  });
  return mended.result();
}

/**
 * "A denounced B's new law as discriminatory" read with the law a clause of its own: a noun with neither subject,
 * copula nor marker under a verb that has no object is no clause but the object.
 */
function withBareNounClausesAsObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if (relation !== 'ccomp' || parse.upos[noun] !== 'NOUN' || verb < 0 || verb > noun || parse.upos[verb] !== 'VERB') return;
    if (childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    if (childrenIn(parse, noun).some((t) => /^(?:nsubj|csubj|cop|mark|aux)/.test(parse.deprel[t]!))) return;
    mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A pardoned B on Tuesday, her office announced" read with A as a second subject of "announced" and "pardoned" as
 * its adverbial: a verb of saying has one subject, the one after the clause it reports; the one before the clause's
 * verb is that verb's, and the clause is what is said.
 */
function withSubjectsOfReportedClauses(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, saying) => {
    if (upos !== 'VERB' || !REPORTING_VERBS.has(parse.lemma[saying]!.toLowerCase())) return;
    const subjects = childrenIn(parse, saying).filter((t) => parse.deprel[t] === 'nsubj');
    if (subjects.length !== 2) return;
    const [first, second] = subjects as [number, number];
    const clause = childrenIn(parse, saying).find((t) => t > first && t < second && parse.upos[t] === 'VERB' && ['advcl', 'ccomp', 'parataxis', 'conj'].includes(parse.deprel[t]!));
    if (clause === undefined || childrenIn(parse, clause).some((t) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[t]!))) return;
    if (childrenIn(parse, clause).some((t) => parse.deprel[t] === 'mark')) return;
    mended.attach(first, clause, 'nsubj');
    mended.attach(clause, saying, 'ccomp');
  });
  return mended.result();
}

/**
 * "A of the army's B Command said …" read as a verbless sentence about A, with "of" a marker and the body the
 * subject of "said" (or as a verb with two subjects, A and the body): the name is the verb's subject, and the phrase
 * after "of" names what it belongs to.
 */
function withSpeakersOfBodies(parse: TokenParse): TokenParse {
  for (let name = 0; name < parse.head.length; name += 1) {
    if (parse.upos[name] !== 'PROPN' || !['root', 'nsubj'].includes(parse.deprel[name]!)) continue;
    let of = name + 1;
    while (parse.upos[of] === 'PROPN' && reaches(parse, of, name, 3)) of += 1;
    if (parse.lemma[of]?.toLowerCase() !== 'of') continue;
    const verb = parse.deprel[name] === 'root' ? childrenIn(parse, name).find((t) => t > of && parse.upos[t] === 'VERB') : parse.head[name]!;
    if (verb === undefined || verb <= of || parse.upos[verb] !== 'VERB') continue;
    const body = childrenIn(parse, verb).find((t) => t > of && t < verb && parse.deprel[t] === 'nsubj' && ['PROPN', 'NOUN'].includes(parse.upos[t]!));
    if (body === undefined || (parse.head[of] !== body && parse.head[of] !== verb)) continue;
    // Only the body's words between "of" and the verb (a possessor before it may hang on the verb: "the army's B
    // Command").
    const possessors = childrenIn(parse, verb).filter((t) => t > of && t < body && parse.deprel[t] === 'nmod:poss');
    let own = true;
    for (let t = of + 1; t < verb && own; t += 1) own = t === body || reaches(parse, t, body, 4) || possessors.some((p) => reaches(parse, t, p, 2));
    if (!own) continue;
    const mended = reattachments(parse);
    if (parse.deprel[name] === 'root') {
      mended.attach(verb, -1, 'root');
      for (const t of childrenIn(parse, name)) if (t > verb && parse.deprel[t] === 'punct') mended.attach(t, verb, 'punct');
    }
    mended.attach(name, verb, 'nsubj');
    mended.attach(body, name, 'nmod');
    mended.attach(of, body, 'case');
    for (const possessor of possessors) mended.attach(possessor, body, 'nmod:poss');
    return mended.result();
  }
  return parse;
}

/**
 * A role right before a name, with only the name's modifiers between, is the name's: the parser reads "the B
 * Party's presidential nominee A received" with two subjects, "investigations into Zenithist challenger former
 * Governor A" with the name on the verb and the role on the noun before. The name takes the role's place (and its
 * preposition), and the role describes it.
 */
function withRolesBeforeNames(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    if (parse.upos[name] !== 'PROPN' || ['flat', 'compound', 'nmod:desc'].includes(relation)) return;
    // A conjunct with no "and", "or" or comma before it is no list's member ("filed by B against former minister A").
    if (relation === 'conj') return withConjunctRole(name);
    // An apposition right after a role, with no comma between, is the role's holder ("to dissident blogger A B").
    if (relation === 'appos') return withAppositionRole(name);
    const possessive = relation === 'nmod:poss';
    if (childrenIn(parse, name).some((t) => parse.deprel[t] === 'case' && !(possessive && /^['’]s?$/.test(parse.lemma[t]!)))) return;
    // Back over the name's own modifiers ("former Vice President").
    let role = name - 1;
    while (role >= 0 && ['ADJ', 'NOUN', 'PROPN'].includes(parse.upos[role]!) && parse.head[role]! > role && parse.head[role]! <= name && parse.head[role] !== parse.head[name]) role -= 1;
    if (role < 0 || parse.upos[role] !== 'NOUN' || parse.head[role]! < 0 || parse.head[role] === name) return;
    const word = parse.lemma[role]!.toLowerCase();
    const side = SIDE_DESCRIPTORS.has(word);
    // Any noun of a person's role before a full name ("exiled journalist A B").
    const fullName = childrenIn(parse, name).some((t) => parse.deprel[t] === 'flat' && parse.upos[t] === 'PROPN');
    // (Or a kind of body opening a phrase with its article before a body's name: "a lawsuit against the mining
    // company B"; not "with professional organizations B".)
    const bodyKind = !possessive && isOrganisationKind(word) && childrenIn(parse, role).some((t) => parse.deprel[t] === 'case') && childrenIn(parse, role).some((t) => parse.deprel[t] === 'det');
    if (!PERSON_TITLES.has(word) && !HELD_ROLES.has(word) && !CANDIDATE_NOUNS.has(word) && !side && !(fullName && isPersonNoun(word)) && !bodyKind) return;
    // "accepted the opposition C's demand", read with "opposition" as the object and "demand" under it: the possessed
    // noun takes the side word's place, and the side word describes the name.
    if (possessive) {
      const possessed = parse.head[name]!;
      const under = parse.head[possessed] === role || parse.head[possessed] === parse.head[role];
      if (!side || !under || !/^(?:nmod|obl)/.test(parse.deprel[possessed]!) || caseOf(parse, possessed) !== undefined) return;
      mended.attach(possessed, parse.head[role]!, parse.deprel[role]!);
      mended.attach(role, name, 'compound');
      return;
    }
    mended.attach(name, parse.head[role]!, parse.deprel[role]!);
    mended.attach(role, name, 'compound');
    for (const opener of childrenIn(parse, role).filter((t) => parse.deprel[t] === 'case')) mended.attach(opener, name, 'case');
  });
  return mended.result();

  function withAppositionRole(name: number): void {
    const role = parse.head[name]!;
    let start = name;
    while (start > 0 && parse.head[start - 1] === name && ['compound', 'flat'].includes(parse.deprel[start - 1]!) && parse.upos[start - 1] === 'PROPN') start -= 1;
    const fullName = start < name || childrenIn(parse, name).some((t) => t > name && parse.deprel[t] === 'flat');
    if (role !== start - 1 || role < 0 || parse.upos[role] !== 'NOUN' || !fullName || !isPersonNoun(parse.lemma[role]!.toLowerCase())) return;
    mended.attach(name, parse.head[role]!, parse.deprel[role]!);
    mended.attach(role, name, 'compound');
    // The role's preposition, and what followed the name on the role, hang on its holder ("opposition leader A and
    // Minister B": B is A's conjunct); what describes the role stays ("the B head A" still says whose head).
    for (const t of childrenIn(parse, role)) if (t > name || parse.deprel[t] === 'case') mended.attach(t, name, parse.deprel[t]!);
  }

  function withConjunctRole(name: number): void {
    const own = childrenIn(parse, name);
    if (own.some((t) => (t < name && parse.deprel[t] === 'punct') || parse.deprel[t] === 'cc')) return;
    // The role hangs on the name and opens the phrase with its preposition.
    const role = own.find((t) => t < name && parse.upos[t] === 'NOUN' && isPersonNoun(parse.lemma[t]!.toLowerCase()));
    const opener = role === undefined ? undefined : childrenIn(parse, role).find((t) => parse.deprel[t] === 'case' && t < role);
    const first = parse.head[name]!;
    const holder = first >= 0 ? parse.head[first]! : -1;
    if (opener === undefined || holder < 0) return;
    mended.attach(name, holder, parse.upos[holder] === 'VERB' ? 'obl' : 'nmod');
    mended.attach(opener, name, 'case');
  }
}

/**
 * A name between commas after a title and its complement ("the president of B, A, met C", with A read as a
 * conjunct of B) names the title's holder: a list with no "and" or "or" is no list. So does one read as the
 * complement's apposition, after a title in lower case ("the head of the B Front, A, …").
 */
function withNamesAfterTitles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const complement = parse.head[name]!;
    const title = parse.head[complement] ?? -1;
    // The complement is a name ("of B"), not a noun the name may be in apposition to ("the foresight of its founder, A").
    if (parse.upos[name] !== 'PROPN' || parse.lemma[name - 1] !== ',' || parse.deprel[complement] !== 'nmod' || parse.upos[complement] !== 'PROPN' || title < 0 || title > complement) return;
    if (!(relation === 'conj' && ['NOUN', 'PROPN'].includes(parse.upos[title]!)) && !(relation === 'appos' && parse.upos[title] === 'NOUN')) return;
    const list = [complement, ...childrenIn(parse, complement).filter((t) => parse.deprel[t] === 'conj')];
    if (list.some((member) => childrenIn(parse, member).some((t) => parse.deprel[t] === 'cc'))) return;
    // The name's words up to the comma that closes it: the rest of the name, read as further conjuncts or its own.
    let end = name + 1;
    while (end < parse.head.length && parse.lemma[end] !== ',' && (parse.head[end] === name || (parse.head[end] === complement && parse.deprel[end] === 'conj'))) end += 1;
    if (parse.lemma[end] !== ',') return;
    mended.attach(name, title, 'appos');
    for (let t = name + 1; t < end; t += 1) if (parse.head[t] === complement) mended.attach(t, name, 'flat');
  });
  return mended.result();
}

/**
 * "played in the band B" read with B as a subject after its verb and "in" on a word of its name: a phrase a
 * preposition opens is no subject or object, but the verb's oblique.
 */
function withPrepositionalPhrasesAsObliques(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if ((relation !== 'nsubj' && relation !== 'obj') || verb < 0 || verb > noun || parse.upos[verb] !== 'VERB') return;
    const words = [noun, ...childrenIn(parse, noun).filter((t) => t < noun && (parse.deprel[t] === 'compound' || parse.deprel[t] === 'flat' || parse.deprel[t] === 'nmod:desc'))];
    const opened = words.some((w) => childrenIn(parse, w).some((t) => t < w && parse.deprel[t] === 'case' && parse.upos[t] === 'ADP' && t > verb));
    if (opened) mended.attach(noun, verb, 'obl');
  });
  return mended.result();
}

/**
 * "B deputy director A praised C" read as a list of B and A with no "and" or comma: the common nouns between the two
 * names are A's title, B its body; A takes B's place in the sentence and both hang on A.
 */
function withNamesAfterBodyTitles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const body = parse.head[name]!;
    if (relation !== 'conj' || parse.upos[name] !== 'PROPN' || body < 0 || body > name || parse.upos[body] !== 'PROPN') return;
    if (childrenIn(parse, name).some((t) => parse.deprel[t] === 'cc')) return;
    // The body's name, then only common nouns up to A.
    let t = body + 1;
    while (t < name && parse.head[t] === body && parse.deprel[t] === 'flat') t += 1;
    const title = t;
    while (t < name && parse.upos[t] === 'NOUN') t += 1;
    if (t !== name || title === name) return;
    mended.attach(name, parse.head[body]!, parse.deprel[body]!);
    mended.attach(body, name, 'compound');
    for (let w = title; w < name; w += 1) mended.attach(w, name, 'compound');
  });
  return mended.result();
}

/**
 * "the subject of B sanctions" read with "of B" a phrase of the noun after it: a phrase never opens before its own
 * noun, so the preposition is the noun's, and the name before it its modifier.
 */
function withPrepositionsOffModifiers(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const noun = parse.head[name]!;
    // (Or as an oblique, which a noun never has: "with B Islands prime minister".)
    if ((relation !== 'nmod' && relation !== 'obl') || parse.upos[name] !== 'PROPN' || noun <= name || parse.upos[noun] !== 'NOUN') return;
    const preposition = childrenIn(parse, name).find((t) => parse.deprel[t] === 'case');
    if (preposition === undefined || childrenIn(parse, noun).some((t) => parse.deprel[t] === 'case')) return;
    for (let t = name + 1; t < noun; t += 1) if (parse.head[t] !== name && parse.head[t] !== noun) return;
    mended.attach(preposition, noun, 'case');
    mended.attach(name, noun, 'compound');
  });
  return mended.result();
}

/**
 * "the assassination of B senator A", read as two phrases of the noun ("of B" and a bare A with the title under it):
 * the body before the title is the title's, and the preposition is the name's.
 */
function withTitledNamesAfterPrepositions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    if (!/^(?:nmod|obl)$/.test(relation) || parse.upos[name] !== 'PROPN') return;
    const own = childrenIn(parse, name);
    if (own.some((t) => parse.deprel[t] === 'case')) return;
    const title = own.filter((t) => t < name && /^(?:nmod:desc|compound)$/.test(parse.deprel[t]!) && parse.upos[t] === 'NOUN').pop();
    const found = title === undefined ? undefined : bodyBefore(parse, title);
    if (title === undefined || !found || parse.upos[found.noun] !== 'NOUN') return;
    const { body, preposition, noun } = found;
    mended.attach(preposition, name, 'case');
    mended.attach(body, title, 'compound');
    if (parse.head[name] !== noun) mended.attach(name, noun, 'nmod');
  });
  // "… of B senator and candidate A", with the title itself the bare phrase: the same.
  parse.deprel.forEach((relation, title) => {
    if (relation !== 'nmod' || parse.upos[title] !== 'NOUN' || childrenIn(parse, title).some((t) => parse.deprel[t] === 'case')) return;
    const found = bodyBefore(parse, title);
    if (!found || found.noun !== parse.head[title]) return;
    mended.attach(found.preposition, title, 'case');
    mended.attach(found.body, title, 'compound');
  });
  return mended.result();
}

/** The name right before a title, as a noun's phrase with its preposition whose words run up to the title ("of B" in "of B senator"). */
function bodyBefore(parse: TokenParse, title: number): { body: number; preposition: number; noun: number } | undefined {
  let body = title - 1;
  while (parse.head[body]! > body && parse.head[body]! < title) body = parse.head[body]!;
  const preposition = childrenIn(parse, body).find((t) => parse.deprel[t] === 'case');
  const noun = parse.head[body]!;
  if (parse.upos[body] !== 'PROPN' || parse.deprel[body] !== 'nmod' || preposition === undefined || noun < 0) return undefined;
  return { body, preposition, noun };
}

/**
 * A noun phrase with "a" right after a name and its comma describes the name ("homes in A, a port city in B",
 * "sailed from A, a port town …", "raised money for A, a charity in B", "near A, the B capital"), however far up
 * the parser hung it (as a conjunct or an oblique of something before the name): with no preposition, "and" or
 * clause of its own it can be nothing else.
 */
function withDescriptionsAfterNames(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    if (parse.upos[noun] !== 'NOUN' || !/^(?:conj|obl|obj|nmod|advcl|parataxis)$/.test(relation)) return;
    const own = childrenIn(parse, noun);
    if (own.some((t) => t < noun && /^(?:case|cc|mark|cop|nsubj|aux)/.test(parse.deprel[t]!))) return;
    const start = phraseStart(parse, noun, own);
    // "the" only before "capital" ("near A, the B capital"): "in A, the president" may be a new clause's subject, and
    // "the Black Sea, the fortress town of B" may describe something named before the sea.
    const article = parse.lemma[start]!.toLowerCase();
    if (!(['a', 'an'].includes(article) || (article === 'the' && parse.lemma[noun] === 'capital')) || parse.lemma[start - 1] !== ',' || parse.upos[start - 2] !== 'PROPN') return;
    // The name's head: up its flat and compound words.
    let name = start - 2;
    while (/^(?:flat|compound)/.test(parse.deprel[name]!) && parse.head[name]! >= name - 4 && parse.head[name]! < start - 1 && parse.upos[parse.head[name]!] === 'PROPN') name = parse.head[name]!;
    if (parse.head[noun]! >= name) return;
    mended.attach(noun, name, 'appos');
  });
  return mended.result();
}

/**
 * "B extradited A, a suspect wanted in C, to D on Monday" read with the noun the subject of the participle, a clause
 * of its own, and what follows the closing comma hung in it ("to D" a conjunct of C): the noun describes the name,
 * the participle the noun, and the phrases after the comma, each with its own preposition, are the verb's again.
 */
function withParticipleDescriptionsAfterNames(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, participle) => {
    const verb = parse.head[participle]!;
    const form = forms[participle] ?? '';
    if (upos !== 'VERB' || verb < 0 || parse.upos[verb] !== 'VERB' || form.toLowerCase() === parse.lemma[participle]!.toLowerCase() || /(?:ing|s)$/i.test(form)) return;
    const noun = childrenIn(parse, participle).find((t) => t < participle && parse.deprel[t] === 'nsubj' && parse.upos[t] === 'NOUN');
    if (noun === undefined || !['parataxis', 'conj', 'advcl', 'ccomp'].includes(parse.deprel[participle]!)) return;
    const start = phraseStart(parse, noun, childrenIn(parse, noun));
    if (!['a', 'an'].includes(parse.lemma[start]!.toLowerCase()) || parse.lemma[start - 1] !== ',' || parse.upos[start - 2] !== 'PROPN') return;
    // Only words of the noun's phrase between it and the participle.
    for (let t = noun + 1; t < participle; t += 1) if (!reaches(parse, t, noun, 2)) return;
    let name = start - 2;
    while (/^(?:flat|compound)/.test(parse.deprel[name]!) && parse.head[name]! >= name - 4 && parse.head[name]! < start - 1 && parse.upos[parse.head[name]!] === 'PROPN') name = parse.head[name]!;
    if (!reaches(parse, name, verb, 2)) return;
    mended.attach(noun, name, 'appos');
    mended.attach(participle, noun, 'acl');
    const closing = forms.indexOf(',', participle + 1);
    if (closing < 0) return;
    for (let t = closing + 1; t < forms.length; t += 1) {
      const inside = parse.head[t]! >= start && parse.head[t]! < closing;
      if (inside && /^(?:conj|obl|nmod)$/.test(parse.deprel[t]!) && caseOf(parse, t) !== undefined) mended.attach(t, verb, 'obl');
    }
  });
  return mended.result();
}

/**
 * "A, the B Speaker of C, announced" read with the title as a conjunct of the name: a title between commas right
 * after a name, with no "and" or "or" anywhere in the list, describes the name.
 */
function withTitlesAfterNamesAsAppositions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, title) => {
    const name = parse.head[title]!;
    if (relation !== 'conj' || name < 0 || name > title || parse.upos[name] !== 'PROPN' || !PERSON_TITLES.has(parse.lemma[title]!.toLowerCase())) return;
    const listed = childrenIn(parse, name).filter((t) => parse.deprel[t] === 'conj');
    if ([name, ...listed].some((member) => childrenIn(parse, member).some((t) => parse.deprel[t] === 'cc'))) return;
    // Right after the name and its comma: the name's own words, then ", the".
    const own = childrenIn(parse, title);
    const start = phraseStart(parse, title, own);
    let end = name;
    while (parse.head[end + 1] === name && parse.deprel[end + 1] === 'flat') end += 1;
    if (parse.lemma[start - 1] !== ',' || start - 1 !== end + 1) return;
    mended.attach(title, name, 'appos');
  });
  return mended.result();
}

/**
 * A noun phrase after a verb's object and a comma that the parser read as an adverbial clause ("arrested A, a
 * member of B, in C", with "member" under "arrested") describes the object: a noun with no verb, copula or marker
 * of its own makes no clause.
 */
function withDescriptionsOfObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if (relation !== 'advcl' || parse.upos[noun] !== 'NOUN' || verb < 0 || parse.upos[verb] !== 'VERB') return;
    const own = childrenIn(parse, noun);
    if (own.some((t) => /^(?:cop|mark|nsubj|aux)/.test(parse.deprel[t]!))) return;
    const start = phraseStart(parse, noun, own);
    const object = childrenIn(parse, verb).find((t) => parse.deprel[t] === 'obj' && t < start);
    if (object === undefined || parse.lemma[start - 1] !== ',') return;
    // The object's words run right up to the comma.
    for (let t = object + 1; t < start - 1; t += 1) if (parse.head[t] !== object) return;
    mended.attach(noun, object, 'appos');
  });
  return mended.result();
}

/**
 * A sentence that opens with a name and a description between commas before its verb ("A, the mayor of B, said
 * …") has the name as subject and the description as its apposition, however the parser read them ("mayor" as a
 * second subject, or the subject with A a vocative).
 */
function withDescriptionsOfSubjects(parse: TokenParse): TokenParse {
  const n = parse.head.length;
  const opening = parse.lemma.indexOf(',');
  if (opening < 1 || parse.upos.slice(0, opening).some((u) => u !== 'PROPN')) return parse;
  // The verb right after the description's closing comma (auxiliaries and adverbs aside).
  let closing = -1;
  let verb = -1;
  for (let t = opening + 2; t < n && verb < 0; t += 1) {
    if (parse.upos[t] !== 'VERB') continue;
    let c = t - 1;
    while (c > opening && parse.head[c] === t && /^(?:aux|advmod)/.test(parse.deprel[c]!)) c -= 1;
    if (parse.lemma[c] === ',') [closing, verb] = [c, t];
    else return parse;
  }
  if (verb < 0) return parse;
  // One head each for the name and the description, inside their spans; the description a noun phrase.
  const headsIn = (from: number, to: number) => {
    const heads: number[] = [];
    for (let t = from; t < to; t += 1) if (parse.upos[t] !== 'PUNCT' && (parse.head[t]! < from || parse.head[t]! >= to)) heads.push(t);
    return heads;
  };
  const [name, ...otherNames] = headsIn(0, opening);
  const [description, ...otherDescriptions] = headsIn(opening + 1, closing);
  if (name === undefined || description === undefined || otherNames.length || otherDescriptions.length || parse.upos[description] !== 'NOUN') return parse;
  if (childrenIn(parse, verb).some((t) => /^nsubj/.test(parse.deprel[t]!) && t >= closing)) return parse;
  // (A passive verb's subject stays its passive subject: "A, a member of C, was expelled from B".)
  const relation = childrenIn(parse, verb).some((t) => parse.deprel[t] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
  if (parse.head[name] === verb && parse.deprel[name] === relation && parse.head[description] === name) return parse;
  const mended = reattachments(parse);
  mended.attach(name, verb, relation);
  mended.attach(description, name, 'appos');
  return mended.result();
}

/**
 * A phrase with a preposition after the comma that closes a description ("arrested A, a member of B, in C") is
 * the verb's, not the description's last noun's: B is not in C.
 */
function withPhrasesAfterDescriptions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    // An oblique hung on a name or a noun is the same misreading ("held two ministers, A and B, in contempt").
    if (relation !== 'nmod' && !(relation === 'obl' && ['NOUN', 'PROPN'].includes(parse.upos[parse.head[phrase]!] ?? ''))) return;
    const preposition = childrenIn(parse, phrase).find((t) => parse.deprel[t] === 'case');
    if (preposition === undefined || preposition < 1 || parse.lemma[preposition - 1] !== ',') return;
    // Up from the phrase: through the description's nouns to its apposition, then to the verb it belongs to.
    let t = parse.head[phrase]!;
    for (let depth = 0; t >= 0 && parse.deprel[t] !== 'appos' && depth < 6; depth += 1) t = parse.head[t]!;
    if (t < 0 || parse.deprel[t] !== 'appos') return;
    const verb = verbAbove(parse, t);
    if (verb >= 0 && verb < t) mended.attach(phrase, verb, 'obl');
  });
  return mended.result();
}

/**
 * A relative clause without "that" after an object ("A released fishermen it had detained", with "fishermen" read
 * as the clause's passive subject beside its own subject "it") describes the object: no clause has both subjects.
 */
function withObjectsOfBareRelatives(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, object) => {
    const clause = parse.head[object]!;
    const verb = parse.head[clause] ?? -1;
    if (relation !== 'nsubj:pass' || clause < object || verb < 0 || verb > object || parse.upos[verb] !== 'VERB' || !['NOUN', 'PROPN'].includes(parse.upos[object]!)) return;
    const own = childrenIn(parse, clause);
    if (!own.some((t) => parse.deprel[t] === 'nsubj' && t > object) || own.some((t) => parse.deprel[t] === 'aux:pass')) return;
    if (childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    mended.attach(object, verb, 'obj');
    mended.attach(clause, object, 'acl:relcl');
  });
  return mended.result();
}

/**
 * "according to A" names who says what its clause says, never a noun's modifier: hung on a noun ("supplied weapons
 * to B, according to A", with A under B) it goes to the verb the noun belongs to.
 */
function withSourcesOnVerbs(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.lemma.forEach((word, according) => {
    if (word.toLowerCase() !== 'according' && word.toLowerCase() !== 'accord') return;
    const source = parse.head[according]!;
    if (source < 0 || parse.deprel[according] !== 'case' || parse.deprel[source] !== 'nmod') return;
    const verb = verbAbove(parse, source);
    if (verb >= 0) mended.attach(source, verb, 'obl');
  });
  return mended.result();
}

/**
 * "withdrew its border guards from four villages" read with "from four villages" on the guards: for a verb of
 * withdrawing, the "from" phrase after its object is whence it withdraws them, the verb's.
 */
function withGroundLeftOnVerbs(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const object = parse.head[phrase]!;
    if (relation !== 'nmod' || object < 0 || parse.deprel[object] !== 'obj' || caseOf(parse, phrase) !== 'from') return;
    const verb = parse.head[object]!;
    if (verb >= 0 && parse.upos[verb] === 'VERB' && verbRelations(parse.lemma[verb]!.toLowerCase(), 'from').includes('WITHDREW_FROM')) mended.attach(phrase, verb, 'obl');
  });
  return mended.result();
}

/**
 * A verb's second subject with a preposition ("the arrest of A by B police sparked protests", "A's meeting with
 * B lasted two hours", with "police" or B read as a second subject) is a phrase of the first, and one after "and"
 * its conjunct: no verb has two.
 */
function withSecondSubjectsAsModifiers(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, second) => {
    if (relation !== 'nsubj') return;
    const verb = parse.head[second]!;
    const first = parse.deprel.findIndex((r, t) => t < second && r === 'nsubj' && parse.head[t] === verb);
    if (first < 0 || !['NOUN', 'PROPN'].includes(parse.upos[first]!)) return;
    // "B District Court Judge A ruled": names and a title run together with nothing between are one subject, the
    // last name's (each word between hangs inside the run; no comma, conjunction or preposition).
    const between = Array.from({ length: second - first - 1 }, (_, i) => first + 1 + i);
    if (parse.upos[first] === 'PROPN' && parse.upos[second] === 'PROPN' && between.length && between.every((t) => parse.upos[t] === 'PROPN' && parse.head[t]! >= first && parse.head[t]! <= second)) {
      mended.attach(first, second, 'compound');
      return;
    }
    let start = second;
    while (start > first + 1 && parse.head[start - 1] === second && parse.upos[start - 1] !== 'ADP') start -= 1;
    // "The Bn prime minister, A, visited C": a second subject between commas right after the first describes it.
    const closed = parse.lemma[second + 1] === ',' && second + 2 === verb;
    if (parse.lemma[start - 1] === ',' && start - 2 === first && closed && parse.upos[first] !== parse.upos[second]) {
      mended.attach(second, first, 'appos');
      return;
    }
    // "Leaders of A and the B met": a second subject after "and" is the first's conjunct, where the first's noun
    // phrase runs up to the "and" (not a clause of it: "people who have read A, B, and the C find …").
    const conjunction = start - 1;
    let before = conjunction - 1;
    for (let depth = 0; before >= 0 && before !== first && depth < 6 && /^(?:nmod|compound|flat|amod|nummod)$/.test(parse.deprel[before]!); depth += 1) before = parse.head[before]!;
    if (['and', 'or'].includes(parse.lemma[conjunction]!.toLowerCase()) && parse.deprel[conjunction] === 'cc' && (parse.head[conjunction] === verb || parse.head[conjunction] === second) && before === first) {
      mended.attach(second, first, 'conj');
      mended.attach(conjunction, second, 'cc');
      return;
    }
    const preposition = start - 1;
    // A preposition of a noun's phrase, not one that opens a clause ("stalled after A condemned B").
    const cased =
      parse.upos[preposition] === 'ADP' &&
      NOUN_PHRASE_PREPOSITIONS.has(parse.lemma[preposition]!.toLowerCase()) &&
      (parse.head[preposition] === second || (parse.head[preposition] === verb && parse.deprel[preposition] === 'mark'));
    if (!cased) return;
    mended.attach(second, first, 'nmod');
    mended.attach(preposition, second, 'case');
  });
  return mended.result();
}

/** Finite auxiliaries: a verb after one of them is a clause's own verb, not a participle describing a noun. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do']);

/**
 * "Six soldiers who had been detained after crossing the frontier were freed by B" read with the noun as the root and
 * "were freed" hung inside the relative clause, "B forces, backed by tanks, massed near C, the ministry said" with
 * "massed" a conjunct of "backed": after a clause's noun (one with no verb of its own) and the clause that describes
 * it, a verb with no subject, conjunction or subordinator of its own is the noun's, where a finite auxiliary opens it
 * or, after a participle between commas, a comma. The noun is its subject.
 */
function withVerbsAfterLongSubjects(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    if (!['root', 'ccomp', 'parataxis'].includes(relation) || !['NOUN', 'PROPN'].includes(parse.upos[noun]!)) return;
    // (Not a predicate noun: "This was the body that B said was bringing …".)
    const own = childrenIn(parse, noun);
    if (own.some((c) => /^(?:cop|nsubj|expl)/.test(parse.deprel[c]!))) return;
    const clause = own.find((c) => c > noun && (parse.deprel[c] === 'acl:relcl' || parse.deprel[c] === 'acl'));
    if (clause === undefined) return;
    const setOff = parse.deprel[clause] === 'acl' && parse.lemma[phraseStart(parse, clause, childrenIn(parse, clause)) - 1] === ',';
    if (parse.deprel[clause] === 'acl' && !setOff) return;
    for (let verb = clause + 1; verb < parse.head.length; verb += 1) {
      if (parse.upos[verb] !== 'VERB' || !['advcl', 'conj', 'ccomp', 'parataxis'].includes(parse.deprel[verb]!) || !reaches(parse, verb, clause, 6)) continue;
      const its = childrenIn(parse, verb);
      if (its.some((c) => /^(?:nsubj|csubj|expl|mark|cc)/.test(parse.deprel[c]!))) continue;
      const auxiliaries = its.filter((c) => c < verb && parse.deprel[c]!.startsWith('aux'));
      const opening = auxiliaries.length ? Math.min(...auxiliaries) : verb;
      const finite = auxiliaries.length > 0 && FINITE_AUXILIARIES.has(forms[opening]?.toLowerCase() ?? '');
      if (!(finite || (setOff && parse.lemma[opening - 1] === ','))) return;
      mended.attach(verb, parse.head[noun]!, relation);
      mended.attach(noun, verb, its.some((c) => parse.deprel[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
      for (const c of own) if (c > verb) mended.attach(c, verb, parse.deprel[c]!);
      return;
    }
  });
  return mended.result();
}

/**
 * A subject after a fronted phrase and its comma that the parser hung on the phrase ("During a visit to B in May,
 * A met C" with A a conjunct of May; "In a call, A might have urged C" with A an apposition of "call") is the
 * subject of the verb it comes right before, where that verb has none: the words between the comma and the verb
 * are the name and the verb's auxiliaries and adverbs, and the fronted phrase is the verb's adverbial.
 */
function withFrontedSubjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  const n = parse.head.length;
  for (let verb = 2; verb < n; verb += 1) {
    if (parse.upos[verb] !== 'VERB') continue;
    const subjects = childrenIn(parse, verb).filter((t) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[t]!));
    // A subject of its own the verb may have only where the parser took the name's description for it ("On
    // Friday, A, the minister of B, met C", with "minister" the subject); its words follow the comma after the name.
    if (subjects.length > 1) continue;
    const description = subjects[0];
    if (description !== undefined && !(description < verb && parse.upos[description] === 'NOUN')) continue;
    // The first comma after which every word up to the verb is the subject's (hung on the fronted phrase, or
    // under such a word, or a comma) or the verb's auxiliary or adverb.
    let hung: number[] = [];
    for (let comma = 1; comma < verb - 1 && !hung.length; comma += 1) {
      if (parse.lemma[comma] === ',') hung = hungAfter(parse, comma, verb, description);
    }
    const subject = hung[0];
    if (subject === undefined || !['PROPN', 'NOUN', 'PRON'].includes(parse.upos[subject]!) || TIME_NOUNS.has(parse.lemma[subject]!.toLowerCase())) continue;
    const passive = parse.deprel.some((relation, t) => parse.head[t] === verb && relation === 'aux:pass');
    mended.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
    // The rest: its description ("A, the president of B,"), a conjunct with "and", or the name's next word.
    for (const rest of hung.slice(1)) {
      const coordinated = parse.deprel[rest] === 'conj' && parse.deprel.some((relation, t) => parse.head[t] === rest && relation === 'cc');
      mended.attach(rest, subject, rest === description || parse.deprel[rest] === 'appos' ? 'appos' : coordinated ? 'conj' : 'flat');
    }
  }
  return mended.result();
}

/**
 * A clause joined by ", but" or ", and" whose subject the parser hung on the clause before ("A was claimed by the
 * B movement, but both C and D have alleged …", with C a modifier of "movement") has that subject back: a verb
 * joined to an earlier one with none of its own, and between the conjunction and it only one phrase hung before the
 * comma, and the verb's auxiliaries and adverbs.
 */
function withSubjectsOfJoinedClauses(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  for (let verb = 3; verb < parse.head.length; verb += 1) {
    if (parse.upos[verb] !== 'VERB' || parse.deprel[verb] !== 'conj' || childrenIn(parse, verb).some((t) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[t]!))) continue;
    let cc = verb - 1;
    while (cc > 0 && !(JOINING_WORDS.has(parse.lemma[cc]!.toLowerCase()) && parse.lemma[cc - 1] === ',')) cc -= 1;
    if (cc <= 0 || verb - cc > 12) continue;
    const heads: number[] = [];
    let fits = true;
    for (let t = cc + 1; t < verb && fits; t += 1) {
      const governor = parse.head[t]!;
      if (governor === verb) fits = /^(?:aux|advmod)/.test(parse.deprel[t]!);
      else if (governor < cc + 1 || governor >= verb) heads.push(t);
    }
    const subject = heads[0];
    if (!fits || heads.length !== 1 || subject === undefined || parse.head[subject]! >= cc || !['PROPN', 'NOUN', 'PRON'].includes(parse.upos[subject]!)) continue;
    const passive = childrenIn(parse, verb).some((t) => parse.deprel[t] === 'aux:pass');
    mended.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
    if (parse.head[cc] === subject) mended.attach(cc, verb, 'cc');
  }
  return mended.result();
}

/**
 * The words between `comma` and `verb` hung on a fronted phrase of the verb (and the verb's subject that
 * describes them, after a comma of its own), if every word between fits a subject; else none.
 */
function hungAfter(parse: TokenParse, comma: number, verb: number, description: number | undefined): number[] {
  const hung: number[] = [];
  for (let t = comma + 1; t < verb; t += 1) {
    const governor = parse.head[t]!;
    if (parse.upos[t] === 'PUNCT') continue;
    if (t === description) {
      if (!hung.length || !phraseAfterComma(parse, t)) return [];
      hung.push(t);
    } else if (governor === verb) {
      if (!/^(?:aux|advmod)/.test(parse.deprel[t]!) || !hung.length) return [];
    } else if (governor >= 0 && governor < comma) {
      if (!/^(?:conj|appos|flat)/.test(parse.deprel[t]!) || adverbialOf(parse, governor, comma) !== verb) return [];
      // Before a subject, a name after a name (not a date) and its comma is where that one lies ("In Lima, Chile,
      // the ministers met"); a name with a preposition is no subject ("besides A, B met C").
      if (description !== undefined && !hung.length && governor === comma - 1 && parse.upos[governor] === 'PROPN' && !TIME_NOUNS.has(parse.lemma[governor]!.toLowerCase())) return [];
      if (!hung.length && parse.deprel.some((relation, c) => parse.head[c] === t && relation === 'case')) return [];
      hung.push(t);
    } else if (governor <= comma || governor > verb) return [];
  }
  return description === undefined || hung.includes(description) ? hung : [];
}

/** Whether the phrase `token` heads opens right after a comma ("…, the minister of B"). */
function phraseAfterComma(parse: TokenParse, token: number): boolean {
  let start = token;
  for (let t = token - 1; t >= 0 && parse.head[t] === token && parse.upos[t] !== 'PUNCT'; t -= 1) start = t;
  return start > 0 && parse.lemma[start - 1] === ',';
}

/** Verbs that are auxiliaries too ("got fired", "have reviewed"). */
const AUXILIARY_LEMMAS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'get', 'go', 'keep', 'become']);

/**
 * "A's government pardoned jailed economist B" read with "pardoned" a passive auxiliary of "jailed": a word the tagger
 * read as a verb is no auxiliary, so it is the clause's verb, and the participle after it describes its object (or,
 * with none, is its complement).
 */
function withVerbsReadAsAuxiliaries(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, verb) => {
    const participle = verb + 1;
    if (parse.upos[verb] !== 'VERB' || AUXILIARY_LEMMAS.has(parse.lemma[verb]!.toLowerCase()) || !relation.startsWith('aux') || parse.head[verb] !== participle || parse.upos[participle] !== 'VERB' || !/(?:ed|en)$/i.test(forms[participle] ?? '')) return;
    mended.attach(verb, parse.head[participle]!, parse.deprel[participle]!);
    // The participle's object is the verb's, which the participle describes; the rest of the participle's is the verb's.
    const own = childrenIn(parse, participle);
    // (Or a bare noun the parser made its agent: "jailed economist B" read as jailed by B, with no "by".)
    const bare = (t: number) => parse.deprel[t]!.startsWith('obl') && !childrenIn(parse, t).some((c) => parse.deprel[c] === 'case');
    const object = own.find((t) => t > participle && (parse.deprel[t] === 'obj' || bare(t)) && ['NOUN', 'PROPN'].includes(parse.upos[t]!));
    if (object === undefined) mended.attach(participle, verb, 'xcomp');
    else {
      mended.attach(participle, object, 'amod');
      mended.attach(object, verb, 'obj');
    }
    for (const t of own) if (t !== object && (t < verb || object !== undefined || parse.deprel[t] === 'punct')) mended.attach(t, verb, parse.deprel[t] === 'nsubj:pass' ? 'nsubj' : parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "A and South B upgraded their ties" read with "South" a conjunct of A and "B" a second subject: a verb has one
 * subject, so the second, right after the conjunct, is the conjunct's name and the conjunct its first word.
 */
function withSubjectNamesJoined(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, second) => {
    const verb = parse.head[second]!;
    const first = second - 1;
    if (!/^nsubj/.test(relation) || parse.upos[second] !== 'PROPN' || parse.upos[first] !== 'PROPN' || parse.deprel[first] !== 'conj') return;
    const head = parse.head[first]!;
    if (head < 0 || head >= first || parse.head[head] !== verb || parse.deprel[head] !== relation) return;
    mended.attach(second, head, 'conj');
    mended.attach(first, second, 'compound');
    for (const t of childrenIn(parse, first)) if (parse.deprel[t] === 'cc') mended.attach(t, second, 'cc');
  });
  return mended.result();
}

/**
 * "A, B agree to reopen border posts": a headline's comma joins two names as "and" would, but the parser reads the
 * first as addressed (vocative) or the second as set beside it (appos) or as a conjunct of a list never closed. A
 * headline (no closing stop) that opens with a name, a comma and another name right before its verb, one of them the
 * verb's subject, has the two as coordinated subjects.
 */
function withHeadlinePairsJoined(parse: TokenParse, forms: readonly string[]): TokenParse {
  const comma = forms.indexOf(',');
  if (comma < 1 || ['.', '!', '?'].includes(forms[forms.length - 1] ?? '.')) return parse;
  const verb = parse.upos.findIndex((upos, t) => t > comma && (upos === 'VERB' || upos === 'AUX'));
  // The one word of a span of proper nouns that hangs outside it, or −1.
  const headOf = (start: number, end: number) => {
    const heads = [];
    for (let t = start; t < end; t++) if (parse.head[t]! < start || parse.head[t]! >= end) heads.push(t);
    return end > start && heads.length === 1 && parse.upos.slice(start, end).every((upos) => upos === 'PROPN') ? heads[0]! : -1;
  };
  const first = headOf(0, comma);
  const second = verb < 0 ? -1 : headOf(comma + 1, verb);
  if (first < 0 || second < 0) return parse;
  const subject = [first, second].find((t) => parse.head[t] === verb && /^nsubj/.test(parse.deprel[t]!));
  const other = subject === first ? second : first;
  if (subject === undefined || (parse.head[other] !== verb && parse.head[other] !== subject)) return parse;
  const mended = reattachments(parse);
  mended.attach(first, verb, parse.deprel[subject]!);
  mended.attach(second, first, 'conj');
  // The comma stands for the "and" that closes a list (see `coordinated`).
  mended.attach(comma, second, 'cc');
  return mended.result();
}

/**
 * "summoned B's acting ambassador", "met B's visiting foreign minister" read with the participle as a clause of the
 * verb and the noun its object: a participle owned by a name cannot be a clause's verb, so it describes the noun
 * after it, which is the verb's object and the name's.
 */
function withPossessedParticiples(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const verb = parse.head[participle]!;
    if (parse.upos[participle] !== 'VERB' || !/(?:ing|ed)$/i.test(forms[participle] ?? '') || verb < 0 || verb > participle || parse.upos[verb] !== 'VERB') return;
    if (!['ccomp', 'advcl', 'xcomp', 'conj'].includes(relation) || childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    const own = childrenIn(parse, participle);
    const owner = own.find((t) => t < participle && parse.deprel[t] === 'nmod:poss' && parse.upos[t] === 'PROPN');
    const object = own.find((t) => t > participle && parse.deprel[t] === 'obj' && parse.upos[t] === 'NOUN');
    if (owner === undefined || object === undefined) return;
    // Only the noun's own modifiers between them ("visiting foreign minister").
    for (let t = participle + 1; t < object; t += 1) if (parse.head[t] !== object) return;
    mended.attach(object, verb, 'obj');
    mended.attach(participle, object, 'amod');
    mended.attach(owner, object, 'nmod:poss');
    for (const t of own) if (t > object) mended.attach(t, verb, parse.deprel[t] === 'nmod' ? 'obl' : parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "A sends troops to border with B", a headline without its article, read with "to border" an infinitive: a frontier
 * "with" another after a verb's object and "to" is where the object goes, the verb's phrase (its party stays on it).
 */
function withFrontiersAfterTo(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.lemma.forEach((lemma, frontier) => {
    const verb = parse.head[frontier]!;
    const to = frontier - 1;
    if (!FRONT_NOUNS.has(lemma.toLowerCase()) || parse.upos[frontier] !== 'VERB' || verb < 0 || verb > frontier || !['xcomp', 'advcl'].includes(parse.deprel[frontier]!)) return;
    if (parse.lemma[to]!.toLowerCase() !== 'to' || parse.head[to] !== frontier || !childrenIn(parse, verb).some((t) => t < to && parse.deprel[t] === 'obj')) return;
    if (!childrenIn(parse, frontier).some((t) => t > frontier && parse.deprel[t] === 'obl' && caseOf(parse, t) === 'with')) return;
    mended.attach(frontier, verb, 'obl');
    mended.attach(to, frontier, 'case');
  });
  return mended.result();
}

/**
 * "… amid rising tensions with B" read as a clause "amid" opens, "rising" its verb and the tensions its object: "amid"
 * opens no clause, so the participle describes the noun after it, which "amid" governs where the clause hung.
 */
function withParticiplesAmidNouns(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, participle) => {
    const head = parse.head[participle]!;
    if (upos !== 'VERB' || head < 0 || !/ing$/i.test(forms[participle] ?? '')) return;
    const amid = childrenIn(parse, participle).find((t) => t < participle && parse.deprel[t] === 'mark' && parse.lemma[t]!.toLowerCase() === 'amid');
    const noun = childrenIn(parse, participle).find((t) => t > participle && parse.deprel[t] === 'obj' && parse.upos[t] === 'NOUN');
    if (amid === undefined || noun === undefined) return;
    mended.attach(noun, head, parse.upos[head] === 'VERB' ? 'obl' : 'nmod');
    mended.attach(amid, noun, 'case');
    mended.attach(participle, noun, 'amod');
  });
  return mended.result();
}

/**
 * A participle right after an object-less verb that the parser read as a second verb ("urged newly elected
 * president A to act", with A the agent of "elected"; "imposed targeted sanctions on B", with the sanctions
 * "targeted"'s object) describes the verb's object.
 */
function withParticiplesBeforeObjects(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const verb = parse.head[participle]!;
    if (!['conj', 'xcomp', 'ccomp'].includes(relation) || verb < 0 || verb > participle || parse.upos[verb] !== 'VERB' || parse.upos[participle] !== 'VERB') return;
    // (An -ing form only after a verb of sending, which takes no -ing complement: "dispatched firefighting aircraft".)
    const sending = GIVING_VERBS.has(parse.lemma[verb]!.toLowerCase()) && relation === 'xcomp';
    if (!/(?:ed|en|wn)$/i.test(forms[participle] ?? '') && !(sending && /ing$/i.test(forms[participle] ?? ''))) return;
    const own = childrenIn(parse, participle);
    // Only adverbs between the two verbs ("newly"), the object's number ("delivered 12 decommissioned boats") or the
    // verb's particle ("called off scheduled talks"), no "and" or comma joining them, and nothing else that is the
    // verb's object.
    const counts: number[] = [];
    for (let t = verb + 1; t < participle; t += 1) {
      if (parse.head[t] === verb && parse.deprel[t] === 'compound:prt') continue;
      if (parse.head[t] !== participle || !['advmod', 'nummod'].includes(parse.deprel[t]!)) return;
      if (parse.deprel[t] === 'nummod') counts.push(t);
    }
    if (own.some((t) => parse.deprel[t] === 'cc' || parse.deprel[t] === 'punct' || /^nsubj/.test(parse.deprel[t]!))) return;
    if (childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    // What the participle seemed to govern after its object is the verb's ("delivered 12 decommissioned boats to B",
    // "imposed targeted sanctions on B's leaders").
    const sent = own.find((t) => t > participle && parse.deprel[t] === 'obj' && parse.upos[t] === 'NOUN');
    // (A time phrase after the object is the verb's: "pardoned jailed economist A on Thursday".)
    const timed = (t: number) => parse.deprel[t] === 'obl' && TIME_NOUNS.has(parse.lemma[t]!.toLowerCase());
    const nominals = sent !== undefined ? [sent] : own.filter((t) => t > participle && ['PROPN', 'NOUN'].includes(parse.upos[t]!) && /^(?:obl|obj|xcomp)/.test(parse.deprel[t]!) && !timed(t));
    if (nominals.length !== 1 || (sent === undefined && own.some((t) => t > participle && !nominals.includes(t) && !timed(t)))) return;
    const object = nominals[0]!;
    mended.attach(object, verb, 'obj');
    mended.attach(participle, object, 'amod');
    for (const t of counts) mended.attach(t, object, 'nummod');
    for (const t of own) if (t > object && (sent !== undefined || timed(t))) mended.attach(t, verb, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "Rioters loyal to B torched tyres" read with the adjective as the sentence's predicate and the verb a clause under
 * it: an adjective with a phrase of its own right after a subject, with no copula, describes the subject; a past
 * verb after it with no subject or marker of its own is the subject's.
 */
function withAdjectivePhrasesOfSubjects(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, adjective) => {
    if (upos !== 'ADJ') return;
    const own = childrenIn(parse, adjective);
    const subject = own.find((t) => t === adjective - 1 && parse.deprel[t] === 'nsubj' && ['NOUN', 'PROPN'].includes(parse.upos[t]!));
    if (subject === undefined || own.some((t) => /^(?:cop|aux|mark)/.test(parse.deprel[t]!)) || !own.some((t) => t > adjective && parse.deprel[t] === 'obl')) return;
    const verb = own.find((t) => t > adjective && parse.upos[t] === 'VERB' && /^(?:advcl|conj|parataxis|ccomp)$/.test(parse.deprel[t]!) && /ed$/.test(forms[t] ?? ''));
    if (verb === undefined || childrenIn(parse, verb).some((c) => /^(?:nsubj|csubj|expl|mark|aux|cc)/.test(parse.deprel[c]!))) return;
    mended.attach(verb, parse.head[adjective]!, parse.deprel[adjective]!);
    mended.attach(subject, verb, 'nsubj');
    mended.attach(adjective, subject, 'amod');
    // What hung on the adjective after the verb is the verb's ("… in protest at B's decision", the final stop).
    for (const t of own) if (t > verb) mended.attach(t, verb, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * A past participle right after a noun, with its "by" agent, that the parser read as the sentence's verb ("The
 * fishermen released by A to B had spent four years in jail", "Two boats handed over by A to B are to be used …")
 * describes the noun, where a later verb has no subject: that verb is the noun's.
 */
function withReducedRelatives(parse: TokenParse, forms: readonly string[]): TokenParse {
  const n = parse.head.length;
  for (let participle = 1; participle < n - 2; participle += 1) {
    if (parse.upos[participle] !== 'VERB' || !/^(?:root|advcl|ccomp)$/.test(parse.deprel[participle]!)) continue;
    const own = childrenIn(parse, participle);
    // (The noun may also have been read as a compound of the participle: "A tanker owned by A was seized …".)
    const subject = own.find((t) => t === participle - 1 && (parse.deprel[t] === 'nsubj' || parse.deprel[t] === 'compound') && ['NOUN', 'PROPN'].includes(parse.upos[t]!));
    if (subject === undefined || own.some((t) => /^aux/.test(parse.deprel[t]!))) continue;
    // Its "by" phrase, right after it or after its particle and other phrases ("granted to A by B"), under it.
    let by = participle + 1;
    while (by < n && by < participle + 10 && parse.lemma[by]!.toLowerCase() !== 'by' && !/^(?:VERB|AUX|PUNCT|SCONJ|CCONJ)$/.test(parse.upos[by]!)) by += 1;
    if (parse.lemma[by]?.toLowerCase() !== 'by' || parse.deprel[by] !== 'case') continue;
    const agent = parse.head[by]!;
    if (!reaches(parse, agent, participle, 4) || agent <= by) continue;
    // The later verb with no subject: the participle's own conjunct without "and", or the verb it was hung on.
    // (Or a clause hung on it whose verb has an auxiliary of its own: "… handed over by A to B are to be used".)
    const unjoined = (t: number) => !childrenIn(parse, t).some((c) => /^(?:cc|nsubj|csubj|expl)/.test(parse.deprel[c]!) || (parse.deprel[c] === 'punct' && c < t));
    // (Or, read as its complement, a verb with no marker that acts on something: "An airstrike carried out by A on a
    // camp of B killed dozens".)
    const finite = (t: number) => {
      const governed = childrenIn(parse, t);
      if (/^(?:advcl|ccomp|parataxis)$/.test(parse.deprel[t]!) && governed.some((c) => /^aux/.test(parse.deprel[c]!))) return true;
      return /^(?:xcomp|advcl)$/.test(parse.deprel[t]!) && !/ing$/.test(forms[t] ?? '') && governed.some((c) => parse.deprel[c] === 'obj') && !governed.some((c) => parse.deprel[c] === 'mark');
    };
    const conjunct = own.find((t) => t > agent && (parse.deprel[t] === 'conj' || finite(t)) && parse.upos[t] === 'VERB' && unjoined(t));
    const governor = parse.head[participle]!;
    const verb = conjunct ?? (governor > agent && parse.upos[governor] === 'VERB' && !childrenIn(parse, governor).some((c) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[c]!)) ? governor : -1);
    if (verb < 0) continue;
    const mended = reattachments(parse);
    if (verb === conjunct) mended.attach(verb, governor, parse.deprel[participle]!);
    // The noun's own words before it that the parser hung on the participle ("A tanker") go back to it.
    for (const t of own) if (t < subject) mended.attach(t, subject, parse.deprel[t]!);
    const passive = childrenIn(parse, verb).some((c) => parse.deprel[c] === 'aux:pass');
    mended.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
    mended.attach(participle, subject, 'acl');
    mended.attach(agent, participle, 'obl:agent');
    // What followed the subject and hung on the participle, the sentence's final punctuation, goes to the verb.
    for (const t of own) if (t > verb && parse.deprel[t] === 'punct') mended.attach(t, verb, 'punct');
    return mended.result();
  }
  return parse;
}

/**
 * "A trafficker wanted in B was extradited to C" read with "wanted" as the sentence's verb and "was extradited" its
 * conjunct with no "and": a past participle right after a noun, with no object, followed by a verb with an auxiliary
 * of its own and no subject or "and", describes the noun, and the later verb takes its place, the noun its subject.
 */
function withReducedRelativesBeforeAuxiliaries(parse: TokenParse, forms: readonly string[]): TokenParse {
  const n = parse.head.length;
  for (let participle = 1; participle < n - 2; participle += 1) {
    if (parse.upos[participle] !== 'VERB' || !/^(?:root|ccomp)$/.test(parse.deprel[participle]!) || !/(?:ed|en)$/.test(forms[participle] ?? '')) continue;
    const own = childrenIn(parse, participle);
    const subject = own.find((t) => t === participle - 1 && parse.deprel[t] === 'nsubj' && parse.upos[t] === 'NOUN');
    if (subject === undefined || own.some((t) => /^(?:aux|obj|iobj|ccomp|xcomp|mark)/.test(parse.deprel[t]!))) continue;
    const verb = own.find((t) => t > participle && parse.deprel[t] === 'conj' && parse.upos[t] === 'VERB');
    if (verb === undefined) continue;
    const governed = childrenIn(parse, verb);
    const auxiliaries = governed.filter((c) => /^aux/.test(parse.deprel[c]!));
    if (!auxiliaries.length || governed.some((c) => /^(?:cc|nsubj|csubj|expl)/.test(parse.deprel[c]!) || (parse.deprel[c] === 'punct' && c < verb))) continue;
    // Nothing but the participle's own phrases between it and the later verb's auxiliary (commas only inside a list:
    // "aircraft loaded with tents, blankets and medicine were sent to C").
    const inList = (t: number) => parse.upos[t] !== 'PUNCT' || parse.deprel[parse.head[t]!] === 'conj';
    if (!forms.slice(participle + 1, Math.min(...auxiliaries)).every((_, k) => reaches(parse, participle + 1 + k, participle, 4) && inList(participle + 1 + k))) continue;
    const mended = reattachments(parse);
    mended.attach(verb, parse.head[participle]!, parse.deprel[participle]!);
    const passive = auxiliaries.some((c) => parse.deprel[c] === 'aux:pass');
    mended.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
    mended.attach(participle, subject, 'acl');
    for (const t of own) if (t > verb) mended.attach(t, verb, parse.deprel[t]!);
    for (const t of own) if (t < subject) mended.attach(t, subject, parse.deprel[t]!);
    return mended.result();
  }
  return parse;
}

/**
 * "B, where A has ruled since 2007, confiscated C" read with the relative clause as the sentence's main verb (or B as
 * its root and the clause beside it) and the verb after the second comma its conjunct: a clause opened by "where"
 * right after a name and its comma describes the name, and the later verb with no subject of its own is the
 * sentence's, the name its subject.
 */
function withPlacesBeforeRelativeClauses(parse: TokenParse, forms: readonly string[]): TokenParse {
  const n = parse.head.length;
  for (let where = 2; where < n - 3; where += 1) {
    if ((forms[where] ?? '').toLowerCase() !== 'where' || forms[where - 1] !== ',' || parse.deprel[where] !== 'advmod') continue;
    const place = where - 2;
    const clause = parse.head[where]!;
    if (!['PROPN', 'NOUN'].includes(parse.upos[place]!) || clause < where || parse.upos[clause] !== 'VERB') continue;
    const root = parse.head.indexOf(-1);
    if (root !== place && root !== clause) continue;
    if (root === place ? parse.head[clause] !== place : parse.head[place] !== clause) continue;
    const verb = childrenIn(parse, clause).find((t) => t > clause && ['conj', 'xcomp', 'parataxis'].includes(parse.deprel[t]!) && parse.upos[t] === 'VERB' && forms[t - 1] === ',');
    if (verb === undefined || childrenIn(parse, verb).some((c) => /^(?:nsubj|csubj|expl|cc)/.test(parse.deprel[c]!))) continue;
    const mended = reattachments(parse);
    mended.attach(verb, -1, 'root');
    mended.attach(place, verb, 'nsubj');
    mended.attach(clause, place, 'acl:relcl');
    for (const owner of [place, clause]) for (const t of childrenIn(parse, owner)) if (t > verb) mended.attach(t, verb, parse.deprel[t]!);
    return mended.result();
  }
  return parse;
}

/**
 * "Spoke by telephone with B": the party after "with", which the parser hung on the means, is the verb's.
 */
function withPartiesOffMeans(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, party) => {
    const means = parse.head[party]!;
    if (relation !== 'nmod' || caseOf(parse, party) !== 'with' || means < 0 || parse.deprel[means] !== 'obl' || caseOf(parse, means) !== 'by' || !CONTACT_MEANS.has(parse.lemma[means]!.toLowerCase())) return;
    mended.attach(party, parse.head[means]!, 'obl');
  });
  return mended.result();
}

/**
 * A passive's "by" phrase that the parser hung on a time or place phrase of the verb ("was arrested at his home
 * before dawn by officers of B", with "officers" under "dawn"), or on a name after "to", "from" or "with" ("were
 * released to B by C"), is the verb's agent, where it has none.
 */
function withAgentsOffObliques(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const oblique = parse.head[phrase]!;
    // (Or on a name the act went to or came from: "were released to B by C".)
    const named = parse.upos[oblique] === 'PROPN' && ['to', 'from', 'with'].includes(caseOf(parse, oblique) ?? '');
    if (relation !== 'nmod' || caseOf(parse, phrase) !== 'by' || oblique < 0 || parse.deprel[oblique] !== 'obl' || (parse.upos[oblique] !== 'NOUN' && !named)) return;
    const verb = parse.head[oblique]!;
    const own = childrenIn(parse, verb);
    // A participle describing a noun is passive where it acts on nothing ("the warrant issued in absentia by B").
    const participle = parse.deprel[verb] === 'acl' && parse.upos[verb] === 'VERB' && !own.some((t) => ['obj', 'nsubj', 'mark'].includes(parse.deprel[t]!));
    if ((!participle && !own.some((t) => parse.deprel[t] === 'aux:pass')) || own.some((t) => parse.deprel[t] === 'obl:agent' || (parse.deprel[t] === 'obl' && caseOf(parse, t) === 'by'))) return;
    // (Not a thing made by someone: "a letter by B", "a song by B".)
    // (A place something was sent to, along or across is such a place too: "were sent to the border with B by C".)
    if (!named && !TIME_NOUNS.has(parse.lemma[oblique]!.toLowerCase()) && !['at', 'in', 'into', 'on', 'near', 'outside', 'before', 'after', 'during', 'to', 'along', 'across', 'toward', 'towards'].includes(caseOf(parse, oblique) ?? '')) return;
    mended.attach(phrase, verb, 'obl:agent');
  });
  return mended.result();
}

/**
 * "The expulsion of B's envoy by A", "the cancellation of the talks with B by A": a "by" phrase the parser hung on
 * the last noun of an event noun's "of" phrase (or on a phrase hung there) names the event's agent, where the event
 * has none and the noun it hung on is no event of its own ("a song by B", "the invasion of a country by A" keep what
 * they say).
 */
function withAgentsOfEventNouns(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const holder = parse.head[phrase]!;
    if (relation !== 'nmod' || caseOf(parse, phrase) !== 'by' || holder < 0 || !['NOUN', 'PROPN'].includes(parse.upos[holder]!) || isEventNoun(parse, holder)) return;
    // Up the chain of nominal phrases (two steps at most) to an event noun, each phrase after the one it hangs on.
    let event = holder;
    for (let step = 0; step < 2 && event >= 0 && parse.deprel[event] === 'nmod' && !isEventNoun(parse, event); step += 1) {
      event = parse.head[event]!;
    }
    if (event < 0 || event === holder || !isEventNoun(parse, event) || parse.upos[event] !== 'NOUN' || caseOf(parse, holder) === 'by') return;
    if (childrenIn(parse, event).some((t) => ['nmod:poss', 'acl'].includes(parse.deprel[t]!) || (parse.deprel[t] === 'nmod' && caseOf(parse, t) === 'by'))) return;
    if (!reaches(parse, holder, event, 2) || !childrenIn(parse, event).some((t) => parse.deprel[t] === 'nmod' && caseOf(parse, t) === 'of' && reaches(parse, holder, t, 1))) return;
    mended.attach(phrase, event, 'nmod');
  });
  return mended.result();
}

/**
 * "A returned two B fishing boats to C" read with "fishing" a clause, "B" its subject and the boats its object: an
 * "-ing" word with only a name or a count before it and its object right after it describes that noun, which takes
 * the clause's place and the words before it.
 */
function withGerundsBeforeNouns(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, gerund) => {
    const noun = gerund + 1;
    const head = parse.head[gerund]!;
    if (upos !== 'VERB' || !/ing$/i.test(forms[gerund] ?? '') || head < 0 || parse.upos[noun] !== 'NOUN') return;
    const before = childrenIn(parse, gerund).filter((t) => t < gerund);
    // (A name or a count; an adjective may describe the "-ing" word itself: "fast serving restaurants".)
    const describing = (t: number) => (parse.upos[t] === 'PROPN' || parse.upos[t] === 'NUM') && /^(?:nsubj|mark|nummod|amod|compound)$/.test(parse.deprel[t]!);
    if (!before.length || !before.every(describing)) return;
    // (Read already as describing the noun, its words before it are the noun's too: "seized two B fishing boats".)
    if (head === noun && parse.deprel[gerund] === 'amod') {
      for (const t of before) mended.attach(t, noun, parse.upos[t] === 'NUM' ? 'nummod' : 'amod');
      return;
    }
    if (head > gerund || parse.head[noun] !== gerund || parse.deprel[noun] !== 'obj') return;
    // (The count the parser hung on the verb as its object belongs to the noun too: "returned two B fishing boats".)
    const count = gerund - before.length - 1;
    const stray = parse.upos[count] === 'NUM' && parse.head[count] === head && parse.deprel[count] === 'obj' ? [count] : [];
    mended.attach(noun, head, stray.length ? 'obj' : parse.deprel[gerund] === 'advcl' && parse.upos[head] === 'VERB' ? 'obj' : parse.deprel[gerund]!);
    mended.attach(gerund, noun, 'amod');
    for (const t of [...before, ...stray]) mended.attach(t, noun, parse.upos[t] === 'NUM' ? 'nummod' : 'amod');
    for (const t of childrenIn(parse, gerund)) if (t > noun) mended.attach(t, head, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "B condemns C's use of force", a headline, read with "B" a compound of the verb: a verb has no compound before it,
 * so a name opening the sentence so hung, where the verb has no subject, is its subject.
 */
function withNamesBeforeVerbsAsSubjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const verb = parse.head[name]!;
    // (A name opening the sentence: a headline's subject without its article.)
    if (relation !== 'compound' || verb <= name || parse.upos[verb] !== 'VERB' || parse.upos[name] !== 'PROPN' || phraseStart(parse, name, childrenIn(parse, name)) !== 0) return;
    if (childrenIn(parse, verb).some((t) => /^(?:nsubj|csubj)/.test(parse.deprel[t]!))) return;
    mended.attach(name, verb, 'nsubj');
  });
  return mended.result();
}

/**
 * "Valdorian premier holds talks with …", a headline without its article, read with both words describing the verb:
 * a verb takes no adjective, so the describing words that open the sentence right before a verb with no subject are
 * its subject, the last of them the head ("premier", a noun the tagger took for the adjective it also is).
 */
function withOpeningModifiersAsSubjects(parse: TokenParse): TokenParse {
  let verb = 0;
  while (verb < parse.upos.length && parse.upos[verb] === 'ADJ' && parse.deprel[verb] === 'amod') verb += 1;
  if (verb < 2 || parse.upos[verb] !== 'VERB' || parse.upos.slice(0, verb).some((_u, t) => parse.head[t] !== verb)) return parse;
  if (childrenIn(parse, verb).some((t) => /^(?:nsubj|csubj)/.test(parse.deprel[t]!))) return parse;
  const mended = reattachments(parse);
  mended.attach(verb - 1, verb, 'nsubj');
  for (let t = 0; t < verb - 1; t += 1) mended.attach(t, verb - 1, 'amod');
  return mended.result();
}

/**
 * "B condemns C coast guard's use of water cannon", a headline without its article, read with the nationality as the
 * subject of the noun "use": a noun with no copula has no subject, so a word read as one, right before the words of
 * the noun's possessor, describes that possessor.
 */
function withSubjectsOfNounsAsModifiers(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, word) => {
    const noun = parse.head[word]!;
    if (relation !== 'nsubj' || noun < 0 || noun < word + 2 || parse.upos[noun] !== 'NOUN' || !['ADJ', 'PROPN'].includes(parse.upos[word]!)) return;
    if (childrenIn(parse, noun).some((t) => parse.deprel[t] === 'cop' || parse.deprel[t] === 'aux')) return;
    const possessor = childrenIn(parse, noun).find((t) => t > word && parse.deprel[t] === 'nmod:poss');
    if (possessor === undefined) return;
    for (let t = word + 1; t < possessor; t += 1) if (!reaches(parse, t, possessor, 2)) return;
    mended.attach(word, possessor, 'amod');
  });
  return mended.result();
}

/**
 * "staged large-scale live-fire drills around B" read with "large-scale" as the object and "drills" a phrase under it
 * with no preposition: a noun hung as a phrase, with no preposition of its own, on an adjective or a hyphenated word
 * right before its own modifiers is the head, and the word before describes it.
 */
function withHeadsOfBarePhrases(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const before = parse.head[noun]!;
    if (relation !== 'nmod' || before < 0 || before > noun || parse.upos[noun] !== 'NOUN') return;
    if (parse.upos[before] !== 'ADJ' && !(parse.upos[before] === 'NOUN' && parse.lemma[before]!.includes('-'))) return;
    if (childrenIn(parse, noun).some((t) => t < noun && parse.deprel[t] === 'case')) return;
    // Only the noun's own describing words between.
    for (let t = before + 1; t < noun; t += 1) if (parse.head[t] !== noun || !['compound', 'amod'].includes(parse.deprel[t]!)) return;
    mended.attach(noun, parse.head[before]!, parse.deprel[before]!);
    mended.attach(before, noun, 'amod');
    for (const t of childrenIn(parse, before)) if (t < before && ['det', 'case', 'nmod:poss'].includes(parse.deprel[t]!)) mended.attach(t, noun, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "offered to share coast guard patrol data with B" read with "coast" as the object and "data" an oblique with no
 * preposition: a run of nouns after the object, ending in a bare oblique of the same verb, is one compound object.
 * So is a run after an oblique ("to protest against the ruling B party" read with "the ruling" the oblique and
 * "party" a second one with no preposition): the last noun heads the phrase and takes its preposition.
 */
function withCompoundObjectsJoined(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, last) => {
    const verb = parse.head[last]!;
    if (relation !== 'obl' || parse.upos[last] !== 'NOUN' || verb < 0 || childrenIn(parse, last).some((t) => t < last && parse.deprel[t] === 'case')) return;
    const opensWith = (t: number) => childrenIn(parse, t).filter((k) => k < t && ['case', 'det'].includes(parse.deprel[k]!));
    // (An oblique's run: the oblique ends where the run begins, and the last noun has no article of its own.)
    const isRunAfterOblique = (t: number) => parse.deprel[t] === 'obl' && opensWith(t).some((k) => parse.deprel[k] === 'case') && !childrenIn(parse, t).some((k) => k > t) && !opensWith(last).length;
    const object = childrenIn(parse, verb).find((t) => t < last && (parse.deprel[t] === 'obj' || isRunAfterOblique(t)) && parse.upos[t] === 'NOUN');
    if (object === undefined) return;
    // Every word between is a noun of the run (after an oblique, a name's word too), hanging inside it.
    const inRun = (u: string | undefined) => u === 'NOUN' || ((u === 'PROPN' || u === 'ADJ') && parse.deprel[object] === 'obl');
    for (let t = object + 1; t < last; t += 1) if (!inRun(parse.upos[t]) || parse.head[t]! < object || parse.head[t]! > last) return;
    mended.attach(last, verb, parse.deprel[object]!);
    mended.attach(object, last, 'compound');
    if (parse.deprel[object] === 'obl') for (const opener of opensWith(object)) mended.attach(opener, last, parse.deprel[opener]!);
  });
  return mended.result();
}

/**
 * "demanded that B free three truck drivers" read with the noun as the clause's head, its subject and the verb under
 * it: a clause's verb between its subject and the noun is its head, and the noun what it acts on.
 */
function withVerbsOfNounClauses(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.upos.forEach((upos, verb) => {
    const noun = parse.head[verb]!;
    if (upos !== 'VERB' || noun <= verb || !['obl', 'nmod', 'compound'].includes(parse.deprel[verb]!) || parse.upos[noun] !== 'NOUN' || !['ccomp', 'advcl'].includes(parse.deprel[noun]!)) return;
    const own = childrenIn(parse, noun);
    const subject = own.find((t) => t < verb && parse.deprel[t] === 'nsubj');
    const marker = own.find((t) => t < (subject ?? verb) && parse.deprel[t] === 'mark');
    if (subject === undefined || marker === undefined || childrenIn(parse, verb).length) return;
    // The clause belongs to the verb right before its "that" ("B said A demanded that C free …"), where there is one.
    const governor = parse.upos[marker - 1] === 'VERB' ? marker - 1 : parse.head[noun]!;
    mended.attach(verb, governor, governor === marker - 1 ? 'ccomp' : parse.deprel[noun]!);
    mended.attach(subject, verb, 'nsubj');
    mended.attach(marker, verb, 'mark');
    mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A dispatched a rescue team and two field hospitals to B" read with "hospitals" a conjunct of the verb: a noun joined
 * by "and" to a verb that has an object before it, with no verb words of its own, is the object's conjunct.
 */
function withNounsJoinedToObjects(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if (relation !== 'conj' || parse.upos[noun] !== 'NOUN' || verb < 0 || parse.upos[verb] !== 'VERB') return;
    const object = childrenIn(parse, verb).find((c) => c > verb && c < noun && parse.deprel[c] === 'obj');
    const own = childrenIn(parse, noun);
    if (object === undefined || !own.some((c) => parse.deprel[c] === 'cc') || own.some((c) => /^(?:nsubj|aux|cop|mark)/.test(parse.deprel[c]!))) return;
    mended.attach(noun, object, 'conj');
  });
  return mended.result();
}

/**
 * "A pulled its forces back from three villages" read with "from three villages" under the particle: a phrase hung on
 * the particle of a phrasal verb with a sense of its own (`PHRASAL_VERB_SENSES`) is the verb's, as the sense's would
 * be ("withdrew … from"), and the particle is the verb's too (UD's `compound:prt`).
 */
function withPhrasesOffParticles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, particle) => {
    // (The particle may hang on the last of the things moved: "pulled troops and heavy equipment back from …".)
    const holder = parse.head[particle]!;
    const verb = holder >= 0 && parse.upos[holder] === 'NOUN' && ['obj', 'conj'].includes(parse.deprel[holder]!) && holder === particle - 1 ? verbAbove(parse, particle) : holder;
    if (verb < 0 || verb > particle || parse.upos[verb] !== 'VERB' || parse.upos[particle] !== 'ADV' || !['advmod', 'compound:prt'].includes(relation)) return;
    // (Or of a verb of giving back, whom it gives to: "handed the trawler back to B".)
    const [lemma, word] = [parse.lemma[verb]!.toLowerCase(), parse.lemma[particle]!.toLowerCase()];
    const sensed = PHRASAL_VERB_SENSES.has(`${lemma} ${word}`);
    if (!sensed && !(GIVING_BACK_VERBS.has(lemma) && GIVING_BACK_PARTICLES.has(word))) return;
    const phrases = childrenIn(parse, particle).filter((c) => c > particle && ['obl', 'nmod'].includes(parse.deprel[c]!) && (sensed ? childrenIn(parse, c).some((k) => parse.deprel[k] === 'case') : caseOf(parse, c) === 'to'));
    if (!phrases.length) return;
    mended.attach(particle, verb, 'compound:prt');
    for (const phrase of phrases) mended.attach(phrase, verb, 'obl');
  });
  return mended.result();
}

/**
 * "B's jets shot down a C bomber" read with the bomber an oblique with no preposition, right after the verb's
 * particle: a noun phrase opened by a determiner, right after a phrasal verb's particle, is the verb's object.
 */
function withObjectsAfterParticles(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, noun) => {
    const verb = parse.head[noun]!;
    if (relation !== 'obl' || verb < 0 || verb > noun || parse.upos[verb] !== 'VERB' || parse.upos[noun] !== 'NOUN') return;
    const own = childrenIn(parse, noun);
    if (own.some((t) => parse.deprel[t] === 'case') || !own.some((t) => t < noun && parse.deprel[t] === 'det')) return;
    const particle = phraseStart(parse, noun, own) - 1;
    if (particle > verb && parse.head[particle] === verb && parse.deprel[particle] === 'compound:prt') mended.attach(noun, verb, 'obj');
  });
  return mended.result();
}

/**
 * "A freed four jailed B nationals" read with the number as the object and the participle as a complement acting on
 * the people: a number right before a participle whose object follows counts that object, which is the verb's, and
 * the participle describes it (what followed the object goes back to the verb: "… on Friday").
 */
function withNumbersBeforeParticiples(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, number) => {
    const verb = parse.head[number]!;
    const participle = number + 1;
    if (relation !== 'obj' || parse.upos[number] !== 'NUM' || verb < 0 || verb > number || parse.upos[verb] !== 'VERB') return;
    if (childrenIn(parse, number).length || parse.head[participle] !== verb || parse.deprel[participle] !== 'xcomp' || !/(?:ed|en)$/.test(forms[participle] ?? '')) return;
    const own = childrenIn(parse, participle);
    const object = own.find((t) => t > participle && parse.deprel[t] === 'obj' && parse.upos[t] === 'NOUN');
    if (object === undefined || own.some((t) => t < participle || (t < object && parse.deprel[t] !== 'amod' && parse.deprel[t] !== 'compound'))) return;
    mended.attach(object, verb, 'obj');
    mended.attach(number, object, 'nummod');
    mended.attach(participle, object, 'amod');
    for (const t of own) if (t > object) mended.attach(t, verb, parse.deprel[t]!);
  });
  return mended.result();
}

/**
 * "A freed 32 B soldiers captured during the war" read as a clause, the soldiers the subject of "captured": a past
 * participle with no object, auxiliary or marker of its own, whose subject right after a verb of acting on a party
 * (one the event lexicon knows with an object) stands where that verb's object would, describes the noun, which
 * is the verb's object.
 */
function withParticiplesAfterObjects(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, participle) => {
    const verb = parse.head[participle]!;
    if (relation !== 'ccomp' || parse.upos[participle] !== 'VERB' || verb < 0 || verb > participle || parse.upos[verb] !== 'VERB' || !/(?:ed|en)$/.test(forms[participle] ?? '')) return;
    if (!verbRelations(parse.lemma[verb]!).length || REPORTING_VERBS.has(parse.lemma[verb]!.toLowerCase()) || childrenIn(parse, verb).some((t) => parse.deprel[t] === 'obj')) return;
    const own = childrenIn(parse, participle);
    if (own.some((t) => /^(?:aux|obj|mark|expl|iobj|ccomp|xcomp)/.test(parse.deprel[t]!))) return;
    const subject = own.find((t) => t === participle - 1 && parse.deprel[t] === 'nsubj' && parse.upos[t] === 'NOUN');
    if (subject === undefined || phraseStart(parse, subject, childrenIn(parse, subject)) !== verb + 1) return;
    mended.attach(subject, verb, 'obj');
    mended.attach(participle, subject, 'acl');
  });
  return mended.result();
}

/**
 * "B army warplanes bombed positions held by C" read as one noun phrase, the verb an adjective of the positions and
 * the positions the warplanes' object: a noun takes no object, so the past tense between them is the verb, the noun
 * before it its subject and the one after its object (with what followed the object, "… on Monday"); so too where the
 * noun before was read as the object's possessor with no "'s", or the two nouns as the subject and the complement of
 * the verb of saying after them.
 */
function withVerbsReadAsModifiers(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  // "B warplanes struck positions of C …, the ministry said" read with the warplanes as the saying's subject and the
  // positions as what is said: the verb between them is what is said, theirs.
  parse.deprel.forEach((relation, verb) => {
    const object = parse.head[verb]!;
    const subject = verb - 1;
    const saying = parse.head[subject]!;
    if (relation !== 'amod' || parse.upos[verb] !== 'VERB' || object !== verb + 1 || saying < object || parse.deprel[subject] !== 'nsubj' || !['NOUN', 'PROPN'].includes(parse.upos[subject]!)) return;
    if (parse.head[object] !== saying || parse.deprel[object] !== 'ccomp' || !REPORTING_VERBS.has(parse.lemma[saying]!.toLowerCase())) return;
    if (!childrenIn(parse, saying).some((t) => t > object && /^nsubj/.test(parse.deprel[t]!))) return;
    mended.attach(verb, saying, 'ccomp');
    mended.attach(subject, verb, 'nsubj');
    mended.attach(object, verb, 'obj');
  });
  parse.deprel.forEach((relation, object) => {
    const noun = parse.head[object]!;
    if (relation !== 'obj' || noun < 0 || noun > object || parse.upos[noun] !== 'NOUN') return;
    const verb = childrenIn(parse, object).find((t) => t === noun + 1 && parse.deprel[t] === 'amod' && parse.upos[t] === 'VERB' && /ed$/.test(forms[t] ?? ''));
    if (verb === undefined) return;
    // (Only the object's own words between them; and a plural subject or a determined object: "a family owned
    // company" is one phrase.)
    for (let t = verb + 1; t < object; t += 1) if (parse.head[t] !== object || !['det', 'amod', 'compound', 'nummod', 'nmod:poss'].includes(parse.deprel[t]!)) return;
    if (!/s$/.test(forms[noun] ?? '') && !childrenIn(parse, object).some((t) => t > verb && t < object && ['det', 'nummod', 'nmod:poss'].includes(parse.deprel[t]!))) return;
    mended.attach(verb, parse.head[noun]!, parse.deprel[noun]!);
    mended.attach(noun, verb, 'nsubj');
    mended.attach(object, verb, 'obj');
    for (const t of childrenIn(parse, noun)) if (t > object) mended.attach(t, verb, parse.deprel[t] === 'nmod' ? 'obl' : parse.deprel[t]!);
  });
  // Or with the noun before the verb read as the object's possessor, though it has no "'s": "B rebels shelled
  // positions of C".
  parse.deprel.forEach((relation, noun) => {
    const object = parse.head[noun]!;
    const verb = noun + 1;
    if (relation !== 'nmod:poss' || object <= verb || parse.upos[noun] !== 'NOUN' || !/s$/.test(forms[noun] ?? '') || childrenIn(parse, noun).some((t) => parse.deprel[t] === 'case')) return;
    if (parse.head[verb] !== object || parse.deprel[verb] !== 'amod' || parse.upos[verb] !== 'VERB' || !/ed$/.test(forms[verb] ?? '')) return;
    for (let t = verb + 1; t < object; t += 1) if (parse.head[t] !== object || !['det', 'amod', 'compound', 'nummod'].includes(parse.deprel[t]!)) return;
    mended.attach(verb, parse.head[object]!, parse.deprel[object]!);
    mended.attach(noun, verb, 'nsubj');
    mended.attach(object, verb, 'obj');
  });
  return mended.result();
}

/**
 * "B's military attacked C" read with the word after "B's" as an adjective, the verb's subject, and B the verb's
 * possessor: a possessor owns the word after its "'s", whatever its tag; so do a determiner and adjectives hung on
 * the verb own the adjective after them ("The B military attacked C").
 */
function withModifiersOfNominalAdjectives(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  // ("The B military attacked C": a verb takes no determiner, so those right before its subject or object are its.)
  parse.deprel.forEach((relation, nominal) => {
    const verb = parse.head[nominal]!;
    if (!/^(?:nsubj|obj)/.test(relation) || verb < 0 || parse.upos[verb] !== 'VERB' || parse.upos[nominal] !== 'ADJ') return;
    let first = nominal;
    while (first > 0 && parse.head[first - 1] === verb && ['det', 'amod'].includes(parse.deprel[first - 1]!)) first -= 1;
    if (first === nominal || parse.deprel[first] !== 'det') return;
    for (let t = first; t < nominal; t += 1) mended.attach(t, nominal, parse.deprel[t]!);
  });
  parse.deprel.forEach((relation, owner) => {
    const verb = parse.head[owner]!;
    const owned = owner + 2;
    if (relation !== 'nmod:poss' || verb < 0 || parse.upos[verb] !== 'VERB' || parse.upos[owner + 1] !== 'PART' || parse.head[owner + 1] !== owner) return;
    if (parse.upos[owned] !== 'ADJ' || parse.head[owned] !== verb || !/^(?:nsubj|obj)/.test(parse.deprel[owned]!)) return;
    mended.attach(owner, owned, 'nmod:poss');
  });
  return mended.result();
}

/**
 * "filed by the B Residents' Alliance": a preposition the parser hung on a possessor inside a name belongs to the
 * phrase the possessor is part of (a possessor takes no preposition of its own but its "'s").
 */
function withPrepositionsOffPossessors(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, marker) => {
    const owner = parse.head[marker]!;
    if (relation !== 'case' || parse.upos[marker] !== 'ADP' || owner <= marker || parse.deprel[owner] !== 'nmod:poss') return;
    const owned = parse.head[owner]!;
    if (owned > owner) mended.attach(marker, owned, 'case');
  });
  return mended.result();
}

/** A noun the event lexicon reads as an event between its agent and another party ("expulsion", "invasion"). */
const isEventNoun = (parse: TokenParse, token: number): boolean =>
  parse.upos[token] === 'NOUN' && EVENT_NOUN_PREPOSITIONS.some((p) => nounRelations(parse.lemma[token]!, p).length > 0);

const EVENT_NOUN_PREPOSITIONS = ['of', 'on', 'against', 'to', 'with', 'from', 'into', 'for'] as const;

/**
 * "protested against plans by the government of B": a "by" phrase the parser hung on an active verb, right after an
 * oblique noun, names who made the thing (the verb has its subject); not a means ("by force", "by telephone").
 */
function withMakersOfObliques(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const verb = parse.head[phrase]!;
    if (!['obl', 'obl:agent'].includes(relation) || caseOf(parse, phrase) !== 'by' || verb < 0 || parse.upos[verb] !== 'VERB') return;
    const own = childrenIn(parse, verb);
    // (An active verb: a subject of its own, or an infinitive's, which has none.)
    const infinitive = own.some((t) => parse.deprel[t] === 'mark' && parse.lemma[t]!.toLowerCase() === 'to');
    if (!(own.some((t) => parse.deprel[t] === 'nsubj') || infinitive) || own.some((t) => parse.deprel[t] === 'aux:pass')) return;
    // A named maker or one with a determiner ("the government"), not a bare means.
    if (parse.upos[phrase] !== 'PROPN' && !childrenIn(parse, phrase).some((t) => ['det', 'nmod:poss'].includes(parse.deprel[t]!))) return;
    const opener = childrenIn(parse, phrase).filter((t) => t < phrase).reduce((a, b) => Math.min(a, b), phrase);
    // (Or right after the object, where that is an event: "protested her detention by B".)
    const made = (t: number) => parse.deprel[t] === 'obl' || (parse.deprel[t] === 'obj' && isEventNoun(parse, t));
    const thing = own.find((t) => t < phrase && made(t) && parse.upos[t] === 'NOUN' && lastIn(parse, t) === opener - 1 && !TIME_NOUNS.has(parse.lemma[t]!.toLowerCase()));
    // (On the phrase's last noun: "in protest against his treatment by B" is B's treatment.)
    if (thing !== undefined) mended.attach(phrase, parse.upos[opener - 1] === 'NOUN' ? opener - 1 : thing, 'nmod');
  });
  return mended.result();
}

/** The last token of a token's phrase (its rightmost descendant), before the tree's lists of dependents exist. */
function lastIn(parse: TokenParse, token: number): number {
  let last = token;
  parse.head.forEach((_h, t) => {
    if (t > last && reaches(parse, t, token, 6)) last = t;
  });
  return last;
}

/**
 * A phrase "to B", "into B" or "with B" right after a passive's agent ("handed over by A to B", "talks were held by
 * A with B"), which the parser hung on the agent, says where the act went or with whom: an oblique of the verb (an
 * envoy "to B" aside).
 */
function withReceiversOffAgents(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, phrase) => {
    const agent = parse.head[phrase]!;
    if (relation !== 'nmod' || agent < 0 || parse.deprel[agent] !== 'obl:agent' || ENVOY_NOUNS.has(parse.lemma[agent]!.toLowerCase())) return;
    if (!['to', 'into', 'with'].includes(caseOf(parse, phrase) ?? '')) return;
    mended.attach(phrase, parse.head[agent]!, 'obl');
  });
  return mended.result();
}

/**
 * A sentence that opens with a name and a relative clause between commas ("A, which has sought X, struck a deal
 * with B"), whose verb after the closing comma the parser hung inside the clause or on the name: that verb is
 * the name's predicate, and the clause describes the name.
 */
function withPredicatesAfterRelatives(parse: TokenParse, forms: readonly string[]): TokenParse {
  const n = parse.head.length;
  // The opening name: its phrase's last word before the comma (words before it all hang inside the phrase).
  const name = parse.lemma.indexOf(',') - 1;
  if (name < 0 || !['PROPN', 'NOUN'].includes(parse.upos[name]!) || !RELATIVE_PRONOUNS.has(parse.lemma[name + 2]?.toLowerCase() ?? '') && parse.lemma[name + 2]?.toLowerCase() !== 'whose') return parse;
  for (let t = 0; t < name; t += 1) if (parse.head[t]! < 0 || parse.head[t]! > name) return parse;
  const clause = name + 2;
  for (let comma = clause + 2; comma < n - 1; comma += 1) {
    if (parse.lemma[comma] !== ',') continue;
    let verb = comma + 1;
    while (verb < n && verb < comma + 4 && /^(?:AUX|ADV|PART)$/.test(parse.upos[verb]!)) verb += 1;
    if (parse.upos[verb] !== 'VERB') continue;
    const own = childrenIn(parse, verb);
    // A participle that describes the name ("…, backed by B, attacked C") is no predicate; nor a verb with a subject.
    if (own.some((t) => /^(?:nsubj|csubj|expl)/.test(parse.deprel[t]!)) || (!own.some((t) => t < verb && /^aux/.test(parse.deprel[t]!)) && parse.lemma[verb + 1]?.toLowerCase() === 'by')) return parse;
    // Nor a gerund standing alone ("…, agreeing.").
    if (own.length === 0 && /ing$/.test(forms[verb] ?? '')) return parse;
    const mended = reattachments(parse);
    const relative = parse.head.findIndex((head, t) => t > clause - 1 && t < comma && parse.upos[t] === 'VERB' && (head < clause || head > comma));
    const governor = parse.head[verb]!;
    if (governor === name || (governor > name && governor < comma) || governor < 0) mended.attach(verb, parse.head[name]!, parse.deprel[name]!);
    else if (parse.deprel[verb] === 'advcl' && REPORTING_VERBS.has(parse.lemma[governor]!.toLowerCase())) mended.attach(verb, governor, 'ccomp');
    const passive = own.some((t) => parse.deprel[t] === 'aux:pass');
    mended.attach(name, verb, passive ? 'nsubj:pass' : 'nsubj');
    if (relative >= 0) mended.attach(relative, name, 'acl:relcl');
    parse.head.forEach((head, t) => {
      if (head === name && t > comma) mended.attach(t, verb, parse.deprel[t]!);
    });
    return mended.result();
  }
  return parse;
}

/**
 * "A, the B energy group, and C's D Oil began joint drilling" read as the name A with its apposition as the sentence,
 * then "and" a clause of its own whose subject is C's D Oil: a subject that opens after "and" right after the root's
 * apposition is the root's conjunct, and the two the verb's subjects.
 */
function withSubjectsJoinedAfterAppositions(parse: TokenParse): TokenParse {
  const root = parse.head.indexOf(-1);
  if (root < 0 || !['PROPN', 'NOUN'].includes(parse.upos[root]!)) return parse;
  const own = childrenIn(parse, root);
  const apposition = own.find((t) => t > root && parse.deprel[t] === 'appos');
  if (apposition === undefined) return parse;
  const verb = own.find((t) => t > apposition && parse.deprel[t] === 'conj' && parse.upos[t] === 'VERB');
  if (verb === undefined) return parse;
  const and = childrenIn(parse, verb).find((t) => t > apposition && parse.deprel[t] === 'cc' && ['and', 'or'].includes(parse.lemma[t]!.toLowerCase()));
  if (and === undefined) return parse;
  const subject = childrenIn(parse, verb).find((t) => t > and && t < verb && parse.deprel[t] === 'nsubj');
  if (subject === undefined) return parse;
  const mended = reattachments(parse);
  mended.attach(verb, -1, 'root');
  mended.attach(root, verb, 'nsubj');
  mended.attach(subject, root, 'conj');
  mended.attach(and, subject, 'cc');
  return mended.result();
}

/**
 * An apposition whose phrase opens with "and" or "or" ("leader A and Prime Minister B reached …", with B an apposition
 * of "leader" and the "and" under its title) is the phrase's conjunct: nothing renames a noun after a conjunction.
 */
function withConjunctsOffAppositions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, second) => {
    const first = parse.head[second]!;
    if (relation !== 'appos' || first < 0 || first > second) return;
    // The apposition's first word: the earliest token after its head whose chain of heads reaches it.
    let start = first + 1;
    while (start < second && !reaches(parse, start, second, 6)) start += 1;
    if (start === second || parse.deprel[start] !== 'cc' || !['and', 'or'].includes(parse.lemma[start]!.toLowerCase())) return;
    mended.attach(second, first, 'conj');
    mended.attach(start, second, 'cc');
  });
  return mended.result();
}

/**
 * A name after a comma that continues a list, which the parser hung far off as a bare oblique ("joined by A, B,
 * C, the D and the E", with "D" an oblique of an earlier verb), is the list's next conjunct: an oblique has a
 * preposition, and the words before the comma are a member of the list.
 */
function withListsContinued(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, item) => {
    if (relation !== 'obl' || parse.upos[item] !== 'PROPN' || TIME_NOUNS.has(parse.lemma[item]!.toLowerCase())) return;
    const own = childrenIn(parse, item);
    if (own.some((t) => parse.deprel[t] === 'case')) return;
    const start = phraseStart(parse, item, own);
    if (start < 2 || parse.lemma[start - 1] !== ',') return;
    // The member before the comma: the word it ends with, up through the name it belongs to.
    let member = start - 2;
    while (member >= 0 && /^(?:flat|compound|amod|det)$/.test(parse.deprel[member]!) && parse.head[member]! > member && parse.head[member]! < start) member = parse.head[member]!;
    while (member >= 0 && /^(?:flat)$/.test(parse.deprel[member]!) && parse.head[member]! < member) member = parse.head[member]!;
    const list = parse.deprel[member] === 'conj' ? parse.head[member]! : childrenIn(parse, member).some((t) => parse.deprel[t] === 'conj') ? member : -1;
    if (list < 0 || list > item || !['PROPN', 'NOUN'].includes(parse.upos[list]!)) return;
    mended.attach(item, list, 'conj');
  });
  return mended.result();
}

/**
 * Two names joined by "and" or "or" that the parser read as one ("attacked Chile and South Korea" with "Chile" a
 * compound of "Korea"; "leaders of Chile and Saudi Arabia" with "Arabia" a bare modifier of "Chile") are a list:
 * the first takes the phrase's place, the second becomes its conjunct and takes the conjunction.
 */
function withCompoundsSplitAtConjunctions(parse: TokenParse): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, conjunction) => {
    const first = conjunction - 1;
    if (relation !== 'cc' || first < 0 || parse.upos[first] !== 'PROPN' || !['and', 'or'].includes(parse.lemma[conjunction]!.toLowerCase())) return;
    // The second name's head: the word the conjunction hangs on, up through the name's own words.
    let second = parse.head[conjunction]!;
    while (second > conjunction && parse.head[second]! > second && /^(?:compound|flat)$/.test(parse.deprel[second]!)) second = parse.head[second]!;
    if (second <= conjunction || parse.upos[second] !== 'PROPN') return;
    const bare = !childrenIn(parse, second).some((t) => parse.deprel[t] === 'case');
    if (parse.deprel[first] === 'compound' && parse.head[first] === second) {
      mended.attach(first, parse.head[second]!, parse.deprel[second]!);
    } else if (!(parse.head[second] === first && bare && /^(?:nmod|compound|flat|appos)$/.test(parse.deprel[second]!))) return;
    mended.attach(second, first, 'conj');
    mended.attach(conjunction, second, 'cc');
  });
  return mended.result();
}

/**
 * A name between a place preposition and a participle that the parser read as the participle's subject, with the
 * preposition as its marker ("posted a message on Kessel blaming B"), is where the act took place: an oblique of
 * the verb above, not the one who blames.
 */
function withPlacesBeforeParticiples(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, name) => {
    const participle = parse.head[name]!;
    const preposition = name - 1;
    if (relation !== 'nsubj' || participle !== name + 1 || !/ing$/.test(forms[participle] ?? '') || parse.upos[name] !== 'PROPN') return;
    if (parse.head[preposition] !== participle || parse.deprel[preposition] !== 'mark' || !PLACE_PREPOSITIONS.has(parse.lemma[preposition]!.toLowerCase())) return;
    const verb = verbAbove(parse, participle);
    if (verb < 0) return;
    mended.attach(name, verb, 'obl');
    mended.attach(preposition, name, 'case');
  });
  return mended.result();
}

/**
 * "By" and a verb's -ing form tell how an act was done, not which thing it was done to: "weakened the region by
 * supporting B" is the weakening's means (advcl), which the parser hung on "region" as a clause describing it.
 */
function withMeansOnVerbs(parse: TokenParse, forms: readonly string[]): TokenParse {
  const mended = reattachments(parse);
  parse.deprel.forEach((relation, means) => {
    const noun = parse.head[means]!;
    if (relation !== 'acl' || noun < 0 || parse.upos[noun] !== 'NOUN' || !/ing$/.test(forms[means] ?? '')) return;
    if (!childrenIn(parse, means).some((t) => parse.deprel[t] === 'mark' && parse.lemma[t]!.toLowerCase() === 'by')) return;
    const verb = verbAbove(parse, means);
    if (verb >= 0) mended.attach(means, verb, 'advcl');
  });
  return mended.result();
}

/** The verb whose adverbial phrase, all before `limit`, holds `token`, if any. */
function adverbialOf(parse: TokenParse, token: number, limit: number): number | undefined {
  let t = token;
  for (let depth = 0; depth < 12 && t >= 0 && t < limit; depth += 1) {
    const governor = parse.head[t]!;
    if (governor >= limit) return /^(?:obl|advcl|advmod|nmod)/.test(parse.deprel[t]!) ? governor : undefined;
    t = governor;
  }
  return undefined;
}

/**
 * "voiced strong backing for B" read with "backing" a verb: an -ing word a light verb has as its complement, with an
 * adjective of its own (which no verb takes), is the light verb's object, a noun (`forms`: the sentence's words).
 */
function isGerundNoun(parse: TokenParse, children: readonly (readonly number[])[], forms: readonly string[], token: number): boolean {
  const verb = parse.head[token]!;
  return (
    parse.upos[token] === 'VERB' &&
    /ing$/.test(forms[token] ?? '') &&
    ['xcomp', 'ccomp', 'advcl'].includes(parse.deprel[token]!) &&
    verb >= 0 &&
    LIGHT_VERBS.has(parse.lemma[verb]!.toLowerCase()) &&
    !children[verb]!.some((c) => parse.deprel[c] === 'obj') &&
    children[token]!.some((c) => c < token && parse.deprel[c] === 'amod') &&
    !children[token]!.some((c) => ['nsubj', 'mark', 'obj', 'aux'].includes(parse.deprel[c]!))
  );
}

/**
 * The lemmas with a phrasal verb whose particle changes its sense read as the one word of that sense ("struck down" →
 * overturn), and a gerund read as a noun (`isGerundNoun`) as the word it is.
 */
export function repairedLemmas(parse: TokenParse, children: readonly (readonly number[])[], forms: readonly string[]): string[] {
  let lemma = parse.lemma;
  const mend = (token: number, word: string) => {
    if (lemma === parse.lemma) lemma = [...parse.lemma];
    lemma[token] = word;
  };
  parse.upos.forEach((upos, token) => {
    // (A plural noun the lemmatiser kept as it is, as the treebank does "supplies" or as it does a word it never
    // saw, "tents", is looked up by its singular, as the word lists write it.)
    if (upos === 'NOUN' && parse.lemma[token] === forms[token]) {
      const singular = singularOf(forms[token]!);
      if (singular !== undefined) mend(token, singular);
    }
    if (upos !== 'VERB') return;
    if (isGerundNoun(parse, children, forms, token)) {
      mend(token, forms[token]!);
      return;
    }
    // (A particle right after its verb may be read as an adverb: "gave in to B".)
    // (Or after its object: "pulled its forces back".)
    const sense = (c: number) => PHRASAL_VERB_SENSES.get(`${parse.lemma[token]!.toLowerCase()} ${parse.lemma[c]!.toLowerCase()}`);
    const particle = children[token]!.find((c) => parse.deprel[c] === 'compound:prt' || (c === token + 1 && parse.deprel[c] === 'advmod') || (c > token && parse.deprel[c] === 'advmod' && sense(c) !== undefined));
    const phrasal = particle === undefined ? undefined : sense(particle);
    if (phrasal) mend(token, phrasal);
  });
  return lemma;
}

/** A plural noun's singular ("tents", "supplies", "boxes"); undefined for a word not so formed or the same in both. */
function singularOf(form: string): string | undefined {
  const word = form.toLowerCase();
  if (!/^[a-z]+s$/.test(word) || /(?:ss|us|is|ics)$/.test(word) || SAME_IN_PLURAL.has(word)) return undefined;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The relations with misreadings mended, among them: a passive subject (a name or a noun: "A accused B",
 * "prosecutors charged B") of a verb with no passive auxiliary but an object is its subject; an object with a
 * preposition is an oblique; a clause with its own subject joined to a verb of saying without "and" is what is said
 * ("A alleged, by way of example, B had lied"); a gerund a light verb has is its object (`isGerundNoun`); a name right
 * after an active verb with no preposition is its object ("asked B for help"). Each is commented where it is mended.
 */
export function repairedRelations(parse: TokenParse, children: readonly (readonly number[])[], forms: readonly string[]): string[] {
  let deprel = parse.deprel;
  const mend = (token: number, relation: string) => {
    if (deprel === parse.deprel) deprel = [...parse.deprel];
    deprel[token] = relation;
  };
  parse.head.forEach((verb, token) => {
    if (isGerundNoun(parse, children, forms, token)) {
      mend(token, 'obj');
      for (const c of children[token]!) if (parse.deprel[c] === 'obl') mend(c, 'nmod');
      return;
    }
    if (parse.deprel[token] === 'conj' && isMisreadSaying(parse, children, verb, token)) {
      mend(token, 'ccomp');
      return;
    }
    // An object with a preposition ("played for A B" with "for" hung on A) is an oblique.
    if (parse.deprel[token] === 'obj' && [token, ...children[token]!.filter((c) => c < token && (parse.deprel[c] === 'compound' || parse.deprel[c] === 'nummod'))].some((t) => children[t]!.some((c) => c < t && parse.deprel[c] === 'case' && parse.upos[c] === 'ADP'))) {
      mend(token, 'obl');
      return;
    }
    // An apposition opens with no preposition: a name "in apposition" whose title has one ("granted asylum to former
    // minister A", "to" on "minister") is the noun's modifier.
    if (parse.deprel[token] === 'appos' && parse.upos[token] === 'PROPN' && children[token]!.some((d) => d < token && parse.deprel[d] === 'nmod:desc' && children[d]!.some((c) => c < d && parse.deprel[c] === 'case' && parse.upos[c] === 'ADP'))) {
      mend(token, 'nmod');
      return;
    }
    if (verb >= 0 && parse.upos[verb] === 'VERB' && token > verb) {
      const has = (relation: string) => children[verb]!.some((c) => parse.deprel[c] === relation);
      // "A criticised the B for …" with B read as a second subject after the verb: a subject stands before an
      // active verb, so one after it, where another stands before, is its object.
      if (parse.deprel[token] === 'nsubj' && children[verb]!.some((c) => c < verb && parse.deprel[c] === 'nsubj') && !has('obj') && !has('cop')) mend(token, 'obj');
      // "A stood by B" read as a passive's agent: a verb with an active subject and no passive auxiliary has none.
      // "A asked B for help", with B such an agent or an oblique with no preposition at all: a name right after
      // the verb is its object.
      const uncased = !children[token]!.some((c) => parse.deprel[c] === 'case');
      const opens = Math.min(token, ...children[token]!.filter((c) => c < token));
      const bareName = uncased && opens === verb + 1 && parse.upos[token] === 'PROPN' && !TIME_NOUNS.has(parse.lemma[token]!.toLowerCase()) && !has('obj');
      if (parse.deprel[token] === 'obl:agent' && has('nsubj') && !has('aux:pass') && !has('nsubj:pass')) mend(token, bareName ? 'obj' : 'obl');
      else if (parse.deprel[token] === 'obl' && bareName && has('nsubj')) mend(token, 'obj');
      // "A detained two Bn nationals" read with the nominal a modifier of the verb: with no preposition, it is the object;
      // with one, an oblique ("appealed to the B Nations").
      if (parse.deprel[token] === 'nmod' && ['NOUN', 'PROPN'].includes(parse.upos[token]!)) {
        const cased = children[token]!.some((c) => parse.deprel[c] === 'case');
        if (cased) mend(token, 'obl');
        else if (!has('obj')) mend(token, 'obj');
      }
      // "A granted B a loan" read with two objects: the first is the receiver (of a verb of giving; "called B a liar"
      // names B).
      const giving = GIFT_VERBS.has(parse.lemma[verb]!.toLowerCase());
      if (giving && parse.deprel[token] === 'obj' && children[verb]!.some((c) => c > token && parse.deprel[c] === 'obj') && !has('iobj')) mend(token, 'iobj');
      return;
    }
    if (verb < 0 || parse.upos[verb] !== 'VERB' || token > verb || (parse.upos[token] !== 'PROPN' && parse.upos[token] !== 'NOUN')) return;
    const relations = children[verb]!.map((c) => parse.deprel[c]!);
    // "A has been invited by B to …" read with an active subject: a verb with a passive auxiliary and no object has a
    // passive subject (one with no other verb between them).
    const between = parse.upos.slice(token + 1, verb).includes('VERB');
    const passive = children[verb]!.some((c) => parse.deprel[c] === 'aux:pass' && parse.upos[c] === 'AUX' && ['be', 'get'].includes(parse.lemma[c]!.toLowerCase()));
    if (parse.deprel[token] === 'nsubj' && !between && passive && !relations.includes('nsubj:pass') && !relations.includes('obj')) {
      mend(token, 'nsubj:pass');
      return;
    }
    if (relations.includes('nsubj')) return;
    if (parse.deprel[token] === 'nsubj:pass' && !relations.includes('aux:pass') && relations.includes('obj')) mend(token, 'nsubj');
    // A bare noun phrase before a verb is a time ("Monday, A met B"); a name that is none, where the verb has no
    // subject, is its subject ("Kessel attacked B" with "Kessel" read as a time, "On Monday the B Party attacked C"
    // with the party read as an oblique without a preposition).
    const bare = !children[token]!.some((c) => parse.deprel[c] === 'case');
    if (/^obl(?::unmarked)?$/.test(parse.deprel[token]!) && parse.upos[token] === 'PROPN' && bare && !TIME_NOUNS.has(parse.lemma[token]!.toLowerCase()) && !relations.includes('nsubj:pass')) mend(token, 'nsubj');
  });
  return deprel;
}

function isMisreadSaying(parse: TokenParse, children: readonly (readonly number[])[], verb: number, clause: number): boolean {
  if (verb < 0 || clause < verb || parse.upos[clause] !== 'VERB' || parse.upos[verb] !== 'VERB') return false;
  const saying = parse.lemma[verb]!.toLowerCase();
  if (!REPORTING_VERBS.has(saying) && !CLAIMING_VERBS.has(saying)) return false;
  const has = (token: number, relation: string) => children[token]!.some((c) => parse.deprel[c] === relation);
  return has(clause, 'nsubj') && !has(clause, 'cc') && !has(verb, 'ccomp') && !has(verb, 'obj');
}
