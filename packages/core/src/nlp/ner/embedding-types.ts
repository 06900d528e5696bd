/**
 * Entity-type leanings of words from pre-trained word vectors. In: vectors of
 * words seen in labelled text, with how often each was tagged PER, LOC, ORG,
 * MISC or nothing. Out: a softmax classifier that, for any word with a
 * vector, gives the type it leans to and how strongly, so a tagger trained on
 * a small labelled corpus can read a name it never saw by the company its
 * vector keeps ("Caloi" near other companies, "Ilocano" near languages).
 *
 * A word's leaning becomes one code (see `typeCode`); the codes of words of
 * the labelled text are learnt without them (cross-fitting), so that the
 * tagger learns how far to trust a leaning on words it has not memorised.
 */
import type { ConllDocument } from './conll.js';
import { hashString, mix } from './hash.js';
import { seededRandom } from './seeded-random.js';
import { NER_TYPES, type NerType } from './tags.js';

/** Classes: 0 = not a name, 1–4 = PER, LOC, ORG, MISC. */
export const TYPE_CLASSES = 5;

export interface TypedWordExample {
  vector: Float32Array;
  counts: readonly number[];
}

export interface TypeClassifier {
  dimensions: number;
  /** Row-major TYPE_CLASSES × (dimensions + 1), bias last. */
  weights: Float64Array;
}

/** Softmax regression by stochastic gradient descent, with each word weighted by the square root of its count. */
export function trainTypeClassifier(examples: readonly TypedWordExample[], options: { epochs?: number; rate?: number; l2?: number; seed?: number } = {}): TypeClassifier {
  const dimensions = examples[0]?.vector.length ?? 0;
  const width = dimensions + 1;
  const weights = new Float64Array(TYPE_CLASSES * width);
  const epochs = options.epochs ?? 20;
  const l2 = options.l2 ?? 1e-4;
  const random = seededRandom(options.seed ?? 11);
  const order = examples.map((_, n) => n);
  const probabilities = new Float64Array(TYPE_CLASSES);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = (options.rate ?? 0.1) / (1 + epoch);
    for (let n = order.length - 1; n > 0; n--) {
      const m = Math.floor(random() * (n + 1));
      [order[n], order[m]] = [order[m]!, order[n]!];
    }
    for (const index of order) {
      const { vector, counts } = examples[index]!;
      const total = counts.reduce((a, b) => a + b, 0);
      if (total === 0) continue;
      softmax({ dimensions, weights }, vector, probabilities);
      const strength = Math.sqrt(total);
      for (let c = 0; c < TYPE_CLASSES; c++) {
        const gradient = (counts[c]! / total - probabilities[c]!) * strength * rate;
        const base = c * width;
        for (let d = 0; d < dimensions; d++) weights[base + d] += gradient * vector[d]! - rate * l2 * weights[base + d]!;
        weights[base + dimensions] += gradient;
      }
    }
  }
  return { dimensions, weights };
}

/** Class probabilities of a vector, into `out`. */
export function softmax(classifier: TypeClassifier, vector: Float32Array, out: Float64Array): Float64Array {
  const { dimensions, weights } = classifier;
  const width = dimensions + 1;
  let max = -Infinity;
  for (let c = 0; c < TYPE_CLASSES; c++) {
    let score = weights[c * width + dimensions]!;
    for (let d = 0; d < dimensions; d++) score += weights[c * width + d]! * vector[d]!;
    out[c] = score;
    if (score > max) max = score;
  }
  let sum = 0;
  for (let c = 0; c < TYPE_CLASSES; c++) sum += out[c] = Math.exp(out[c]! - max);
  for (let c = 0; c < TYPE_CLASSES; c++) out[c]! /= sum;
  return out;
}

/** A leaning as one code, 1–15: its class and whether its probability is at least 0.5 or 0.8. */
export function typeCode(probabilities: Float64Array): number {
  let best = 0;
  for (let c = 1; c < TYPE_CLASSES; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  const p = probabilities[best]!;
  return 1 + best * 3 + (p >= 0.8 ? 2 : p >= 0.5 ? 1 : 0);
}

/** The key under which a word's leaning code is kept among the word classes (see features.ts). */
export const typeLeaningKey = (plain: number): number => mix((plain ^ 0x2545f491) >>> 0);

/** Lower-case words with their vectors (row-major, `dimensions` per word). */
export interface WordVectors {
  words: readonly string[];
  values: Float32Array;
  dimensions: number;
}

/**
 * The leaning code of every word with a vector, learnt from how the
 * capitalised words of labelled documents are tagged. A word of those
 * documents gets the code of a classifier trained on the other folds of
 * words, so that its code is no better than an unseen word's would be.
 */
export function wordTypeLeanings(vectors: WordVectors, labelled: readonly ConllDocument[], folds = 5): Map<string, number> {
  const rowOf = new Map(vectors.words.map((word, row) => [word, row]));
  const vectorOf = (row: number) => vectors.values.subarray(row * vectors.dimensions, (row + 1) * vectors.dimensions);
  const counts = new Map<string, number[]>();
  for (const document of labelled) {
    for (const sentence of document.sentences) {
      const classes = new Array<number>(sentence.tokens.length).fill(0);
      for (const span of sentence.spans) for (let i = span.start; i < span.end; i++) classes[i] = 1 + NER_TYPES.indexOf(span.type as NerType);
      sentence.tokens.forEach((token, i) => {
        const word = token.toLowerCase();
        if (!/^\p{Lu}/u.test(token) || !rowOf.has(word)) return;
        const entry = counts.get(word) ?? new Array<number>(TYPE_CLASSES).fill(0);
        entry[classes[i]!]! += 1;
        counts.set(word, entry);
      });
    }
  }
  const foldOf = (word: string) => (hashString(word) >>> 0) % folds;
  const examples = [...counts].map(([word, c]) => ({ word, example: { vector: vectorOf(rowOf.get(word)!), counts: c } }));
  const probabilities = new Float64Array(TYPE_CLASSES);
  const crossFitted = new Map<string, number>();
  for (let fold = 0; fold < folds; fold++) {
    const classifier = trainTypeClassifier(examples.filter((e) => foldOf(e.word) !== fold).map((e) => e.example));
    for (const { word, example } of examples) if (foldOf(word) === fold) crossFitted.set(word, typeCode(softmax(classifier, example.vector, probabilities)));
  }
  const classifier = trainTypeClassifier(examples.map((e) => e.example));
  // In the vectors' order, so that the model file comes out the same byte for byte.
  const leanings = new Map<string, number>();
  vectors.words.forEach((word, row) => leanings.set(word, crossFitted.get(word) ?? typeCode(softmax(classifier, vectorOf(row), probabilities))));
  return leanings;
}
