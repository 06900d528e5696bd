/**
 * The lines of a UTF-8 file, read a piece at a time: a file larger than the
 * longest string the engine allows (about 512 MB of text in V8) still reads.
 * Lines are returned without their "\n"; a last empty line is not returned.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const PIECE = 8 << 20;

export function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(PIECE);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (;;) {
      const read = readSync(fd, buffer, 0, PIECE, null);
      const text = read > 0 ? rest + decoder.write(buffer.subarray(0, read)) : rest + decoder.end();
      const lines = text.split('\n');
      rest = lines.pop()!;
      yield* lines;
      if (read === 0) break;
    }
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}
