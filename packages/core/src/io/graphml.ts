/**
 * GraphML (http://graphml.graphdrawing.org) for yEd, Gephi, Cytoscape and
 * networkx's `read_graphml`.
 *
 * In: a KnowledgeGraph. Out: the document in pieces (graphmlChunks), the same
 * bytes for the same graph. Every node, edge and graph attribute becomes a typed `<key>`
 * (attr.type string, int, long, double or boolean); arrays are JSON text, as
 * in every export (attribute-columns.ts). Key ids are positional (`n0`, `e0`,
 * `g0`) because attribute names need not be XML name tokens.
 */
import { encodeCell, graphCells, graphColumns, type AttributeColumn, type ColumnType, type GraphCells } from './attribute-columns.js';
import type { KnowledgeGraph } from './graph-json.js';
import { escapeXmlAttribute as attr, escapeXmlText as text, xmlLines as lines } from './xml-text.js';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

type Attributes = Record<string, unknown>;

interface Key {
  id: string;
  column: AttributeColumn;
}

/** The graph as a GraphML document with typed keys (small graphs and tests; files use graphmlChunks). */
export function formatGraphml(graph: KnowledgeGraph): string {
  return [...graphmlChunks(graph)].join('');
}

/**
 * The bytes of formatGraphml, a node or an edge at a time, so a large graph is
 * written without ever being one string. Every line ends with a line feed.
 */
export function* graphmlChunks(graph: KnowledgeGraph, cells: GraphCells = graphCells(graph)): Generator<string> {
  const graphRow = graph.getAttributes() as unknown as Attributes;

  const graphKeys = keysOf('g', graphColumns(graph));
  const nodeKeys = keysOf('n', cells.nodeColumns);
  const edgeKeys = keysOf('e', cells.edgeColumns);
  const { encode } = cells;

  yield lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
    ...formatKeys('graph', graphKeys),
    ...formatKeys('node', nodeKeys),
    ...formatKeys('edge', edgeKeys),
    '  <graph id="G" edgedefault="directed">',
    ...formatData(graphRow, graphKeys, encodeCell, '    '),
  ]);
  for (const { node, attributes } of graph.nodeEntries()) {
    const data = formatData(attributes as unknown as Attributes, nodeKeys, encode, '      ');
    if (data.length === 0) yield lines([`    <node id="${attr(node)}"/>`]);
    else yield lines([`    <node id="${attr(node)}">`, ...data, '    </node>']);
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const open = `    <edge id="${attr(edge)}" source="${attr(source)}" target="${attr(target)}"`;
    const data = formatData(attributes as unknown as Attributes, edgeKeys, encode, '      ');
    if (data.length === 0) yield lines([`${open}/>`]);
    else yield lines([`${open}>`, ...data, '    </edge>']);
  }
  yield lines(['  </graph>', '</graphml>']);
}

function keysOf(prefix: string, columns: readonly AttributeColumn[]): Key[] {
  return columns.map((column, i) => ({ id: `${prefix}${i}`, column }));
}

function formatKeys(domain: 'graph' | 'node' | 'edge', keys: readonly Key[]): string[] {
  return keys.map(
    ({ id, column }) =>
      `  <key id="${id}" for="${domain}" attr.name="${attr(column.name)}" attr.type="${GRAPHML_TYPES[column.type]}"/>`,
  );
}

/** GraphML's names for our column types (its `int` is 32-bit, like ours). */
const GRAPHML_TYPES: Readonly<Record<ColumnType, string>> = {
  string: 'string',
  integer: 'int',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
};

function formatData(attributes: Attributes, keys: readonly Key[], encode: GraphCells['encode'], indent: string): string[] {
  const lines: string[] = [];
  for (const { id, column } of keys) {
    const value = encode(column, attributes[column.name]);
    // Numbers and booleans are written as digits, signs, `.`, `e` and words: nothing to escape.
    if (value !== undefined) lines.push(`${indent}<data key="${id}">${column.type === 'string' ? text(value) : value}</data>`);
  }
  return lines;
}
