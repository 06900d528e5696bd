/**
 * Key concepts: the topics of a corpus, read off the part-of-speech tagger and
 * parser. Documents with their sentences, parses and names in; the chosen
 * concepts and their mentions out.
 *
 * A concept is a noun phrase with a common noun as its head: the noun alone
 * ("sanctions") or, where the text uses one as a unit, the noun with the
 * nouns and adjectives that classify it ("nuclear program", "sanctions
 * relief", "climate change"). A modifier stays in the phrase only where the
 * phrase is a collocation of the corpus — its words go together far more than
 * they go elsewhere — so "new program" is "program". A word is a noun where the
 * tagger reads it as one in most of its uses, so a verb, adverb or adjective the
 * tagger sometimes misreads never becomes a concept. Concepts rank by salience
 * across documents, and their number grows with the corpus, so a big corpus is
 * not flooded.
 */
import { GENERIC_NOUNS, INTERACTION_NOUNS, MEDIATION_NOUNS, PERSON_TITLES } from '../nlp/lexicon.js';
import type { Corpus } from '../util/corpus.js';
import { CandidateTable, type CandidateMemo, type ConceptSource, type DocumentPlace } from './concept-candidates.js';

export interface ConceptChoice {
  /** The phrase's lemma: its modifiers as written, its head noun lemmatised ("sanctions relief", "climate change"). */
  lemma: string;
  /** The form the corpus writes most. */
  label: string;
  count: number;
  documents: number;
  salience: number;
}

/** One use of a chosen concept. */
export interface ConceptMention {
  lemma: string;
  docId: string;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  /** The text in lower case where a capital only opens the sentence. */
  form: string;
}

export interface Concepts {
  /** Most salient first. */
  chosen: ConceptChoice[];
  /** In document order. */
  mentions: ConceptMention[];
}

export const MIN_CONCEPT_COUNT = 3;
/** A word is a noun where the tagger reads at least this share of its uses as one. */
const NOUN_SHARE = 0.5;
/** A modifier belongs to a phrase where phrase and parts go together at least this much (Dice's coefficient). */
const MIN_COLLOCATION = 0.15;
/** An adjective used after "is" or "remained" more often than this is a quality, not a kind ("critical", "stable"). */
const PREDICATIVE_SHARE = 0.1;

export function conceptBudget(documentCount: number): number {
  return Math.min(150, 8 + Math.ceil(documentCount / 2));
}

/**
 * A concept's salience in a corpus of `documentCount` documents: the documents it occurs in, times a smoothed
 * inverse document frequency, times a little more for each further mention per document — so a word one long
 * article repeats ranks below a topic several articles share — and more for a longer phrase.
 */
export function salience(entry: { count: number; documents: number; words: number }, documentCount: number): number {
  const documents = Math.max(1, entry.documents);
  return documents * Math.log(1 + documentCount / documents) * (1 + Math.log(entry.count / documents)) * specificity(entry.words);
}

/**
 * A phrase says more than its head alone ("death toll", not "death"): salience grows with the phrase's words as
 * log2(words + 1), the length weight of the C-value for terms of any length (Barrón-Cedeño et al., 2009).
 */
const specificity = (words: number): number => Math.log2(words + 1);

interface Tally {
  count: number;
  /** Documents with a use: counted, not listed, as the corpus is read a document at a time. */
  documents: number;
  /** The place in the corpus of the last document counted. */
  lastDocument: number;
  forms: Map<string, number>;
}

const isTopicalNoun = (word: string): boolean =>
  !GENERIC_NOUNS.has(word) && !INTERACTION_NOUNS.has(word) && !MEDIATION_NOUNS.has(word) && !PERSON_TITLES.has(word);

function add(tally: Map<string, Tally>, lemma: string, form: string, place: DocumentPlace): void {
  let entry = tally.get(lemma);
  if (!entry) tally.set(lemma, (entry = { count: 0, documents: 0, lastDocument: -1, forms: new Map() }));
  entry.count += 1;
  // A document's uses come together, so a new document is one other than the last counted.
  if (!place.copy && entry.lastDocument !== place.index) {
    entry.documents += 1;
    entry.lastDocument = place.index;
  }
  entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
}

function anyTaken(taken: ReadonlySet<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (taken.has(i)) return true;
  return false;
}

/**
 * Each use of a phrase among `eligible`, sentence by sentence: the longest eligible phrase at its place, uses
 * never overlapping. A phrase left out of `eligible` never takes a place from another.
 */
