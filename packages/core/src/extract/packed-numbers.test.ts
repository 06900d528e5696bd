import { describe, expect, it } from 'vitest';
import { packBytes, packNumbers, unpackBytes, unpackNumbers } from './packed-numbers.js';

describe('packNumbers', () => {
  const values = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, 65535, 2147483647, -2147483648];

  it('gives back every 32-bit integer it packed, small or large, of either sign', () => {
    expect(Array.from(unpackNumbers(packNumbers(values), values.length)!)).toEqual(values);
  });

  it('takes one byte for a number between -64 and 63', () => {
    expect(Buffer.from(packNumbers([0, 5, -3, 63, -64]), 'base64')).toHaveLength(5);
  });

  it('refuses a number that is not a 32-bit integer', () => {
    expect(() => packNumbers([1.5])).toThrow(RangeError);
    expect(() => packNumbers([2 ** 31])).toThrow(RangeError);
  });

  it('reads nothing from text that holds more or fewer numbers than asked, or a number cut short', () => {
    const packed = packNumbers([1, 2, 3]);
    expect(unpackNumbers(packed, 2)).toBeUndefined();
    expect(unpackNumbers(packed, 4)).toBeUndefined();
    expect(unpackNumbers(Buffer.from([0x81]).toString('base64'), 1)).toBeUndefined();
    expect(unpackNumbers(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x1f]).toString('base64'), 1)).toBeUndefined();
  });
});

describe('packBytes', () => {
  it('gives back the bytes it packed as a plain Uint8Array, and nothing when the count differs', () => {
    const bytes = Uint8Array.from([0, 7, 255, 3]);
    const unpacked = unpackBytes(packBytes(bytes), 4);
    expect(unpacked).toEqual(bytes);
    expect(unpacked?.constructor).toBe(Uint8Array);
    expect(unpackBytes(packBytes(bytes), 3)).toBeUndefined();
  });
});
