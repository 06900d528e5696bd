/**
 * A query's answer, engine-neutral: column names in order and one plain
 * object per row. Formatted as a text table, JSON (an array of row objects
 * keyed by column name) or CSV.
 */
import { formatCsv } from '../io/csv.js';

export interface QueryTable {
  columns: string[];
  rows: Record<string, unknown>[];
}

export const QUERY_FORMATS = ['table', 'json', 'csv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export function isQueryFormat(value: unknown): value is QueryFormat {
  return typeof value === 'string' && (QUERY_FORMATS as readonly string[]).includes(value);
}

/** A cell as text: strings as they are, null as empty, everything else as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function formatQueryJson(table: QueryTable): string {
  return `${JSON.stringify(table.rows, null, 2)}\n`;
}

export function formatQueryCsv(table: QueryTable): string {
  return formatCsv([table.columns, ...table.rows.map((row) => table.columns.map((c) => cellText(row[c])))]);
}

/** Aligned columns for reading in a terminal; line breaks inside a cell are shown as spaces. */
export function formatQueryTable(table: QueryTable): string {
  const grid = [table.columns, ...table.rows.map((row) => table.columns.map((c) => cellText(row[c]).replace(/\s*[\r\n]+\s*/g, ' ')))];
  const widths = table.columns.map((_, i) => Math.max(...grid.map((line) => [...(line[i] ?? '')].length)));
  const render = (line: readonly string[]): string =>
    line.map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...cell].length))).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  const count = `(${table.rows.length} row${table.rows.length === 1 ? '' : 's'})`;
  return [render(grid[0] ?? []), rule, ...grid.slice(1).map(render), count].join('\n') + '\n';
}

export function formatQueryTableAs(table: QueryTable, format: QueryFormat): string {
  if (format === 'json') return formatQueryJson(table);
  if (format === 'csv') return formatQueryCsv(table);
  return formatQueryTable(table);
}
