/**
 * An extraction as the cache file writes it, and back: JSON whose bulk, a
 * few numbers for every token, is packed into strings (extract/packed-numbers.ts).
 * Tokens are written as each one's gap from the end of the one before and
 * its length, heads one more than their index (so the root is 0), tags and
 * relations as one-byte codes into the document's `labels`; lemmas are the
 * space-separated list the extraction holds. Reading checks that every count
 * agrees, so a restore can never read past an end.
 */
import type { Mention } from '../nlp/mentions.js';
import { isRecord } from './cache-file.js';
import type { DocumentExtraction } from './document-extraction.js';
import { packBytes, packNumbers, unpackBytes, unpackNumbers } from './packed-numbers.js';

export interface WrittenExtraction {
  /** Per token, its gap from the previous token's end (the first's from 0) and its length, packed. */
  tokens: string;
  sentenceLengths: number[];
  headings: number[];
  names: Mention[];
  syntax: {
    labels: string[];
    /** Codes into `labels`, a byte a token, packed. */
    upos: string;
    deprel: string;
    lemma: string;
    /** Per token, its head's index in its sentence plus one, packed. */
    head: string;
  };
}

/** The form the extraction cache writes. */
export function writtenExtraction(extraction: DocumentExtraction): WrittenExtraction {
  const { tokens, sentenceLengths, headings, names, syntax } = extraction;
  const gaps = new Int32Array(tokens.length);
  let end = 0;
  for (let i = 0; i < tokens.length; i += 2) {
    gaps[i] = tokens[i]! - end;
    gaps[i + 1] = tokens[i + 1]! - tokens[i]!;
    end = tokens[i + 1]!;
  }
  return {
    tokens: packNumbers(gaps),
    sentenceLengths,
    headings,
    names,
    syntax: {
      labels: syntax.labels,
      upos: packBytes(syntax.upos),
      deprel: packBytes(syntax.deprel),
      lemma: syntax.lemma,
      head: packNumbers(syntax.head.map((head) => head + 1)),
    },
  };
}

/** The extraction `value` holds, or undefined where it is not a written extraction whose counts agree. */
export function readExtraction(value: unknown): DocumentExtraction | undefined {
  if (!isRecord(value) || typeof value.tokens !== 'string' || !isCounts(value.sentenceLengths) || !isCounts(value.headings)) return undefined;
  if (!Array.isArray(value.names) || !value.names.every(isRecord) || !isRecord(value.syntax)) return undefined;
  const { labels, upos, deprel, lemma, head } = value.syntax;
  if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string') || labels.length > 256) return undefined;
  if (typeof upos !== 'string' || typeof deprel !== 'string' || typeof lemma !== 'string' || typeof head !== 'string') return undefined;
  const sentenceLengths = value.sentenceLengths as number[];
  if (!sentenceLengths.every((length) => length > 0)) return undefined;
  const count = sentenceLengths.reduce((sum, length) => sum + length, 0);
  const tokens = unpackNumbers(value.tokens, 2 * count);
  const uposCodes = unpackBytes(upos, count);
  const deprelCodes = unpackBytes(deprel, count);
  const heads = unpackNumbers(head, count);
  if (!tokens || !uposCodes || !deprelCodes || !heads || !codesBelow(uposCodes, labels.length) || !codesBelow(deprelCodes, labels.length)) return undefined;
  if (count === 0 ? lemma !== '' : spaces(lemma) !== count - 1) return undefined;
  let end = 0;
  for (let i = 0; i < tokens.length; i += 2) {
    tokens[i] += end;
    tokens[i + 1] += tokens[i]!;
    end = tokens[i + 1]!;
  }
  for (let i = 0; i < heads.length; i += 1) heads[i] -= 1;
  return {
    tokens,
    sentenceLengths,
    headings: value.headings as number[],
    names: value.names as unknown as Mention[],
    syntax: { labels: labels as string[], upos: uposCodes, lemma, deprel: deprelCodes, head: heads },
  };
}

const isCounts = (value: unknown): boolean => Array.isArray(value) && value.every(Number.isInteger);

function codesBelow(codes: Uint8Array, limit: number): boolean {
  for (const code of codes) if (code >= limit) return false;
  return true;
}

function spaces(text: string): number {
  let count = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count += 1;
  return count;
}
