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

export function checksum(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function entryLine(key: string, json: string): string {
  return `${key}\t${checksum(json)}\t${json}\n`;
}

/** An entry line's key, checksum and JSON text; undefined where the line is not whole or its checksum fails. */
export function checkedEntryLine(line: string): { key: string; sum: string; json: string } | undefined {
  const [key, sum, json, extra] = line.split('\t');
  return key && json !== undefined && extra === undefined && checksum(json) === sum ? { key, sum, json } : undefined;
}

/** An entry line's key, checksum and parsed JSON; undefined where the line is not whole or its checksum fails. */
export function readEntryLine(line: string): { key: string; sum: string; value: unknown } | undefined {
  const entry = checkedEntryLine(line);
  if (!entry) return undefined;
  try {
    return { key: entry.key, sum: entry.sum, value: JSON.parse(entry.json) };
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
