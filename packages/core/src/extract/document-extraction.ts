/**
 * The per-document half of nlp, as one pure function: a document's text in,
 * a compact summary out (token boundaries, sentence lengths, name mentions,
 * syntax). It is what the worker threads run and what the
 * extraction cache keeps; a new per-document step adds its result here.
 * `restoreSentences` and `restoreSyntax` turn the summary
 * back into what resolve and relate read, equal to what the steps made in the
 * first place.
 */
import { parseSentence, type TokenParse } from '../nlp/parse/index.js';
import { findNameMentions, type MentionContext, type Mention } from '../nlp/mentions.js';
import { splitSentences, type Sentence } from '../nlp/sentences.js';
import { tokenAt, type Token } from '../nlp/tokens.js';

/**
 * Numbers that come one or two a token are typed arrays: a build holds every
 * document's extraction, and a JavaScript array of numbers takes twice the
 * bytes of an Int32Array (the cache file writes them as plain JSON arrays).
 */
export interface DocumentExtraction {
  /** Start and end offset of every token, in document order: two numbers per token. */
  tokens: Int32Array;
  /** Number of tokens in each sentence. */
  sentenceLengths: number[];
  /** Indices of the sentences that are headings. */
  headings: number[];
  /** Name mentions, headings' included (cross-document confirmation comes later). */
  names: Mention[];
  /** Every token's syntactic reading, in document order, sentence by sentence. */
  syntax: ExtractedSyntax;
}

/** Space-separated UPOS tags, lemmas and UD relations of all tokens, and each token's head within its sentence (−1 root). */
export interface ExtractedSyntax {
  upos: string;
  lemma: string;
  deprel: string;
  head: Int32Array;
}

/** Sentences, tokens, names and syntax of one document's text. */
export function extractDocument(text: string, context: MentionContext): DocumentExtraction {
  const sentences = splitSentences(text);
  const tokens: number[] = [];
  for (const sentence of sentences) for (const token of sentence.tokens) tokens.push(token.start, token.end);
  return {
    tokens: Int32Array.from(tokens),
    sentenceLengths: sentences.map((s) => s.tokens.length),
    headings: sentences.filter((s) => s.isHeading).map((s) => s.index),
    names: findNameMentions(sentences, context),
    syntax: summariseSyntax(sentences.map((sentence) => parseSentence(sentence.tokens))),
  };
}

function summariseSyntax(parses: readonly TokenParse[]): ExtractedSyntax {
  const upos: string[] = [];
  const lemma: string[] = [];
  const deprel: string[] = [];
  const head: number[] = [];
  for (const parse of parses) {
    upos.push(...parse.upos);
    // A space inside a lemma would shift every later token's reading.
    lemma.push(...parse.lemma.map((l) => l.replaceAll(' ', '_')));
    deprel.push(...parse.deprel);
    head.push(...parse.head);
  }
  return { upos: upos.join(' '), lemma: lemma.join(' '), deprel: deprel.join(' '), head: Int32Array.from(head) };
}

/** Each sentence's syntactic reading, by sentence index, as `parseSentence` gave it. */
export function restoreSyntax(extraction: DocumentExtraction): TokenParse[] {
  // A build restores every document's syntax at once for resolve and relate: one string per distinct
  // tag, lemma and relation of the document, not one per token, about halves what that holds.
  const pool = new Map<string, string>();
  const shared = (value: string): string => {
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
  const upos = extraction.syntax.upos.split(' ').map(shared);
  const lemma = extraction.syntax.lemma.split(' ').map(shared);
  const deprel = extraction.syntax.deprel.split(' ').map(shared);
  let next = 0;
  return extraction.sentenceLengths.map((length) => {
    const parse: TokenParse = {
      upos: upos.slice(next, next + length),
      lemma: lemma.slice(next, next + length),
      head: extraction.syntax.head.slice(next, next + length),
      deprel: deprel.slice(next, next + length),
    };
    next += length;
    return parse;
  });
}

/** The sentences `splitSentences` gave for `text`, rebuilt from its extraction. */
export function restoreSentences(text: string, extraction: DocumentExtraction): Sentence[] {
  const headings = new Set(extraction.headings);
  const sentences: Sentence[] = [];
  let next = 0;
  extraction.sentenceLengths.forEach((length, index) => {
    const tokens: Token[] = [];
    for (let i = 0; i < length; i += 1, next += 2) tokens.push(tokenAt(text, extraction.tokens[next]!, extraction.tokens[next + 1]!));
    const start = tokens[0].start;
    const end = tokens[tokens.length - 1].end;
    sentences.push({ index, text: text.slice(start, end), start, end, tokens, isHeading: headings.has(index) });
  });
  return sentences;
}

/** Each sentence's start and end offset in the text, two numbers a sentence: what evidence needs once the tokens are gone. */
export function sentenceSpans(extraction: DocumentExtraction): Int32Array {
  const spans = new Int32Array(2 * extraction.sentenceLengths.length);
  let next = 0;
  extraction.sentenceLengths.forEach((length, index) => {
    spans[2 * index] = extraction.tokens[2 * next]!;
    next += length;
    spans[2 * index + 1] = extraction.tokens[2 * next - 1]!;
  });
  return spans;
}
