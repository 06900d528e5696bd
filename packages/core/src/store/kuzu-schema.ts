/**
 * The embedded (Kuzu) schema and load statements, as pure functions: rows in,
 * statements and the files they load out. Kuzu needs a table per label, so every
 * entity type is a node table (`MATCH (c:Country)` works) and every relation
 * type a relationship table with one FROM/TO pair per pair of entity types
 * that occurs in the build (`MATCH (a)-[:MEDIATES]->(b)` spans them all).
 * Only pairs that occur are declared: Kuzu allocates storage per non-empty
 * pair, and all 100 pairs × 18 types costs seconds and hundreds of MB.
 *
 * Table names come only from the closed vocabularies (checked in
 * graphToCypherRows); every value travels in a CSV file (kuzu-csv.ts).
 */
import { ENTITY_TYPES, type EntityType } from '../vocabulary/entity-types.js';
import { RELATION_TYPES, type RelationType } from '../vocabulary/relation-types.js';
import { join } from 'node:path';
import type { CypherRows, MentionRow, RelationRow } from './cypher-rows.js';
import { copyFromCsv, csvText, DOCUMENT_CSV, ENTITY_CSV, MENTION_CSV, RELATION_CSV, type CsvColumn } from './kuzu-csv.js';
import { groupBy } from '../util/group-by.js';

export interface KuzuStatement {
  text: string;
  params?: Record<string, unknown>;
}

/** Label of the documents' node table and type of their mention relationship. */
export const DOCUMENT_LABEL = 'Document';
export const MENTIONS_TYPE = 'MENTIONS';

/** A table's column declarations, from the CSV columns that fill it: the tables cannot drift from their files. */
function declare<Row>(columns: readonly CsvColumn<Row>[], primaryKey?: string): string {
  return columns
    .map((c) => `${c.name} ${c.kind === 'list' ? 'STRING[]' : c.type}${c.name === primaryKey ? ' PRIMARY KEY' : ''}`)
    .join(', ');
}
const ENTITY_COLUMNS = declare(ENTITY_CSV, 'id');
// A relationship's file starts with its two ends, which are the table's FROM and TO, not columns.
const RELATION_COLUMNS = declare(RELATION_CSV.slice(2));
const DOCUMENT_COLUMNS = declare(DOCUMENT_CSV, 'id');

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

/** One file to write and the COPY that loads it. */
export interface KuzuLoad {
  /** Where the file goes: a name of its own inside `dir`. */
  file: string;
  /** The file's CSV text, made when it is written, so only one file's text is in memory at a time. */
  text: () => string;
  statement: KuzuStatement;
}

/** The files and bulk COPY statements that fill the tables: one per label and one per (relation type, FROM, TO). */
export function kuzuLoads(rows: CypherRows, dir: string): KuzuLoad[] {
  const loads: KuzuLoad[] = [];
  const add = <Row>(name: string, table: string, columns: readonly CsvColumn<Row>[], group: readonly Row[], ends?: readonly [string, string]) => {
    const file = join(dir, `${name}.csv`);
    loads.push({ file, text: () => csvText(columns, group), statement: { text: copyFromCsv(table, columns, file, ends) } });
  };
  const entitiesByType = groupBy(rows.entities, (row) => row.type);
  for (const type of ENTITY_TYPES) {
    const group = entitiesByType.get(type);
    if (group) add(type, type, ENTITY_CSV, group);
  }
  if (rows.documents.length) add(DOCUMENT_LABEL, DOCUMENT_LABEL, DOCUMENT_CSV, rows.documents);
  const pairs = relationPairs(rows.relations);
  const relationsByPair = groupBy(rows.relations, (r) => `${r.type}|${r.sourceType}|${r.targetType}`);
  for (const [type, typePairs] of pairs) {
    for (const [from, to] of typePairs) {
      const group = relationsByPair.get(`${type}|${from}|${to}`);
      if (group) add(`${type}-${from}-${to}`, type, RELATION_CSV, group, [from, to]);
    }
  }
  const mentionsByType = groupBy(rows.mentions, (m) => m.entityType);
  for (const to of mentionTargets(rows.mentions)) {
    const group = mentionsByType.get(to);
    if (group) add(`${MENTIONS_TYPE}-${to}`, MENTIONS_TYPE, MENTION_CSV, group, [DOCUMENT_LABEL, to]);
  }
  return loads;
}

/** Every label and relationship type the embedded database knows, for error messages. */
export const EMBEDDED_LABELS: readonly string[] = [...ENTITY_TYPES, DOCUMENT_LABEL];
export const EMBEDDED_RELATIONSHIP_TYPES: readonly string[] = [...RELATION_TYPES, MENTIONS_TYPE];
