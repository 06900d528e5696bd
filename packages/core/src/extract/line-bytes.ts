/**
 * The lines of a file as bytes, read a piece at a time, for the build caches:
 * a line's checksum is taken over its bytes and a line kept or copied is
 * written back as bytes, so most of a cache file is never decoded into a
 * string (which, for a piece holding one character outside Latin-1, takes two
 * bytes a character) nor encoded again. Lines come without their "\n"; a last
 * empty line is not given. A line given points into the piece it was read
 * with, which is never reused, so it stays valid while it is held.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const PIECE = 8 << 20;

/** The lines of the file at `path`, read `piece` bytes at a time at most. */
export function* readLineBytes(path: string, piece = PIECE): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const pieceSize = Math.max(1, Math.min(piece, fstatSync(fd).size));
    // The start of a line the pieces read so far have not ended.
    let rest: Buffer | undefined;
    for (;;) {
      const bytes = Buffer.allocUnsafe(pieceSize);
      const read = readSync(fd, bytes, 0, pieceSize, null);
      if (read === 0) break;
      const filled = bytes.subarray(0, read);
      let start = 0;
      for (let end = filled.indexOf(10, start); end >= 0; end = filled.indexOf(10, start)) {
        const line = filled.subarray(start, end);
        yield rest ? Buffer.concat([rest, line]) : line;
        rest = undefined;
        start = end + 1;
      }
      if (start < read) rest = rest ? Buffer.concat([rest, filled.subarray(start)]) : filled.subarray(start);
    }
    if (rest?.length) yield rest;
  } finally {
    closeSync(fd);
  }
}
