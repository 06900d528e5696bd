/**
 * Feature extraction. In: a sentence's tokens (and optionally statistics of
 * its document). Out: 32-bit feature keys per token, in three groups:
 * - own: features of the token alone (form, affixes, shape, word classes);
 * - neighbour: what a token at offset −2…+2 contributes to its neighbour
 *   (its lower-case form, shape, suffix, word class at that offset);
 * - context: features that join several tokens, gazetteer matches and
 *   document statistics.
 * The first two depend on one token only, so the model can sum their
 * weights once per distinct token (see model.ts); training uses the keys.
 * `historyKeys` adds the features that depend on the tags already chosen.
 * A second pass adds `documentCodes`: matches of the token against the
 * entities a first pass found anywhere in the document (see document-labels.ts).
 * Templates are numbers; changing one means retraining the model.
 */
import { featureKey, featureKey2, hashString } from './hash.js';
import { CLUSTER_LEVELS, clusterKey, clusterOfPacked } from './word-clusters.js';
import { typeLeaningKey } from './embedding-types.js';
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
  ClassAt = 36, // + offset 0..2 (−1..+1)
  ClassCase = 39,
  DocumentLabel = 45,
  DocumentLabelCase = 46,
  DocumentLabelLeft = 47,
  DocumentLabelRight = 48,
  ClassPosition = 49,
  ClusterAt = 50, // + offset 0..4 (−2..+2), + 6 × cluster set
  ClusterCase = 55, // + 6 × cluster set
  LeaningCase = 70,
  LeaningAt = 71, // + offset 0..2 (−1..+1)
  Quoted = 74,
  PrevTag = 40,
  PrevTwoTags = 41,
  PrevTagLower = 42,
  PrevTagShort = 43,
  PrevTagCase = 44,
}

/** Attribute arrays standing for positions outside the sentence. */
export const PAD_BEFORE = new Uint32Array(Attr.Count).fill(0x5bd1e995);
export const PAD_AFTER = new Uint32Array(Attr.Count).fill(0x1b873593);

/** How a token's case reads in its document: set bits of DocumentFlag. */
const enum DocumentFlag {
  SeenLower = 1,
  SeenCapitalisedInside = 2,
  SeenAllCapsInside = 4,
}

/** Per-document statistics of each lower-cased form (key: Attr.Plain | 0, kept a small integer for V8). */
export type DocumentContext = Map<number, number>;

/**
 * What the model knows of single lower-case words, by hash: word-class bit
 * masks from general lexicons, packed clusters, type leanings (each under its
 * own key). Keys are kept as signed 32-bit numbers, which V8 stores unboxed,
 * so that the half-million entries of a model load fast.
 */
export class WordClasses {
  private readonly map: Map<number, number>;

  constructor(entries: Iterable<readonly [number, number]> = []) {
    this.map = new Map();
    for (const [key, value] of entries) this.map.set(key | 0, value);
  }

  get size(): number {
    return this.map.size;
  }

  get(key: number): number | undefined {
    return this.map.get(key | 0);
  }

  set(key: number, value: number): this {
    this.map.set(key | 0, value);
    return this;
  }

  /** Entries with unsigned keys, in the order they were set. */
  *entries(): IterableIterator<[number, number]> {
    for (const [key, value] of this.map) yield [key >>> 0, value];
  }
}

/** Word-class bits of a general lexicon's parts of speech (the others are in scripts/ner-lexicons.ts). */
export const WordClassBit = { Verb: 0, Adjective: 1, Noun: 2, PluralNoun: 3, Adverb: 5 } as const;

/** Word-class bit: the word occurs in lower case in the training text (a common word, not a name). */
export const SEEN_LOWER_CLASS = 28;
/** Word-class bit standing for "in no lexicon" (never stored). */
const UNKNOWN_CLASS = 29;

/**
 * True for a headline whose case says little: most words in capitals (CoNLL's
 * headlines), or nearly every word capitalised (title case), where
 * capitalisation no longer marks names.
 */
