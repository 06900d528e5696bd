/**
 * Distributional word clusters from unlabelled text. In: sentences of
 * tokens. Out: lower-case form hash (Attr.Plain) → cluster number, for words
 * seen at least `minCount` times, so the tagger can generalise from words it
 * was trained on to words that keep the same company (`Gazprom` near
 * `shares`, `chairman` like `Reuters`) although it never saw them tagged.
 *
 * A word is described by its neighbours: the frequent word (or, for a rare
 * one, the case class) just before and just after it, counted, square-rooted
 * and scaled to unit length; spherical k-means groups the descriptions.
 * Deterministic: the initial centres are words spread evenly over the
 * frequency ranking, ties broken by first occurrence, so the same text gives
 * the same clusters.
 */
import { mix } from './hash.js';
import type { WordClasses } from './features.js';
import { Attr, type TokenAttributeCache } from './token-form.js';

export interface ClusterOptions {
  clusters?: number;
  minCount?: number;
  /** Neighbouring words told apart by name (the rest by case class). */
  contextWords?: number;
  iterations?: number;
}

/** Cluster sets a model may hold (coarse to fine, each learnt with its own number of clusters). */
export const CLUSTER_LEVELS = 3;

/** The key under which a word's clusters are kept among the word classes (see features.ts), all sets in one number. */
export const clusterKey = (plain: number): number => mix((plain ^ 0x6b43a9b5) >>> 0);

/** Bits of each set's cluster number (+ 1, 0 for none) in a word's packed clusters: up to 1,023, 1,023 and 4,095 clusters. */
const CLUSTER_SHIFTS = [0, 10, 20] as const;
const CLUSTER_MASKS = [0x3ff, 0x3ff, 0xfff] as const;

/** Records `cluster` (0-based) as the word's cluster of set `level`. */
export function setWordCluster(wordClasses: WordClasses, plain: number, level: number, cluster: number): void {
  if (level >= CLUSTER_LEVELS || cluster + 1 > CLUSTER_MASKS[level]!) throw new Error(`cluster set ${level} holds at most ${CLUSTER_MASKS[level] ?? 0} clusters`);
  const key = clusterKey(plain);
  wordClasses.set(key, ((wordClasses.get(key) ?? 0) | ((cluster + 1) << CLUSTER_SHIFTS[level]!)) >>> 0);
}

/** A word's cluster + 1 of set `level` from its packed clusters (0: none). */
export const clusterOfPacked = (packed: number, level: number): number => (packed >>> CLUSTER_SHIFTS[level]!) & CLUSTER_MASKS[level]!;

export function wordClusters(
  sentences: Iterable<readonly string[]>,
  cache: TokenAttributeCache,
  options: ClusterOptions = {},
): Map<number, number> {
  const k = options.clusters ?? 128;
  const minCount = options.minCount ?? 3;
  const contextWords = options.contextWords ?? 500;
  const iterations = options.iterations ?? 12;

  // Words (by Plain hash) in first-seen order, their counts, and the sentences as word ids.
  const ids = new Map<number, number>();
  const counts: number[] = [];
  const caseOf: number[] = [];
  const corpus: Int32Array[] = [];
  for (const tokens of sentences) {
    const sentence = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      const attrs = cache.get(token);
      const plain = attrs[Attr.Plain]!;
      let id = ids.get(plain);
      if (id === undefined) {
        id = counts.length;
        ids.set(plain, id);
        counts.push(0);
        caseOf.push(attrs[Attr.Case]!);
      }
      counts[id]!++;
      sentence[i] = id;
    });
    corpus.push(sentence);
  }
  const byFrequency = counts.map((_, id) => id).sort((a, b) => counts[b]! - counts[a]! || a - b);
  // Context dimension of a neighbour: its rank among the frequent words, else contextWords + its case class.
  const contextOf = new Int32Array(counts.length);
  for (let id = 0; id < counts.length; id++) contextOf[id] = contextWords + caseOf[id]!;
  byFrequency.slice(0, contextWords).forEach((id, rank) => (contextOf[id] = rank));
  const side = contextWords + 16;
  const dimensions = 2 * side;
  const BEFORE_START = contextWords + 14;
  const AFTER_END = contextWords + 15;

  const kept = byFrequency.filter((id) => counts[id]! >= minCount);
  const row = new Int32Array(counts.length).fill(-1);
  kept.forEach((id, n) => (row[id] = n));
  const vectors = kept.map(() => new Map<number, number>());
  for (const sentence of corpus) {
    for (let i = 0; i < sentence.length; i++) {
      const r = row[sentence[i]!]!;
      if (r < 0) continue;
      const vector = vectors[r]!;
      const left = i > 0 ? contextOf[sentence[i - 1]!]! : BEFORE_START;
      const right = side + (i + 1 < sentence.length ? contextOf[sentence[i + 1]!]! : AFTER_END);
      vector.set(left, (vector.get(left) ?? 0) + 1);
      vector.set(right, (vector.get(right) ?? 0) + 1);
    }
  }
  // Sparse unit vectors of square-rooted counts.
  const sparse = vectors.map((vector) => {
    const dims = Int32Array.from([...vector.keys()].sort((a, b) => a - b));
    const values = new Float64Array(dims.length);
    let norm = 0;
    dims.forEach((d, n) => {
      values[n] = Math.sqrt(vector.get(d)!);
      norm += values[n]! * values[n]!;
    });
    norm = Math.sqrt(norm) || 1;
    for (let n = 0; n < values.length; n++) values[n]! /= norm;
    return { dims, values };
  });

  const clusters = Math.min(k, sparse.length);
  const centres = new Float64Array(clusters * dimensions);
  for (let c = 0; c < clusters; c++) {
    const { dims, values } = sparse[Math.floor((c * sparse.length) / clusters)]!;
    dims.forEach((d, n) => (centres[c * dimensions + d] = values[n]!));
  }
  const assignment = new Int32Array(sparse.length).fill(-1);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let changed = 0;
    sparse.forEach(({ dims, values }, w) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < clusters; c++) {
        let dot = 0;
        const base = c * dimensions;
        for (let n = 0; n < dims.length; n++) dot += centres[base + dims[n]!]! * values[n]!;
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      if (assignment[w] !== best) changed++;
      assignment[w] = best;
    });
    centres.fill(0);
    sparse.forEach(({ dims, values }, w) => {
      const base = assignment[w]! * dimensions;
      dims.forEach((d, n) => (centres[base + d] += values[n]!));
    });
    for (let c = 0; c < clusters; c++) {
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += centres[c * dimensions + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) centres[c * dimensions + d]! /= norm;
    }
    if (changed === 0) break;
  }
  const plainOf = new Array<number>(counts.length);
  for (const [plain, id] of ids) plainOf[id] = plain;
  const result = new Map<number, number>();
  kept.forEach((id, w) => result.set(plainOf[id]!, assignment[w]!));
  return result;
}
