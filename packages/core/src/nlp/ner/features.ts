/**
 * Feature extraction. In: a sentence's tokens (and optionally statistics of
 * its document). Out: the 32-bit keys of its static features per token;
 * `historyKeys` adds the features that depend on the tags already chosen.
 * Templates are numbers; changing one changes the model format version.
 */
import { featureKey, featureKey2 } from './hash.js';
import type { Gazetteer } from './gazetteer.js';
import { Attr, CaseClass, Flag, TokenAttributeCache } from './token-form.js';

const enum T {
  Bias = 0,
  Word = 1,
  LowerAt = 2, // + offset 0..4 (−2..+2)
  ShapeAt = 7, // + offset 0..2 (−1..+1)
  ShortAt = 10, // + offset 0..4
  Prefix = 15, // + 0..3
  Suffix = 19, // + 0..3
  LowerBigramLeft = 23,
  LowerBigramRight = 24,
  ShortTrigram = 25,
  CasePosition = 26,
  FlagBit = 27,
  Gazetteer = 28,
  GazetteerCase = 29,
  GazetteerLeft = 30,
  GazetteerRight = 31,
  Document = 32,
  SuffixLeft = 33,
  SuffixRight = 34,
  WordCaseLeft = 35,
  PrevTag = 40,
  PrevTwoTags = 41,
  PrevTagLower = 42,
  PrevTagShort = 43,
  PrevTagCase = 44,
}

/** Hashes standing for positions outside the sentence. */
const PAD_BEFORE = 0x5bd1e995;
const PAD_AFTER = 0x1b873593;

/** How a token's case reads in its document: set bits of DocumentFlag. */
const enum DocumentFlag {
  SeenLower = 1,
  SeenCapitalisedInside = 2,
  SeenAllCapsInside = 4,
}

/** Per-document statistics of each lower-cased form. */
export type DocumentContext = Map<number, number>;

/** True when most words of a sentence are in capitals (a CoNLL headline). */
function isCapitalsLine(attrs: readonly Uint32Array[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const a of attrs) {
    if ((a[Attr.Flags]! & Flag.HasLetter) === 0) continue;
    letters++;
    if (a[Attr.Case] === CaseClass.AllCaps || a[Attr.Case] === CaseClass.SingleCap) capitals++;
  }
  return letters >= 2 && capitals / letters > 0.6;
}

/** Is token `i` the first word of its sentence (after opening quotes/brackets)? */
function isSentenceInitial(attrs: readonly Uint32Array[], i: number): boolean {
  for (let j = 0; j < i; j++) if ((attrs[j]![Attr.Flags]! & Flag.HasLetter) !== 0 || attrs[j]![Attr.Case] === CaseClass.Number) return false;
  return true;
}

export class FeatureExtractor {
  constructor(
    readonly gazetteer: Gazetteer,
    readonly cache: TokenAttributeCache = new TokenAttributeCache(),
  ) {}

  attributes(tokens: readonly string[]): Uint32Array[] {
    return tokens.map((token) => this.cache.get(token));
  }

