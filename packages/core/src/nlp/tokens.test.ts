import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps a dollar sign with its country\'s letters whole ("A$50", "HK$ 40"), but not letters before a lone sign', () => {
    expect(texts('paid A$50 million and HK$ 40')).toEqual(['paid', 'A$', '50', 'million', 'and', 'HK$', '40']);
    expect(texts('the A$ rose')).toEqual(['the', 'A', '$', 'rose']);
  });

  it('keeps dotted abbreviations such as "U.S." whole', () => {
    expect(texts('the U.S. and Iran')).toEqual(['the', 'U.S.', 'and', 'Iran']);
  });

  it('makes no token of a zero-width joiner or a soft hyphen, so a possessive after one still splits off', () => {
    expect(texts("Kessel Times\u200d's editor")).toEqual(['Kessel', 'Times', "'s", 'editor']);
    expect(tokenize("Kessel Times\u200d's editor")[2]!.start).toBe(13);
  });

  it('splits a possessive off its name, with curly or straight apostrophes', () => {
    expect(texts('Norway’s role')).toEqual(['Norway', '’s', 'role']);
    expect(texts("Norway's role")).toEqual(['Norway', "'s", 'role']);
  });

  it('splits names joined by an en dash or by a hyphen after an abbreviation', () => {
    expect(texts('Chile–Peru talks')).toEqual(['Chile', '–', 'Peru', 'talks']);
    expect(texts('U.S.-Peru ties')).toEqual(['U.S.', '-', 'Peru', 'ties']);
  });

  it('folds curly quotes and dashes in norm but keeps offsets on the original text', () => {
    const text = 'He said “fine” – then left.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokenize(text).map((t) => t.norm)).toContain('"');
    expect(tokenize(text).map((t) => t.norm)).toContain('-');
  });

  it('keeps an initial with its full stop inside a name', () => {
    expect(texts('John F. Kennedy spoke')).toEqual(['John', 'F.', 'Kennedy', 'spoke']);
  });
});
