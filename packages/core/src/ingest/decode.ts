/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
 * such; bytes that are not valid UTF-8 are read as Windows-1252 rather than
 * dropped, with a warning, so no text is lost.
 */
export type DecodeResult =
  | { ok: true; text: string; warning?: string }
  | { ok: false; reason: string };

const SNIFF_BYTES = 8192;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.trim().length === 0) return { ok: false, reason: 'empty file (only white space)' };
    return { ok: true, text };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const text = decodeWindows1252(bytes);
    return { ok: true, text, warning: `not valid UTF-8 (first bad byte at offset ${offset}); read as Windows-1252` };
  }
}

/** Offset of the first byte that breaks UTF-8, for a message the user can check with a hex viewer. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if (bytes[i + k] >> 6 !== 0b10) return i;
    i += length;
  }
  return i;
}

// Bytes 0x80–0x9F in Windows-1252 (curly quotes, dashes, €); elsewhere it agrees with Latin-1.
// Node's TextDecoder treats the label as Latin-1 and would turn these into control characters.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i];
    text += b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return text;
}
