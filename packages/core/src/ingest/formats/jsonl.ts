import { recordDocument, toIsoDate, type IngestIssue, type SourceDocument } from '../document.js';
import { normalizeNewlines } from './plain-text.js';
import type { ParsedFile, RecordResult } from './types.js';

/**
 * One article per line: `{"title", "text", "url"?, "published"?}`. A bad line
 * is reported with its number and skipped; the other lines still count.
 */
export function parseJsonl(raw: string, source: string): ParsedFile {
  const documents: SourceDocument[] = [];
  const issues: IngestIssue[] = [];
  normalizeNewlines(raw)
    .split('\n')
    .forEach((line, index) => {
      const result = parseJsonlLine(line, index + 1, source);
      if (result && 'document' in result) documents.push(result.document);
      else if (result) issues.push(result.issue);
    });
  return { documents, issues };
}

/** One line of a JSON Lines file, by its number. */
export function parseJsonlLine(line: string, lineNumber: number, source: string): RecordResult {
  if (!line.trim()) return undefined;
  const where = `${source}#${lineNumber}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { issue: { source: where, reason: `line ${lineNumber} is not valid JSON (${(error as Error).message})`, severity: 'skipped' } };
  }
  const fields = (record ?? {}) as Record<string, unknown>;
  if (typeof record !== 'object' || Array.isArray(record) || typeof fields.text !== 'string' || !fields.text.trim()) {
    return { issue: { source: where, reason: `line ${lineNumber} has no "text" string`, severity: 'skipped' } };
  }
  const text = normalizeNewlines(fields.text);
  const title = typeof fields.title === 'string' ? fields.title : undefined;
  const published = toIsoDate(fields.published ?? fields.date);
  const url = typeof fields.url === 'string' ? fields.url : undefined;
  return { document: recordDocument({ title, text, source: where, url, published }) };
}
