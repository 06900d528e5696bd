/**
 * The embedded (Kuzu) schema and load statements, as pure functions: rows in,
 * statement text + parameters out. Kuzu needs a table per label, so every
 * entity type is a node table (`MATCH (c:Country)` works) and every relation
 * type a relationship table with one FROM/TO pair per pair of entity types
 * that occurs in the build (`MATCH (a)-[:MEDIATES]->(b)` spans them all).
 * Only pairs that occur are declared: Kuzu allocates storage per non-empty
 * pair, and all 100 pairs × 18 types costs seconds and hundreds of MB.
 *
 * Table names come only from the closed vocabularies (checked in
 * graphToCypherRows); every value travels as a parameter.
 */
import { ENTITY_TYPES, type EntityType } from '../vocabulary/entity-types.js';
import { RELATION_TYPES, type RelationType } from '../vocabulary/relation-types.js';
import type { CypherRows, DocumentRow, EntityRow, MentionRow, RelationRow } from './cypher-rows.js';
import { groupBy } from '../util/group-by.js';

export interface KuzuStatement {
  text: string;
  params?: Record<string, unknown>;
}

/** Label of the documents' node table and type of their mention relationship. */
export const DOCUMENT_LABEL = 'Document';
export const MENTIONS_TYPE = 'MENTIONS';

const ENTITY_COLUMNS = [
  'id STRING PRIMARY KEY', 'name STRING', 'type STRING', 'aliases STRING[]', 'roles STRING[]', 'mentions INT64',
  'documentCount INT64', 'firstSeen STRING', 'lastSeen STRING', 'degree DOUBLE', 'pagerank DOUBLE',
  'betweenness DOUBLE', 'community INT64',
].join(', ');
const RELATION_COLUMNS = [
  'id STRING', 'type STRING', 'predicate STRING', 'plover STRING', 'basis STRING',
  'modality STRING', 'weight DOUBLE', 'confidence DOUBLE', 'evidence STRING[]',
  'evidenceDocIds STRING[]', 'documents STRING[]', 'firstSeen STRING', 'lastSeen STRING',
].join(', ');
const DOCUMENT_COLUMNS = 'id STRING PRIMARY KEY, title STRING, source STRING, url STRING, published STRING';

// ---------------------------------------------------------------------------
// Parameter encoding. Kuzu's Node binding infers a parameter's type from its
// first value: an empty list crashes or becomes NULL, and a list of numbers
// whose first is whole is read as INT64 (0.5 then turns into garbage). So
// lists carry a leading '' that the statement drops (`[2:]`) and doubles
// travel as text that the statement casts.
// ---------------------------------------------------------------------------
const list = (items: readonly string[]): string[] => ['', ...items];
const double = (value: number): string => String(value);

function entityParam(row: EntityRow): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: list(row.aliases),
    roles: list(row.roles),
    mentions: row.mentions,
    documentCount: row.documentCount,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    degree: double(row.degree),
    pagerank: double(row.pagerank),
    betweenness: double(row.betweenness),
    community: row.community,
  };
}

function relationParam(row: RelationRow): Record<string, unknown> {
  return {
    source: row.source,
    target: row.target,
    id: row.id,
    type: row.type,
    predicate: row.predicate,
    plover: row.plover,
    basis: row.basis,
    modality: row.modality,
    weight: double(row.weight),
    confidence: double(row.confidence),
    evidence: list(row.evidence),
    evidenceDocIds: list(row.evidenceDocIds),
    documents: list(row.documents),
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
  };
}

function documentParam(row: DocumentRow): Record<string, unknown> {
  return { id: row.id, title: row.title, source: row.source, url: row.url, published: row.published };
}

const ENTITY_PROJECTION =
  'row.id, row.name, row.type, row.aliases[2:], row.roles[2:], row.mentions, row.documentCount, ' +
  'CAST(row.firstSeen AS STRING), CAST(row.lastSeen AS STRING), CAST(row.degree AS DOUBLE), ' +
  'CAST(row.pagerank AS DOUBLE), CAST(row.betweenness AS DOUBLE), row.community';
const RELATION_PROJECTION =
  'row.source, row.target, row.id, row.type, row.predicate, CAST(row.plover AS STRING), row.basis, row.modality, ' +
  'CAST(row.weight AS DOUBLE), CAST(row.confidence AS DOUBLE), ' +
  'row.evidence[2:], row.evidenceDocIds[2:], row.documents[2:], CAST(row.firstSeen AS STRING), ' +
  'CAST(row.lastSeen AS STRING)';
