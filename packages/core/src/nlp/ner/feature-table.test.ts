import { describe, expect, it } from 'vitest';
import { FeatureTable } from './feature-table.js';

describe('feature table', () => {
  it('gives each new key the next row and finds it again after growing', () => {
    const table = new FeatureTable(2);
    const keys = Array.from({ length: 5000 }, (_, n) => (Math.imul(n + 1, 0x9e3779b1) | 0) || 1);
    keys.forEach((key, n) => expect(table.add(key)).toBe(n));
    keys.forEach((key, n) => expect(table.get(key)).toBe(n));
    expect(table.add(keys[42]!)).toBe(42);
    expect(table.size).toBe(5000);
    expect(table.get(123456789)).toBe(-1);
  });

  it('lists keys in row order as unsigned numbers', () => {
    const table = new FeatureTable();
    table.add(-5);
    table.add(7);
    expect([...table.entries()]).toEqual([2 ** 32 - 5, 7]);
    expect(table.get(2 ** 32 - 5)).toBe(0);
  });
});
