import { recordDocument, toIsoDate, type IngestIssue, type SourceDocument } from '../document.js';
import { normalizeNewlines } from './plain-text.js';
import type { ParsedFile, RecordResult } from './types.js';

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const COLUMN_NAMES = {
  text: ['text', 'body', 'content', 'article'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  published: ['published', 'date', 'published_at', 'publishedat'],
} as const;

/** Where a CSV file keeps each field of an article (−1: not there). */
export interface CsvColumns {
  text: number;
  title: number;
  url: number;
  published: number;
}

/**
 * A table of articles with a header row: a `text` column (or body, content,
 * article) and optionally title, url and published (or date).
 */
export function parseCsv(raw: string, source: string): ParsedFile {
  const rows = parseCsvRows(normalizeNewlines(raw));
  const header = csvColumns(rows[0] ?? [], source);
  if ('issue' in header) return { documents: [], issues: [header.issue] };
  const documents: SourceDocument[] = [];
  const issues: IngestIssue[] = [];
  rows.slice(1).forEach((row, index) => {
    const result = csvRowDocument(row, header.columns, index + 2, source);
    if (result && 'document' in result) documents.push(result.document);
    else if (result) issues.push(result.issue);
  });
  return { documents, issues };
}

/** The columns named in a header row, or why the file cannot be read. */
export function csvColumns(header: readonly string[], source: string): { columns: CsvColumns } | { issue: IngestIssue } {
  const names = header.map((h) => h.trim().toLowerCase());
  const column = (candidates: readonly string[]) => names.findIndex((h) => candidates.includes(h));
  const text = column(COLUMN_NAMES.text);
  if (text < 0) return { issue: { source, reason: `no text column in the header (looked for ${COLUMN_NAMES.text.join(', ')})`, severity: 'skipped' } };
  return { columns: { text, title: column(COLUMN_NAMES.title), url: column(COLUMN_NAMES.url), published: column(COLUMN_NAMES.published) } };
}

/** One data row (row 1 is the header). */
export function csvRowDocument(row: readonly string[], columns: CsvColumns, rowNumber: number, source: string): RecordResult {
  const where = `${source}#${rowNumber}`;
  if (row.length === 1 && row[0]!.trim() === '') return undefined;
  const text = row[columns.text]?.trim();
  if (!text) return { issue: { source: where, reason: `row ${rowNumber} has no text`, severity: 'skipped' } };
  const title = row[columns.title];
  const url = row[columns.url]?.trim();
  const published = toIsoDate(row[columns.published]);
  return { document: recordDocument({ title, text, source: where, url, published }) };
}
