/**
 * Whole numbers as short text, for the extraction cache: each number
 * zigzag-encoded (so that small magnitudes of either sign take few bits) as a
 * LEB128 varint, and the bytes in base64. A token's gap from the one before
 * and its length take a byte each where JSON took four or five characters,
 * and reading them back is one pass over bytes rather than a number parsed
 * from each run of digits and an array of them made.
 */

/** The packed text of `values`, each a 32-bit signed integer. */
export function packNumbers(values: ArrayLike<number>): string {
  const bytes = Buffer.allocUnsafe(5 * values.length);
  let used = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    if ((value | 0) !== value) throw new RangeError(`packNumbers: ${value} is not a 32-bit integer`);
    let zigzag = ((value << 1) ^ (value >> 31)) >>> 0;
    while (zigzag > 0x7f) {
      bytes[used++] = (zigzag & 0x7f) | 0x80;
      zigzag >>>= 7;
    }
    bytes[used++] = zigzag;
  }
  return bytes.toString('base64', 0, used);
}

/** The `count` numbers `packed` holds; undefined where it holds another count, or anything but whole varints of 32 bits. */
export function unpackNumbers(packed: string, count: number): Int32Array | undefined {
  const bytes = Buffer.from(packed, 'base64');
  const values = new Int32Array(count);
  let next = 0;
  let zigzag = 0;
  let shift = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    // A fifth byte carries the top four bits, and ends the number.
    if (shift === 28 && byte > 0x0f) return undefined;
    zigzag |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    if (next === count) return undefined;
    values[next++] = (zigzag >>> 1) ^ -(zigzag & 1);
    zigzag = 0;
    shift = 0;
  }
  return next === count && shift === 0 ? values : undefined;
}

/** The packed text of bytes: base64. */
export function packBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The `count` bytes `packed` holds; undefined where it holds another count. */
export function unpackBytes(packed: string, count: number): Uint8Array | undefined {
  const bytes = Buffer.from(packed, 'base64');
  // A plain view, not a Buffer: the extraction is the same whether read from the cache or made afresh.
  return bytes.length === count ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : undefined;
}
