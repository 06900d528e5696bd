import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../ingest/document.js';
import { formatGraphJson } from '../io/graph-json.js';
import type { RelationCandidate } from '../relate/relation.js';
import type { Entity, ResolvedMention } from '../resolve/entity.js';
import { assembleGraph } from './assemble.js';

const documents: SourceDocument[] = [
  { id: 'd1', title: 'One', text: 'Alba met Brenn. Alba met Brenn again. Corva hosted Alba.', source: 'one.txt' },
  { id: 'd2', title: 'Two', text: 'Brenn and Corva met.', source: 'two.txt' },
];

const entity = (key: string, label: string): Entity => ({ key, label, type: 'Person', aliases: [], roles: [] });
const entities = [entity('person/alba', 'Alba'), entity('person/brenn', 'Brenn'), entity('person/corva', 'Corva')];

const mention = (entity: string, docId: string, sentence: number): ResolvedMention => ({
  entity,
  docId,
  sentence,
  tokenStart: 0,
  tokenEnd: 1,
  start: 0,
  end: 4,
  text: entity,
  anaphor: false,
});
const mentions = [mention('person/alba', 'd1', 0), mention('person/brenn', 'd1', 0), mention('person/corva', 'd1', 2), mention('person/brenn', 'd2', 0), mention('person/corva', 'd2', 0)];

const relation = (source: string, target: string, type: RelationCandidate['type'], basis: RelationCandidate['basis'], docId: string, sentence: number, predicate = ''): RelationCandidate => ({
  source,
  target,
  type,
  predicate,
  confidence: basis === 'cooccurrence' ? 0.3 : 0.8,
  basis,
  modality: 'asserted',
  docId,
  sentence,
});

// Co-occurrences (one below the threshold of 2), a stated RELATED_TO beside the co-occurrence of the same pair, a typed relation.
const relations: RelationCandidate[] = [
  relation('person/alba', 'person/brenn', 'RELATED_TO', 'cooccurrence', 'd1', 0),
  relation('person/alba', 'person/brenn', 'RELATED_TO', 'cooccurrence', 'd1', 1),
  relation('person/alba', 'person/brenn', 'RELATED_TO', 'syntax', 'd1', 0, 'meet'),
  relation('person/alba', 'person/brenn', 'RELATED_TO', 'syntax', 'd1', 1, 'meet'),
  relation('person/corva', 'person/alba', 'HOSTS', 'syntax', 'd1', 2, 'host'),
  relation('person/brenn', 'person/corva', 'RELATED_TO', 'cooccurrence', 'd2', 0),
];

const locate = (docId: string, sentence: number) => ({ docId, sentence: `sentence ${sentence}`, start: 0, end: 1 });
const assemble = (list: readonly RelationCandidate[]) =>
  assembleGraph(documents, entities, mentions, list, locate, { name: 'test', generator: 'test', evidenceLimit: 5, minCooccurrence: 2 });

describe('assembleGraph', () => {
  it('makes one edge per pair, type and basis, and leaves out co-occurrences below the threshold', () => {
    expect(assemble(relations).edges()).toEqual(['person/alba|RELATED_TO|person/brenn', 'person/alba|RELATED_TO|person/brenn|stated', 'person/corva|HOSTS|person/alba']);
  });

  it('assembles the same graph, byte for byte, whatever order the relations come in', () => {
    expect(formatGraphJson(assemble([...relations].reverse()))).toBe(formatGraphJson(assemble(relations)));
  });
});