function isCapitalsLine(attrs: readonly Uint32Array[]): boolean {
  let letters = 0;
  let capitals = 0;
  let capitalised = 0;
  for (const a of attrs) {
    if ((a[Attr.Flags]! & Flag.HasLetter) === 0) continue;
    letters++;
    const caseClass = a[Attr.Case];
    if (caseClass === CaseClass.AllCaps || caseClass === CaseClass.SingleCap) capitals++;
    if (caseClass !== CaseClass.Lower) capitalised++;
  }
  return letters >= 2 && (capitals / letters > 0.6 || (letters >= 4 && capitalised / letters >= 0.8));
}

const QUOTE = hashString('"');
/** Longest quotation read as a title rather than speech. */
const TITLE_QUOTE_TOKENS = 8;

/**
 * For each token of a sentence, whether it stands inside a short quotation
 * (1), as its first word (2), or not (0): titles of works are quoted ("won
 * for " The Kill "), and a short quotation of capitalised words is more often
 * a title than speech.
 */
function quotedFlags(attrs: readonly Uint32Array[]): Uint8Array {
  const flags = new Uint8Array(attrs.length);
  let open = -1;
  for (let i = 0; i < attrs.length; i++) {
    if (attrs[i]![Attr.Word] !== QUOTE) continue;
    if (open < 0) {
      open = i;
      continue;
    }
    if (i - open - 1 >= 1 && i - open - 1 <= TITLE_QUOTE_TOKENS) {
      for (let j = open + 1; j < i; j++) flags[j] = 1;
      flags[open + 1] = 2;
    }
    open = -1;
  }
  return flags;
}

/** Whether a token counts as a word for "first word of the sentence". */
const isWordLike = (a: Uint32Array): boolean => (a[Attr.Flags]! & Flag.HasLetter) !== 0 || a[Attr.Case] === CaseClass.Number;

/** A sentence with what every pass needs of it, computed once. */
export interface PreparedSentence {
  tokens: readonly string[];
  attrs: Uint32Array[];
  initial: boolean[];
  capitalsLine: boolean;
  gazetteerCodes: number[][];
  quoted: Uint8Array;
}

/** Where a token stands: 1 if at the sentence start, + 2 in a capitals headline. */
export const sentencePosition = (initial: boolean, capitalsLine: boolean): number => (initial ? 1 : 0) + (capitalsLine ? 2 : 0);
export const SENTENCE_POSITIONS = 4;

/** For each token: is it before or at the first word of the sentence? */
function initialFlags(attrs: readonly Uint32Array[]): boolean[] {
  const initial = new Array<boolean>(attrs.length);
  let seenWord = false;
  for (let i = 0; i < attrs.length; i++) {
    initial[i] = !seenWord;
    if (isWordLike(attrs[i]!)) seenWord = true;
  }
  return initial;
}

export interface SentenceFeatures {
  keys: Uint32Array;
  /** Token i's keys are keys[offsets[i]] … keys[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  attrs: Uint32Array[];
}

export class FeatureExtractor {
  constructor(
    readonly gazetteer: Gazetteer,
    readonly wordClasses: WordClasses = new WordClasses(),
    readonly cache: TokenAttributeCache = new TokenAttributeCache(),
  ) {}

  attributes(tokens: readonly string[]): Uint32Array[] {
    const attrs = new Array<Uint32Array>(tokens.length);
    for (let i = 0; i < tokens.length; i++) attrs[i] = this.cache.get(tokens[i]!);
    return attrs;
  }

  /** Attributes, sentence-start flags, headline flag and gazetteer matches of a sentence. */
  prepare(tokens: readonly string[]): PreparedSentence {
    const attrs = this.attributes(tokens);
    return { tokens, attrs, ...this.sentenceFacts(attrs) };
  }

