/**
 * One decoding pass: greedy left to right over BILOU labels with a linear
 * score per label, constrained to well-formed entities. In: a sentence's
 * tokens and its document facts. Out: a label and, for entity tokens, a
 * probability per token.
 *
 * Speed: the weights of every feature that depends on one token only are
 * summed once per distinct token (its own features and what it contributes
 * to each neighbour) and cached; per position only the few features that
 * join tokens, lists, the document and the previous tags are looked up.
 */
import { FeatureTable } from './feature-table.js';
import {
  CASE_VALUES,
  FeatureExtractor,
  HISTORY_VALUES,
  SENTENCE_POSITIONS,
  sentencePosition,
  PAD_AFTER,
  PAD_BEFORE,
  previousTagCaseKey,
  previousTagKey,
  previousTwoTagsKey,
  tokenHistoryKeys,
  type DocumentContext,
  type PreparedSentence,
} from './features.js';
import { Attr } from './token-form.js';
import { ALLOWED_AFTER, ALLOWED_AT_END, LABEL_COUNT } from './labels.js';

/** The weights of one pass: a row of LABEL_COUNT weights per feature key. */
export interface PassWeights {
  keys: Uint32Array;
  weights: Float32Array;
}

/**
 * Slots of a token's cached vectors: its own features, then as the neighbour
 * at −2, −1, +1, +2, then its position features at each sentence position.
 */
const NEIGHBOUR_OFFSETS = [0, -2, -1, 1, 2] as const;
const POSITION_SLOT = NEIGHBOUR_OFFSETS.length;
const SLOTS = POSITION_SLOT + SENTENCE_POSITIONS;
const VECTOR = LABEL_COUNT;

export class LinearTagger {
  private readonly table: FeatureTable;
  private readonly scores = new Float64Array(LABEL_COUNT);
  private readonly history = new Uint32Array(2);
  /** Dense weights of the history features that do not look at the token. */
  private readonly previousTag: Float32Array;
  private readonly previousTwoTags: Float32Array;
  private readonly previousTagCase: Float32Array;
  private readonly keyBuffer: number[] = [];
  private readonly vectors = new Map<string, Float32Array>();
  private readonly padBefore: Float32Array;
  private readonly padAfter: Float32Array;

  constructor(
    readonly pass: PassWeights,
    private readonly extractor: FeatureExtractor,
  ) {
    this.table = new FeatureTable(pass.keys.length);
    for (let row = 0; row < pass.keys.length; row++) this.table.set(pass.keys[row]!, row);
    this.padBefore = this.vectorsOf(PAD_BEFORE, false);
    this.padAfter = this.vectorsOf(PAD_AFTER, false);
    this.previousTag = this.dense(HISTORY_VALUES, (p) => previousTagKey(p));
    this.previousTwoTags = this.dense(HISTORY_VALUES * HISTORY_VALUES, (v) => previousTwoTagsKey(Math.floor(v / HISTORY_VALUES), v % HISTORY_VALUES));
    this.previousTagCase = this.dense(HISTORY_VALUES * CASE_VALUES, (v) => previousTagCaseKey(Math.floor(v / CASE_VALUES), v % CASE_VALUES));
  }

  /** The weight rows of `count` keys as one dense array. */
  private dense(count: number, keyOf: (value: number) => number): Float32Array {
    const dense = new Float32Array(count * LABEL_COUNT);
    for (let value = 0; value < count; value++) {
      const row = this.table.get(keyOf(value));
      if (row >= 0) dense.set(this.pass.weights.subarray(row * LABEL_COUNT, (row + 1) * LABEL_COUNT), value * LABEL_COUNT);
    }
    return dense;
  }

  /** Summed weights of a token's one-token features: own, then as neighbour at −2, −1, +1, +2. */
  private vectorsOf(attrs: Uint32Array, own = true): Float32Array {
    const vectors = new Float32Array(SLOTS * VECTOR);
    const keys = this.keyBuffer;
    const weights = this.pass.weights;
    for (let slot = 0; slot < SLOTS; slot++) {
      keys.length = 0;
      if (slot === 0) {
        if (own) this.extractor.ownKeys(attrs, keys);
      } else if (slot < POSITION_SLOT) this.extractor.neighbourKeys(attrs, NEIGHBOUR_OFFSETS[slot]!, keys);
      else if (own) this.extractor.positionKeys(attrs, slot - POSITION_SLOT, keys);
      for (const key of keys) {
        const row = this.table.get(key);
        if (row < 0) continue;
        const base = row * LABEL_COUNT;
        for (let label = 0; label < LABEL_COUNT; label++) vectors[slot * VECTOR + label] += weights[base + label]!;
      }
    }
    return vectors;
  }

