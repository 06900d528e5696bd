/**
 * Reads a file of records (JSON Lines, CSV) a chunk at a time, so a corpus in
 * one large file needs no more memory than its documents. A record ends at a
 * line break; in CSV, not at one inside a quoted field. A record longer than
 * the limit is skipped without being held, and reported by its number.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface RecordReadOptions {
  /** CSV: a `"` at the start of a field opens a quoted field, in which line breaks do not end the record (as parseCsvRows reads it). */
  quoted: boolean;
  maxRecordBytes: number;
  onRecord: (bytes: Uint8Array, recordNumber: number) => void;
  onTooLong: (recordNumber: number, bytes: number) => void;
}

const CHUNK_BYTES = 4 * 1024 * 1024;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;

/** Where a CSV scan stands: at a field's start, in an unquoted field, in a quoted one, just after a quote in a quoted one. */
const enum Csv {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteSeen,
}

export function readRecords(path: string, options: RecordReadOptions): void {
  const file = openSync(path, 'r');
  try {
    const chunk = new Uint8Array(CHUNK_BYTES);
    let pieces: Uint8Array[] = [];
    let held = 0;
    let length = 0;
    let state = Csv.FieldStart;
    let recordNumber = 1;
    const finish = (): void => {
      if (length > options.maxRecordBytes) options.onTooLong(recordNumber, length);
      else if (length > 0) options.onRecord(concatenate(pieces, held), recordNumber);
      pieces = [];
      held = 0;
      length = 0;
      recordNumber += 1;
    };
    const keep = (part: Uint8Array): void => {
      length += part.length;
      // Past the limit the record is only counted, not held.
      if (length > options.maxRecordBytes) {
        pieces = [];
        held = 0;
      } else if (part.length > 0) {
        pieces.push(part.slice());
        held += part.length;
      }
    };
    for (;;) {
      const read = readSync(file, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      let start = 0;
      for (let i = 0; i < read; i += 1) {
        const byte = chunk[i]!;
        if (options.quoted) {
          // UTF-8 and single-byte encodings never use these bytes inside a character.
          if (state === Csv.Quoted) {
            if (byte === QUOTE) state = Csv.QuoteSeen;
            continue;
          }
          if (byte === QUOTE && (state === Csv.FieldStart || state === Csv.QuoteSeen)) {
            state = Csv.Quoted;
            continue;
          }
          if (byte === COMMA) state = Csv.FieldStart;
          else if (byte !== NEWLINE) state = Csv.Unquoted;
        }
        if (byte === NEWLINE) {
          state = Csv.FieldStart;
          keep(chunk.subarray(start, i));
          finish();
          start = i + 1;
        }
      }
      keep(chunk.subarray(start, read));
    }
    if (length > 0) finish();
  } finally {
    closeSync(file);
  }
}

function concatenate(pieces: readonly Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}
