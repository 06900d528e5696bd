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
import { GENERIC_NOUNS, INTERACTION_NOUNS, MEDIATION_NOUNS, PERSON_TITLES, STOPWORDS } from '../nlp/lexicon.js';
import type { Mention } from '../nlp/mentions.js';
import type { TokenParse } from '../nlp/parse/index.js';
import type { Sentence } from '../nlp/sentences.js';
import type { Corpus } from '../util/corpus.js';
import { labelAt } from './markup.js';

/** What concept finding reads of a document. */
export interface ConceptSource {
  id: string;
  sentences: readonly Sentence[];
  names: readonly Mention[];
  /** Each sentence's syntactic reading, by sentence index; a document without one has no concepts. */
  syntax?: readonly TokenParse[] | undefined;
}

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
/** The longest phrase considered: a head and three modifiers ("sexual abuse crisis response" is too long to be a topic). */
const MAX_PHRASE = 4;

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

/** A span of one sentence that may be a concept: its tokens, its lemma and its form. */
interface Candidate {
  tokenStart: number;
  tokenEnd: number;
  lemma: string;
  form: string;
}

interface Tally {
  count: number;
  /** Documents with a use: counted, not listed, as the corpus is read a document at a time. */
  documents: number;
  /** The place in the corpus of the last document counted. */
  lastDocument: number;
  forms: Map<string, number>;
}

/** How often the corpus uses a word (a token's lower-case form), and how often as a noun, as an adjective and as one said of its subject. */
interface WordUses {
  all: number;
  noun: number;
  adjective: number;
  predicative: number;
}

/** A document's place in the corpus, and whether it is a copy of an earlier one (the same id), which adds no document to a count. */
interface DocumentPlace {
  index: number;
  copy: boolean;
}

const isWord = (form: string): boolean => /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(form) && !STOPWORDS.has(form);
const isTopicalNoun = (word: string): boolean =>
  !GENERIC_NOUNS.has(word) && !INTERACTION_NOUNS.has(word) && !MEDIATION_NOUNS.has(word) && !PERSON_TITLES.has(word);

/** A token's lower-case form; a capital is read as lower case only where it opens the sentence. */
function formAt(sentence: Sentence, index: number): string {
  const norm = sentence.tokens[index]!.norm;
  return index === 0 && /^\p{Lu}\p{Ll}+$/u.test(norm) ? norm.toLowerCase() : norm;
}

/**
 * The noun phrases of one sentence that may be concepts: every common noun alone, and with each run of the
 * classifying nouns and adjectives right before it that depend on it or on each other ("new nuclear program" →
 * "program", "nuclear program", "new nuclear program"). Words of names are never part of one.
 */
function candidatesOf(sentence: Sentence, forms: readonly string[], parse: TokenParse, inName: (index: number) => boolean): Candidate[] {
  const candidates: Candidate[] = [];
  // A label opening the line ("Image:", "Update:") is markup, not text.
  const labelEnd = labelAt(sentence)?.end ?? 0;
  const usable = (i: number) => i >= labelEnd && isWord(forms[i]!) && !inName(i);
  for (let head = 0; head < forms.length; head += 1) {
    if (parse.upos[head] !== 'NOUN' || !usable(head) || forms[head]!.length < 3) continue;
    const headLemma = (parse.lemma[head] ?? forms[head]!).toLowerCase();
    candidates.push({ tokenStart: head, tokenEnd: head + 1, lemma: headLemma, form: forms[head]! });
    for (let start = head - 1; start >= 0 && head - start < MAX_PHRASE; start -= 1) {
      const modifier = (parse.upos[start] === 'NOUN' && parse.deprel[start] === 'compound') || (parse.upos[start] === 'ADJ' && parse.deprel[start] === 'amod');
      const attached = parse.head[start]! > start && parse.head[start]! <= head;
      if (!modifier || !attached || !usable(start)) break;
      const words = forms.slice(start, head + 1);
      candidates.push({ tokenStart: start, tokenEnd: head + 1, lemma: [...words.slice(0, -1), headLemma].join(' '), form: words.join(' ') });
    }
  }
  return candidates;
}

