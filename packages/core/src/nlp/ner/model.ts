/**
 * The NER model at tagging time. In: token arrays (a sentence, or the
 * sentences of one document). Out: BIO tags or typed spans with a score.
 * Decoding is greedy left to right over BILOU labels with a linear score per
 * label (averaged-perceptron weights), constrained to well-formed entities.
 *
 * Speed: the weights of every feature that depends on one token only are
 * summed once per distinct token (its own features and what it contributes
 * to each neighbour) and cached; per position only the few features that
 * join tokens, lists, the document and the previous tags are looked up.
 */
import { FeatureTable } from './feature-table.js';
import { FeatureExtractor, HISTORY_KEY_COUNT, PAD_AFTER, PAD_BEFORE, historyKeys, type DocumentContext, type WordClasses } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { ALLOWED_AFTER, ALLOWED_AT_END, LABEL_COUNT, LABELS, spansFromLabels } from './labels.js';
import { bioTagsFromSpans, type NerType } from './tags.js';

/** A BIO tag: `O`, `B-PER`, `I-LOC`, … */
export type NerTag = 'O' | `${'B' | 'I'}-${NerType}`;

/** An entity over tokens `[start, end)`; `score` is the mean probability of its labels (0–1). */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  score: number;
}

/** Everything a model is made of; what the model file stores. */
export interface NerModelData {
  /** Feature keys, one per weight row. */
  keys: Uint32Array;
  /** LABEL_COUNT weights per row. */
  weights: Float32Array;
  gazetteer: Gazetteer;
  wordClasses: WordClasses;
  /** Free-form facts about training (data, scores), kept in the file. */
  info: Record<string, unknown>;
}

/** Slots of a token's cached vectors: its own features, then as the neighbour at −2, −1, +1, +2. */
const NEIGHBOUR_OFFSETS = [0, -2, -1, 1, 2] as const;
const VECTOR = LABEL_COUNT;

export class NerModel {
  private readonly table: FeatureTable;
  private readonly extractor: FeatureExtractor;
  private readonly scores = new Float64Array(LABEL_COUNT);
  private readonly history = new Uint32Array(HISTORY_KEY_COUNT);
  private readonly keyBuffer: number[] = [];
  private readonly vectors = new Map<string, Float32Array>();
  private readonly padBefore: Float32Array;
  private readonly padAfter: Float32Array;

  constructor(readonly data: NerModelData) {
    this.table = new FeatureTable(data.keys.length);
    for (let row = 0; row < data.keys.length; row++) this.table.set(data.keys[row]!, row);
    this.extractor = new FeatureExtractor(data.gazetteer, data.wordClasses);
    this.padBefore = this.vectorsOf(PAD_BEFORE, false);
    this.padAfter = this.vectorsOf(PAD_AFTER, false);
  }

  /** Number of weight rows (features kept). */
  get featureCount(): number {
    return this.data.keys.length;
  }

  /** Entities of one sentence. */
  spans(tokens: readonly string[]): NerSpan[] {
    return this.spansWith(tokens, this.extractor.documentContext([tokens]));
  }

  /** BIO tags of one sentence. */
  tag(tokens: readonly string[]): NerTag[] {
    return bioTagsFromSpans(this.spans(tokens), tokens.length) as NerTag[];
  }

  /** Entities of every sentence of one document; case seen elsewhere in the document informs each sentence. */
  spansDocument(sentences: readonly (readonly string[])[]): NerSpan[][] {
    const context = this.extractor.documentContext(sentences);
    return sentences.map((tokens) => this.spansWith(tokens, context));
  }

  /** BIO tags of every sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): NerTag[][] {
    return this.spansDocument(sentences).map((spans, n) => bioTagsFromSpans(spans, sentences[n]!.length) as NerTag[]);
  }

  private spansWith(tokens: readonly string[], context: DocumentContext): NerSpan[] {
    if (tokens.length === 0) return [];
    const { labels, probabilities } = this.decode(tokens, context);
    return spansFromLabels(labels).map((span) => {
      let sum = 0;
      for (let i = span.start; i < span.end; i++) sum += probabilities[i]!;
      return { ...span, score: sum / (span.end - span.start) };
    });
  }

  /** Summed weights of a token's one-token features: own, then as neighbour at −2, −1, +1, +2. */
  private vectorsOf(attrs: Uint32Array, own = true): Float32Array {
    const vectors = new Float32Array(NEIGHBOUR_OFFSETS.length * VECTOR);
    const keys = this.keyBuffer;
    NEIGHBOUR_OFFSETS.forEach((offset, slot) => {
      keys.length = 0;
      if (offset === 0) {
        if (own) this.extractor.ownKeys(attrs, keys);
      } else this.extractor.neighbourKeys(attrs, offset, keys);
      for (const key of keys) {
        const row = this.table.get(key);
        if (row < 0) continue;
        const base = row * LABEL_COUNT;
        for (let label = 0; label < LABEL_COUNT; label++) vectors[slot * VECTOR + label] += this.data.weights[base + label]!;
      }
    });
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

  private decode(tokens: readonly string[], context: DocumentContext): { labels: Int32Array; probabilities: Float64Array } {
    const extractor = this.extractor;
    const attrs = extractor.attributes(tokens);
    const { initial, capitalsLine, gazetteerCodes } = extractor.sentenceFacts(attrs);
    const n = tokens.length;
    const vectors = new Array<Float32Array>(n);
    for (let i = 0; i < n; i++) vectors[i] = this.tokenVectors(tokens[i]!, attrs[i]!);
    const labels = new Int32Array(n);
    const probabilities = new Float64Array(n);
    const { table, scores, history, keyBuffer } = this;
    const weights = this.data.weights;
    let previous = -1;
    let beforePrevious = -1;
    for (let i = 0; i < n; i++) {
      const own = vectors[i]!;
      const m2 = i >= 2 ? vectors[i - 2]! : this.padBefore;
      const m1 = i >= 1 ? vectors[i - 1]! : this.padBefore;
      const p1 = i + 1 < n ? vectors[i + 1]! : this.padAfter;
      const p2 = i + 2 < n ? vectors[i + 2]! : this.padAfter;
      for (let label = 0; label < LABEL_COUNT; label++) {
        scores[label] = own[label]! + m2[VECTOR + label]! + m1[2 * VECTOR + label]! + p1[3 * VECTOR + label]! + p2[4 * VECTOR + label]!;
      }
      keyBuffer.length = 0;
      extractor.contextKeys(attrs, i, gazetteerCodes, initial[i]!, capitalsLine, context, keyBuffer);
      for (const key of keyBuffer) addRow(table.get(key), weights, scores);
      historyKeys(history, attrs[i]!, previous, beforePrevious);
      for (let k = 0; k < HISTORY_KEY_COUNT; k++) addRow(table.get(history[k]!), weights, scores);
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

function addRow(row: number, weights: Float32Array, scores: Float64Array): void {
  if (row < 0) return;
  const base = row * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label++) scores[label] += weights[base + label]!;
}

export { LABELS };
