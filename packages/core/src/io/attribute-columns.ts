/**
 * The typed columns every tabular or XML export writes: which node and edge
 * attributes exist in a graph, the type each is declared with, and how a value
 * becomes text. GEXF, GraphML and CSV share this table so the three formats
 * always agree.
 *
 * Encoding (the same in every format):
 * - numbers: `integer` when every value is a safe integer (unless the contract
 *   says the attribute is fractional, like `pagerank`), otherwise `double`;
 *   written in the shortest form that reads back as the same double;
 *   NaN and infinities as `NaN`, `INF`, `-INF` (XML Schema spelling);
 * - booleans: `true` / `false`;
 * - arrays and objects (`aliases`, `documents`, `roles`, `evidence`): JSON text
 *   in a `string` column, e.g. `["U.S.","US"]`. JSON keeps every value and
 *   every character (control characters are escaped by JSON itself), where
 *   GEXF `liststring` or `|`-joined text would break on separators and some
 *   readers (networkx) reject list types;
 * - strings: as they are.
 * An attribute that is absent (or null) on an element gets no value at all.
 */
import type { KnowledgeGraph } from './graph-json.js';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';

export interface AttributeColumn {
  /** The attribute name, used as GEXF attribute id and title, GraphML attr.name and CSV header. */
  name: string;
  type: ColumnType;
  /** True when values are written as JSON text. */
  json: boolean;
}

/** Node attributes in the order of the contract (graph/attributes.ts); others follow sorted by name. */
const NODE_ORDER = [
  'label', 'type', 'aliases', 'mentions', 'documents', 'firstSeen', 'lastSeen', 'roles', 'evidence',
  'degree', 'pagerank', 'betweenness', 'community', 'x', 'y', 'size', 'color',
];
const EDGE_ORDER = [
  'label', 'type', 'predicate', 'weight', 'confidence', 'evidence', 'documents', 'firstSeen', 'lastSeen',
  'size', 'color',
];
/** Always written as JSON, even in a graph where every value happens to be missing or a string. */
const JSON_ATTRIBUTES: ReadonlySet<string> = new Set(['aliases', 'documents', 'roles', 'evidence']);
/** Fractional by nature: declared `double` even when this graph's values are all whole. */
const DOUBLE_ATTRIBUTES: ReadonlySet<string> = new Set(['pagerank', 'betweenness', 'confidence', 'x', 'y', 'size']);

type Attributes = Record<string, unknown>;

/** The node columns of `graph`, leaving out the names in `exclude`. */
export function nodeColumns(graph: KnowledgeGraph, exclude: readonly string[] = []): AttributeColumn[] {
  const rows: Attributes[] = [];
  graph.forEachNode((_key, attributes) => rows.push(attributes as unknown as Attributes));
  return columnsOf(rows, NODE_ORDER, exclude);
}

/** The edge columns of `graph`, leaving out the names in `exclude`. */
export function edgeColumns(graph: KnowledgeGraph, exclude: readonly string[] = []): AttributeColumn[] {
  const rows: Attributes[] = [];
  graph.forEachEdge((_key, attributes) => rows.push(attributes as unknown as Attributes));
  return columnsOf(rows, EDGE_ORDER, exclude);
}

/** The columns of the graph-level attributes (GraphML can carry them). */
export function graphColumns(graph: KnowledgeGraph): AttributeColumn[] {
  return columnsOf([graph.getAttributes() as unknown as Attributes], ['name', 'generator', 'documents'], []);
}

/** The text of `value` in `column`, or undefined when the element has no value. */
export function encodeCell(column: AttributeColumn, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (column.json) return jsonText(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  return jsonText(value);
}

/** Shortest text that reads back as the same double; NaN and infinities in XML Schema spelling. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'INF';
  if (value === -Infinity) return '-INF';
  return String(value);
}

/**
 * JSON text of a value. U+FFFE and U+FFFF, which JSON leaves as they are but
 * XML cannot carry, are written as \u escapes so the text survives any format.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

interface Observed {
  numbers: number;
  integers: number;
  booleans: number;
  strings: number;
  structured: number;
}

function columnsOf(rows: readonly Attributes[], order: readonly string[], exclude: readonly string[]): AttributeColumn[] {
  const seen = new Map<string, Observed>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (value === undefined || value === null) continue;
      let observed = seen.get(name);
      if (!observed) {
        observed = { numbers: 0, integers: 0, booleans: 0, strings: 0, structured: 0 };
        seen.set(name, observed);
      }
      if (typeof value === 'number') {
        observed.numbers += 1;
        if (Number.isSafeInteger(value)) observed.integers += 1;
      } else if (typeof value === 'boolean') observed.booleans += 1;
      else if (typeof value === 'string') observed.strings += 1;
      else observed.structured += 1;
    }
  }
  const known = order.filter((name) => seen.has(name));
  const others = [...seen.keys()].filter((name) => !order.includes(name)).sort();
  return [...known, ...others]
    .filter((name) => !exclude.includes(name))
    .map((name) => columnFor(name, seen.get(name) as Observed));
}

function columnFor(name: string, observed: Observed): AttributeColumn {
  const total = observed.numbers + observed.booleans + observed.strings + observed.structured;
  if (JSON_ATTRIBUTES.has(name) || observed.structured > 0) return { name, type: 'string', json: true };
  if (observed.booleans === total) return { name, type: 'boolean', json: false };
  if (observed.numbers === total) {
    const whole = observed.integers === total && !DOUBLE_ATTRIBUTES.has(name);
    return { name, type: whole ? 'integer' : 'double', json: false };
  }
  return { name, type: 'string', json: false };
}
