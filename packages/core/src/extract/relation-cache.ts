/**
 * The per-document relation cache of a build folder, so that a rebuild
 * relates again only the documents whose inputs changed. A document's
 * anaphors and relations are a function of its text (through its
 * extraction), its mentions and their entities' types, which a document
 * added elsewhere in the corpus can change ("Tessel" becoming a person);
 * each is kept under a hash of exactly those inputs, in a file with the
 * extraction cache's shape (extract/cache-file.ts) under a fingerprint of the
 * code that makes them. A file that is not ours, or any line that fails its
 * checksum or shape, discards the whole cache (with one warning); one made by
 * other code is set aside without a word.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/write-outputs.js';
import type { RelationCandidate } from '../relate/relation.js';
import type { ResolvedMention } from '../resolve/entity.js';
import { readLines } from '../util/read-lines.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { checkHeader, entryLine, headerLine, isRecord, readEntryLine, type CacheHeader } from './cache-file.js';

export const RELATION_CACHE_FILE = 'relation-cache.jsonl';

const headerOf = (fingerprint: string): CacheHeader => ({ format: 'kgraph relation cache', version: 1, fingerprint });

/** A document as the cache knows it: what its extraction is a function of. */
export interface CachedDocument {
  id: string;
  text: string;
}

export interface RelationCache {
  /** The anaphors of `document` for these inputs: kept from an earlier build, else made by `find` and kept. */
  anaphors(document: CachedDocument, own: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => ResolvedMention[]): ResolvedMention[];
  /** The relations of `document` for these inputs: kept from an earlier build, else made by `find` and kept. */
  relations(document: CachedDocument, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => RelationCandidate[]): RelationCandidate[];
}

export interface OpenedRelationCache {
  /** `save` writes exactly the entries this build used or made. */
  cache: RelationCache & { save(): void };
  /** Set when a cache file was there but could not be trusted. */
  warning?: string;
}

type Kind = 'anaphors' | 'relations';

/** Opens the relation cache of build folder `dir` for the code with this fingerprint. */
export function openRelationCache(dir: string, fingerprint: string): OpenedRelationCache {
  const path = join(dir, RELATION_CACHE_FILE);
  const read = readCacheFile(path, fingerprint);
  const kept = new Map<string, readonly object[]>();
  function remembered<T extends { docId: string }>(kind: Kind, document: CachedDocument, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => T[]): T[] {
    const key = inputKey(kind, document, mentions, types);
    const earlier = read.entries.get(key) as T[] | undefined;
    // An entry of another document under this key would be a collision or a forgery: made afresh.
    const found = earlier?.every((item) => item.docId === document.id) ? earlier : find();
    kept.set(key, found);
    return found;
  }
  const cache = {
    anaphors: (document: CachedDocument, own: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => ResolvedMention[]) =>
      remembered('anaphors', document, own, types, find),
    relations: (document: CachedDocument, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => RelationCandidate[]) =>
      remembered('relations', document, mentions, types, find),
    save: () => writeFileAtomic(path, cacheLines(kept, fingerprint)),
  };
  return read.warning ? { cache, warning: read.warning } : { cache };
}

/** A hash of everything the anaphors or relations of a document are made from, besides the code. */
function inputKey(kind: Kind, document: CachedDocument, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>): string {
  return createHash('sha256')
    .update(`${kind}\0${document.id}\0`)
    .update(document.text)
    .update(`\0${JSON.stringify(mentions)}\0${JSON.stringify([...types])}`)
    .digest('hex')
    .slice(0, 32);
}

/** The file a line at a time, keys ascending, so equal entries give equal files. */
function* cacheLines(entries: ReadonlyMap<string, readonly object[]>, fingerprint: string): Generator<string> {
  yield headerLine(headerOf(fingerprint));
  for (const key of [...entries.keys()].sort()) yield entryLine(key, JSON.stringify(entries.get(key)));
}

interface CacheRead {
  entries: Map<string, readonly object[]>;
  warning?: string;
}

function readCacheFile(path: string, fingerprint: string): CacheRead {
  let lines: Generator<string> | undefined;
  try {
    lines = readLines(path);
    const discard = (why: string): CacheRead => ({ entries: new Map(), warning: `${path} ${why}; relating every document again` });
    const first = lines.next();
    const header = checkHeader(first.done ? undefined : first.value, headerOf(fingerprint));
    if (header === 'foreign') return discard('is not a relation cache');
    const entries = new Map<string, readonly object[]>();
    if (header === 'stale') return { entries };
    for (let n = 2, line = lines.next(); !line.done; n += 1, line = lines.next()) {
      const entry = readEntryLine(line.value);
      if (!entry || !Array.isArray(entry.value) || !entry.value.every(isRecord)) return discard(`is damaged (line ${n})`);
      entries.set(entry.key, entry.value);
    }
    return { entries };
  } catch {
    // No file (a first build) or none that can be read: nothing cached.
    return { entries: new Map() };
  } finally {
    lines?.return(undefined);
  }
}
