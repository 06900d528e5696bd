/**
 * The noun phrases that may be concepts, read off the corpus once. Documents
 * with their sentences, parses and names in; out, every sentence's candidate
 * phrases kept as numbers in one table, and how the corpus uses each word, so
 * that choosing concepts (concepts.ts) walks the candidates as often as it
 * needs without restoring a document's sentences and parse again. A
 * document's part of the table is a function of its sentences, parse and
 * names alone (`readDocumentCandidates`), kept as plain data so that a build
 * can take it from its cache rather than read the document for it.
 */
import { STOPWORDS } from '../nlp/lexicon.js';
import type { Mention } from '../nlp/mentions.js';
import type { TokenParse } from '../nlp/parse/index.js';
import type { Sentence } from '../nlp/sentences.js';
import type { Corpus } from '../util/corpus.js';
import { IntList } from '../util/int-list.js';
import { labelAt } from './markup.js';

/** What concept finding reads of a document. */
export interface ConceptSource {
  id: string;
  sentences: readonly Sentence[];
  names: readonly Mention[];
  /** Each sentence's syntactic reading, by sentence index; a document without one has no concepts. */
  syntax?: readonly TokenParse[] | undefined;
}

/**
 * Gives the candidates of document `index` as an earlier build read them from the same text and names, else
 * reads them with `read` (and keeps them for the next build).
 */
export type CandidateMemo = (index: number, read: () => DocumentCandidates) => DocumentCandidates;

/**
 * One document's reading as plain JSON data: how it uses each word, five entries a word (its form, then its
 * uses: all, as a noun, as an adjective, as one said of its subject), and each sentence with candidates as a
 * row: the sentence's index, then seven entries a candidate (token start and end, offsets start and end,
 * lemma, form, text).
 */
export interface DocumentCandidates {
  docId: string;
  uses: (string | number)[];
  sentences: (string | number)[][];
}

/** A span of one sentence that may be a concept: its tokens and offsets, its lemma, its form and its text. */
export interface Candidate {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  lemma: string;
  form: string;
  /** The tokens as written (typography folded); the form differs only in a capital that opens the sentence. */
  text: string;
}

/** How often the corpus uses a word (a token's lower-case form), and how often as a noun, as an adjective and as one said of its subject. */
export interface WordUses {
  all: number;
  noun: number;
  adjective: number;
  predicative: number;
}

/** A document's place in the corpus, and whether it is a copy of an earlier one (the same id), which adds no document to a count. */
export interface DocumentPlace {
  index: number;
  copy: boolean;
}

/** One sentence's candidates, in the order the sentence gives them. */
export interface SentenceCandidates {
  place: DocumentPlace;
  docId: string;
  sentence: number;
  candidates: Candidate[];
}

/** The longest phrase considered: a head and three modifiers ("sexual abuse crisis response" is too long to be a topic). */
const MAX_PHRASE = 4;
/** Numbers a candidate takes in the table: token start and end, offsets start and end, lemma, form, text. */
const CANDIDATE_FIELDS = 7;

