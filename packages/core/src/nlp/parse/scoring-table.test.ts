import { describe, expect, it } from 'vitest';
import { ScoringTable } from './scoring-table.js';

/** The file layout's sum: one row at a time, each addition stored as float32. */
function rowByRowSum(classes: number, keys: Int32Array, scales: Float32Array, weights: Int8Array, wanted: Int32Array): Float32Array {
  const scores = new Float32Array(classes);
  for (const key of wanted) {
    const row = keys.indexOf(key);
    if (row < 0) continue;
    for (let c = 0; c < classes; c++) scores[c]! += weights[row * classes + c]! * scales[row]!;
  }
  return scores;
}

/** A fixed pseudo-random sequence, so the test is the same every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) | 0;
    return state;
  };
}

describe('the scoring table', () => {
  for (const classes of [1, 3, 4, 51, 102]) {
    it(`sums ${classes} classes of present rows to the bit, in the given order, and skips absent keys`, () => {
      const next = sequence(classes);
      const rows = 2000;
      const keys = new Int32Array(rows);
      for (let row = 0; row < rows; row++) keys[row] = next() | 1;
      const scales = Float32Array.from({ length: rows }, () => Math.abs(next() % 1000) / 997 + 1e-3);
      const weights = Int8Array.from({ length: rows * classes }, () => next() >> 24);
      const table = new ScoringTable(classes, keys, scales, weights);
      // Eleven keys, some absent: not a multiple of the rows summed at once.
      const wanted = Int32Array.from([keys[5]!, 12345678, keys[17]!, keys[1999]!, keys[0]!, -7, keys[640]!, keys[5]!, keys[3]!, 99, keys[1234]!]);
      const scores = new Float32Array(classes);
      table.accumulate(wanted, 0, wanted.length, scores);
      expect([...scores]).toEqual([...rowByRowSum(classes, keys, scales, weights, wanted)]);
      expect(scores.some((score) => score !== 0)).toBe(true);
    });
  }
});
