import { describe, expect, it } from 'vitest';
import { largestMagnitude } from './pos-tagger.js';

describe('the largest magnitude of a word\'s scores', () => {
  it('is the largest absolute value, negative or positive, and 0 for no scores', () => {
    expect(largestMagnitude(Float32Array.from([0.5, -3.25, 2]))).toBe(3.25);
    expect(largestMagnitude(Float32Array.from([-1, 7.5]))).toBe(7.5);
    expect(largestMagnitude(new Float32Array(0))).toBe(0);
  });
});
