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
import { findNameMentions, nameTokens, type MentionContext, type Mention } from '../nlp/mentions.js';
import { readInSentenceCase } from '../nlp/sentence-case.js';
import { splitSentences, type Sentence } from '../nlp/sentences.js';
import { tokenAt, type Token } from '../nlp/tokens.js';

/**
 * What comes once or twice a token is a typed array: a build holds every
 * document's extraction, and a JavaScript array of numbers takes twice the
 * bytes of an Int32Array, a tag written out four or five times those of a
 * one-byte code. The cache file writes it packed further (extract/written-extraction.ts).
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

/** Every token's UPOS tag, lemma (space-separated) and UD relation, and its head within its sentence (−1 root). */
export interface ExtractedSyntax {
  /** The document's distinct tags and relations, in the order first met; `upos` and `deprel` index into it. */
  labels: string[];
  upos: Uint8Array;
  lemma: string;
  deprel: Uint8Array;
  head: Int32Array;
}

/** Sentences, tokens, names and syntax of one document's text. */
export function extractDocument(text: string, context: MentionContext): DocumentExtraction {
  const sentences = splitSentences(text);
  const tokens: number[] = [];
  for (const sentence of sentences) for (const token of sentence.tokens) tokens.push(token.start, token.end);
  const names = findNameMentions(sentences, context);
  const inName = nameTokens(sentences, names);
  const anyName = nameTokens(sentences, names, true);
  // The parser reads a title-case headline in sentence case, as the tagger did (nlp/sentence-case.ts).
  const wordCase = context.wordCase;
  const read = wordCase ? sentences.map((sentence) => readInSentenceCase(sentence, wordCase)) : sentences;
  return {
    tokens: Int32Array.from(tokens),
    sentenceLengths: sentences.map((s) => s.tokens.length),
    headings: sentences.filter((s) => s.isHeading).map((s) => s.index),
    names,
    syntax: summariseSyntax(read.map((sentence, i) => parseSentence(sentence.tokens, undefined, inName[i], anyName[i]))),
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
  const labels: string[] = [];
  return { labels, upos: encodeLabels(upos, labels), lemma: lemma.join(' '), deprel: encodeLabels(deprel, labels), head: Int32Array.from(head) };
}

/** Each value's index in `labels`, which gains the values it lacks. */
function encodeLabels(values: readonly string[], labels: string[]): Uint8Array {
  const codes = new Uint8Array(values.length);
  const codeOf = new Map(labels.map((label, code) => [label, code]));
  values.forEach((value, i) => {
    let code = codeOf.get(value);
    if (code === undefined) codeOf.set(value, (code = labels.push(value) - 1));
    // A parser's tags and relations are a few dozen; far more means a broken model, not a bigger document.
    if (code > 255) throw new Error(`extractDocument: more than 256 distinct tags and relations in one document ("${value}")`);
    codes[i] = code;
  });
  return codes;
}

/**
 * Each sentence's syntactic reading, by sentence index, as `parseSentence` gave it. A sentence's heads are a view
 * of the extraction's, not a copy: no reader changes them, and a build restores the syntax several times.
 */
export function restoreSyntax(extraction: DocumentExtraction): TokenParse[] {
  // A build holds one document's restored syntax at a time, so its strings need no sharing.
  const { labels, upos, deprel, head, lemma } = extraction.syntax;
  const parses: TokenParse[] = [];
  let next = 0;
  // Where the next lemma starts in the space-separated list.
  let at = 0;
  for (const length of extraction.sentenceLengths) {
    const parse: TokenParse = { upos: new Array<string>(length), lemma: new Array<string>(length), head: head.subarray(next, next + length), deprel: new Array<string>(length) };
    for (let i = 0; i < length; i += 1) {
      parse.upos[i] = labels[upos[next + i]!]!;
      parse.deprel[i] = labels[deprel[next + i]!]!;
      const space = lemma.indexOf(' ', at);
      const end = space < 0 ? lemma.length : space;
      parse.lemma[i] = lemma.slice(at, end);
      at = end + 1;
    }
    parses.push(parse);
    next += length;
  }
  return parses;
}

/** The sentences `splitSentences` gave for `text`, rebuilt from its extraction. */
export function restoreSentences(text: string, extraction: DocumentExtraction): Sentence[] {
  const { headings, tokens: offsets } = extraction;
  const sentences: Sentence[] = [];
  let next = 0;
  let heading = 0;
  extraction.sentenceLengths.forEach((length, index) => {
    const tokens = new Array<Token>(length);
    for (let i = 0; i < length; i += 1, next += 2) tokens[i] = tokenAt(text, offsets[next]!, offsets[next + 1]!);
    const start = tokens[0]!.start;
    const end = tokens[length - 1]!.end;
    // Headings are listed in sentence order.
    const isHeading = headings[heading] === index;
    if (isHeading) heading += 1;
    sentences.push({ index, text: text.slice(start, end), start, end, tokens, isHeading });
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