  private tokenVectors(token: string, attrs: Uint32Array): Float32Array {
    let vectors = this.vectors.get(token);
    if (vectors === undefined) {
      if (this.vectors.size >= 100_000) this.vectors.clear();
      vectors = this.vectorsOf(attrs);
      this.vectors.set(token, vectors);
    }
    return vectors;
  }

  decode(
    sentence: PreparedSentence,
    context: DocumentContext,
    documentCodes?: readonly (readonly number[])[],
  ): { labels: Int32Array; probabilities: Float64Array } {
    const extractor = this.extractor;
    const { tokens, attrs, initial, capitalsLine } = sentence;
    const n = tokens.length;
    if (!sentence.contextKeys) shareContextKeys(extractor, sentence, context);
    const contextKeys = sentence.contextKeys!;
    const contextOffsets = sentence.contextOffsets!;
    const vectors = new Array<Float32Array>(n);
    for (let i = 0; i < n; i++) vectors[i] = this.tokenVectors(tokens[i]!, attrs[i]!);
    const labels = new Int32Array(n);
    const probabilities = new Float64Array(n);
    const { table, scores, history, keyBuffer } = this;
    const weights = this.pass.weights;
    let previous = -1;
    let beforePrevious = -1;
    for (let i = 0; i < n; i++) {
      const own = vectors[i]!;
      const m2 = i >= 2 ? vectors[i - 2]! : this.padBefore;
      const m1 = i >= 1 ? vectors[i - 1]! : this.padBefore;
      const p1 = i + 1 < n ? vectors[i + 1]! : this.padAfter;
      const p2 = i + 2 < n ? vectors[i + 2]! : this.padAfter;
      const position = (POSITION_SLOT + sentencePosition(initial[i]!, capitalsLine)) * VECTOR;
      for (let label = 0; label < LABEL_COUNT; label++) {
        scores[label] =
          own[label]! + own[position + label]! + m2[VECTOR + label]! + m1[2 * VECTOR + label]! + p1[3 * VECTOR + label]! + p2[4 * VECTOR + label]!;
      }
      for (let k = contextOffsets[i]!; k < contextOffsets[i + 1]!; k++) addRow(table.get(contextKeys[k]!), weights, scores);
      if (documentCodes) {
        keyBuffer.length = 0;
        extractor.documentLabelKeys(attrs, i, documentCodes, keyBuffer);
        for (const key of keyBuffer) addRow(table.get(key), weights, scores);
      }
      const p = previous + 1;
      const two = (p * HISTORY_VALUES + beforePrevious + 1) * LABEL_COUNT;
      const withCase = (p * CASE_VALUES + attrs[i]![Attr.Case]!) * LABEL_COUNT;
      const one = p * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label++) {
        scores[label] += this.previousTag[one + label]! + this.previousTwoTags[two + label]! + this.previousTagCase[withCase + label]!;
      }
      tokenHistoryKeys(history, attrs[i]!, p);
      addRow(table.get(history[0]!), weights, scores);
      addRow(table.get(history[1]!), weights, scores);
      const allowedBase = (previous + 1) * LABEL_COUNT;
      let best = -1;
      let bestScore = -Infinity;
      for (let label = 0; label < LABEL_COUNT; label++) {
        if (!ALLOWED_AFTER[allowedBase + label] || (i === n - 1 && !ALLOWED_AT_END[label])) continue;
        if (scores[label]! > bestScore) {
          bestScore = scores[label]!;
          best = label;
        }
      }
      if (best !== 0) {
        // Only entity tokens need a probability (for the span's score).
        let total = 0;
        for (let label = 0; label < LABEL_COUNT; label++) total += Math.exp(scores[label]! - bestScore);
        probabilities[i] = 1 / total;
      }
      labels[i] = best;
      beforePrevious = previous;
      previous = best;
    }
    return { labels, probabilities };
  }
}

/** Computes a sentence's context keys once, for every pass. */
function shareContextKeys(extractor: FeatureExtractor, sentence: PreparedSentence, context: DocumentContext): void {
  const { attrs, initial, capitalsLine, gazetteerCodes } = sentence;
  const keys: number[] = [];
  const offsets = new Int32Array(attrs.length + 1);
  for (let i = 0; i < attrs.length; i++) {
    offsets[i] = keys.length;
    extractor.contextKeys(attrs, i, gazetteerCodes, initial[i]!, capitalsLine, context, undefined, keys, false);
  }
  offsets[attrs.length] = keys.length;
  sentence.contextKeys = Int32Array.from(keys);
  sentence.contextOffsets = offsets;
}

function addRow(row: number, weights: Float32Array, scores: Float64Array): void {
  if (row < 0) return;
  const base = row * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label++) scores[label] += weights[base + label]!;
}
