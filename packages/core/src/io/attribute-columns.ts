/**
 * The typed columns every tabular or XML export writes: which node and edge
 * attributes exist in a graph, the type each is declared with, and how a value
 * becomes text. GEXF, GraphML and CSV share this table so the three formats
 * always agree.
 *
 * Encoding (the same in every format):
 * - numbers: `integer` when every value is a whole number within 32 bits,
 *   `long` when some are larger, `double` otherwise or when the contract says
 *   the attribute is fractional (`pagerank`, `x`, ...); written in the
 *   shortest form that reads back as the same double; NaN and infinities as
 *   `NaN`, `Infinity`, `-Infinity`, which Java (Gephi), Python and JavaScript
 *   all parse;
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

/** `integer` fits 32 bits (Gephi reads it as a Java int); `long` is any other safe integer. */
export type ColumnType = 'string' | 'integer' | 'long' | 'double' | 'boolean';

export interface AttributeColumn {
  /** The attribute name, used as GEXF attribute id and title, GraphML attr.name and CSV header. */
  name: string;
  type: ColumnType;
  /** True when values are written as JSON text. */
  json: boolean;
}

/** Node attributes in the order of the contract (graph/attributes.ts); others follow sorted by name. */
const NODE_ORDER = [
  'label', 'type', 'typeConfidence', 'aliases', 'mentions', 'documents', 'firstSeen', 'lastSeen', 'roles', 'evidence',
  'degree', 'pagerank', 'betweenness', 'community', 'x', 'y', 'size', 'color',
];
const EDGE_ORDER = [
  'label', 'type', 'predicate', 'plover', 'basis', 'modality', 'weight', 'confidence', 'evidence', 'documents', 'firstSeen', 'lastSeen',
  'size', 'color',
];
/** Always written as JSON, even in a graph where every value happens to be missing or a string. */
const JSON_ATTRIBUTES: ReadonlySet<string> = new Set(['aliases', 'documents', 'roles', 'evidence']);
/** Fractional by nature: declared `double` even when this graph's values are all whole. */
const DOUBLE_ATTRIBUTES: ReadonlySet<string> = new Set(['typeConfidence', 'pagerank', 'betweenness', 'confidence', 'x', 'y', 'size']);

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

/** What every format of one export shares: the graph's node and edge columns, and the text of a value in one. */
export interface GraphCells {
  nodeColumns: AttributeColumn[];
  edgeColumns: AttributeColumn[];
  /** encodeCell, the JSON text of each array or object made once however many formats write it. */
  encode: (column: AttributeColumn, value: unknown) => string | undefined;
}

/**
 * The columns of `graph`, found once, and a cell encoder that keeps each array's or object's JSON text (the
 * evidence, the bulk of an export) for the next format: an export is a few formats of one unchanging graph.
 */
export function graphCells(graph: KnowledgeGraph): GraphCells {
  const texts = new Map<object, string | undefined>();
  return {
    nodeColumns: nodeColumns(graph),
    edgeColumns: edgeColumns(graph),
    encode: (column, value) => {
      if (typeof value !== 'object' || value === null) return encodeCell(column, value);
      let text = texts.get(value);
      if (text === undefined) texts.set(value, (text = encodeCell(column, value)));
      return text;
    },
  };
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

/** Shortest text that reads back as the same double (`-0` as `0`). */
export function formatNumber(value: number): string {
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
  /** Whole numbers within Java's 32-bit int. */
  int32s: number;
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
        observed = { numbers: 0, integers: 0, int32s: 0, booleans: 0, strings: 0, structured: 0 };
        seen.set(name, observed);
      }
      if (typeof value === 'number') {
        observed.numbers += 1;
        if (Number.isSafeInteger(value)) observed.integers += 1;
        if (Number.isSafeInteger(value) && value >= -2147483648 && value <= 2147483647) observed.int32s += 1;
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
    if (DOUBLE_ATTRIBUTES.has(name) || observed.integers < total) return { name, type: 'double', json: false };
    return { name, type: observed.int32s === total ? 'integer' : 'long', json: false };
  }
  return { name, type: 'string', json: false };
}
