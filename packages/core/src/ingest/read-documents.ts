/**
 * The edge of ingest: reads discovered files from disk, decodes and parses
 * them. Every problem becomes an IngestIssue; nothing here throws for bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeText } from './decode.js';
import type { DiscoveredFile } from './discover.js';
import type { IngestIssue, SourceDocument } from './document.js';
import { PARSERS_BY_EXTENSION } from './formats/index.js';

export interface ReadOptions {
  /** Files larger than this are skipped with a message saying how to raise it. */
  maxFileBytes: number;
  onFile?: (index: number, file: DiscoveredFile) => void;
}

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

export function readDocuments(files: readonly DiscoveredFile[], options: ReadOptions): { documents: SourceDocument[]; issues: IngestIssue[] } {
  const documents: SourceDocument[] = [];
  const issues: IngestIssue[] = [];
  const byId = new Map<string, SourceDocument>();
  files.forEach((file, index) => {
    options.onFile?.(index, file);
    const source = file.display;
    let size: number;
    try {
      size = statSync(file.path).size;
    } catch (error) {
      issues.push({ source, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, severity: 'skipped' });
      return;
    }
    if (size > options.maxFileBytes) {
      issues.push({
        source,
        reason: `${formatBytes(size)} is over the ${formatBytes(options.maxFileBytes)} limit per file; split it or raise --max-file-size`,
        severity: 'skipped',
      });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.path);
    } catch (error) {
      issues.push({ source, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, severity: 'skipped' });
      return;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      issues.push({ source, reason: decoded.reason, severity: 'skipped' });
      return;
    }
    if (decoded.warning) issues.push({ source, reason: decoded.warning, severity: 'warning' });
    const parse = PARSERS_BY_EXTENSION[extname(file.path).toLowerCase()];
    const parsed = parse(decoded.text, source);
    issues.push(...parsed.issues);
    for (const document of parsed.documents) {
      const earlier = byId.get(document.id);
      if (earlier) {
        issues.push({ source: document.source, reason: `same text as ${earlier.source}; read once`, severity: 'warning' });
        continue;
      }
      byId.set(document.id, document);
      documents.push(document);
    }
  });
  return { documents, issues };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
