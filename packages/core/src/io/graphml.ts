/**
 * GraphML (http://graphml.graphdrawing.org) for yEd, Gephi, Cytoscape and
 * networkx's `read_graphml`.
 *
 * In: a KnowledgeGraph. Out: the document as a string, the same bytes for the
 * same graph. Every node, edge and graph attribute becomes a typed `<key>`
 * (attr.type string, int, long, double or boolean); arrays are JSON text, as
 * in every export (attribute-columns.ts). Key ids are positional (`n0`, `e0`,
 * `g0`) because attribute names need not be XML name tokens.
 */
import {
  edgeColumns,
  encodeCell,
  graphColumns,
  nodeColumns,
  type AttributeColumn,
} from './attribute-columns.js';
import type { KnowledgeGraph } from './graph-json.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-text.js';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

type Attributes = Record<string, unknown>;

interface Key {
  id: string;
  column: AttributeColumn;
}

/** The graph as a GraphML document with typed keys. */
export function formatGraphml(graph: KnowledgeGraph): string {
  const nodeRows: Attributes[] = [];
  graph.forEachNode((_key, attributes) => nodeRows.push(attributes as unknown as Attributes));
  const edgeRows: Attributes[] = [];
  graph.forEachEdge((_key, attributes) => edgeRows.push(attributes as unknown as Attributes));
  const graphRow = graph.getAttributes() as unknown as Attributes;

  const graphKeys = keysOf('g', graphColumns(graph));
  const nodeKeys = keysOf('n', nodeColumns(graph));
  const edgeKeys = keysOf('e', edgeColumns(graph));

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
    ...formatKeys('graph', graphKeys, [graphRow]),
    ...formatKeys('node', nodeKeys, nodeRows),
    ...formatKeys('edge', edgeKeys, edgeRows),
    '  <graph id="G" edgedefault="directed">',
    ...formatData(graphRow, graphKeys, '    '),
  ];
  graph.forEachNode((key, attributes) => {
    const data = formatData(attributes as unknown as Attributes, nodeKeys, '      ');
    if (data.length === 0) out.push(`    <node id="${attr(key)}"/>`);
    else out.push(`    <node id="${attr(key)}">`, ...data, '    </node>');
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const open = `    <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}"`;
    const data = formatData(attributes as unknown as Attributes, edgeKeys, '      ');
    if (data.length === 0) out.push(`${open}/>`);
    else out.push(`${open}>`, ...data, '    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function keysOf(prefix: string, columns: readonly AttributeColumn[]): Key[] {
  return columns.map((column, i) => ({ id: `${prefix}${i}`, column }));
}

function formatKeys(domain: 'graph' | 'node' | 'edge', keys: readonly Key[], rows: readonly Attributes[]): string[] {
  return keys.map(
    ({ id, column }) =>
      `  <key id="${id}" for="${domain}" attr.name="${attr(column.name)}" attr.type="${graphmlType(column, rows)}"/>`,
  );
}

/** GraphML's int is 32-bit: integers beyond it are declared long. */
function graphmlType(column: AttributeColumn, rows: readonly Attributes[]): string {
  if (column.type === 'integer') {
    const fitsInt = rows.every((row) => {
      const value = row[column.name];
      return typeof value !== 'number' || (value >= -2147483648 && value <= 2147483647);
    });
    return fitsInt ? 'int' : 'long';
  }
  return column.type;
}

function formatData(attributes: Attributes, keys: readonly Key[], indent: string): string[] {
  const lines: string[] = [];
  for (const { id, column } of keys) {
    const value = encodeCell(column, attributes[column.name]);
    if (value !== undefined) lines.push(`${indent}<data key="${id}">${text(value)}</data>`);
  }
  return lines;
}
