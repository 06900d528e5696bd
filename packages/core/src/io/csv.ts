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
import { graphCells, type AttributeColumn, type GraphCells } from './attribute-columns.js';
import type { KnowledgeGraph } from './graph-json.js';

type Attributes = Record<string, unknown>;

/** One row per node: `id`, then the node attributes in contract order (small graphs and tests; files use nodesCsvChunks). */
export function formatNodesCsv(graph: KnowledgeGraph): string {
  return [...nodesCsvChunks(graph)].join('');
}

/** One row per edge: `id`, `source`, `target`, then the edge attributes in contract order (small graphs and tests; files use edgesCsvChunks). */
export function formatEdgesCsv(graph: KnowledgeGraph): string {
  return [...edgesCsvChunks(graph)].join('');
}

/** The bytes of formatNodesCsv, a row at a time, so a large graph is written without ever being one string. */
export function* nodesCsvChunks(graph: KnowledgeGraph, cells: GraphCells = graphCells(graph)): Generator<string> {
  const columns = cells.nodeColumns;
  yield formatCsvRow(['id', ...columns.map((c) => c.name)]);
  for (const { node, attributes } of graph.nodeEntries()) {
    yield formatCsvRow([node, ...rowCells(attributes as unknown as Attributes, columns, cells.encode)]);
  }
}

/** The bytes of formatEdgesCsv, a row at a time. */
export function* edgesCsvChunks(graph: KnowledgeGraph, cells: GraphCells = graphCells(graph)): Generator<string> {
  const columns = cells.edgeColumns;
  yield formatCsvRow(['id', 'source', 'target', ...columns.map((c) => c.name)]);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield formatCsvRow([edge, source, target, ...rowCells(attributes as unknown as Attributes, columns, cells.encode)]);
  }
}

function rowCells(attributes: Attributes, columns: readonly AttributeColumn[], encode: GraphCells['encode']): string[] {
  return columns.map((column) => encode(column, attributes[column.name]) ?? '');
}

/** RFC 4180 text of a table: its header row, then its records. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map(formatCsvRow).join('');
}

/** One RFC 4180 record and its CRLF. */
export function formatCsvRow(row: readonly string[]): string {
  return `${row.map(quoteCsvField).join(',')}\r\n`;
}

function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
