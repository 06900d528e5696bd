/**
 * The shape the build caches share: a JSON Lines file whose header names its
 * format, version and fingerprint, then one line per entry, `key`, a checksum
 * of the entry's JSON and the JSON, separated by tabs. A line whose checksum
 * fails is damage, and the cache it belongs to is not trusted.
 */
import { createHash } from 'node:crypto';

export interface CacheHeader {
  format: string;
  version: number;
  fingerprint: string;
}

/** Where a cache file stands after its first line. */
export type HeaderCheck = 'ours' | 'stale' | 'foreign';

export function headerLine(header: CacheHeader): string {
  return `${JSON.stringify({ format: header.format, version: header.version, fingerprint: header.fingerprint })}\n`;
}

/** `ours` where the line is this cache's header, `stale` where it is the header of other code's cache of this format, else `foreign`. */
export function checkHeader(line: string | undefined, expected: CacheHeader): HeaderCheck {
  let header: unknown;
  try {
    header = JSON.parse(line ?? '');
  } catch {
    return 'foreign';
  }
  if (!isRecord(header) || header.format !== expected.format) return 'foreign';
  return header.version === expected.version && header.fingerprint === expected.fingerprint ? 'ours' : 'stale';
}

export function checksum(json: string | Uint8Array): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function entryLine(key: string, json: string): string {
  return `${key}\t${checksum(json)}\t${json}\n`;
}

/** An entry line as read: its key, its checksum, and its JSON's bytes. */
export interface EntryBytes {
  key: string;
  sum: string;
  json: Buffer;
}

/**
 * An entry line's key, checksum and JSON bytes (extract/line-bytes.ts); undefined where the line is not whole or
 * its checksum fails. The checksum is taken over the bytes, which is the same as over the JSON text written.
 */
export function checkedEntryBytes(line: Buffer): EntryBytes | undefined {
  const keyEnd = line.indexOf(TAB);
  const sumEnd = keyEnd > 0 ? line.indexOf(TAB, keyEnd + 1) : -1;
  if (sumEnd < 0 || line.indexOf(TAB, sumEnd + 1) >= 0) return undefined;
  const sum = line.toString('latin1', keyEnd + 1, sumEnd);
  const json = line.subarray(sumEnd + 1);
  return checksum(json) === sum ? { key: line.toString('utf8', 0, keyEnd), sum, json } : undefined;
}

const TAB = 9;

/** The parsed JSON of an entry's bytes; undefined where they are not JSON. */
export function parsedJson(json: Buffer): unknown {
  try {
    return JSON.parse(json.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
