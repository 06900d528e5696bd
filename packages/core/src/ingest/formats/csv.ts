import { documentId, firstLineTitle, toIsoDate, type IngestIssue, type SourceDocument } from '../document.js';
import { normalizeNewlines } from './plain-text.js';
import type { ParsedFile } from './types.js';

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

/**
 * A table of articles with a header row: a `text` column (or body, content,
 * article) and optionally title, url and published (or date).
 */
export function parseCsv(raw: string, source: string): ParsedFile {
  const rows = parseCsvRows(normalizeNewlines(raw));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const column = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const textAt = column(COLUMN_NAMES.text);
  if (textAt < 0) {
    return { documents: [], issues: [{ source, reason: `no text column in the header (looked for ${COLUMN_NAMES.text.join(', ')})`, severity: 'skipped' }] };
  }
  const titleAt = column(COLUMN_NAMES.title);
  const urlAt = column(COLUMN_NAMES.url);
  const dateAt = column(COLUMN_NAMES.published);
  const documents: SourceDocument[] = [];
  const issues: IngestIssue[] = [];
  rows.slice(1).forEach((row, index) => {
    const where = `${source}#${index + 2}`;
    if (row.length === 1 && row[0].trim() === '') return;
    const text = row[textAt]?.trim();
    if (!text) {
      issues.push({ source: where, reason: `row ${index + 2} has no text`, severity: 'skipped' });
      return;
    }
    const title = row[titleAt]?.trim() || firstLineTitle(text, where);
    const url = row[urlAt]?.trim();
    const published = toIsoDate(row[dateAt]);
    documents.push({
      id: documentId(`${title}\n${text}`),
      title,
      text,
      source: where,
      ...(url ? { url } : {}),
      ...(published ? { published } : {}),
    });
  });
  return { documents, issues };
}
