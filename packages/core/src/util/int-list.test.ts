import { describe, expect, it } from 'vitest';
import { IntList } from './int-list.js';

describe('IntList', () => {
  it('keeps every value pushed, in order, as it grows past its first capacity', () => {
    const list = new IntList();
    for (let i = 0; i < 5000; i += 1) list.push(i * 7 - 300);
    expect(list.length).toBe(5000);
    expect([list.at(0), list.at(1023), list.at(1024), list.at(4999)]).toEqual([-300, 1023 * 7 - 300, 1024 * 7 - 300, 4999 * 7 - 300]);
  });
});
