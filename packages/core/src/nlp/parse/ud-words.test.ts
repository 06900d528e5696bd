import { describe, expect, it } from 'vitest';
import { udWordsOf } from './ud-words.js';

describe('udWordsOf', () => {
  it('splits contractions and hyphenated words as UD English does, remembering each word\'s token', () => {
    const { words, tokenOf } = udWordsOf(['Tova', "didn't", 'see', 'the', 'Arlen-Vesk', 'talks', ',', "we'll", 'wait']);
    expect(words).toEqual(['Tova', 'did', "n't", 'see', 'the', 'Arlen', '-', 'Vesk', 'talks', ',', 'we', "'ll", 'wait']);
    expect([...tokenOf]).toEqual([0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 7, 7, 8]);
  });

  it('leaves possessives, numbers with dashes and lone hyphens alone', () => {
    expect(udWordsOf(['Tova', "'s", '1990-1995', '-']).words).toEqual(['Tova', "'s", '1990-1995', '-']);
  });
});
