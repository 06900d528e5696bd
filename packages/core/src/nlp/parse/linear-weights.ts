/**
 * Weights of a linear classifier over hashed features: one row of `classes`
 * weights per feature key. `LinearWeights` scores (what a shipped model
 * holds); `AveragedWeights` learns them with the averaged perceptron, keeping
 * per-weight running totals lazily (a weight's total is brought up to date
 * only when it changes).
 */
import { FeatureIndex } from './feature-index.js';

export interface Scorer {
  readonly classes: number;
  /** Adds the weights of `count` keys to `scores` (length ≥ classes). */
  score(keys: Int32Array, count: number, scores: Float32Array): void;
}

export class LinearWeights implements Scorer {
  private readonly index: FeatureIndex;

  constructor(
    readonly classes: number,
    readonly keys: Int32Array,
    readonly weights: Float32Array,
  ) {
    this.index = new FeatureIndex(keys.length);
    for (let row = 0; row < keys.length; row++) this.index.findOrAdd(keys[row]!);
  }

  get rows(): number {
    return this.keys.length;
  }

  score(keys: Int32Array, count: number, scores: Float32Array): void {
    const classes = this.classes;
    const weights = this.weights;
    scores.fill(0, 0, classes);
    for (let n = 0; n < count; n++) {
      const row = this.index.find(keys[n]!);
      if (row < 0) continue;
      const at = row * classes;
      for (let c = 0; c < classes; c++) scores[c]! += weights[at + c]!;
    }
  }
}

export class AveragedWeights implements Scorer {
  private readonly index = new FeatureIndex();
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Int32Array;
  /** Decisions so far (updated or not): the clock of the averaging. */
  private clock = 1;

  constructor(readonly classes: number) {
    this.weights = new Float32Array(classes * 1024);
    this.totals = new Float64Array(classes * 1024);
    this.stamps = new Int32Array(classes * 1024);
  }

  score(keys: Int32Array, count: number, scores: Float32Array): void {
    const classes = this.classes;
    scores.fill(0, 0, classes);
    for (let n = 0; n < count; n++) {
      const row = this.index.find(keys[n]!);
      if (row < 0) continue;
      const at = row * classes;
      for (let c = 0; c < classes; c++) scores[c]! += this.weights[at + c]!;
    }
  }

  /** Counts one decision, right or wrong: the average weighs a weight by how many decisions it stood for. */
  tick(): void {
    this.clock++;
  }

  /** One perceptron step: the keys' weights for `good` up, for `bad` down. */
  update(keys: Int32Array, count: number, good: number, bad: number): void {
    for (let n = 0; n < count; n++) {
      const row = this.index.findOrAdd(keys[n]!);
      this.ensure(row);
      this.bump(row * this.classes + good, 1);
      this.bump(row * this.classes + bad, -1);
    }
  }

  private bump(cell: number, delta: number): void {
    this.totals[cell]! += (this.clock - this.stamps[cell]!) * this.weights[cell]!;
    this.stamps[cell] = this.clock;
    this.weights[cell]! += delta;
  }

  private ensure(row: number): void {
    const needed = (row + 1) * this.classes;
    if (needed <= this.weights.length) return;
    const length = Math.max(needed, this.weights.length * 2);
    const weights = new Float32Array(length);
    weights.set(this.weights);
    const totals = new Float64Array(length);
    totals.set(this.totals);
    const stamps = new Int32Array(length);
    stamps.set(this.stamps);
    this.weights = weights;
    this.totals = totals;
    this.stamps = stamps;
  }

  /** The averaged weights, as a model holds them. */
  averaged(): LinearWeights {
    const rows = this.index.size;
    const classes = this.classes;
    const average = new Float32Array(rows * classes);
    for (let cell = 0; cell < rows * classes; cell++) {
      const total = this.totals[cell]! + (this.clock - this.stamps[cell]!) * this.weights[cell]!;
      average[cell] = total / this.clock;
    }
    return new LinearWeights(classes, this.index.keysByRow(), average);
  }
}

/** The index of the highest score among classes where `allowed` is true (or all), −1 if none. */
export function argmax(scores: Float32Array, classes: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < classes; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c]! > bestScore) {
      bestScore = scores[c]!;
      best = c;
    }
  }
  return best;
}
