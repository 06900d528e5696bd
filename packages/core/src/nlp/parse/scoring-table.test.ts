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

  for (const classes of [3, 51, 102]) {
    it(`picks the class the float32 sums of ${classes} classes make best, the first on a tie, among the allowed`, () => {
      const next = sequence(classes + 7);
      const rows = 500;
      const keys = Int32Array.from({ length: rows }, () => next() | 1);
      const scales = Float32Array.from({ length: rows }, () => Math.abs(next() % 1000) / 997 + 1e-3);
      const weights = Int8Array.from({ length: rows * classes }, () => next() >> 24);
      // Class 1 copies class 0 (a tie), class 2 differs from it by one unit in one row (a near tie).
      for (let row = 0; row < rows; row++) {
        weights[row * classes + 1] = weights[row * classes]!;
        weights[row * classes + 2] = weights[row * classes]!;
      }
      weights[7 * classes + 2] = weights[7 * classes]! + (weights[7 * classes]! < 127 ? 1 : -1);
      const table = new ScoringTable(classes, keys, scales, weights);
      const allowedSets = [undefined, Uint8Array.from({ length: classes }, (_, c) => (c % 3 === 0 ? 0 : 1))];
      for (let trial = 0; trial < 200; trial++) {
        const wanted = Int32Array.from({ length: 30 }, (_, n) => (n % 7 === 3 ? next() : keys[Math.abs(next()) % rows]!));
        if (trial % 2 === 0) wanted[0] = keys[7]!;
        // 0 is no key (it marks an empty slot), not even where nothing has been cached yet.
        if (trial % 5 === 1) wanted[1] = 0;
        const start = trial % 3 === 0 ? Float32Array.from({ length: classes }, () => (next() % 1000) / 37) : undefined;
        for (const allowed of allowedSets) {
          const scores = new Float32Array(classes);
          if (start) scores.set(start);
          table.accumulate(wanted, 0, wanted.length, scores);
          let expected = -1;
          for (let c = 0; c < classes; c++) if ((!allowed || allowed[c]) && (expected < 0 || scores[c]! > scores[expected]!)) expected = c;
          expect(table.best(wanted, 0, wanted.length, start, allowed)).toBe(expected);
          if (start) {
            const magnitude = Math.max(...Array.from(start, Math.abs));
            expect(table.best(wanted, 0, wanted.length, start, allowed, magnitude)).toBe(expected);
          }
        }
      }
    });
  }

  it('answers alike beyond the rows its scratch arrays first hold (300 keys, 51 classes)', () => {
    const classes = 51;
    const next = sequence(300);
    const rows = 1000;
    const keys = Int32Array.from({ length: rows }, () => next() | 1);
    const scales = Float32Array.from({ length: rows }, () => Math.abs(next() % 1000) / 997 + 1e-3);
    const weights = Int8Array.from({ length: rows * classes }, () => next() >> 24);
    const table = new ScoringTable(classes, keys, scales, weights);
    for (const count of [30, 300, 30]) {
      const wanted = Int32Array.from({ length: count }, () => keys[Math.abs(next()) % rows]!);
      const scores = new Float32Array(classes);
      table.accumulate(wanted, 0, count, scores);
      let expected = 0;
      for (let c = 1; c < classes; c++) if (scores[c]! > scores[expected]!) expected = c;
      expect([...scores]).toEqual([...rowByRowSum(classes, keys, scales, weights, wanted)]);
      expect(table.best(wanted, 0, count, undefined, undefined)).toBe(expected);
    }
  });
});
