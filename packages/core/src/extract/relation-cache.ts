/**
 * The relation cache of a build folder, so that a rebuild reads again only
 * the documents and sentences whose inputs changed. A document's anaphors
 * are a function of its text (through its extraction), its mentions and
 * their entities' types, and a sentence's stated relations of its document's text
 * and the sentence's mentions (anaphors included) and their types; a
 * document added elsewhere in the corpus can change those ("Tessel" joining
 * "Karo Tessel", a word becoming a concept). A document's concept candidates
 * (resolve/concept-candidates.ts) are a function of its text and of which
 * tokens its names take, which markup elsewhere can change. Each is kept under a hash of
 * exactly those inputs, in a file with the
 * extraction cache's shape (extract/cache-file.ts) under a fingerprint of the
 * code that makes them. A file that is not ours, or any line that fails its
 * checksum, discards the whole cache (with one warning); one made by other
 * code is set aside without a word. Lines are parsed only when asked for, and
 * one that is not a list of its document's records is made afresh.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/write-outputs.js';
import type { Mention } from '../nlp/mentions.js';
import type { RelationCandidate } from '../relate/relation.js';
import type { DocumentCandidates } from '../resolve/concept-candidates.js';
import type { ResolvedMention } from '../resolve/entity.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { checkedEntryBytes, checkHeader, entryLine, headerLine, isRecord, parsedJson, type CacheHeader } from './cache-file.js';
import { readLineBytes } from './line-bytes.js';

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
  /** The concept candidates of `document` whose names are `names`: kept from an earlier build, else made by `read` and kept. */
  candidates(document: CachedDocument, names: readonly Mention[], read: () => DocumentCandidates): DocumentCandidates;
}

export interface OpenedRelationCache {
  /** `save` writes exactly the entries this build used or made. */
  cache: RelationCache & { save(): void };
  /** Set when a cache file was there but could not be trusted. */
  warning?: string;
}

/** What an entry holds: a document's anaphors, the relations of one of its sentences, or its concept candidates. */
type Kind = 'anaphors' | `relations ${number}` | 'candidates';

/** Opens the relation cache of build folder `dir` for the code with this fingerprint. */
export function openRelationCache(dir: string, fingerprint: string): OpenedRelationCache {
  const path = join(dir, RELATION_CACHE_FILE);
  const read = readCacheFile(path, fingerprint);
  // Each entry as its line, so that what is kept costs its bytes (or a string) rather than its objects, and is written as read.
  const kept = new Map<string, Buffer | string>();
  // A document's text is hashed once, not for each of its sentences.
  const textKeys = new WeakMap<CachedDocument, string>();
  const textKeyOf = (document: CachedDocument) => {
    let key = textKeys.get(document);
    if (key === undefined) textKeys.set(document, (key = createHash('sha256').update(document.text).digest('hex')));
    return key;
  };
  function remembered<T extends { docId: string }>(kind: Kind, document: CachedDocument, inputs: string, find: () => T[]): T[] {
    const key = inputKey(kind, document.id, textKeyOf(document), inputs);
    const line = read.lines.get(key);
    const earlier = line === undefined ? undefined : entryOf<T>(line, document.id);
    if (earlier) {
      kept.set(key, line!);
      return earlier;
    }
    const found = find();
    kept.set(key, entryLine(key, JSON.stringify(found)).slice(0, -1));
    return found;
  }
  const mentionInputs = (mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>) => `${JSON.stringify(mentions)}\0${JSON.stringify([...types])}`;
  const cache = {
    anaphors: (document: CachedDocument, own: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => ResolvedMention[]) =>
      remembered('anaphors', document, mentionInputs(own, types), find),
    relations: (document: CachedDocument, sentence: number, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => RelationCandidate[]) =>
      remembered(`relations ${sentence}`, document, mentionInputs(mentions, types), find),
    // Of the names, candidates read only which tokens they take.
    candidates: (document: CachedDocument, names: readonly Mention[], read: () => DocumentCandidates) =>
      remembered('candidates', document, names.map((name) => `${name.sentence} ${name.tokenStart} ${name.tokenEnd}`).join(','), () => [read()])[0]!,
    save: () => writeFileAtomic(path, cacheLines(kept, fingerprint)),
  };
  return read.warning ? { cache, warning: read.warning } : { cache };
}

/** A hash of everything an entry is made from, besides the code: its kind, its document and `inputs`, what it reads of the rest of the corpus. */
function inputKey(kind: Kind, id: string, textKey: string, inputs: string): string {
  return createHash('sha256').update(`${kind}\0${id}\0${textKey}\0${inputs}`).digest('hex').slice(0, 32);
}

/** The file a line at a time, keys ascending, so equal entries give equal files. */
function* cacheLines(lines: ReadonlyMap<string, Buffer | string>, fingerprint: string): Generator<Buffer | string> {
  yield headerLine(headerOf(fingerprint));
  for (const key of [...lines.keys()].sort()) {
    yield lines.get(key)!;
    yield '\n';
  }
}

/**
 * The items a line holds, where they are records of document `docId`: anything else under a key of its
 * inputs would be a collision or a forgery, and is made afresh.
 */
function entryOf<T>(line: Buffer, docId: string): T[] | undefined {
  const items = parsedJson(line.subarray(line.indexOf(TAB, line.indexOf(TAB) + 1) + 1));
  return Array.isArray(items) && items.every((item) => isRecord(item) && item.docId === docId) ? (items as T[]) : undefined;
}

const TAB = 9;

interface CacheRead {
  /** Each entry's line, as bytes, its checksum checked; decoded and parsed only when a build asks for it. */
  lines: Map<string, Buffer>;
  warning?: string;
}

function readCacheFile(path: string, fingerprint: string): CacheRead {
  let lines: Generator<Buffer> | undefined;
  try {
    lines = readLineBytes(path);
    const discard = (why: string): CacheRead => ({ lines: new Map(), warning: `${path} ${why}; relating every document again` });
    const first = lines.next();
    const header = checkHeader(first.done ? undefined : first.value.toString('utf8'), headerOf(fingerprint));
    if (header === 'foreign') return discard('is not a relation cache');
    const read: CacheRead = { lines: new Map() };
    if (header === 'stale') return read;
    for (let n = 2, line = lines.next(); !line.done; n += 1, line = lines.next()) {
      const entry = checkedEntryBytes(line.value);
      if (!entry) return discard(`is damaged (line ${n})`);
      read.lines.set(entry.key, line.value);
    }
    return read;
  } catch {
    // No file (a first build) or none that can be read: nothing cached.
    return { lines: new Map() };
  } finally {
    lines?.return(undefined);
  }
}
