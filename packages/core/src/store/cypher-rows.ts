/**
 * The graph as Cypher sees it, engine-neutral: a KnowledgeGraph or graph.json's
 * parsed JSON in, plain rows out (entities, relations, documents, mentions). The embedded engine and the
 * Neo4j sync both load these rows, so the two schemas stay alike.
 *
 * Labels and relationship types are checked against the closed vocabularies
 * here, once: everything downstream may interpolate `type` into a statement.
 */
import { KgraphError } from '../errors.js';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/attributes.js';
import type { KnowledgeGraph } from '../io/graph-json.js';
import { isEntityType, type EntityType } from '../vocabulary/entity-types.js';
import { isRelationType, type RelationType } from '../vocabulary/relation-types.js';

/** An entity node: labelled by `type` in both engines. */
export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  /** The share of the mentions whose own tag agrees with `type`; null for concepts. */
  typeConfidence: number | null;
  aliases: string[];
  roles: string[];
  mentions: number;
  documentCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
}

/** A relation: relationship type `type`; evidence is two aligned lists (sentence i comes from document i). */
export interface RelationRow {
  id: string;
  source: string;
  target: string;
  sourceType: EntityType;
  targetType: EntityType;
  type: RelationType;
  predicate: string;
  plover: string | null;
  basis: string;
  modality: string;
  weight: number;
  confidence: number;
  evidence: string[];
  evidenceDocIds: string[];
  documents: string[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface DocumentRow {
  id: string;
  title: string;
  source: string;
  url: string | null;
  published: string | null;
}

/** (:Document)-[:MENTIONS]->(entity). */
export interface MentionRow {
  documentId: string;
  entityId: string;
  entityType: EntityType;
}

export interface CypherRows {
  entities: EntityRow[];
  relations: RelationRow[];
  documents: DocumentRow[];
  mentions: MentionRow[];
}

/** Property names per kind, in the order the embedded tables declare them. */
export const ENTITY_PROPERTIES = [
  'id', 'name', 'type', 'typeConfidence', 'aliases', 'roles', 'mentions', 'documentCount', 'firstSeen', 'lastSeen',
  'degree', 'pagerank', 'betweenness', 'community',
] as const satisfies readonly (keyof EntityRow)[];

export const RELATION_PROPERTIES = [
  'id', 'type', 'predicate', 'plover', 'basis', 'modality', 'weight', 'confidence', 'evidence', 'evidenceDocIds', 'documents', 'firstSeen', 'lastSeen',
] as const satisfies readonly (keyof RelationRow)[];

export const DOCUMENT_PROPERTIES = ['id', 'title', 'source', 'url', 'published'] as const satisfies readonly (keyof DocumentRow)[];

const finite = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The serialized graph (graph.json's shape) rows are made from. */
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Converts a build into rows; throws a KgraphError naming the node or edge whose type is outside the vocabulary. */
export function graphToCypherRows(graph: KnowledgeGraph): CypherRows {
  return serializedGraphToCypherRows(graph.export());
}

/**
 * Rows straight from graph.json's parsed JSON, in the order graphology would
 * iterate it, without building the graph first: the query cache needs no
 * graph, and importing one costs more than the rows themselves.
 */
export function serializedGraphToCypherRows(graph: SerializedKnowledgeGraph): CypherRows {
  const entities: EntityRow[] = [];
  const mentions: MentionRow[] = [];
  const typeOf = new Map<string, EntityType>();
  for (const { key: id, attributes = {} as NodeAttributes } of graph.nodes) {
    const type: unknown = attributes.type;
    if (!isEntityType(type)) {
      throw new KgraphError(`node "${id}" has type ${JSON.stringify(type)}, which is not an entity type.`);
    }
    if (typeOf.has(id)) throw new KgraphError(`node "${id}" appears twice.`);
    typeOf.set(id, type);
    const documents = texts(attributes.documents);
    entities.push({
      id,
      name: text(attributes.label) || id,
      type,
      typeConfidence: typeof attributes.typeConfidence === 'number' && Number.isFinite(attributes.typeConfidence) ? attributes.typeConfidence : null,
      aliases: texts(attributes.aliases),
      roles: texts(attributes.roles),
      mentions: Math.round(finite(attributes.mentions)),
      documentCount: documents.length,
      firstSeen: optionalText(attributes.firstSeen),
      lastSeen: optionalText(attributes.lastSeen),
      degree: finite(attributes.degree),
      pagerank: finite(attributes.pagerank),
      betweenness: finite(attributes.betweenness),
      community: Math.round(finite(attributes.community, -1)),
    });
    for (const documentId of documents) mentions.push({ documentId, entityId: id, entityType: type });
  }

  const relations: RelationRow[] = [];
  graph.edges.forEach(({ key, source, target, attributes = {} as EdgeAttributes }, index) => {
    // graphology names an edge without a key by its position.
    const id = key ?? `geid_${index}`;
    const type: unknown = attributes.type;
    if (!isRelationType(type)) {
      throw new KgraphError(`edge "${id}" has type ${JSON.stringify(type)}, which is not a relation type.`);
    }
    const sourceType = typeOf.get(source);
    const targetType = typeOf.get(target);
    if (!sourceType || !targetType) throw new KgraphError(`edge "${id}" joins "${sourceType ? target : source}", which is not a node.`);
    const evidence = Array.isArray(attributes.evidence) ? attributes.evidence : [];
    relations.push({
      id,
      source,
      target,
      sourceType,
      targetType,
      type,
      predicate: text(attributes.predicate),
      plover: optionalText(attributes.plover),
      basis: text(attributes.basis),
      modality: text(attributes.modality),
      weight: finite(attributes.weight, 1),
      confidence: finite(attributes.confidence, 1),
      evidence: evidence.map((item) => text(item?.sentence)),
      evidenceDocIds: evidence.map((item) => text(item?.docId)),
      documents: texts(attributes.documents),
      firstSeen: optionalText(attributes.firstSeen),
      lastSeen: optionalText(attributes.lastSeen),
    });
  });

  const known = new Set<string>();
  const documents: DocumentRow[] = [];
  const graphDocuments: unknown = graph.attributes?.documents;
  for (const info of Array.isArray(graphDocuments) ? (graphDocuments as { id?: unknown; title?: unknown; source?: unknown; url?: unknown; published?: unknown }[]) : []) {
    if (!info || typeof info.id !== 'string' || known.has(info.id)) continue;
    known.add(info.id);
    documents.push({
      id: info.id,
      title: text(info.title),
      source: text(info.source),
      url: optionalText(info.url),
      published: optionalText(info.published),
    });
  }
  // A node may cite a document the graph attributes do not list: keep the edge, with a bare Document.
  for (const mention of mentions) {
    if (known.has(mention.documentId)) continue;
    known.add(mention.documentId);
    documents.push({ id: mention.documentId, title: '', source: '', url: null, published: null });
  }
  return { entities, relations, documents, mentions };
}

/** How many rows of each kind: what a load reports and what tests compare. */
export interface CypherCounts {
  entities: number;
  relations: number;
  documents: number;
  mentions: number;
}

export function countRows(rows: CypherRows): CypherCounts {
  return {
    entities: rows.entities.length,
    relations: rows.relations.length,
    documents: rows.documents.length,
    mentions: rows.mentions.length,
  };
}
