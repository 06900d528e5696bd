/**
 * Integer hashing for feature ids. Features are never stored as strings:
 * a feature is a 32-bit key mixed from a template number and the hash of
 * a value, so the model ships keys and weights only, no vocabulary.
 */

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the output. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The key of feature `template` with value hash `value`; never 0 (0 marks an
 * empty slot). Signed 32-bit, so V8 keeps keys unboxed in arrays; the model
 * file stores the same 32 bits unsigned.
 */
export function featureKey(template: number, value: number): number {
  return mix((value ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0) | 0 || 1;
}

/** The key of a feature that joins two values. */
export function featureKey2(template: number, a: number, b: number): number {
  return featureKey(template, (mix(a) + Math.imul(b, 0x27d4eb2f)) >>> 0);
}

/** Extends a running hash of a token sequence by one token hash. */
export function chainHash(running: number, token: number): number {
  return mix((Math.imul(running, 31) + token + 0x165667b1) >>> 0);
}
