import { describe, expect, it } from 'vitest';
import { framedTypedRelations, graphOfTexts } from '../testing.js';
import { argumentsFit } from './argument-types.js';

describe('argumentsFit', () => {
  it('lets a name of no known kind do an event, as an organisation would, but not undergo one', () => {
    expect(argumentsFit('THREATENS', 'Other', 'Country')).toBe(true);
    expect(argumentsFit('RELEASES', 'Other', 'Organization')).toBe(true);
    expect(argumentsFit('THREATENS', 'Country', 'Other')).toBe(false);
  });

  it('keeps a name of no known kind as it is where the type admits it ("signed" an untyped law), and out of relations that are no events', () => {
    expect(argumentsFit('SIGNED', 'Country', 'Other')).toBe(true);
    expect(argumentsFit('LEADS', 'Other', 'Country')).toBe(false);
  });

  it('reads a group the name tagger could not type as the one who threatens', () => {
    expect(framedTypedRelations(graphOfTexts('The Korrani threatened to attack Chile.'))).toEqual(['Korrani ATTACKS Chile (hypothetical)', 'Korrani THREATENS Chile (asserted)']);
  });
});
