import { describe, expect, it } from 'vitest';
import { scoreEntities } from './score.js';
import { spansFromTags } from './tags.js';

describe('entity scorer (conlleval semantics)', () => {
  // Worked by hand: 4 gold, 5 predicted, 2 exact → P 2/5, R 2/4, F1 2·0.4·0.5/0.9.
  const result = scoreEntities([
    {
      gold: [
        { start: 0, end: 2, type: 'PER' },
        { start: 4, end: 5, type: 'LOC' },
      ],
      predicted: [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 5, type: 'LOC' }, // wrong start: no credit
      ],
    },
    {
      gold: [
        { start: 0, end: 2, type: 'ORG' },
        { start: 3, end: 5, type: 'ORG' },
      ],
      predicted: [
        { start: 0, end: 2, type: 'ORG' },
        { start: 3, end: 5, type: 'MISC' }, // right span, wrong type: no credit
        { start: 6, end: 7, type: 'PER' }, // spurious
      ],
    },
  ]);

  it('counts a predicted entity as right only with exact start, end and type', () => {
    expect(result.precision).toBeCloseTo(0.4, 10);
    expect(result.recall).toBeCloseTo(0.5, 10);
    expect(result.f1).toBeCloseTo(4 / 9, 10);
  });

  it('gives per-type figures, 0 where nothing was predicted right', () => {
    expect(result.perType.PER).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(result.perType.ORG).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(result.perType.LOC).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(result.perType.MISC).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores a perfect prediction 1 and an empty one 0', () => {
    const gold = [{ start: 1, end: 3, type: 'LOC' }];
    expect(scoreEntities([{ gold, predicted: gold }]).f1).toBe(1);
    expect(scoreEntities([{ gold, predicted: [] }])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('spans from tags', () => {
  it('starts a new entity where the type changes even without B-', () => {
    expect(spansFromTags(['B-PER', 'I-LOC', 'I-LOC', 'O'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 3, type: 'LOC' },
    ]);
  });

  it('reads IOB1, IOB2 and BILOU tags of the same entities alike', () => {
    const expected = [
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'ORG' },
    ];
    expect(spansFromTags(['I-ORG', 'I-ORG', 'B-ORG', 'O'])).toEqual(expected);
    expect(spansFromTags(['B-ORG', 'I-ORG', 'B-ORG', 'O'])).toEqual(expected);
    expect(spansFromTags(['B-ORG', 'L-ORG', 'U-ORG', 'O'])).toEqual(expected);
  });
});