  /** Counts, per lower-cased form, how it is written inside sentences of a document. */
  documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
    return this.documentContextOf(sentences.map((tokens) => {
      const attrs = this.attributes(tokens);
      return { attrs, capitalsLine: isCapitalsLine(attrs), initial: initialFlags(attrs) };
    }));
  }

  /** documentContext over prepared sentences. */
  documentContextOf(sentences: readonly Pick<PreparedSentence, 'attrs' | 'capitalsLine' | 'initial'>[]): DocumentContext {
    const context: DocumentContext = new Map();
    for (const { attrs, capitalsLine, initial } of sentences) {
      if (capitalsLine) continue;
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i]!;
        const caseClass = a[Attr.Case];
        let flag = 0;
        if (caseClass === CaseClass.Lower) flag = DocumentFlag.SeenLower;
        else if (initial[i]) continue;
        else if (caseClass === CaseClass.Title || caseClass === CaseClass.Mixed) flag = DocumentFlag.SeenCapitalisedInside;
        else if (caseClass === CaseClass.AllCaps) flag = DocumentFlag.SeenAllCapsInside;
        const key = a[Attr.Plain]! | 0;
        if (flag) context.set(key, (context.get(key) ?? 0) | flag);
      }
    }
    return context;
  }

  /** Word-class bits of a token; words with letters in no lexicon get UNKNOWN_CLASS. */
  classesOf(a: Uint32Array): number {
    const classes = this.wordClasses.get(a[Attr.Plain]!) ?? 0;
    return classes === 0 && (a[Attr.Flags]! & Flag.HasLetter) !== 0 ? 1 << UNKNOWN_CLASS : classes;
  }

  /** A word's clusters of every set, packed (see word-clusters.ts), kept among the word classes; 0 if none. */
  clustersOf(a: Uint32Array): number {
    return a === PAD_BEFORE || a === PAD_AFTER ? 0 : (this.wordClasses.get(clusterKey(a[Attr.Plain]!)) ?? 0);
  }

  /** A word's entity-type leaning code from its vector (see embedding-types.ts); 0 if none. */
  leaningOf(a: Uint32Array): number {
    return a === PAD_BEFORE || a === PAD_AFTER ? 0 : (this.wordClasses.get(typeLeaningKey(a[Attr.Plain]!)) ?? 0);
  }

  /** Keys of the features of a token by itself. */
  ownKeys(a: Uint32Array, out: number[]): void {
    out.push(featureKey(T.Bias, 0), featureKey(T.Word, a[Attr.Word]!));
    for (let k = 0; k < 4; k++) {
      if (a[Attr.Prefix1 + k]) out.push(featureKey(T.Prefix + k, a[Attr.Prefix1 + k]!));
      if (a[Attr.Suffix1 + k]) out.push(featureKey(T.Suffix + k, a[Attr.Suffix1 + k]!));
    }
    const flags = a[Attr.Flags]!;
    for (let bit = 0; bit < 8; bit++) if (flags & (1 << bit)) out.push(featureKey(T.FlagBit, bit));
    const classes = this.classesOf(a);
    for (let bit = 0; bit < 32 && classes >>> bit; bit++) {
      if (classes & (1 << bit)) out.push(featureKey(T.ClassCase, bit * 16 + a[Attr.Case]!));
    }
    const clusters = this.clustersOf(a);
    for (let level = 0; clusters && level < CLUSTER_LEVELS; level++) {
      const cluster = clusterOfPacked(clusters, level);
      if (cluster) out.push(featureKey(T.ClusterCase + 6 * level, cluster * 16 + a[Attr.Case]!));
    }
    const leaning = this.leaningOf(a);
    if (leaning) out.push(featureKey(T.LeaningCase, leaning * 16 + a[Attr.Case]!));
    this.neighbourKeys(a, 0, out);
  }

  /** Keys of what a token (or a pad) contributes to the token `-offset` places away. */
  neighbourKeys(a: Uint32Array, offset: number, out: number[]): void {
    out.push(featureKey(T.LowerAt + offset + 2, a[Attr.Lower]!), featureKey(T.ShortAt + offset + 2, a[Attr.ShortShape]!));
    if (offset >= -1 && offset <= 1) {
      out.push(featureKey(T.ShapeAt + offset + 1, a[Attr.Shape]!));
      const classes = a === PAD_BEFORE || a === PAD_AFTER ? 1 << 30 : this.classesOf(a);
      for (let bit = 0; bit < 32 && classes >>> bit; bit++) if (classes & (1 << bit)) out.push(featureKey(T.ClassAt + offset + 1, bit));
    }
    const clusters = this.clustersOf(a);
    for (let level = 0; clusters && level < CLUSTER_LEVELS; level++) {
      const cluster = clusterOfPacked(clusters, level);
      if (cluster) out.push(featureKey(T.ClusterAt + 6 * level + offset + 2, cluster));
    }
    if (offset >= -1 && offset <= 1 && offset !== 0) {
      const leaning = this.leaningOf(a);
      if (leaning) out.push(featureKey(T.LeaningAt + offset + 1, leaning));
    }
    if (offset === -1) out.push(featureKey(T.SuffixLeft, a[Attr.Suffix1 + 2]!));
    if (offset === 1) out.push(featureKey(T.SuffixRight, a[Attr.Suffix1 + 2]!));
  }

  /** Keys of the features of a token at a sentence position (0–3, see sentencePosition). */
  positionKeys(a: Uint32Array, position: number, out: number[]): void {
    const caseClass = a[Attr.Case]!;
    out.push(featureKey(T.CasePosition, caseClass * 4 + position));
    const classes = this.classesOf(a);
    for (let bit = 0; bit < 32 && classes >>> bit; bit++) {
      if (classes & (1 << bit)) out.push(featureKey(T.ClassPosition, (bit * 16 + caseClass) * 4 + position));
    }
  }

  /** Keys of the features of token i that join tokens, lists and the document. */
  contextKeys(
    attrs: readonly Uint32Array[],
    i: number,
    gazetteerCodes: readonly (readonly number[])[],
    initial: boolean,
    capitalsLine: boolean,
    /** QuoteFlag of the token. */
    quoted: number,
    context: DocumentContext | undefined,
    documentCodes: readonly (readonly number[])[] | undefined,
    out: number[],
    /** False when the caller has the position keys (positionKeys) summed already. */
    withPositionKeys = true,
  ): void {
    const n = attrs.length;
    const a = attrs[i]!;
    const left = i > 0 ? attrs[i - 1]! : PAD_BEFORE;
    const right = i + 1 < n ? attrs[i + 1]! : PAD_AFTER;
    const caseClass = a[Attr.Case]!;
    out.push(featureKey2(T.LowerBigramLeft, left[Attr.Lower]!, a[Attr.Lower]!));
    out.push(featureKey2(T.LowerBigramRight, a[Attr.Lower]!, right[Attr.Lower]!));
    out.push(featureKey2(T.ShortTrigram, featureKey2(0, left[Attr.ShortShape]!, a[Attr.ShortShape]!), right[Attr.ShortShape]!));
    const position = sentencePosition(initial, capitalsLine);
    if (withPositionKeys) this.positionKeys(a, position, out);
    out.push(featureKey2(T.WordCaseLeft, a[Attr.Word]!, left[Attr.Case]!));
    const capitalised = caseClass === CaseClass.Lower ? 0 : 1;
    for (const code of gazetteerCodes[i]!) out.push(featureKey(T.Gazetteer, code), featureKey(T.GazetteerCase, code * 2 + capitalised));
    if (i > 0) for (const code of gazetteerCodes[i - 1]!) out.push(featureKey(T.GazetteerLeft, code));
    if (i + 1 < n) for (const code of gazetteerCodes[i + 1]!) out.push(featureKey(T.GazetteerRight, code));
    if (context && caseClass !== CaseClass.Lower && (a[Attr.Flags]! & Flag.HasLetter) !== 0) {
      const seen = context.get(a[Attr.Plain]! | 0) ?? 0;
      out.push(featureKey(T.Document, (seen * 16 + caseClass) * 4 + position));
    }
    if (quoted) out.push(featureKey(T.Quoted, quoted * 16 + caseClass));
    if (documentCodes) this.documentLabelKeys(attrs, i, documentCodes, out);
  }

  /** Keys of the second pass's features: matches of tokens i−1…i+1 against the document's first-pass tags. */
  documentLabelKeys(attrs: readonly Uint32Array[], i: number, documentCodes: readonly (readonly number[])[], out: number[]): void {
    const capitalised = attrs[i]![Attr.Case] === CaseClass.Lower ? 0 : 1;
    for (const code of documentCodes[i]!) out.push(featureKey(T.DocumentLabel, code), featureKey(T.DocumentLabelCase, code * 2 + capitalised));
    if (i > 0) for (const code of documentCodes[i - 1]!) out.push(featureKey(T.DocumentLabelLeft, code));
    if (i + 1 < attrs.length) for (const code of documentCodes[i + 1]!) out.push(featureKey(T.DocumentLabelRight, code));
  }

  /** Sentence-level facts every token's context keys need. */
  sentenceFacts(attrs: readonly Uint32Array[]): { initial: boolean[]; capitalsLine: boolean; gazetteerCodes: number[][]; quoted: Uint8Array } {
    return { initial: initialFlags(attrs), capitalsLine: isCapitalsLine(attrs), gazetteerCodes: this.gazetteer.match(attrs), quoted: quotedFlags(attrs) };
  }

  /** All static feature keys of a sentence (training uses these). */
  sentence(tokens: readonly string[], context?: DocumentContext, documentLabels?: Gazetteer): SentenceFeatures {
    const attrs = this.attributes(tokens);
    const n = attrs.length;
    const { initial, capitalsLine, gazetteerCodes, quoted } = this.sentenceFacts(attrs);
    const documentCodes = documentLabels?.match(attrs);
    const out: number[] = [];
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offsets[i] = out.length;
      this.ownKeys(attrs[i]!, out);
      for (const offset of [-2, -1, 1, 2]) {
        const j = i + offset;
        this.neighbourKeys(j < 0 ? PAD_BEFORE : j >= n ? PAD_AFTER : attrs[j]!, offset, out);
      }
      this.contextKeys(attrs, i, gazetteerCodes, initial[i]!, capitalsLine, quoted[i]!, context, documentCodes, out);
    }
    offsets[n] = out.length;
    return { keys: Uint32Array.from(out), offsets, attrs };
  }
}

