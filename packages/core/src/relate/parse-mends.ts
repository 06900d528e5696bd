/**
 * Known misreadings of the parser put right before the relation reader walks a sentence's parse: an ordered list
 * of mends, each a pure function of the parse (with the sentence's words and name spans) that re-hangs words the
 * parser is known to hang wrongly; then the labels a mended parse still misreads, and phrasal verbs read as the one
 * word of their sense. Each mend is pinned by a test and measured on EWT train (docs/relations.md).
 *
 * The order lives here; the mends live in mends/, by what they mend: names.ts (names, titles, descriptions),
 * clauses.ts (verbs, participles, clauses), phrases.ts (where a phrase, an object or a receiver belongs), with the
 * edits they share in tree-edits.ts.
 */
import type { TokenParse } from '../nlp/parse/index.js';
import {
  CLAIMING_VERBS,
  GIFT_VERBS,
  LIGHT_VERBS,
  PHRASAL_VERB_SENSES,
  REPORTING_VERBS,
  SAME_IN_PLURAL,
  TIME_NOUNS,
} from './syntax-words.js';
import { firstIn, type Mend, type NameSpan } from './mends/tree-edits.js';
import {
  withAdjectivePhrasesOfSubjects,
  withBareNounClausesAsObjects,
  withClausesUnderThat,
  withFrontedSubjects,
  withGerundsAfterArticles,
  withGerundsBeforeNouns,
  withHyphenatedParticiplesAsModifiers,
  withInfinitivesAfterTimes,
  withPurposesOffDurations,
  withProtestPurposesOffPlaces,
  withInfinitivesOfObjectNouns,
  withMeansOnVerbs,
  withModifiersOffVerbs,
  withNumbersBeforeParticiples,
  withObjectsBeforeMarkers,
  withObjectsReadAsObliques,
  withObjectsOfBareRelatives,
  withOpeningParticiplesAsModifiers,
  withParticiplesAfterObjects,
  withAgentParticiplesOnNouns,
  withAgentsWithoutBy,
  withComparativesOfPlace,
  withParticiplesAmidNouns,
  withParticiplesBeforeObjects,
  withPlacesBeforeRelativeClauses,
  withPossessedParticiples,
  withPredicatesAfterRelatives,
  withReducedRelatives,
  withReducedRelativesBeforeAuxiliaries,
  withSecondSubjectsAsModifiers,
  withSubjectsOfJoinedClauses,
  withSubjectsOffAdverbs,
  withSubjectsOfReportedClauses,
  withThatClausesOfObjects,
  withThatClausesOnVerbsBefore,
  withVerbsAfterLongSubjects,
  withVerbsOfNounClauses,
  withVerbsReadAsAuxiliaries,
  withVerbsReadAsModifiers,
  withVerbsWithSubjectsAsClauses,
  withVerdictsOnObjects,
} from './mends/clauses.js';
import {
  withCompoundsSplitAtConjunctions,
  withConjunctsOffAppositions,
  withDescriptionsAfterNames,
  withDescriptionsOfObjects,
  withDescriptionsOfSubjects,
  withHeadlinePairsJoined,
  withListsContinued,
  withModifiersOfNominalAdjectives,
  withNamesAfterBodyTitles,
  withNamesAfterTitles,
  withNamesAsModifiers,
  withNamesBeforeBareNouns,
  withNamesBeforeTimes,
  withNamesBeforeVerbsAsSubjects,
  withNamesUnderTitles,
  withOpeningModifiersAsSubjects,
  withParticipleDescriptionsAfterNames,
  withPhrasesAfterDescriptions,
  withPlacesBeforeParticiples,
  withPossessedAfterNamesWithOf,
  withPossessorsOnCompoundHeads,
  withPrepositionsOffPossessors,
  withRolesBeforeNames,
  withSpeakersOfBodies,
  withSubjectNamesJoined,
  withSubjectsJoinedAfterAppositions,
  withSubjectsNamedAfterTitles,
  withSubjectsOfNounsAsModifiers,
  withTitledNamesAfterPrepositions,
  withTitlesAfterNamesAsAppositions,
  withVerbsOfRootNames,
  withVesselNames,
} from './mends/names.js';
import {
  withAgentsOfEventNouns,
  withAgentsOffObliques,
  withCompoundObjectsJoined,
  withCompoundsBeforePrepositions,
  withCrossingPartiesOffMeasures,
  withFrontiersAfterTo,
  withPersonaNonGrata,
  withOriginsOfPeopleMet,
  withGroundLeftOnVerbs,
  withHeadsOfBarePhrases,
  withHoldingParticiplesOffEvents,
  withMakersOfObliques,
  withNounsJoinedToObjects,
  withObjectsAfterParticles,
  withPrepositionsReadAsAdverbs,
  withPartiesOffMeans,
  withPartiesOfMannerPhrases,
  withPhrasesOffParticles,
  withPhrasesOffRounds,
  withPhrasesOffTimes,
  withPhrasesOffSetAdverbials,
  withPrepositionalPhrasesAsObliques,
  withPrepositionsOffModifiers,
  withReceiversAfterGifts,
  withReceiversOfGifts,
  withReceiversOffAgents,
  withSourcesOnVerbs,
  withThingsGivenAsObjects,
} from './mends/phrases.js';

