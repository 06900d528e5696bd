/**
 * GEXF 1.3 (https://gexf.net) for Gephi, Gephi Lite, networkx and graphology.
 *
 * In: a KnowledgeGraph. Out: the document in pieces (gexfChunks), the same bytes
 * for the same graph (no clock: `lastmodifieddate` is the latest document date).
 *
 * Written by hand rather than with graphology-gexf's writer, which emits
 * `xsi:schemaLocation` (the official RELAX NG schema rejects it) and hex-only
 * colours (networkx cannot read them). What goes where:
 * - node `label` → `<node label>`; `x`, `y` → `<viz:position>`; `size` →
 *   `<viz:size>`; `color` → `<viz:color r g b [a]>`;
 * - edge `type` → `<edge label>` and `<edge kind>` (Gephi keeps parallel edges
 *   apart by kind) as well as the `type` attribute; `weight` → `<edge weight>`;
 *   `size` → `<viz:thickness>`; `color` → `<viz:color>`;
 * - every other attribute → a declared `<attribute>` with its type, values
 *   encoded as in attribute-columns.ts (arrays as JSON text).
 * Graph-level `documents` do not fit GEXF; graph.json keeps them.
 */
import { formatNumber, graphCells, type AttributeColumn, type GraphCells } from './attribute-columns.js';
import { parseColor } from './color.js';
import type { KnowledgeGraph } from './graph-json.js';
import { escapeXmlAttribute as attr, escapeXmlText as text, xmlLines as lines } from './xml-text.js';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** Node attributes carried by the GEXF structure itself rather than as declared attributes. */
const NODE_STRUCTURAL = ['label', 'x', 'y', 'size', 'color'];
const EDGE_STRUCTURAL = ['label', 'weight', 'size', 'color'];
/** Where a node's or an edge's `<attvalues>` sit. */
const ATTVALUES_INDENT = '        ';

type Attributes = Record<string, unknown>;

/** The graph as a GEXF 1.3 document that validates against the official schema (small graphs and tests; files use gexfChunks). */
export function formatGexf(graph: KnowledgeGraph): string {
  return [...gexfChunks(graph)].join('');
}

/**
 * The bytes of formatGexf, a node or an edge at a time, so a large graph is
 * written without ever being one string. Every line ends with a line feed.
 */
export function* gexfChunks(graph: KnowledgeGraph, cells: GraphCells = graphCells(graph)): Generator<string> {
  const nodeCols = cells.nodeColumns.filter((column) => !NODE_STRUCTURAL.includes(column.name));
  const edgeCols = cells.edgeColumns.filter((column) => !EDGE_STRUCTURAL.includes(column.name));
  const nodeValues = attvalueColumns(nodeCols, ATTVALUES_INDENT);
  const edgeValues = attvalueColumns(edgeCols, ATTVALUES_INDENT);
  const { encode } = cells;
  yield lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">`,
    ...formatMeta(graph),
    '  <graph mode="static" defaultedgetype="directed">',
    ...formatDeclarations('node', nodeCols),
    ...formatDeclarations('edge', edgeCols),
    `    <nodes count="${graph.order}">`,
  ]);
  for (const { node, attributes } of graph.nodeEntries()) {
    yield lines(formatNode(node, attributes as unknown as Attributes, nodeValues, encode));
  }
  yield lines(['    </nodes>', `    <edges count="${graph.size}">`]);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield lines(formatEdge(edge, source, target, attributes as unknown as Attributes, edgeValues, encode));
  }
  yield lines(['    </edges>', '  </graph>', '</gexf>']);
}

function formatMeta(graph: KnowledgeGraph): string[] {
  const attributes = graph.getAttributes() as unknown as Attributes;
  const date = latestDocumentDate(attributes.documents);
  const lines = [date ? `  <meta lastmodifieddate="${date}">` : '  <meta>'];
  const generator = typeof attributes.generator === 'string' && attributes.generator ? attributes.generator : 'kgraph';
  lines.push(`    <creator>${text(generator)}</creator>`);
  if (typeof attributes.name === 'string' && attributes.name) {
    lines.push(`    <description>${text(attributes.name)}</description>`);
  }
  lines.push('  </meta>');
  return lines;
}