const DOCUMENT_PROJECTION =
  'row.id, row.title, row.source, CAST(row.url AS STRING), CAST(row.published AS STRING)';

type Pair = readonly [EntityType, EntityType];

/** The FROM/TO pairs each relation type needs, in vocabulary order (deterministic DDL). */
function relationPairs(relations: readonly RelationRow[]): Map<RelationType, Pair[]> {
  const seen = new Set(relations.map((r) => `${r.type}|${r.sourceType}|${r.targetType}`));
  const pairs = new Map<RelationType, Pair[]>();
  for (const type of RELATION_TYPES) {
    const list: Pair[] = [];
    for (const from of ENTITY_TYPES) for (const to of ENTITY_TYPES) if (seen.has(`${type}|${from}|${to}`)) list.push([from, to]);
    // A type with no edges still gets a table, so querying it gives no rows rather than an error.
    pairs.set(type, list.length ? list : [['Other', 'Other']]);
  }
  return pairs;
}

function mentionTargets(mentions: readonly MentionRow[]): EntityType[] {
  const seen = new Set(mentions.map((m) => m.entityType));
  const targets = ENTITY_TYPES.filter((type) => seen.has(type));
  return targets.length ? targets : ['Other'];
}

/** CREATE statements for every table the rows need. */
export function kuzuSchemaStatements(rows: CypherRows): KuzuStatement[] {
  const statements: KuzuStatement[] = [];
  for (const type of ENTITY_TYPES) statements.push({ text: `CREATE NODE TABLE ${type}(${ENTITY_COLUMNS})` });
  statements.push({ text: `CREATE NODE TABLE ${DOCUMENT_LABEL}(${DOCUMENT_COLUMNS})` });
  for (const [type, pairs] of relationPairs(rows.relations)) {
    const ends = pairs.map(([from, to]) => `FROM ${from} TO ${to}`).join(', ');
    statements.push({ text: `CREATE REL TABLE ${type}(${ends}, ${RELATION_COLUMNS})` });
  }
  const mentionEnds = mentionTargets(rows.mentions).map((to) => `FROM ${DOCUMENT_LABEL} TO ${to}`).join(', ');
  statements.push({ text: `CREATE REL TABLE ${MENTIONS_TYPE}(${mentionEnds})` });
  return statements;
}

/** Bulk COPY statements that fill the tables: one per label and one per (relation type, FROM, TO). */
export function kuzuLoadStatements(rows: CypherRows): KuzuStatement[] {
  const statements: KuzuStatement[] = [];
  const entitiesByType = groupBy(rows.entities, (row) => row.type);
  for (const type of ENTITY_TYPES) {
    const group = entitiesByType.get(type);
    if (!group) continue;
    statements.push({
      text: `COPY ${type} FROM (UNWIND $rows AS row RETURN ${ENTITY_PROJECTION})`,
      params: { rows: group.map(entityParam) },
    });
  }
  if (rows.documents.length) {
    statements.push({
      text: `COPY ${DOCUMENT_LABEL} FROM (UNWIND $rows AS row RETURN ${DOCUMENT_PROJECTION})`,
      params: { rows: rows.documents.map(documentParam) },
    });
  }
  const pairs = relationPairs(rows.relations);
  const relationsByPair = groupBy(rows.relations, (r) => `${r.type}|${r.sourceType}|${r.targetType}`);
  for (const [type, typePairs] of pairs) {
    for (const [from, to] of typePairs) {
      const group = relationsByPair.get(`${type}|${from}|${to}`);
      if (!group) continue;
      statements.push({
        text: `COPY ${type} FROM (UNWIND $rows AS row RETURN ${RELATION_PROJECTION}) (from='${from}', to='${to}')`,
        params: { rows: group.map(relationParam) },
      });
    }
  }
  const mentionsByType = groupBy(rows.mentions, (m) => m.entityType);
  for (const to of mentionTargets(rows.mentions)) {
    const group = mentionsByType.get(to);
    if (!group) continue;
    statements.push({
      text: `COPY ${MENTIONS_TYPE} FROM (UNWIND $rows AS row RETURN row.documentId, row.entityId) (from='${DOCUMENT_LABEL}', to='${to}')`,
      params: { rows: group.map((m) => ({ documentId: m.documentId, entityId: m.entityId })) },
    });
  }
  return statements;
}

/** Every label and relationship type the embedded database knows, for error messages. */
export const EMBEDDED_LABELS: readonly string[] = [...ENTITY_TYPES, DOCUMENT_LABEL];
export const EMBEDDED_RELATIONSHIP_TYPES: readonly string[] = [...RELATION_TYPES, MENTIONS_TYPE];