function* usesOf(table: CandidateTable, eligible: ReadonlySet<string>) {
  for (const { place, docId, sentence, candidates } of table.sentences()) {
    const taken = new Set<number>();
    const longestFirst = candidates.filter((c) => eligible.has(c.lemma)).sort((a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart);
    for (const candidate of longestFirst) {
      if (anyTaken(taken, candidate.tokenStart, candidate.tokenEnd)) continue;
      for (let i = candidate.tokenStart; i < candidate.tokenEnd; i += 1) taken.add(i);
      yield { place, docId, sentence, candidate };
    }
  }
}

/**
 * The concepts of a corpus and their mentions, leaving out phrases that are the label or alias of a named entity
 * (`excludedLabels`, lower case). `rememberCandidates` may give a document's candidates without reading it.
 */
export function findConcepts(documents: Corpus<ConceptSource>, excludedLabels: ReadonlySet<string>, rememberCandidates?: CandidateMemo): Concepts {
  // The corpus is read once; the passes below walk its candidates.
  const table = CandidateTable.read(documents, rememberCandidates);
  const { wordUses } = table;
  // First pass: how often each phrase occurs and each word opens a phrase.
  const phrases = new Map<string, Tally>();
  const opening = new Map<string, number>();
  for (const { place, candidates } of table.sentences()) {
    for (const candidate of candidates) {
      add(phrases, candidate.lemma, candidate.form, place);
      if (candidate.tokenEnd - candidate.tokenStart > 1) {
        const first = candidate.form.split(' ')[0]!;
        opening.set(first, (opening.get(first) ?? 0) + 1);
      }
    }
  }
  const isNoun = (entry: Tally): boolean => {
    let nouns = 0;
    let uses = 0;
    for (const form of entry.forms.keys()) {
      nouns += wordUses.get(form)?.noun ?? 0;
      uses += wordUses.get(form)?.all ?? 0;
    }
    return nouns >= NOUN_SHARE * uses;
  };
  const minDocuments = Math.min(2, documents.length);
  const frequent = (entry: Tally | undefined): entry is Tally => entry !== undefined && entry.count >= MIN_CONCEPT_COUNT && entry.documents >= minDocuments;
  const eligible = new Set<string>();
  for (const [lemma, entry] of phrases) {
    const words = lemma.split(' ');
    if (!frequent(entry) || !isTopicalNoun(words.at(-1)!)) continue;
    if (words.length === 1) {
      if (isNoun(entry)) eligible.add(lemma);
      continue;
    }
    // An adjective said of things ("the patient is critical") grades them; only one that classifies them ("nuclear") names a kind.
    const modifier = words[0]!;
    if ((wordUses.get(modifier)?.predicative ?? 0) > PREDICATIVE_SHARE * (wordUses.get(modifier)?.adjective ?? 0)) continue;
    // "nuclear program": the phrase, against its first word opening any phrase and the rest standing anywhere.
    const rest = phrases.get(words.slice(1).join(' '));
    const dice = (2 * entry.count) / ((opening.get(words[0]!) ?? 0) + (rest?.count ?? 0));
    if (rest && dice >= MIN_COLLOCATION) eligible.add(lemma);
  }

  // Second pass: each use is its longest eligible phrase; uses do not overlap.
  const counted = new Map<string, Tally>();
  for (const { place, candidate } of usesOf(table, eligible)) add(counted, candidate.lemma, candidate.form, place);
  const chosen: ConceptChoice[] = [];
  for (const [lemma, entry] of counted) {
    if (!frequent(entry)) continue;
    const label = [...entry.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    if (excludedLabels.has(label) || excludedLabels.has(lemma)) continue;
    const documentsOf = entry.documents;
    chosen.push({ lemma, label, count: entry.count, documents: documentsOf, salience: salience({ count: entry.count, documents: documentsOf, words: lemma.split(' ').length }, documents.length) });
  }
  chosen.sort((a, b) => b.salience - a.salience || a.lemma.localeCompare(b.lemma));
  chosen.length = Math.min(chosen.length, conceptBudget(documents.length));
  const kept = new Set(chosen.map((c) => c.lemma));
  // Third pass: only the chosen concepts' uses become mentions.
  const mentions: ConceptMention[] = [];
  for (const { docId, sentence, candidate } of usesOf(table, eligible)) {
    if (!kept.has(candidate.lemma)) continue;
    const { lemma, tokenStart, tokenEnd, start, end, text, form } = candidate;
    mentions.push({ lemma, docId, sentence, tokenStart, tokenEnd, start, end, text, form });
  }
  return { chosen, mentions };
}