/** The latest valid `published` date (YYYY-MM-DD) among the graph's documents. */
function latestDocumentDate(documents: unknown): string | undefined {
  if (!Array.isArray(documents)) return undefined;
  let latest: string | undefined;
  for (const document of documents as Array<{ published?: unknown }>) {
    const date = document?.published;
    if (typeof date !== 'string' || !isCalendarDate(date)) continue;
    if (latest === undefined || date > latest) latest = date;
  }
  return latest;
}

function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

function formatDeclarations(kind: 'node' | 'edge', columns: readonly AttributeColumn[]): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${attr(c.name)}" title="${attr(c.name)}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

/** A declared column as its `<attvalue>`s open, made once rather than for each element. */
interface AttvalueColumn {
  column: AttributeColumn;
  opening: string;
  /** Numbers and booleans are written as digits, signs, `.`, `e` and words: nothing to escape. */
  escaped: boolean;
}

function attvalueColumns(columns: readonly AttributeColumn[], indent: string): AttvalueColumn[] {
  return columns.map((column) => ({ column, opening: `${indent}  <attvalue for="${attr(column.name)}" value="`, escaped: column.type === 'string' }));
}

function formatAttvalues(attributes: Attributes, columns: readonly AttvalueColumn[], encode: GraphCells['encode'], indent: string): string[] {
  const values: string[] = [];
  for (const { column, opening, escaped } of columns) {
    const value = encode(column, attributes[column.name]);
    if (value !== undefined) values.push(`${opening}${escaped ? attr(value) : value}"/>`);
  }
  return values.length ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

function formatNode(key: string, attributes: Attributes, columns: readonly AttvalueColumn[], encode: GraphCells['encode']): string[] {
  const label = typeof attributes.label === 'string' ? attributes.label : key;
  const lines = [`      <node id="${attr(key)}" label="${attr(label)}">`];
  lines.push(...formatAttvalues(attributes, columns, encode, ATTVALUES_INDENT));
  const color = formatVizColor(attributes.color);
  if (color) lines.push(`        ${color}`);
  const { x, y, size } = attributes;
  if (isFiniteNumber(x) && isFiniteNumber(y)) {
    lines.push(`        <viz:position x="${formatNumber(x)}" y="${formatNumber(y)}"/>`);
  }
  if (isFiniteNumber(size) && size >= 0) lines.push(`        <viz:size value="${formatNumber(size)}"/>`);
  lines.push('      </node>');
  return lines;
}

function formatEdge(
  key: string,
  source: string,
  target: string,
  attributes: Attributes,
  columns: readonly AttvalueColumn[],
  encode: GraphCells['encode'],
): string[] {
  const type = typeof attributes.type === 'string' ? attributes.type : undefined;
  const label = typeof attributes.label === 'string' ? attributes.label : type;
  let open = `      <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}"`;
  if (label !== undefined) open += ` label="${attr(label)}"`;
  if (type !== undefined) open += ` kind="${attr(type)}"`;
  if (isFiniteNumber(attributes.weight)) open += ` weight="${formatNumber(attributes.weight)}"`;
  const lines = [`${open}>`, ...formatAttvalues(attributes, columns, encode, ATTVALUES_INDENT)];
  const color = formatVizColor(attributes.color);
  if (color) lines.push(`        ${color}`);
  const { size } = attributes;
  if (isFiniteNumber(size) && size >= 0) lines.push(`        <viz:thickness value="${formatNumber(size)}"/>`);
  lines.push('      </edge>');
  return lines;
}

function formatVizColor(value: unknown): string | undefined {
  const color = typeof value === 'string' ? parseColor(value) : undefined;
  if (!color) return undefined;
  const alpha = color.a === undefined ? '' : ` a="${formatNumber(color.a)}"`;
  return `<viz:color r="${color.r}" g="${color.g}" b="${color.b}"${alpha}/>`;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