  /** Counts, per lower-cased form, how it is written inside sentences of a document. */
  documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
    const context: DocumentContext = new Map();
    for (const tokens of sentences) {
      const attrs = this.attributes(tokens);
      if (isCapitalsLine(attrs)) continue;
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i]!;
        const caseClass = a[Attr.Case];
        let flag = 0;
        if (caseClass === CaseClass.Lower) flag = DocumentFlag.SeenLower;
        else if (isSentenceInitial(attrs, i)) continue;
        else if (caseClass === CaseClass.Title || caseClass === CaseClass.Mixed) flag = DocumentFlag.SeenCapitalisedInside;
        else if (caseClass === CaseClass.AllCaps) flag = DocumentFlag.SeenAllCapsInside;
        if (flag) context.set(a[Attr.Plain]!, (context.get(a[Attr.Plain]!) ?? 0) | flag);
      }
    }
    return context;
  }

  /**
   * Static feature keys of a sentence: token i's keys are
   * `keys[offsets[i]] … keys[offsets[i + 1] - 1]`.
   */
  sentence(tokens: readonly string[], context?: DocumentContext): { keys: Uint32Array; offsets: Int32Array; attrs: Uint32Array[] } {
    const attrs = this.attributes(tokens);
    const n = attrs.length;
    const gazetteerCodes = this.gazetteer.match(attrs);
    const capitalsLine = isCapitalsLine(attrs);
    const out: number[] = [];
    const offsets = new Int32Array(n + 1);
    const at = (i: number, slot: number): number => (i < 0 ? PAD_BEFORE : i >= n ? PAD_AFTER : attrs[i]![slot]!);
    let initialDone = false;
    for (let i = 0; i < n; i++) {
      offsets[i] = out.length;
      const a = attrs[i]!;
      const caseClass = a[Attr.Case]!;
      const initial = !initialDone;
      if ((a[Attr.Flags]! & Flag.HasLetter) !== 0 || caseClass === CaseClass.Number) initialDone = true;
      out.push(featureKey(T.Bias, 0), featureKey(T.Word, a[Attr.Word]!));
      for (let o = -2; o <= 2; o++) out.push(featureKey(T.LowerAt + o + 2, at(i + o, Attr.Lower)));
      for (let o = -1; o <= 1; o++) out.push(featureKey(T.ShapeAt + o + 1, at(i + o, Attr.Shape)));
      for (let o = -2; o <= 2; o++) out.push(featureKey(T.ShortAt + o + 2, at(i + o, Attr.ShortShape)));
      for (let k = 0; k < 4; k++) {
        if (a[Attr.Prefix1 + k]) out.push(featureKey(T.Prefix + k, a[Attr.Prefix1 + k]!));
        if (a[Attr.Suffix1 + k]) out.push(featureKey(T.Suffix + k, a[Attr.Suffix1 + k]!));
      }
      out.push(featureKey(T.SuffixLeft, at(i - 1, Attr.Suffix1 + 2)), featureKey(T.SuffixRight, at(i + 1, Attr.Suffix1 + 2)));
      out.push(featureKey2(T.LowerBigramLeft, at(i - 1, Attr.Lower), a[Attr.Lower]!));
      out.push(featureKey2(T.LowerBigramRight, a[Attr.Lower]!, at(i + 1, Attr.Lower)));
      out.push(featureKey2(T.ShortTrigram, featureKey2(0, at(i - 1, Attr.ShortShape), a[Attr.ShortShape]!), at(i + 1, Attr.ShortShape)));
      const position = (initial ? 1 : 0) + (capitalsLine ? 2 : 0);
      out.push(featureKey(T.CasePosition, caseClass * 4 + position));
      out.push(featureKey2(T.WordCaseLeft, a[Attr.Word]!, at(i - 1, Attr.Case)));
      const flags = a[Attr.Flags]!;
      for (let bit = 0; bit < 8; bit++) if (flags & (1 << bit)) out.push(featureKey(T.FlagBit, bit));
      const capitalised = caseClass === CaseClass.Lower ? 0 : 1;
      for (const code of gazetteerCodes[i]!) {
        out.push(featureKey(T.Gazetteer, code), featureKey(T.GazetteerCase, code * 2 + capitalised));
      }
      if (i > 0) for (const code of gazetteerCodes[i - 1]!) out.push(featureKey(T.GazetteerLeft, code));
      if (i + 1 < n) for (const code of gazetteerCodes[i + 1]!) out.push(featureKey(T.GazetteerRight, code));
      if (context && caseClass !== CaseClass.Lower && (flags & Flag.HasLetter) !== 0) {
        const seen = context.get(a[Attr.Plain]!) ?? 0;
        out.push(featureKey(T.Document, (seen * 16 + caseClass) * 4 + position));
      }
    }
    offsets[n] = out.length;
    return { keys: Uint32Array.from(out), offsets, attrs };
  }
}

/** Number of keys `historyKeys` writes. */
export const HISTORY_KEY_COUNT = 5;

/** Keys of the features that look at the two previous tags (-1 before the sentence). */
export function historyKeys(out: Uint32Array, attrs: Uint32Array, previous: number, beforePrevious: number): void {
  const p = previous + 1;
  out[0] = featureKey(T.PrevTag, p);
  out[1] = featureKey(T.PrevTwoTags, p * 64 + beforePrevious + 1);
  out[2] = featureKey2(T.PrevTagLower, attrs[Attr.Lower]!, p);
  out[3] = featureKey2(T.PrevTagShort, attrs[Attr.ShortShape]!, p);
  out[4] = featureKey(T.PrevTagCase, p * 16 + attrs[Attr.Case]!);
}
