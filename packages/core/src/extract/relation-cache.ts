/**
 * The relation cache of a build folder, so that a rebuild reads again only
 * the documents and sentences whose inputs changed. A document's anaphors
 * are a function of its text (through its extraction), its mentions and
 * their entities' types, and a sentence's relations of its document's text
 * and the sentence's mentions (anaphors included) and their types; a
 * document added elsewhere in the corpus can change those ("Tessel" joining
 * "Karo Tessel", a word becoming a concept). Each is kept under a hash of
 * exactly those inputs, in a file with the
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
  /** The relations of sentence `sentence` of `document` for these inputs: kept from an earlier build, else made by `find` and kept. */
  relations(document: CachedDocument, sentence: number, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => RelationCandidate[]): RelationCandidate[];
}

export interface OpenedRelationCache {
  /** `save` writes exactly the entries this build used or made. */
  cache: RelationCache & { save(): void };
  /** Set when a cache file was there but could not be trusted. */
  warning?: string;
}

/** What an entry holds: a document's anaphors, or the relations of one of its sentences. */
type Kind = 'anaphors' | `relations ${number}`;

/** Opens the relation cache of build folder `dir` for the code with this fingerprint. */
export function openRelationCache(dir: string, fingerprint: string): OpenedRelationCache {
  const path = join(dir, RELATION_CACHE_FILE);
  const read = readCacheFile(path, fingerprint);
  const kept = new Map<string, readonly object[]>();
  // A document's text is hashed once, not for each of its sentences.
  const textKeys = new WeakMap<CachedDocument, string>();
  const textKeyOf = (document: CachedDocument) => {
    let key = textKeys.get(document);
    if (key === undefined) textKeys.set(document, (key = createHash('sha256').update(document.text).digest('hex')));
    return key;
  };
  function remembered<T extends { docId: string }>(kind: Kind, document: CachedDocument, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => T[]): T[] {
    const key = inputKey(kind, document.id, textKeyOf(document), mentions, types);
    const earlier = read.entries.get(key) as T[] | undefined;
    // An entry of another document under this key would be a collision or a forgery: made afresh.
    const found = earlier?.every((item) => item.docId === document.id) ? earlier : find();
    kept.set(key, found);
    return found;
  }
  const cache = {
    anaphors: (document: CachedDocument, own: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => ResolvedMention[]) =>
      remembered('anaphors', document, own, types, find),
    relations: (document: CachedDocument, sentence: number, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => RelationCandidate[]) =>
      remembered(`relations ${sentence}`, document, mentions, types, find),
    save: () => writeFileAtomic(path, cacheLines(kept, fingerprint, read)),
  };
  return read.warning ? { cache, warning: read.warning } : { cache };
}

/** A hash of everything the anaphors or relations of a document are made from, besides the code. */
function inputKey(kind: Kind, id: string, textKey: string, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>): string {
  return createHash('sha256')
    .update(`${kind}\0${id}\0${textKey}\0${JSON.stringify(mentions)}\0${JSON.stringify([...types])}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * The file a line at a time, keys ascending, so equal entries give equal files. An entry taken from the file is
 * written as it was read (the bytes writing it afresh gives), so a rebuild serialises only what it found anew.
 */
function* cacheLines(entries: ReadonlyMap<string, readonly object[]>, fingerprint: string, read: CacheRead): Generator<string> {
  yield headerLine(headerOf(fingerprint));
  for (const key of [...entries.keys()].sort()) {
    const entry = entries.get(key)!;
    yield entry === read.entries.get(key) ? `${read.lines.get(key)!}\n` : entryLine(key, JSON.stringify(entry));
  }
}

interface CacheRead {
  entries: Map<string, readonly object[]>;
  /** The line each entry was read from. */
  lines: Map<string, string>;
  warning?: string;
}

function readCacheFile(path: string, fingerprint: string): CacheRead {
  let lines: Generator<string> | undefined;
  try {
    lines = readLines(path);
    const discard = (why: string): CacheRead => ({ entries: new Map(), lines: new Map(), warning: `${path} ${why}; relating every document again` });
    const first = lines.next();
    const header = checkHeader(first.done ? undefined : first.value, headerOf(fingerprint));
    if (header === 'foreign') return discard('is not a relation cache');
    const read: CacheRead = { entries: new Map(), lines: new Map() };
    if (header === 'stale') return read;
    for (let n = 2, line = lines.next(); !line.done; n += 1, line = lines.next()) {
      const entry = readEntryLine(line.value);
      if (!entry || !Array.isArray(entry.value) || !entry.value.every(isRecord)) return discard(`is damaged (line ${n})`);
      read.entries.set(entry.key, entry.value);
      read.lines.set(entry.key, line.value);
    }
    return read;
  } catch {
    // No file (a first build) or none that can be read: nothing cached.
    return { entries: new Map(), lines: new Map() };
  } finally {
    lines?.return(undefined);
  }
}
