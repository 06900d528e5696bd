import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeText', () => {
  it('reads UTF-8 and drops the byte-order mark', () => {
    const result = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Oman’s role')]));
    expect(result).toEqual({ ok: true, text: 'Oman’s role' });
  });

  it('refuses an empty file and a file of only white space', () => {
    expect(decodeText(bytes())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(new TextEncoder().encode(' \n\t\n'))).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });

  it('refuses a binary file because it holds NUL bytes', () => {
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
  });

  it('reads invalid UTF-8 as Windows-1252 and says where the first bad byte is', () => {
    const result = decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94));
    expect(result).toEqual({ ok: true, text: 'café “ok”', warning: 'not valid UTF-8 (first bad byte at offset 3); read as Windows-1252' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x49, 0x00, 0x72, 0x00))).toEqual({ ok: true, text: 'Ir' });
  });
});
