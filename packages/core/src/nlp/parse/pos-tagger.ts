/**
 * Part-of-speech tagging (UPOS): greedy left to right, an averaged
 * perceptron over hashed features of the word (form, affixes, shape,
 * clusters, lexicon classes, a dictionary's parts of speech), its ±2
 * neighbours and the two tags before it.
 * In: a sentence's word attributes. Out: tag numbers into `labels`.
 */
import { featureKey, featureKey2 } from '../ner/hash.js';
import { argmax, type AveragedWeights, type Scorer } from './linear-weights.js';
import type { SentenceWords } from './word-attributes.js';

/** Features per word: those of the word alone first, then its context, then the three that read earlier tags. */
const WORD_FEATURES = 18;
const STATIC_FEATURES = 34;
export const TAGGER_FEATURES = STATIC_FEATURES + 3;
const NONE = 0x2545f491;
const START_TAG = 0x3c6ef372;

const at = (values: Int32Array, i: number, length: number): number => (i < 0 ? NONE : i >= length ? NONE ^ 1 : values[i]!);

/** The features of word `i` alone (the same wherever it stands), written into `keys` from 0. */
function wordFeatures(w: SentenceWords, i: number, keys: Int32Array): void {
  let k = 0;
  keys[k++] = featureKey(0, 1);
  keys[k++] = featureKey(1, w.word[i]!);
  keys[k++] = featureKey(2, w.lower[i]!);
  for (let p = 0; p < 3; p++) keys[k++] = featureKey(3 + p, w.prefix[i * 3 + p]!);
  for (let s = 0; s < 4; s++) keys[k++] = featureKey(6 + s, w.suffix[i * 4 + s]!);
  keys[k++] = featureKey(10, w.shape[i]!);
  keys[k++] = featureKey(11, w.shortShape[i]!);
  for (let level = 0; level < 3; level++) keys[k++] = featureKey(18 + level, w.cluster[i * 3 + level]!);
  keys[k++] = featureKey(23, w.lexicon[i]! & 0xff);
  keys[k++] = featureKey(30, w.category[i]!);
  keys[k++] = featureKey2(31, w.category[i]!, w.suffix[i * 4 + 1]!);
}

/** The features of word `i` in its sentence, written into `keys` from WORD_FEATURES. */
function contextFeatures(w: SentenceWords, i: number, keys: Int32Array): void {
  const n = w.length;
  let k = WORD_FEATURES;
  keys[k++] = featureKey(12, at(w.lower, i - 1, n));
  keys[k++] = featureKey(13, at(w.lower, i + 1, n));
  keys[k++] = featureKey(14, at(w.lower, i - 2, n));
  keys[k++] = featureKey(15, at(w.lower, i + 2, n));
  keys[k++] = featureKey(16, i > 0 ? w.suffix[(i - 1) * 4 + 2]! : NONE);
  keys[k++] = featureKey(17, i + 1 < n ? w.suffix[(i + 1) * 4 + 2]! : NONE);
  keys[k++] = featureKey(21, i > 0 ? w.cluster[(i - 1) * 3 + 1]! : -1);
  keys[k++] = featureKey(22, i + 1 < n ? w.cluster[(i + 1) * 3 + 1]! : -1);
  keys[k++] = featureKey2(24, w.lower[i]!, at(w.lower, i + 1, n));
  keys[k++] = featureKey2(25, at(w.lower, i - 1, n), w.lower[i]!);
  keys[k++] = featureKey2(26, w.caseFlags[i]!, i === 0 ? 1 : 0);
  keys[k++] = featureKey2(27, i + 1 < n ? w.cluster[(i + 1) * 3 + 2]! : -1, w.suffix[i * 4 + 1]!);
  keys[k++] = featureKey2(28, i > 0 ? w.cluster[(i - 1) * 3 + 2]! : -1, w.suffix[i * 4 + 1]!);
  keys[k++] = featureKey2(29, w.cluster[i * 3 + 2]!, i + 1 < n ? w.shortShape[i + 1]! : NONE);
  keys[k++] = featureKey(32, i > 0 ? w.category[i - 1]! : -1);
  keys[k++] = featureKey(33, i + 1 < n ? w.category[i + 1]! : -1);
}

/** The three features that read the tags chosen before word `i`. */
function historyFeatures(w: SentenceWords, i: number, prev: number, prev2: number, keys: Int32Array): void {
  keys[STATIC_FEATURES] = featureKey(40, prev);
  keys[STATIC_FEATURES + 1] = featureKey2(41, prev2, prev);
  keys[STATIC_FEATURES + 2] = featureKey2(42, prev, w.lower[i]!);
}

/**
 * The summed weights of each word's own features, kept per word (in the
 * entry of its form, `SentenceWords.entries`), so a frequent word's are
 * looked up once. Keyed by the form itself: keyed by its hashes, two words
 * that shared one took each other's scores, and which one did depended on
 * what the cache had seen, so worker threads tagged alike sentences
 * differently. For a fixed model only (the words' entries being that model's):
 * training changes the weights.
 */
