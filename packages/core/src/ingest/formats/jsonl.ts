import { documentId, firstLineTitle, toIsoDate, type IngestIssue, type SourceDocument } from '../document.js';
import { normalizeNewlines } from './plain-text.js';
import type { ParsedFile } from './types.js';

/**
 * One article per line: `{"title", "text", "url"?, "published"?}`. A bad line
 * is reported with its number and skipped; the other lines still count.
 */
export function parseJsonl(raw: string, source: string): ParsedFile {
  const documents: SourceDocument[] = [];
  const issues: IngestIssue[] = [];
  const lines = normalizeNewlines(raw).split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${source}#${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      issues.push({ source: where, reason: `line ${index + 1} is not valid JSON (${(error as Error).message})`, severity: 'skipped' });
      return;
    }
    const fields = (record ?? {}) as Record<string, unknown>;
    if (typeof record !== 'object' || Array.isArray(record) || typeof fields.text !== 'string' || !fields.text.trim()) {
      issues.push({ source: where, reason: `line ${index + 1} has no "text" string`, severity: 'skipped' });
      return;
    }
    const text = normalizeNewlines(fields.text);
    const title = typeof fields.title === 'string' && fields.title.trim() ? fields.title.trim() : firstLineTitle(text, where);
    const published = toIsoDate(fields.published ?? fields.date);
    documents.push({
      id: documentId(`${title}\n${text}`),
      title,
      text,
      source: where,
      ...(typeof fields.url === 'string' && fields.url ? { url: fields.url } : {}),
      ...(published ? { published } : {}),
    });
  });
  return { documents, issues };
}
