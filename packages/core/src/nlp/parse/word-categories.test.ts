import { describe, expect, it } from 'vitest';
import { VerbDictionary } from './verb-dictionary.js';
import { WordCategories } from './word-categories.js';

// A made-up table in the shipped file's form: noun, verb, adjective, adverb.
const TABLE = ['# comment', 'zorb 1000', 'plim 2300', 'flark 0030', 'snib 0200', 'quell 0003'].join('\n');
const levels = (code: number, shift = 0) => [0, 1, 2, 3].map((p) => (code >> (shift + 2 * p)) & 3);

describe('the dictionary of parts of speech', () => {
  const categories = new WordCategories(TABLE, new VerbDictionary('snib snob\n'));

  it('gives a lemma its own levels, whatever its case, and nothing for a word it cannot reach', () => {
    expect(categories.size).toBe(5);
    expect(levels(categories.codeOf('zorb'))).toEqual([1, 0, 0, 0]);
    expect(levels(categories.codeOf('Plim'))).toEqual([2, 3, 0, 0]);
    expect(categories.codeOf('Velt')).toBe(0);
  });

  it('reaches a lemma through a plural, a verb\'s ending, a comparative or an irregular form, marked apart from its own', () => {
    expect(levels(categories.codeOf('zorbs'), 8)).toEqual([1, 0, 0, 0]);
    expect(levels(categories.codeOf('zorbs'))).toEqual([0, 0, 0, 0]);
    expect(levels(categories.codeOf('plimmed'), 8)).toEqual([0, 3, 0, 0]);
    expect(levels(categories.codeOf('flarker'), 8)).toEqual([0, 0, 3, 0]);
    expect(levels(categories.codeOf('snob'), 8)).toEqual([0, 2, 0, 0]);
  });
});
