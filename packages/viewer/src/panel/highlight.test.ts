import { describe, expect, it } from 'vitest';
import { highlightTerms } from './highlight.js';

const marked = (sentence: string, terms: string[]): string[] =>
  highlightTerms(sentence, terms).filter((p) => p.marked).map((p) => p.text);

describe('highlighting terms in an evidence sentence', () => {
  it('marks every mention, longest alias first, ignoring case', () => {
    expect(marked('The Sultanate of Oman hosted talks; oman said little.', ['Oman', 'Sultanate of Oman'])).toEqual([
      'Sultanate of Oman',
      'oman',
    ]);
  });

  it('does not mark a term inside a longer word', () => {
    expect(marked('Romania and Oman', ['Oman'])).toEqual(['Oman']);
    expect(marked('USA and US', ['US'])).toEqual(['US']);
  });

  it('keeps the sentence whole, markup characters included', () => {
    const sentence = 'He wrote <img src=x> to U.S. officials.';
    expect(highlightTerms(sentence, ['U.S.', '<img src=x>']).map((p) => p.text).join('')).toBe(sentence);
    expect(marked(sentence, ['U.S.'])).toEqual(['U.S.']);
  });
});
