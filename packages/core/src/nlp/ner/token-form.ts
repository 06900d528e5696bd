/**
 * What the tagger sees of one token. In: a token as written (CoNLL or our
 * tokenizer). Out: its normalised form and the hashes of its word-level
 * attributes (form, lower case, shape, affixes, case class), computed once
 * per distinct token and cached.
 */
import { hashString } from './hash.js';

/** Curly quotes to straight, dashes to a hyphen, so news text matches CoNLL's tokens. */
export function normaliseToken(token: string): string {
  if (/^[\x20-\x7e]*$/.test(token)) return token === '``' || token === "''" ? '"' : token;
  return token
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00a0/g, ' ');
}

export const enum CaseClass {
  Lower = 1,
  Title = 2,
  AllCaps = 3,
  SingleCap = 4,
  Mixed = 5,
  Number = 6,
  Punct = 7,
  Other = 8,
}

/** Slots of the attribute array of a token. */
export const enum Attr {
  Word = 0,
  Lower = 1,
  Shape = 2,
  ShortShape = 3,
  Prefix1 = 4,
  Suffix1 = 8,
  /** A CaseClass, not a hash. */
  Case = 12,
  /** Bit flags, see Flag. */
  Flags = 13,
  /** The lower-case form without digit folding, for gazetteers. */
  Plain = 14,
  /**
   * Not attributes: where a tagger keeps this token's cached weight sums
   * (see linear-tagger.ts), valid while Stamp equals that tagger's stamp.
   */
  Stamp = 15,
  VectorsAt = 16,
  Count = 17,
}

export const enum Flag {
  HasDigit = 1,
  HasHyphen = 2,
  HasDot = 4,
  HasApostrophe = 8,
  Initial = 16,
  Acronym = 32,
  HasUpper = 64,
  HasLetter = 128,
}

function shapeOf(word: string): string {
  let shape = '';
  for (const char of word) {
    if (char >= 'a' && char <= 'z') shape += 'x';
    else if (char >= 'A' && char <= 'Z') shape += 'X';
    else if (char >= '0' && char <= '9') shape += 'd';
    else if (char.toLowerCase() !== char.toUpperCase()) shape += char === char.toLowerCase() ? 'x' : 'X';
    else shape += char;
  }
  return shape;
}

function shortShapeOf(shape: string): string {
  let short = '';
  for (const char of shape) if (short[short.length - 1] !== char) short += char;
  return short;
}

function caseClassOf(word: string, shape: string): CaseClass {
  const letters = shape.replace(/[^xX]/g, '');
  if (letters.length === 0) return /d/.test(shape) ? CaseClass.Number : CaseClass.Punct;
  if (!letters.includes('X')) return CaseClass.Lower;
  if (!letters.includes('x')) return letters.length === 1 ? CaseClass.SingleCap : CaseClass.AllCaps;
  if (shape.startsWith('X') && !/x.*X/.test(letters.slice(1)) && word.length > 1) return CaseClass.Title;
  return letters[0] === 'X' ? CaseClass.Title : CaseClass.Mixed;
}

function flagsOf(word: string, shape: string): number {
  let flags = 0;
  if (/\d/.test(word)) flags |= Flag.HasDigit;
  if (word.includes('-')) flags |= Flag.HasHyphen;
  if (word.includes('.')) flags |= Flag.HasDot;
  if (word.includes("'")) flags |= Flag.HasApostrophe;
  if (/^X\.$/.test(shape)) flags |= Flag.Initial;
  if (/^(?:X\.){2,}$|^X{2,5}$/.test(shape)) flags |= Flag.Acronym;
  if (shape.includes('X')) flags |= Flag.HasUpper;
  if (/[xX]/.test(shape)) flags |= Flag.HasLetter;
  return flags;
}

/** The attribute array of a normalised token (see Attr). */
export function computeAttributes(word: string): Uint32Array {
  const attrs = new Uint32Array(Attr.Count);
  const plain = word.toLowerCase();
  const lower = plain.replace(/[0-9]/g, '0');
  const shape = shapeOf(word);
  const chars = [...word];
  attrs[Attr.Word] = hashString(word);
  attrs[Attr.Lower] = hashString(lower);
  attrs[Attr.Shape] = hashString(shape.length > 12 ? shape.slice(0, 6) + shape.slice(-6) : shape);
  attrs[Attr.ShortShape] = hashString(shortShapeOf(shape));
  for (let n = 1; n <= 4; n++) {
    const short = chars.length < n;
    attrs[Attr.Prefix1 + n - 1] = short ? 0 : hashString(chars.slice(0, n).join(''));
    attrs[Attr.Suffix1 + n - 1] = short ? 0 : hashString(chars.slice(-n).join('').toLowerCase());
  }
  attrs[Attr.Case] = caseClassOf(word, shape);
  attrs[Attr.Flags] = flagsOf(word, shape);
  attrs[Attr.Plain] = hashString(plain);
  return attrs;
}

/** Caches attribute arrays by raw token; cleared when it grows large. */
export class TokenAttributeCache {
  private readonly cache = new Map<string, Uint32Array>();
  constructor(private readonly limit = 200_000) {}

  get(token: string): Uint32Array {
    let attrs = this.cache.get(token);
    if (attrs === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear();
      attrs = computeAttributes(normaliseToken(token));
      this.cache.set(token, attrs);
    }
    return attrs;
  }
}
