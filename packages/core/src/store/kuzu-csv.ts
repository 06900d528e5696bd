/**
 * Rows as CSV files for Kuzu's bulk loader, as pure functions: a group of
 * rows in, the file's text out, plus the `COPY … FROM (LOAD FROM 'file' …)`
 * statement that reads it. Loading from files is what COPY is built for
 * (figures against parameter lists in docs/scaling.md).
 *
 * Article text is hostile to CSV, so the encoding is deliberately plain:
 * - every text field is quoted, quotes doubled (RFC 4180); newlines,
 *   backslashes, emoji and right-to-left text pass through as they are, and
 *   the files are read with `parallel=false`, which quoted newlines need;
 * - an empty field reads as NULL, so text that must not be NULL is
 *   `coalesce(…, '')` in the statement;
 * - a list of strings is one text field: each item after a UNIT SEPARATOR
 *   (U+001F), an empty item as a lone RECORD SEPARATOR (U+001E), split again
 *   in the statement. Kuzu's own list syntax keeps the quotes inside items,
 *   its `string_split` drops empty parts, and a lambda that makes new strings
 *   (`substring`, `regexp_replace`) crashes Kuzu 0.11 on a few thousand rows,
 *   hence the marker, which only needs a comparison. Either separator inside
 *   an item (no text has a reason to hold one) is read back as U+FFFD.
 * - numbers are written by JavaScript (`0.5`, `1e-7`), which Kuzu reads as is.
 */
import type { DocumentRow, EntityRow, MentionRow, RelationRow } from './cypher-rows.js';

export interface CsvColumn<Row> {
  name: string;
  /** The type LOAD FROM reads the field as. */
  type: 'STRING' | 'INT64' | 'DOUBLE';
  /** How the field becomes the table's value: 'text' (never NULL), 'optional' (NULL when empty), 'list' or 'plain'. */
  kind: 'text' | 'optional' | 'list' | 'plain';
  value: (row: Row) => string | number | null | readonly string[];
}

const UNIT_SEPARATOR = '\u001f';
const EMPTY_ITEM = '\u001e';

const quote = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** One list as one field. */
export function encodeList(items: readonly string[]): string {
  let encoded = '';
  for (const item of items) encoded += UNIT_SEPARATOR + (item === '' ? EMPTY_ITEM : item.replace(/[\u001e\u001f]/g, '\ufffd'));
  return encoded;
}

function field(value: string | number | null | readonly string[]): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return quote(value);
  return quote(encodeList(value));
}

/** The file: a header, then one line per row (a field may span lines, inside quotes). */
export function csvText<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  // Appended field by field: no per-row arrays, which dominated writing the evidence-heavy relation files.
  let text = columns.map((c) => c.name).join(',');
  const last = columns.length - 1;
  for (const row of rows) {
    text += '\n';
    for (let i = 0; i <= last; i++) {
      text += field((columns[i] as CsvColumn<Row>).value(row));
      if (i < last) text += ',';
    }
  }
  return `${text}\n`;
}

function projection<Row>(column: CsvColumn<Row>): string {
  switch (column.kind) {
    case 'text':
      return `coalesce(${column.name}, '')`;
    case 'list':
      return `list_transform(list_filter(string_split(coalesce(${column.name}, ''), '${UNIT_SEPARATOR}'), item -> item <> ''), item -> CASE WHEN item = '${EMPTY_ITEM}' THEN '' ELSE item END)`;
    default:
      return column.name;
  }
}

