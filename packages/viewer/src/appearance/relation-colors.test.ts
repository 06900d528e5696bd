import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../core/src/vocabulary/relation-types.js';
import { fadeHedged, isHedged, relationColor } from './relation-colors.js';

describe('relation colours', () => {
  it('gives each typed relation its own colour and unknown types the fallback', () => {
    expect(relationColor('LEADS', '#888888')).not.toBe(relationColor('SANCTIONS', '#888888'));
    expect(relationColor('FRIENDS_WITH', '#888888')).toBe('#888888');
  });

  it('gives every typed relation of the vocabulary a colour of its own, so no two look alike on the canvas', () => {
    const typed = RELATION_TYPES.filter((type) => type !== 'RELATED_TO');
    const colours = typed.map((type) => relationColor(type, 'fallback'));
    expect(colours).not.toContain('fallback');
    expect(new Set(colours).size).toBe(typed.length);
  });

  it('fades planned or reported relations toward the background, never plain statements', () => {
    expect(isHedged('planned')).toBe(true);
    expect(isHedged('reported')).toBe(true);
    expect(isHedged('asserted')).toBe(false);
    expect(isHedged(undefined)).toBe(false);
    expect(fadeHedged('#000000', '#ffffff')).not.toBe('#000000');
  });
});
