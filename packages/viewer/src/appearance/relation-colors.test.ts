import { describe, expect, it } from 'vitest';
import { fadeHedged, isHedged, relationColor } from './relation-colors.js';

describe('relation colours', () => {
  it('gives each typed relation its own colour and unknown types the fallback', () => {
    expect(relationColor('LEADS', '#888888')).not.toBe(relationColor('SANCTIONS', '#888888'));
    expect(relationColor('FRIENDS_WITH', '#888888')).toBe('#888888');
  });

  it('fades planned or reported relations toward the background, never plain statements', () => {
    expect(isHedged('planned')).toBe(true);
    expect(isHedged('reported')).toBe(true);
    expect(isHedged('asserted')).toBe(false);
    expect(isHedged(undefined)).toBe(false);
    expect(fadeHedged('#000000', '#ffffff')).not.toBe('#000000');
  });
});
