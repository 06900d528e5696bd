/**
 * The per-document extraction cache of a build folder, so that a rebuild
 * extracts only what changed. One JSON Lines file: a header naming the format
 * and the extraction's fingerprint, then one line per document keyed by a hash
 * of its text, each with a checksum of its own content. A file that is not
 * ours, or any line that fails its checksum or shape, discards the whole cache
 * (with one warning): a cache is never trusted over a fresh extraction. One
 * made by other code or models is set aside without a word: that is no fault.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/write-outputs.js';
import { checkedEntryBytes, checkHeader, entryLine, headerLine, parsedJson, type CacheHeader } from './cache-file.js';
import type { DocumentExtraction } from './document-extraction.js';
import { readLineBytes } from './line-bytes.js';
import { readExtraction, writtenExtraction } from './written-extraction.js';

export const EXTRACTION_CACHE_FILE = 'extraction-cache.jsonl';
// Version 2 packs each token's numbers into strings (written-extraction.ts); a version 1 file is set aside.
const headerOf = (fingerprint: string): CacheHeader => ({ format: 'kgraph extraction cache', version: 2, fingerprint });

export interface ExtractionCache {
  /** The cached extraction of this text, if any. */
  get(text: string): DocumentExtraction | undefined;
  /** Keeps an extraction; what `save` writes is exactly what this build kept. */
  keep(text: string, extraction: DocumentExtraction): void;
}

export interface OpenedCache {
  cache: ExtractionCache & { save(): void };
  /** Set when a cache file was there but could not be trusted. */
  warning?: string;
}

/** Opens the cache of build folder `dir` for the extraction with this fingerprint. */
export function openExtractionCache(dir: string, fingerprint: string): OpenedCache {
  const path = join(dir, EXTRACTION_CACHE_FILE);
  const read = readCacheFile(path, fingerprint);
  const kept = new Map<string, DocumentExtraction>();
  const cache = {
    get: (text: string) => read.entries.get(textKey(text)),
    keep: (text: string, extraction: DocumentExtraction) => void kept.set(textKey(text), extraction),
    save: () => {
      const unchanged = read.copyable ? unchangedLines(path, read) : undefined;
      try {
        writeFileAtomic(path, cacheLines(kept, fingerprint, unchanged?.lineOf));
      } finally {
        unchanged?.close();
      }
    },
  };
  return read.warning ? { cache, warning: read.warning } : { cache };
}

function textKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * The cache file a line at a time: a large corpus's extractions (about 40 characters a token) outgrow the longest
 * string V8 allows. Where `unchanged` gives the line an entry was read from, that line is written again as it was.
 */
function* cacheLines(entries: ReadonlyMap<string, DocumentExtraction>, fingerprint: string, unchanged?: (key: string, extraction: DocumentExtraction) => Buffer | undefined): Generator<string | Buffer> {
  yield headerLine(headerOf(fingerprint));
  for (const key of [...entries.keys()].sort()) {
    const extraction = entries.get(key)!;
    const line = unchanged?.(key, extraction);
    if (line !== undefined) {
      yield line;
      yield '\n';
      continue;
    }
    yield entryLine(key, JSON.stringify(writtenExtraction(extraction)));
  }
}

/**
 * The lines of the cache file as it was read, for entries this build took from it: a rebuild that adds a few
 * documents copies the others' lines rather than writing them anew (the same bytes, as writing is
 * deterministic), as bytes, never decoded. Asked for keys in ascending order, as the file holds them; a line
 * whose checksum is no longer the one read (the file changed since) is not given, and the entry is written afresh.
 */
function unchangedLines(path: string, read: CacheRead): { lineOf: (key: string, extraction: DocumentExtraction) => Buffer | undefined; close: () => void } | undefined {
  let lines: Generator<Buffer>;
  let current: IteratorResult<Buffer>;
  try {
    lines = readLineBytes(path);
    lines.next();
    current = lines.next();
  } catch {
    // The file went away since it was read: every entry is written afresh.
    return undefined;
  }
  const lineOf = (key: string, extraction: DocumentExtraction) => {
    if (read.entries.get(key) !== extraction) return undefined;
    while (!current.done && fieldOf(current.value, 0) < key) current = lines.next();
    if (current.done) return undefined;
    return fieldOf(current.value, 0) === key && fieldOf(current.value, 1) === read.checksums.get(key) ? current.value : undefined;
  };
  return { lineOf, close: () => void lines.return(undefined) };
}

/** The text of field `index` (0 the key, 1 the checksum) of an entry line. */
function fieldOf(line: Buffer, index: 0 | 1): string {
  const keyEnd = line.indexOf(9);
  return index === 0 ? line.toString('utf8', 0, keyEnd) : line.toString('latin1', keyEnd + 1, line.indexOf(9, keyEnd + 1));
}

interface CacheRead {
  entries: Map<string, DocumentExtraction>;
  /** Each entry's checksum, as read. */
  checksums: Map<string, string>;
  /** Whether the file's lines can be copied: it was read whole and its keys ascend. */
  copyable: boolean;
  warning?: string;
}

function readCacheFile(path: string, fingerprint: string): CacheRead {
  // A line at a time: at a few million tokens the whole file is longer than a string can be.
  let lines: Generator<Buffer> | undefined;
  try {
    lines = readLineBytes(path);
    return readCacheLines(lines, path, fingerprint);
  } catch {
    // No file (a first build) or none that can be read: nothing cached.
    return emptyRead();
  } finally {
    lines?.return(undefined);
  }
}

const emptyRead = (): CacheRead => ({ entries: new Map(), checksums: new Map(), copyable: false });

function readCacheLines(lines: Iterator<Buffer>, path: string, fingerprint: string): CacheRead {
  const read = emptyRead();
  const discard = (why: string) => ({ ...emptyRead(), warning: `${path} ${why}; extracting every document again` });
  const first = lines.next();
  const header = checkHeader(first.done ? undefined : first.value.toString('utf8'), headerOf(fingerprint));
  if (header === 'foreign') return discard('is not an extraction cache');
  if (header === 'stale') return read;
  let ascending = true;
  let previous = '';
  for (let n = 2, line = lines.next(); !line.done; n += 1, line = lines.next()) {
    const entry = checkedEntryBytes(line.value);
    const extraction = entry && readExtraction(parsedJson(entry.json));
    if (!entry || !extraction) return discard(`is damaged (line ${n})`);
    ascending &&= entry.key > previous;
    previous = entry.key;
    read.entries.set(entry.key, extraction);
    read.checksums.set(entry.key, entry.sum);
  }
  read.copyable = ascending;
  return read;
}
