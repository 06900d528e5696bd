/**
 * Entities, mentions and relation candidates → the knowledge graph: one node
 * per entity, one edge per (source, type, target) with its weight, confidence
 * and capped evidence. Metrics and layout are added by analyze.ts.
 */
import type { SourceDocument } from '../ingest/document.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../io/graph-json.js';
import type { RelationCandidate } from '../relate/relation.js';
import type { Entity, ResolvedMention } from '../resolve/entity.js';
import { ENTITY_TYPE_COLORS } from '../vocabulary/entity-types.js';
import { MODALITIES, ploverCode, RELATION_BASES } from '../vocabulary/relation-types.js';
import type { DocumentInfo, Evidence } from './attributes.js';
import { round } from './random.js';

export interface AssembleOptions {
  name: string;
  generator: string;
  /** Evidence sentences kept per node and per edge. */
  evidenceLimit: number;
  /** RELATED_TO edges need at least this many sentences. */
  minCooccurrence: number;
}

export interface SentenceLocator {
  (docId: string, sentence: number): Evidence;
}

export function edgeKey(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/**
 * The edge a relation joins. A stated but untyped relation ("A acquired B": RELATED_TO read off the
 * sentence, with its verb as predicate) is an edge of its own, apart from the two being named together,
 * so that its basis, predicate, direction and evidence are not lost in the co-occurrence count.
 */
function groupKey(relation: RelationCandidate): string {
  const key = edgeKey(relation.source, relation.type, relation.target);
  return relation.type === 'RELATED_TO' && relation.basis !== 'cooccurrence' ? `${key}|stated` : key;
}

export function assembleGraph(
  documents: readonly SourceDocument[],
  entities: readonly Entity[],
  mentions: readonly ResolvedMention[],
  relations: readonly RelationCandidate[],
  locate: SentenceLocator,
  options: AssembleOptions,
): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const documentInfo: DocumentInfo[] = documents.map((d) => ({
    id: d.id,
    title: d.title,
    source: d.source,
    ...(d.url ? { url: d.url } : {}),
    ...(d.published ? { published: d.published } : {}),
  }));
  graph.replaceAttributes({ name: options.name, generator: options.generator, documents: documentInfo });
  const dateOf = new Map(documents.map((d) => [d.id, d.published]));
  const order = new Map(documents.map((d, i) => [d.id, i]));

  const place: Placing = { locate, order, dateOf, evidenceLimit: options.evidenceLimit };
  addEntityNodes(graph, entities, mentions, place);
  addRelationEdges(graph, relations, options.minCooccurrence, place);
  return graph;
}

/** What placing evidence and dates needs: where sentences are, the documents' order and dates, how much to keep. */
interface Placing {
  locate: SentenceLocator;
  order: ReadonlyMap<string, number>;
  dateOf: ReadonlyMap<string, string | undefined>;
  evidenceLimit: number;
}

/** A node per entity with mentions (anaphors aside), in key order. */
function addEntityNodes(graph: KnowledgeGraph, entities: readonly Entity[], mentions: readonly ResolvedMention[], { locate, order, dateOf, evidenceLimit }: Placing): void {
  const byEntity = new Map<string, ResolvedMention[]>();
  for (const mention of mentions) {
    if (mention.anaphor) continue;
    const list = byEntity.get(mention.entity) ?? [];
    list.push(mention);
    byEntity.set(mention.entity, list);
  }
  for (const entity of [...entities].sort((a, b) => a.key.localeCompare(b.key))) {
    const own = byEntity.get(entity.key) ?? [];
    if (!own.length) continue;
    const docIds = [...new Set(own.map((m) => m.docId))];
    graph.addNode(entity.key, {
      label: entity.label,
      type: entity.type,
      ...(entity.typeConfidence === undefined ? {} : { typeConfidence: entity.typeConfidence }),
      aliases: entity.aliases,
      mentions: own.length,
      documents: [...docIds].sort(),
      ...dateRange(docIds, dateOf),
      ...(entity.roles.length ? { roles: entity.roles } : {}),
      evidence: evidenceOf(own.map((m) => [m.docId, m.sentence] as const), locate, order, evidenceLimit),
      degree: 0,
      pagerank: 0,
      betweenness: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 1,
      color: ENTITY_TYPE_COLORS[entity.type],
    });
  }
}

