import { describe, expect, it } from 'vitest';
import { dateBins } from './date-bins.js';

describe('article dates in histogram bins', () => {
  it('counts articles per day over a short span, empty days included', () => {
    expect(dateBins(['2025-04-03', '2025-04-01', '2025-04-03'])).toEqual([
      { start: '2025-04-01', end: '2025-04-01', count: 1 },
      { start: '2025-04-02', end: '2025-04-02', count: 0 },
      { start: '2025-04-03', end: '2025-04-03', count: 2 },
    ]);
  });

  it('counts per calendar month over a long span, across a new year', () => {
    const bins = dateBins(['2018-11-30', '2019-02-28', '2019-12-01']);
    expect(bins.length).toBe(14);
    expect(bins[0]).toEqual({ start: '2018-11-01', end: '2018-11-30', count: 1 });
    expect(bins[3]).toEqual({ start: '2019-02-01', end: '2019-02-28', count: 1 });
    expect(bins[13]).toEqual({ start: '2019-12-01', end: '2019-12-31', count: 1 });
  });
});
