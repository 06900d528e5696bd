/**
 * Weights of a linear classifier over hashed features: one row of `classes`
 * weights per feature key. `LinearWeights` scores (what a shipped model
 * holds); `AveragedWeights` learns them with the averaged perceptron, keeping
 * per-weight running totals lazily (a weight's total is brought up to date
 * only when it changes).
 */
import { FeatureIndex } from './feature-index.js';
import { ScoringTable } from './scoring-table.js';

export interface Scorer {
  readonly classes: number;
  /** Sets `scores` (length ≥ classes) to the summed weights of the first `count` keys. */
  score(keys: Int32Array, count: number, scores: Float32Array): void;
  /** Adds the weights of keys[from…to−1] to `scores`. */
  accumulate(keys: Int32Array, from: number, to: number, scores: Float32Array): void;
  /**
   * The class with the highest score among those `allowed` marks (all, where
   * undefined; the first, on a tie), the scores being `start` (zeros where
   * undefined) plus the weights of keys[from…to−1] as `accumulate` adds them; −1 if none is allowed.
   * `startMagnitude`, where given, is the largest absolute value in `start`'s first `classes` (known to the caller, it need not be found again).
   */
  best(keys: Int32Array, from: number, to: number, start: Float32Array | undefined, allowed: Uint8Array | undefined, startMagnitude?: number): number;
}

/**
 * Weights as a model holds them: int8 per weight with one float scale per
 * row (a quarter of the memory of float32, so more of it stays in cache),
 * rows numbered in the order of their slots in the feature table, so that a
 * file can store the table as it is and a load does no hashing.
 */
export class LinearWeights implements Scorer {
  private table: ScoringTable | undefined;

  constructor(
    readonly classes: number,
    readonly index: FeatureIndex,
    readonly scales: Float32Array,
    readonly weights: Int8Array,
  ) {}

  /** Quantises float weights by row, keeping the rows whose largest weight exceeds `threshold`. */
  static quantise(classes: number, keys: Int32Array, floats: Float32Array, threshold = 0): LinearWeights {
    const source = new Map<number, number>();
    for (let row = 0; row < keys.length; row++) {
      let max = 0;
      for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(floats[row * classes + c]!));
      if (max > threshold && max > 0) source.set(keys[row]!, row);
    }
    // Sized for the rows kept, not those trained: a smaller table stays in cache more.
    const kept = new FeatureIndex(source.size);
    for (const key of source.keys()) kept.findOrAdd(key);
    const index = FeatureIndex.fromSlots(kept.slots().slice());
    const scales = new Float32Array(index.size);
    const weights = new Int8Array(index.size * classes);
    const slots = index.slots();
    const rows = index.slotRows();
    for (let slot = 0; slot < slots.length; slot++) {
      if (slots[slot] === 0) continue;
      const from = source.get(slots[slot]!)!;
      const to = rows[slot]!;
      let max = 0;
      for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(floats[from * classes + c]!));
      const scale = max / 127;
      scales[to] = scale;
      for (let c = 0; c < classes; c++) weights[to * classes + c] = Math.round(floats[from * classes + c]! / scale);
    }
    return new LinearWeights(classes, index, scales, weights);
  }

  get rows(): number {
    return this.scales.length;
  }

  score(keys: Int32Array, count: number, scores: Float32Array): void {
    scores.fill(0, 0, this.classes);
    this.accumulate(keys, 0, count, scores);
  }

  accumulate(keys: Int32Array, from: number, to: number, scores: Float32Array): void {
    this.scoring().accumulate(keys, from, to, scores);
  }

  best(keys: Int32Array, from: number, to: number, start: Float32Array | undefined, allowed: Uint8Array | undefined, startMagnitude?: number): number {
    return this.scoring().best(keys, from, to, start, allowed, startMagnitude);
  }

  /** The weights laid out for scoring, built on first use (training only stores them). */
  scoring(): ScoringTable {
    this.table ??= new ScoringTable(this.classes, this.index.keysByRow(), this.scales, this.weights);
    return this.table;
  }
}

export class AveragedWeights implements Scorer {
  private readonly index = new FeatureIndex();
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Int32Array;
  private readonly scratch: Float32Array;
  /** Decisions so far (updated or not): the clock of the averaging. */
  private clock = 1;

  constructor(readonly classes: number) {
    this.weights = new Float32Array(classes * 1024);
    this.totals = new Float64Array(classes * 1024);
    this.stamps = new Int32Array(classes * 1024);
    this.scratch = new Float32Array(classes);
  }

  score(keys: Int32Array, count: number, scores: Float32Array): void {
    scores.fill(0, 0, this.classes);
    this.accumulate(keys, 0, count, scores);
  }

  accumulate(keys: Int32Array, from: number, to: number, scores: Float32Array): void {
    const classes = this.classes;
    for (let n = from; n < to; n++) {
      const row = this.index.find(keys[n]!);
      if (row < 0) continue;
      const at = row * classes;
      for (let c = 0; c < classes; c++) scores[c]! += this.weights[at + c]!;
    }
  }

  best(keys: Int32Array, from: number, to: number, start: Float32Array | undefined, allowed: Uint8Array | undefined): number {
    const scores = this.scratch;
    if (start !== undefined) scores.set(start.subarray(0, this.classes));
    else scores.fill(0);
    this.accumulate(keys, from, to, scores);
    return argmax(scores, this.classes, allowed && ((c) => allowed[c] !== 0));
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

  /** The averaged weights, quantised as a model holds them; rows no larger than `threshold` are dropped. */
  averaged(threshold = 0): LinearWeights {
    const rows = this.index.size;
    const classes = this.classes;
    const average = new Float32Array(rows * classes);
    for (let cell = 0; cell < rows * classes; cell++) {
      const total = this.totals[cell]! + (this.clock - this.stamps[cell]!) * this.weights[cell]!;
      average[cell] = total / this.clock;
    }
    return LinearWeights.quantise(classes, this.index.keysByRow(), average, threshold);
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