const isWord = (form: string): boolean => /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(form) && !STOPWORDS.has(form);

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
  const candidate = (tokenStart: number, tokenEnd: number, lemma: string, form: string): Candidate => {
    // Only a sentence's first word can be written otherwise than its form.
    const text = tokenStart === 0 && forms[0] !== sentence.tokens[0]!.norm ? [sentence.tokens[0]!.norm, ...forms.slice(1, tokenEnd)].join(' ') : form;
    return { tokenStart, tokenEnd, start: sentence.tokens[tokenStart]!.start, end: sentence.tokens[tokenEnd - 1]!.end, lemma, form, text };
  };
  for (let head = 0; head < forms.length; head += 1) {
    if (parse.upos[head] !== 'NOUN' || !usable(head) || forms[head]!.length < 3) continue;
    const headLemma = (parse.lemma[head] ?? forms[head]!).toLowerCase();
    candidates.push(candidate(head, head + 1, headLemma, forms[head]!));
    for (let start = head - 1; start >= 0 && head - start < MAX_PHRASE; start -= 1) {
      const modifier = (parse.upos[start] === 'NOUN' && parse.deprel[start] === 'compound') || (parse.upos[start] === 'ADJ' && parse.deprel[start] === 'amod');
      const attached = parse.head[start]! > start && parse.head[start]! <= head;
      if (!modifier || !attached || !usable(start)) break;
      const words = forms.slice(start, head + 1);
      candidates.push(candidate(start, head + 1, [...words.slice(0, -1), headLemma].join(' '), words.join(' ')));
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

/** What one document adds to the corpus's table: its words' uses and its sentences' candidates. */
export function readDocumentCandidates(document: ConceptSource): DocumentCandidates {
  const read: DocumentCandidates = { docId: document.id, uses: [], sentences: [] };
  if (!document.syntax) return read;
  // The tokens names take, by sentence.
  const named = new Map<number, Set<number>>();
  for (const name of document.names) {
    const tokens = named.get(name.sentence) ?? new Set<number>();
    for (let i = name.tokenStart; i < name.tokenEnd; i += 1) tokens.add(i);
    named.set(name.sentence, tokens);
  }
  const uses = new Map<string, WordUses>();
  for (const sentence of document.sentences) {
    const parse = document.syntax[sentence.index];
    if (sentence.isHeading || !parse) continue;
    const forms = sentence.tokens.map((_, i) => formAt(sentence, i));
    countUses(uses, forms, parse);
    const inName = named.get(sentence.index);
    const candidates = candidatesOf(sentence, forms, parse, (i) => inName?.has(i) === true);
    if (!candidates.length) continue;
    const row: (string | number)[] = [sentence.index];
    for (const { tokenStart, tokenEnd, start, end, lemma, form, text } of candidates) row.push(tokenStart, tokenEnd, start, end, lemma, form, text);
    read.sentences.push(row);
  }
  for (const [form, { all, noun, adjective, predicative }] of uses) read.uses.push(form, all, noun, adjective, predicative);
  return read;
}

function countUses(uses: Map<string, WordUses>, forms: readonly string[], parse: TokenParse): void {
  forms.forEach((form, i) => {
    let counts = uses.get(form);
    if (!counts) uses.set(form, (counts = { all: 0, noun: 0, adjective: 0, predicative: 0 }));
    counts.all += 1;
    if (parse.upos[i] === 'NOUN') counts.noun += 1;
    if (parse.upos[i] !== 'ADJ') return;
    counts.adjective += 1;
    if (isPredicative(parse, i)) counts.predicative += 1;
  });
}

/** Every candidate of a corpus as numbers: its strings once each, by number. */
export class CandidateTable {
  readonly wordUses = new Map<string, WordUses>();
  private readonly places: DocumentPlace[] = [];
  private readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  private readonly strings: string[] = [];
  private readonly stringNumbers = new Map<string, number>();
  /** Per sentence with candidates: its document's place in the corpus, its index, its first candidate. */
  private readonly sentenceRows = new IntList();
  private readonly candidateRows = new IntList();

  /** Reads the corpus once, a document at a time, but for the documents whose candidates `remember` gives: those it never restores. */
  static read(documents: Corpus<ConceptSource>, remember: CandidateMemo = (_index, read) => read()): CandidateTable {
    const table = new CandidateTable();
    for (let index = 0; index < documents.length; index += 1) table.add(remember(index, () => readDocumentCandidates(documents.at(index)!)));
    return table;
  }

  /** Each sentence with candidates, in corpus order. */
  *sentences(): Generator<SentenceCandidates> {
    const rows = this.sentenceRows;
    for (let row = 0; row < rows.length; row += 3) {
      const index = rows.at(row);
      const from = rows.at(row + 2);
      const to = row + 3 < rows.length ? rows.at(row + 5) : this.candidateRows.length / CANDIDATE_FIELDS;
      const candidates: Candidate[] = [];
      for (let c = from; c < to; c += 1) candidates.push(this.candidate(c));
      yield { place: this.places[index]!, docId: this.ids[index]!, sentence: rows.at(row + 1), candidates };
    }
  }

  private add({ docId, uses, sentences }: DocumentCandidates): void {
    const index = this.places.length;
    this.places.push({ index, copy: this.seen.has(docId) });
    this.ids.push(docId);
    this.seen.add(docId);
    for (let at = 0; at < uses.length; at += 5) {
      const form = uses[at] as string;
      let counts = this.wordUses.get(form);
      if (!counts) this.wordUses.set(form, (counts = { all: 0, noun: 0, adjective: 0, predicative: 0 }));
      counts.all += uses[at + 1] as number;
      counts.noun += uses[at + 2] as number;
      counts.adjective += uses[at + 3] as number;
      counts.predicative += uses[at + 4] as number;
    }
    for (const row of sentences) {
      this.sentenceRows.push(index);
      this.sentenceRows.push(row[0] as number);
      this.sentenceRows.push(this.candidateRows.length / CANDIDATE_FIELDS);
      for (let at = 1; at < row.length; at += CANDIDATE_FIELDS) {
        for (let field = 0; field < 4; field += 1) this.candidateRows.push(row[at + field] as number);
        for (let field = 4; field < CANDIDATE_FIELDS; field += 1) this.candidateRows.push(this.numberOf(row[at + field] as string));
      }
    }
  }

  private numberOf(text: string): number {
    let number = this.stringNumbers.get(text);
    if (number === undefined) this.stringNumbers.set(text, (number = this.strings.push(text) - 1));
    return number;
  }

  private candidate(index: number): Candidate {
    const at = (field: number) => this.candidateRows.at(index * CANDIDATE_FIELDS + field);
    return { tokenStart: at(0), tokenEnd: at(1), start: at(2), end: at(3), lemma: this.strings[at(4)]!, form: this.strings[at(5)]!, text: this.strings[at(6)]! };
  }
}
