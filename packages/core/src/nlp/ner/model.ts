/**
 * The NER model at tagging time. In: token arrays (a sentence, or the
 * sentences of one document). Out: BIO tags or typed spans with a score.
 * Decoding is greedy left to right over BILOU labels with a linear score per
 * label (averaged-perceptron weights), constrained to well-formed entities.
 */
import { FeatureTable } from './feature-table.js';
import { FeatureExtractor, HISTORY_KEY_COUNT, historyKeys, type DocumentContext } from './features.js';
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
  /** Free-form facts about training (data, scores), kept in the file. */
  info: Record<string, unknown>;
}

export class NerModel {
  private readonly table: FeatureTable;
  private readonly extractor: FeatureExtractor;
  private readonly scores = new Float64Array(LABEL_COUNT);
  private readonly history = new Uint32Array(HISTORY_KEY_COUNT);

  constructor(readonly data: NerModelData) {
    this.table = new FeatureTable(data.keys.length);
    for (let row = 0; row < data.keys.length; row++) this.table.set(data.keys[row]!, row);
    this.extractor = new FeatureExtractor(data.gazetteer);
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

  private decode(tokens: readonly string[], context: DocumentContext): { labels: Int32Array; probabilities: Float64Array } {
    const { keys, offsets, attrs } = this.extractor.sentence(tokens, context);
    const n = tokens.length;
    const labels = new Int32Array(n);
    const probabilities = new Float64Array(n);
    const { table, scores, history } = this;
    const weights = this.data.weights;
    let previous = -1;
    let beforePrevious = -1;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) addRow(table.get(keys[k]!), weights, scores);
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
      let total = 0;
      for (let label = 0; label < LABEL_COUNT; label++) total += Math.exp(scores[label]! - bestScore);
      probabilities[i] = 1 / total;
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
