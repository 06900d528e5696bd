import { describe, expect, it } from 'vitest';
import { americanSpelling } from './american-spelling.js';

describe('americanSpelling', () => {
  it('spells British words the American way, in the word\'s own case', () => {
    expect(americanSpelling('armoured')).toBe('armored');
    expect(americanSpelling('Neighbouring')).toBe('Neighboring');
    expect(americanSpelling('mobilised')).toBe('mobilized');
    expect(americanSpelling('analysing')).toBe('analyzing');
    expect(americanSpelling('travelled')).toBe('traveled');
    expect(americanSpelling('DEFENCE')).toBe('DEFENSE');
    expect(americanSpelling('programmes')).toBe('programs');
  });

  it('leaves alone words spelt alike on both sides, and those only looking British', () => {
    for (const word of ['hour', 'tour', 'four', 'emphasis', 'promise', 'exercise', 'rise', 'Paris', 'travel', 'label']) expect(americanSpelling(word)).toBe(word);
  });
});
