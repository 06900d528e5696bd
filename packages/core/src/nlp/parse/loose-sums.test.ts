import { describe, expect, it } from 'vitest';
import { lineAlignedMemory, looseSum } from './loose-sums.js';

describe('the vector sums of wide rows', () => {
  it('are the scalar float32 sums to the bit (each product and each addition rounded to float32), row by row in order, over whole chunks of eight classes', () => {
    const memory = lineAlignedMemory(1 << 16);
    const sum = looseSum(memory);
    expect(sum).toBeDefined();
    const bytes = new Int8Array(memory.buffer);
    const words = new Int32Array(memory.buffer);
    const scales = new Float32Array(memory.buffer);
    const floats = new Float32Array(memory.buffer);
    let state = 7;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) | 0);
    const [firstsAt, scalesAt, sumsAt] = [40_000, 41_000, 42_000];
    const round = Math.fround;
    for (const [classes, rows] of [[51, 13], [102, 17], [8, 1], [16, 0]] as const) {
      const chunks = Math.ceil(classes / 8);
      const firsts = Array.from({ length: rows }, (_, r) => 16 * (3 * r + 1) + 2);
      for (let r = 0; r < rows; r++) {
        words[firstsAt / 4 + r] = firsts[r]!;
        scales[scalesAt / 4 + r] = Math.abs(next() % 1000) / 99_991;
        for (let c = 0; c < chunks * 8; c++) bytes[firsts[r]! * 4 + c] = next() >> 24;
      }
      const expected = Float32Array.from({ length: chunks * 8 }, () => next() / 1e6);
      floats.set(expected, sumsAt / 4);
      for (let c = 0; c < chunks * 8; c++) {
        for (let r = 0; r < rows; r++) expected[c] = round(expected[c]! + round(bytes[firsts[r]! * 4 + c]! * scales[scalesAt / 4 + r]!));
      }
      sum!(firstsAt, scalesAt, rows, sumsAt, chunks);
      expect([...floats.subarray(sumsAt / 4, sumsAt / 4 + chunks * 8)]).toEqual([...expected]);
    }
  });
});
