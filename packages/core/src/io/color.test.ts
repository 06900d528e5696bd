import { describe, expect, it } from 'vitest';
import { parseColor } from './color.js';

describe('parseColor', () => {
  it('reads six- and three-digit hex colours into r, g, b', () => {
    expect(parseColor('#e15759')).toEqual({ r: 225, g: 87, b: 89 });
    expect(parseColor('#ABC')).toEqual({ r: 170, g: 187, b: 204 });
  });

  it('reads the alpha of eight-digit hex and rgba() colours', () => {
    expect(parseColor('#ff000080')).toEqual({ r: 255, g: 0, b: 0, a: 0.502 });
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('rgb(1,2,3)')).toEqual({ r: 1, g: 2, b: 3 });
  });

  it('returns undefined for what it cannot read rather than a wrong colour', () => {
    expect(parseColor('red')).toBeUndefined();
    expect(parseColor('#12345')).toBeUndefined();
    expect(parseColor('rgb(1,2)')).toBeUndefined();
  });
});