/** Whether the adjective at `index` is said of its subject ("was critical", "remained stable") rather than before a noun. */
function isPredicative(parse: TokenParse, index: number): boolean {
  if (parse.deprel[index] === 'xcomp') return true;
  for (let i = 0; i < parse.head.length; i += 1) if (parse.head[i] === index && parse.deprel[i] === 'cop') return true;
  return false;
}

/** Every sentence of every document with a parse, headings left out, with its candidates. */
function* sentencesWithCandidates(documents: Iterable<ConceptSource>) {
  const seen = new Set<string>();
  let index = -1;
  for (const document of documents) {
    index += 1;
    const place: DocumentPlace = { index, copy: seen.has(document.id) };
    seen.add(document.id);
    if (!document.syntax) continue;
    // The tokens names take, by sentence.
    const named = new Map<number, Set<number>>();
    for (const name of document.names) {
      const tokens = named.get(name.sentence) ?? new Set<number>();
      for (let i = name.tokenStart; i < name.tokenEnd; i += 1) tokens.add(i);
      named.set(name.sentence, tokens);
    }
    for (const sentence of document.sentences) {
      const parse = document.syntax[sentence.index];
      if (sentence.isHeading || !parse) continue;
      const forms = sentence.tokens.map((_, i) => formAt(sentence, i));
      const inName = named.get(sentence.index);
      yield { document, place, sentence, forms, parse, candidates: candidatesOf(sentence, forms, parse, (i) => inName?.has(i) === true) };
    }
  }
}

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

/**
 * Each use of a phrase among `eligible`, sentence by sentence: the longest eligible phrase at its place, uses
 * never overlapping. A phrase left out of `eligible` never takes a place from another.
 */
function* usesOf(documents: Iterable<ConceptSource>, eligible: ReadonlySet<string>) {
  for (const { document, place, sentence, candidates } of sentencesWithCandidates(documents)) {
    const taken = new Set<number>();
    const longestFirst = candidates.filter((c) => eligible.has(c.lemma)).sort((a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart);
    for (const candidate of longestFirst) {
      const span = Array.from({ length: candidate.tokenEnd - candidate.tokenStart }, (_, k) => candidate.tokenStart + k);
      if (span.some((i) => taken.has(i))) continue;
      for (const i of span) taken.add(i);
      yield { document, place, sentence, candidate };
    }
  }
}

/**
 * The concepts of a corpus and their mentions, leaving out phrases that are the label or alias of a named entity
 * (`excludedLabels`, lower case).
 */
export function findConcepts(documents: Corpus<ConceptSource>, excludedLabels: ReadonlySet<string>): Concepts {
  // First pass: how often each word is a noun, each phrase occurs and each word opens a phrase.
  const wordUses = new Map<string, WordUses>();
  const phrases = new Map<string, Tally>();
  const opening = new Map<string, number>();
  for (const { place, forms, parse, candidates } of sentencesWithCandidates(documents)) {
    forms.forEach((form, i) => {
      let uses = wordUses.get(form);
      if (!uses) wordUses.set(form, (uses = { all: 0, noun: 0, adjective: 0, predicative: 0 }));
      uses.all += 1;
      if (parse.upos[i] === 'NOUN') uses.noun += 1;
      if (parse.upos[i] !== 'ADJ') return;
      uses.adjective += 1;
      if (isPredicative(parse, i)) uses.predicative += 1;
    });
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
  for (const { place, candidate } of usesOf(documents, eligible)) add(counted, candidate.lemma, candidate.form, place);
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
  // Third pass, rather than keeping every use of the second: only the chosen concepts' uses become mentions.
  const mentions: ConceptMention[] = [];
  for (const { document, sentence, candidate } of usesOf(documents, eligible)) {
    if (!kept.has(candidate.lemma)) continue;
    const first = sentence.tokens[candidate.tokenStart]!;
    const last = sentence.tokens[candidate.tokenEnd - 1]!;
    mentions.push({
      lemma: candidate.lemma,
      docId: document.id,
      sentence: sentence.index,
      tokenStart: candidate.tokenStart,
      tokenEnd: candidate.tokenEnd,
      start: first.start,
      end: last.end,
      text: sentence.tokens.slice(candidate.tokenStart, candidate.tokenEnd).map((t) => t.norm).join(' '),
      form: candidate.form,
    });
  }
  return { chosen, mentions };
}
