/**
 * What ingest produces: documents with plain text, and warnings for what it
 * could not read. Every later stage works on `SourceDocument`s only.
 */
import { createHash } from 'node:crypto';

export interface SourceDocument {
  /** Hash of the text: re-ingesting the same content gives the same id. */
  id: string;
  title: string;
  text: string;
  /** Where it came from: a path, or `path#line` for one line of a JSONL file. */
  source: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when the input says it. */
  published?: string;
}

export interface IngestIssue {
  source: string;
  /** One line a user can act on. */
  reason: string;
  /** `skipped`: nothing of it was read; `warning`: read, with a caveat. */
  severity: 'skipped' | 'warning';
}

export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Keeps YYYY-MM-DD from anything `Date` can read; undefined when it can't. */
/** The document of one record (a JSON line, a CSV row): its id hashes title and text; an empty url or date is left out. */
export function recordDocument(fields: { title: string; text: string; source: string; url?: string | undefined; published?: string | undefined }): SourceDocument {
  const { title, text, source, url, published } = fields;
  return { id: documentId(`${title}\n${text}`), title, text, source, ...(url ? { url } : {}), ...(published ? { published } : {}) };
}

export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (direct) return direct[1];
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

/**
 * The title of a plain-text document: its first line when that reads as a
 * headline (short, no closing full stop); otherwise the start of its first
 * sentence, cut at a word boundary.
 */
export function firstLineTitle(text: string, fallback: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0)?.trim() ?? '';
  if (!line) return fallback;
  const looksLikeHeadline = line.length <= 120 && !/[.!?…"”]$/.test(line);
  if (looksLikeHeadline) return line;
  const sentence = /^.*?[.!?…](?=\s|$)/.exec(line)?.[0] ?? line;
  if (sentence.length <= 100) return sentence;
  const cut = sentence.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[\s,;:]+$/, '')}…`;
}