/** Kuzu string literal for a path of our own making; refuses what would need escaping rather than guess. */
function pathLiteral(path: string): string {
  if (/['\\\n]/.test(path)) throw new Error(`cannot load from ${JSON.stringify(path)}: quotes and backslashes in the temporary path`);
  return `'${path}'`;
}

/** `COPY table FROM (LOAD … FROM 'file' … RETURN …)`, with `(from=…, to=…)` for a relationship table of several pairs. */
export function copyFromCsv<Row>(table: string, columns: readonly CsvColumn<Row>[], file: string, ends?: readonly [string, string]): string {
  const header = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  // The dialect is ours and fixed: auto_detect=false spares Kuzu sniffing every file for it (a few % of the load's CPU).
  const load = `LOAD WITH HEADERS (${header}) FROM ${pathLiteral(file)} (header=true, delim=',', quote='"', escape='"', parallel=false, auto_detect=false)`;
  const pair = ends ? ` (from='${ends[0]}', to='${ends[1]}')` : '';
  return `COPY ${table} FROM (${load} RETURN ${columns.map(projection).join(', ')})${pair}`;
}

// ---------------------------------------------------------------------------
// The columns of each table, in the order the tables declare them
// (kuzu-schema.ts); a relationship's file starts with its two ends.
// ---------------------------------------------------------------------------
export const ENTITY_CSV: readonly CsvColumn<EntityRow>[] = [
  { name: 'id', type: 'STRING', kind: 'text', value: (r) => r.id },
  { name: 'name', type: 'STRING', kind: 'text', value: (r) => r.name },
  { name: 'type', type: 'STRING', kind: 'text', value: (r) => r.type },
  { name: 'typeConfidence', type: 'DOUBLE', kind: 'plain', value: (r) => r.typeConfidence },
  { name: 'aliases', type: 'STRING', kind: 'list', value: (r) => r.aliases },
  { name: 'roles', type: 'STRING', kind: 'list', value: (r) => r.roles },
  { name: 'mentions', type: 'INT64', kind: 'plain', value: (r) => r.mentions },
  { name: 'documentCount', type: 'INT64', kind: 'plain', value: (r) => r.documentCount },
  { name: 'firstSeen', type: 'STRING', kind: 'optional', value: (r) => r.firstSeen },
  { name: 'lastSeen', type: 'STRING', kind: 'optional', value: (r) => r.lastSeen },
  { name: 'degree', type: 'DOUBLE', kind: 'plain', value: (r) => r.degree },
  { name: 'pagerank', type: 'DOUBLE', kind: 'plain', value: (r) => r.pagerank },
  { name: 'betweenness', type: 'DOUBLE', kind: 'plain', value: (r) => r.betweenness },
  { name: 'community', type: 'INT64', kind: 'plain', value: (r) => r.community },
];

export const RELATION_CSV: readonly CsvColumn<RelationRow>[] = [
  { name: 'source', type: 'STRING', kind: 'text', value: (r) => r.source },
  { name: 'target', type: 'STRING', kind: 'text', value: (r) => r.target },
  { name: 'id', type: 'STRING', kind: 'text', value: (r) => r.id },
  { name: 'type', type: 'STRING', kind: 'text', value: (r) => r.type },
  { name: 'predicate', type: 'STRING', kind: 'text', value: (r) => r.predicate },
  { name: 'plover', type: 'STRING', kind: 'optional', value: (r) => r.plover },
  { name: 'basis', type: 'STRING', kind: 'text', value: (r) => r.basis },
  { name: 'modality', type: 'STRING', kind: 'text', value: (r) => r.modality },
  { name: 'weight', type: 'DOUBLE', kind: 'plain', value: (r) => r.weight },
  { name: 'confidence', type: 'DOUBLE', kind: 'plain', value: (r) => r.confidence },
  { name: 'evidence', type: 'STRING', kind: 'list', value: (r) => r.evidence },
  { name: 'evidenceDocIds', type: 'STRING', kind: 'list', value: (r) => r.evidenceDocIds },
  { name: 'documents', type: 'STRING', kind: 'list', value: (r) => r.documents },
  { name: 'firstSeen', type: 'STRING', kind: 'optional', value: (r) => r.firstSeen },
  { name: 'lastSeen', type: 'STRING', kind: 'optional', value: (r) => r.lastSeen },
];

export const DOCUMENT_CSV: readonly CsvColumn<DocumentRow>[] = [
  { name: 'id', type: 'STRING', kind: 'text', value: (r) => r.id },
  { name: 'title', type: 'STRING', kind: 'text', value: (r) => r.title },
  { name: 'source', type: 'STRING', kind: 'text', value: (r) => r.source },
  { name: 'url', type: 'STRING', kind: 'optional', value: (r) => r.url },
  { name: 'published', type: 'STRING', kind: 'optional', value: (r) => r.published },
];

export const MENTION_CSV: readonly CsvColumn<MentionRow>[] = [
  { name: 'documentId', type: 'STRING', kind: 'text', value: (r) => r.documentId },
  { name: 'entityId', type: 'STRING', kind: 'text', value: (r) => r.entityId },
];