/** An edge per group of relations between two nodes, but co-occurrences seen in fewer than `minCooccurrence` sentences; in key order. */
function addRelationEdges(graph: KnowledgeGraph, relations: readonly RelationCandidate[], minCooccurrence: number, { locate, order, dateOf, evidenceLimit }: Placing): void {
  // Most groups are pairs named together in one sentence, below the co-occurrence threshold: they are left out
  // before the survivors are sorted by key, not after all are.
  const edges: { key: string; list: RelationCandidate[]; sentences: (readonly [string, number])[] }[] = [];
  for (const [key, list] of relationGroups(graph, relations)) {
    const cooccurrence = list[0]!.type === 'RELATED_TO' && list[0]!.basis === 'cooccurrence';
    // A group has no more sentences than relations: one with too few relations needs no counting.
    if (cooccurrence && list.length < minCooccurrence) continue;
    const sentences = uniqueSentences(list);
    if (cooccurrence && sentences.length < minCooccurrence) continue;
    edges.push({ key, list, sentences });
  }
  edges.sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const { key, list, sentences } of edges) {
    const { source, target, type } = list[0]!;
    const docIds = [...new Set(list.map((r) => r.docId))];
    // Confidence grows with independent sentences: 1 − Π(1 − best confidence in each sentence).
    const bestPerSentence = new Map<string, number>();
    for (const r of list) {
      const id = `${r.docId}#${r.sentence}`;
      bestPerSentence.set(id, Math.max(bestPerSentence.get(id) ?? 0, r.confidence));
    }
    const confidence = 1 - [...bestPerSentence.values()].reduce((p, c) => p * (1 - c), 1);
    const modality = strongest(MODALITIES, list.map((r) => r.modality));
    const predicate = mostFrequent(list.map((r) => r.predicate));
    const plover = ploverCode(type, modality, predicate, graph.getNodeAttribute(target, 'type'));
    graph.addDirectedEdgeWithKey(key, source, target, {
      type,
      predicate,
      ...(plover ? { plover } : {}),
      basis: strongest(RELATION_BASES, list.map((r) => r.basis)),
      modality,
      weight: sentences.length,
      confidence: round(Math.min(0.99, confidence), 3),
      evidence: evidenceOf(sentences, locate, order, evidenceLimit),
      documents: [...docIds].sort(),
      ...dateRange(docIds, dateOf),
      size: 1,
      color: type === 'RELATED_TO' ? '#c8c8c8' : '#6f6f6f',
    });
  }
}

/**
 * The relations between two nodes of `graph`, by the edge they make (its group key), each group in the order its
 * relations came; the groups in no particular order, as the caller sorts the edges by key. Grouped by their ends
 * and kind rather than by the key as a string, which would be made and hashed afresh for each of the many
 * co-occurrences; a group's key is made once.
 */
function relationGroups(graph: KnowledgeGraph, relations: readonly RelationCandidate[]): Map<string, RelationCandidate[]> {
  const bySource = new Map<string, Map<string, Map<string, RelationCandidate[]>>>();
  for (const relation of relations) {
    if (!graph.hasNode(relation.source) || !graph.hasNode(relation.target)) continue;
    let byTarget = bySource.get(relation.source);
    if (!byTarget) bySource.set(relation.source, (byTarget = new Map()));
    let byKind = byTarget.get(relation.target);
    if (!byKind) byTarget.set(relation.target, (byKind = new Map()));
    const kind = relation.type === 'RELATED_TO' && relation.basis !== 'cooccurrence' ? STATED_RELATED : relation.type;
    const list = byKind.get(kind);
    if (list) list.push(relation);
    else byKind.set(kind, [relation]);
  }
  const grouped = new Map<string, RelationCandidate[]>();
  for (const byTarget of bySource.values()) for (const byKind of byTarget.values()) for (const list of byKind.values()) grouped.set(groupKey(list[0]!), list);
  return grouped;
}

/** The kind of a stated but untyped relation, apart from RELATED_TO co-occurrences (groupKey). */
const STATED_RELATED = 'RELATED_TO stated';

function uniqueSentences(list: readonly RelationCandidate[]): (readonly [string, number])[] {
  const seen = new Set<string>();
  const out: (readonly [string, number])[] = [];
  for (const r of list) {
    const id = `${r.docId}#${r.sentence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push([r.docId, r.sentence]);
  }
  return out;
}

function evidenceOf(
  places: readonly (readonly [string, number])[],
  locate: SentenceLocator,
  order: ReadonlyMap<string, number>,
  limit: number,
): Evidence[] {
  const unique = new Map<string, readonly [string, number]>();
  for (const place of places) unique.set(`${place[0]}#${place[1]}`, place);
  return [...unique.values()]
    .sort((a, b) => order.get(a[0])! - order.get(b[0])! || a[1] - b[1])
    .slice(0, limit)
    .map(([docId, sentence]) => locate(docId, sentence));
}

function dateRange(docIds: readonly string[], dateOf: ReadonlyMap<string, string | undefined>): { firstSeen?: string; lastSeen?: string } {
  const dates = docIds.map((id) => dateOf.get(id)).filter((d): d is string => Boolean(d)).sort();
  return dates.length ? { firstSeen: dates[0], lastSeen: dates[dates.length - 1] } : {};
}

/** The first of `order` that occurs in `values`: lists are ordered strongest first. */
function strongest<T>(order: readonly T[], values: readonly T[]): T {
  return order.find((value) => values.includes(value)) ?? values[0];
}

function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