/** Number of keys `historyKeys` writes. */
export const HISTORY_KEY_COUNT = 5;

/** History values: p = previous label + 1 (0 before the sentence), same for the one before. */
export const HISTORY_VALUES = 18;
export const CASE_VALUES = 16;

export const previousTagKey = (p: number): number => featureKey(T.PrevTag, p);
export const previousTwoTagsKey = (p: number, beforeP: number): number => featureKey(T.PrevTwoTags, p * 64 + beforeP);
export const previousTagCaseKey = (p: number, caseClass: number): number => featureKey(T.PrevTagCase, p * 16 + caseClass);

/** Keys of the history features that also look at the token's form (the others are dense, see above). */
export function tokenHistoryKeys(out: Uint32Array, attrs: Uint32Array, p: number): void {
  out[0] = featureKey2(T.PrevTagLower, attrs[Attr.Lower]!, p);
  out[1] = featureKey2(T.PrevTagShort, attrs[Attr.ShortShape]!, p);
}

/** Keys of the features that look at the two previous tags (-1 before the sentence). */
export function historyKeys(out: Uint32Array, attrs: Uint32Array, previous: number, beforePrevious: number): void {
  const p = previous + 1;
  out[0] = previousTagKey(p);
  out[1] = previousTwoTagsKey(p, beforePrevious + 1);
  out[4] = previousTagCaseKey(p, attrs[Attr.Case]!);
  tokenHistoryKeys(out.subarray(2, 4), attrs, p);
}
