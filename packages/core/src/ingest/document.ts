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
  /**
   * Where the record's own text begins in `text`, when its title was set above it as the first line (a headline
   * states news too); absent when the text is the input's as it stands.
   */
  bodyStart?: number;
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
/**
 * The document of one record (a JSON line, a CSV row). A title of its own heads the text as its first line, as in a
 * plain-text article, so the headline is read with the rest, unless the text already opens with it; without one, the
 * title is taken from the text. The id hashes title and the record's text; an empty url or date is left out.
 */
export function recordDocument(fields: { title?: string | undefined; text: string; source: string; url?: string | undefined; published?: string | undefined }): SourceDocument {
  const { text, source, url, published } = fields;
  const title = fields.title?.trim() || firstLineTitle(text, source);
  const line = title.replace(/\s+/g, ' ');
  const headed = Boolean(fields.title?.trim()) && !text.trimStart().startsWith(line);
  const bodyStart = line.length + 2;
  return {
    id: documentId(`${title}\n${text}`),
    title,
    text: headed ? `${line}\n\n${text}` : text,
    source,
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(headed ? { bodyStart } : {}),
  };
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