export type { NameSpan } from './mends/tree-edits.js';

/**
 * The mends, in the order they run: each reads the parse as the ones before it left it. (Those that read no words
 * ignore `forms`.)
 */
const MENDS: readonly Mend[] = [
  withSubjectsOffAdverbs,
  withVesselNames,
  withNamesAsModifiers,
  withNamesBeforeBareNouns,
  withPossessedAfterNamesWithOf,
  withPossessorsOnCompoundHeads,
  withHyphenatedParticiplesAsModifiers,
  withVerbsReadAsAuxiliaries,
  withVerbsAfterLongSubjects,
  withPrepositionsOffPossessors,
  withModifiersOfNominalAdjectives,
  withSubjectNamesJoined,
  withHeadlinePairsJoined,
  withNounsJoinedToObjects,
  withPrepositionsReadAsAdverbs,
  withPhrasesOffParticles,
  withObjectsAfterParticles,
  withNumbersBeforeParticiples,
  withParticiplesAfterObjects,
  withAgentParticiplesOnNouns,
  withAgentsWithoutBy,
  withComparativesOfPlace,
  withVerbsReadAsModifiers,
  withVerbsOfNounClauses,
  withCompoundObjectsJoined,
  withCompoundsBeforePrepositions,
  withHeadsOfBarePhrases,
  withSubjectsOfNounsAsModifiers,
  withNamesBeforeVerbsAsSubjects,
  withOpeningModifiersAsSubjects,
  withGerundsBeforeNouns,
  withGerundsAfterArticles,
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
  withPurposesOffDurations,
  withProtestPurposesOffPlaces,
  withNamesUnderTitles,
  withSubjectsNamedAfterTitles,
  withNamesBeforeTimes,
  withPhrasesOffTimes,
  withPhrasesOffSetAdverbials,
  withPhrasesOffRounds,
  withPartiesOfMannerPhrases,
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
  withObjectsReadAsObliques,
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
  withPersonaNonGrata,
  withOriginsOfPeopleMet,
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
 * overturn; "put on hold" → suspend), and a gerund read as a noun (`isGerundNoun`) as the word it is.
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
    // (Or hung on the phrase after it: "sat down with B", "down" on B.)
    const next = token + 1 < parse.upos.length && parse.deprel[token + 1] === 'advmod' && sense(token + 1) !== undefined ? token + 1 : undefined;
    const particle = children[token]!.find((c) => parse.deprel[c] === 'compound:prt' || (c === token + 1 && parse.deprel[c] === 'advmod') || (c > token && parse.deprel[c] === 'advmod' && sense(c) !== undefined)) ?? next;
    const phrasal = particle === undefined ? undefined : sense(particle);
    if (phrasal) mend(token, phrasal);
    // "put the talks on hold": to suspend them.
    const held = (c: number) => parse.lemma[c]!.toLowerCase() === 'hold' && children[c]!.some((m) => parse.deprel[m] === 'case' && parse.lemma[m]!.toLowerCase() === 'on');
    if (['put', 'place'].includes(parse.lemma[token]!.toLowerCase()) && children[token]!.some((c) => parse.deprel[c] === 'obl' && held(c))) mend(token, 'suspend');
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
      // the verb, its title included ("charged former mayor B with …"), is its object.
      const uncased = !children[token]!.some((c) => parse.deprel[c] === 'case');
      const opens = uncased && parse.upos[token] === 'PROPN' ? firstIn(parse, token) : token;
      // (A title opening with a preposition is an oblique's: "called on Minister B to …".)
      const bareName = uncased && opens === verb + 1 && parse.upos[opens] !== 'ADP' && parse.upos[token] === 'PROPN' && !TIME_NOUNS.has(parse.lemma[token]!.toLowerCase()) && !has('obj');
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
