/**
 * Nodes and edges as two CSV tables (RFC 4180: comma-separated, CRLF line
 * ends, fields quoted when they hold a comma, quote, CR or LF, quotes
 * doubled), for spreadsheets, pandas and Gephi's spreadsheet import.
 *
 * nodes.csv: `id`, then every node attribute; edges.csv: `id`, `source`,
 * `target`, then every edge attribute. Arrays (`aliases`, `documents`,
 * `evidence`) are JSON text, as in every export (attribute-columns.ts), so a
 * `|` or `,` inside a value never splits it. An absent value is an empty field.
 * Text is written as it is: a spreadsheet may read a cell that starts with
 * `=` as a formula.
 */
import { edgeColumns, encodeCell, nodeColumns, type AttributeColumn } from './attribute-columns.js';
import type { KnowledgeGraph } from './graph-json.js';

type Attributes = Record<string, unknown>;

/** One row per node: `id`, then the node attributes in contract order. */
export function formatNodesCsv(graph: KnowledgeGraph): string {
  const columns = nodeColumns(graph);
  const rows = [['id', ...columns.map((c) => c.name)]];
  graph.forEachNode((key, attributes) => {
    rows.push([key, ...cells(attributes as unknown as Attributes, columns)]);
  });
  return formatCsv(rows);
}

/** One row per edge: `id`, `source`, `target`, then the edge attributes in contract order. */
export function formatEdgesCsv(graph: KnowledgeGraph): string {
  const columns = edgeColumns(graph);
  const rows = [['id', 'source', 'target', ...columns.map((c) => c.name)]];
  graph.forEachEdge((key, attributes, source, target) => {
    rows.push([key, source, target, ...cells(attributes as unknown as Attributes, columns)]);
  });
  return formatCsv(rows);
}

function cells(attributes: Attributes, columns: readonly AttributeColumn[]): string[] {
  return columns.map((column) => encodeCell(column, attributes[column.name]) ?? '');
}

/** RFC 4180 text of a table. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}

function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
