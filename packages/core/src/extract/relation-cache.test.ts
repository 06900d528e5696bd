import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationCandidate } from '../relate/relation.js';
import type { Mention } from '../nlp/mentions.js';
import type { DocumentCandidates } from '../resolve/concept-candidates.js';
import type { ResolvedMention } from '../resolve/entity.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { openRelationCache, RELATION_CACHE_FILE } from './relation-cache.js';

const document = { id: 'valdoria-1', text: 'Karo Tessel visited Kessel.' };
const mention = (entity: string, tokenStart: number, tokenEnd: number, start: number, end: number, text: string): ResolvedMention => ({
  entity,
  docId: document.id,
  sentence: 0,
  tokenStart,
  tokenEnd,
  start,
  end,
  text,
  anaphor: false,
});
const mentions = [mention('person/karo-tessel', 0, 2, 0, 11, 'Karo Tessel'), mention('city/kessel', 3, 4, 20, 26, 'Kessel')];
const visit: RelationCandidate = { source: 'person/karo-tessel', target: 'city/kessel', type: 'VISITS', predicate: 'visit', confidence: 0.8, basis: 'syntax', modality: 'asserted', docId: document.id, sentence: 0 };
const types = (kessel: EntityType) => new Map<string, EntityType>([['person/karo-tessel', 'Person'], ['city/kessel', kessel]]);

describe('openRelationCache', () => {
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kgraph-relations-'));
    folders.push(dir);
    return dir;
  };
  afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** The relations a fresh opening of `dir` gives, and how often it had to find them. */
  const relationsIn = (dir: string, kessel: EntityType, fingerprint = 'code') => {
    const { cache, warning } = openRelationCache(dir, fingerprint);
    let found = 0;
    const relations = cache.relations(document, 0, mentions, types(kessel), () => (found += 1, [visit]));
    cache.save();
    return { relations, found, warning };
  };

  it('gives a document\'s relations from the file while its text, mentions and their types are unchanged', () => {
    const dir = folder();
    expect(relationsIn(dir, 'City').found).toBe(1);
    expect(relationsIn(dir, 'City')).toEqual({ relations: [visit], found: 0, warning: undefined });
  });

  it('finds them again when a type of one of its entities changed, or the code did', () => {
    const dir = folder();
    relationsIn(dir, 'City');
    expect(relationsIn(dir, 'Organization').found).toBe(1);
    expect(relationsIn(dir, 'Organization', 'other code')).toEqual({ relations: [visit], found: 1, warning: undefined });
  });

  it('discards a damaged file with a warning and finds every document\'s relations again', () => {
    const dir = folder();
    relationsIn(dir, 'City');
    const path = join(dir, RELATION_CACHE_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"visit"', '"meet"'));
    expect(relationsIn(dir, 'City')).toEqual({ relations: [visit], found: 1, warning: `${path} is damaged (line 2); relating every document again` });
  });

  /** The concept candidates a fresh opening of `dir` gives for names taking `tokenEnd`, and how often it had to read them. */
  const candidatesIn = (dir: string, tokenEnd: number) => {
    const { cache, warning } = openRelationCache(dir, 'code');
    const names = [{ text: 'Karo Tessel', sentence: 0, tokenStart: 0, tokenEnd }] as unknown as Mention[];
    let read = 0;
    const candidates = cache.candidates(document, names, () => ((read += 1), kessel));
    cache.save();
    return { candidates, read, warning };
  };
  const kessel: DocumentCandidates = { docId: document.id, uses: ['visited', 1, 0, 0, 0], sentences: [[0, 3, 4, 20, 26, 'kessel', 'kessel', 'Kessel']] };

  it('gives a document\'s concept candidates from the file while its text and the tokens its names take are unchanged', () => {
    const dir = folder();
    expect(candidatesIn(dir, 2).read).toBe(1);
    expect(candidatesIn(dir, 2)).toEqual({ candidates: kessel, read: 0, warning: undefined });
    expect(candidatesIn(dir, 1).read).toBe(1);
  });

  it('discards a file whose concept candidates were damaged, with a warning, and reads them again', () => {
    const dir = folder();
    candidatesIn(dir, 2);
    const path = join(dir, RELATION_CACHE_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"visited"', '"visits"'));
    expect(candidatesIn(dir, 2)).toEqual({ candidates: kessel, read: 1, warning: `${path} is damaged (line 2); relating every document again` });
  });
});