export class WordScoreCache {
  scores(weights: Scorer, classes: number, w: SentenceWords, i: number, keys: Int32Array): WordScores {
    const entry = w.entries[i]!;
    let cached = entry.scores;
    if (cached === undefined) {
      const scores = new Float32Array(classes);
      wordFeatures(w, i, keys);
      weights.score(keys, WORD_FEATURES, scores);
      cached = { scores, magnitude: largestMagnitude(scores) };
      entry.scores = cached;
    }
    return cached;
  }
}

/** A word's own summed weights, and the largest of them in absolute value (which every decision from them needs). */
export interface WordScores {
  scores: Float32Array;
  magnitude: number;
}

/** The largest absolute value among `values`. */
export function largestMagnitude(values: Float32Array): number {
  let largest = 0;
  for (let k = 0; k < values.length; k++) largest = Math.max(largest, Math.abs(values[k]!));
  return largest;
}

/** Buffers every sentence reuses (tagging runs to its end before the next starts): typed arrays of more than a few numbers are allocated outside the heap. */
const scratch = {
  keys: new Int32Array(TAGGER_FEATURES),
  scores: new Float32Array(128),
  marks: new Uint8Array(128),
  heldMarks: new Uint8Array(128),
  /** A mark (1) for each class of `list`, out of `classes`, in `buffer`'s scratch array. */
  marksOf(list: Int32Array, classes: number, buffer: 'marks' | 'heldMarks' = 'marks'): Uint8Array {
    if (this[buffer].length < classes) this[buffer] = new Uint8Array(classes);
    const marks = this[buffer];
    marks.fill(0);
    for (const c of list) marks[c] = 1;
    return marks;
  },
};

const NONE_HELD: readonly { at: number; classes: Int32Array }[] = [];
const NO_MARKS: readonly Uint8Array[] = [];

/** `marks` with a mark (1) for each class of `list`. */
function marksIn(marks: Uint8Array, list: Int32Array): Uint8Array {
  for (const c of list) marks[c] = 1;
  return marks;
}

/**
 * Words known to be part of a name (by the name tagger), and the tag classes a name's word may take; and words
 * held to some classes, a verb's or a noun's (see `ParserModel.parse`).
 */
export interface NameWords {
  isName: readonly boolean[];
  classes: Int32Array;
  held?: readonly { at: number; classes: Int32Array }[];
}

/**
 * Tags a sentence greedily. With `learn` (training), each word whose best tag
 * is not `gold[i]` updates the weights; the tag kept is the predicted one.
 * With `names`, a word of a name takes the best of the name classes.
 */
export function tagSentence(
  weights: Scorer,
  classes: number,
  w: SentenceWords,
  learn?: { weights: AveragedWeights; gold: ArrayLike<number> },
  cache?: WordScoreCache,
  names?: NameWords,
): Int32Array {
  const keys = scratch.keys;
  if (scratch.scores.length < classes) scratch.scores = new Float32Array(classes);
  const scores = scratch.scores;
  const tags = new Int32Array(w.length);
  const nameClasses = names ? scratch.marksOf(names.classes, classes) : undefined;
  // (The first held word's marks in the scratch buffer; a second's, rarer, in their own.)
  const held = names?.held ?? NONE_HELD;
  const heldMarks = held.length ? held.map((h, k) => (k === 0 ? scratch.marksOf(h.classes, classes, 'heldMarks') : marksIn(new Uint8Array(classes), h.classes))) : NO_MARKS;
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = 0; i < w.length; i++) {
    contextFeatures(w, i, keys);
    historyFeatures(w, i, prev, prev2, keys);
    let tag: number;
    const h = held.length ? held.findIndex((x) => x.at === i) : -1;
    if (cache && !learn) {
      // Only the best tag is wanted, which the scorer finds without working out every score to the bit.
      const cached = cache.scores(weights, classes, w, i, keys);
      tag = weights.best(keys, WORD_FEATURES, TAGGER_FEATURES, cached.scores, names?.isName[i] ? nameClasses : h >= 0 ? heldMarks[h] : undefined, cached.magnitude);
    } else {
      wordFeatures(w, i, keys);
      weights.score(keys, TAGGER_FEATURES, scores);
      tag = names?.isName[i] ? bestOf(scores, names.classes) : h >= 0 ? bestOf(scores, held[h]!.classes) : argmax(scores, classes);
    }
    if (learn) {
      learn.weights.tick();
      if (tag !== learn.gold[i]) learn.weights.update(keys, TAGGER_FEATURES, learn.gold[i]!, tag);
    }
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

/**
 * The scores of every class for word `i` of a tagged sentence, given the tags chosen before it: how near the
 * tagger came to each reading of the word (see `ParserModel.missedVerb`).
 */
export function scoresAt(weights: Scorer, classes: number, w: SentenceWords, tags: Int32Array, i: number): Float32Array {
  const keys = new Int32Array(TAGGER_FEATURES);
  const scores = new Float32Array(classes);
  wordFeatures(w, i, keys);
  contextFeatures(w, i, keys);
  historyFeatures(w, i, i > 0 ? tags[i - 1]! : START_TAG, i > 1 ? tags[i - 2]! : START_TAG, keys);
  weights.score(keys, TAGGER_FEATURES, scores);
  return scores;
}

function bestOf(scores: Float32Array, allowed: Int32Array): number {
  let best = allowed[0]!;
  for (const c of allowed) if (scores[c]! > scores[best]!) best = c;
  return best;
}
