/**
 * The edge of ingest: reads discovered files from disk, decodes and parses
 * them. Every problem becomes an IngestIssue; nothing here throws for bad input.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeText } from './decode.js';
import type { DiscoveredFile } from './discover.js';
import type { IngestIssue, SourceDocument } from './document.js';
import { csvColumns, csvRowDocument, parseCsvRows, type CsvColumns } from './formats/csv.js';
import { PARSERS_BY_EXTENSION } from './formats/index.js';
import { parseJsonlLine } from './formats/jsonl.js';
import { normalizeNewlines } from './formats/plain-text.js';
import type { RecordResult } from './formats/types.js';
import { readRecords } from './read-records.js';

export interface ReadOptions {
  /**
   * Files larger than this are skipped with a message saying how to raise it;
   * in a file of records (.jsonl, .csv), read a record at a time, records are.
   */
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
    const keep = (document: SourceDocument): void => {
      const earlier = byId.get(document.id);
      if (earlier) {
        issues.push({ source: document.source, reason: `same text as ${earlier.source}; read once`, severity: 'warning' });
        return;
      }
      byId.set(document.id, document);
      documents.push(document);
    };
    const extension = extname(file.path).toLowerCase();
    const records = extension === '.jsonl' || extension === '.ndjson' ? 'lines' : extension === '.csv' ? 'rows' : undefined;
    if (records && readRecordFile(file, records, options.maxFileBytes, keep, issues)) return;
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
    for (const document of parsed.documents) keep(document);
  });
  return { documents, issues };
}

/**
 * A JSON Lines or CSV file read a record at a time, with the size limit per
 * record. False when the file must be read whole instead (UTF-16, which
 * cannot be split at line-break bytes).
 */
function readRecordFile(
  file: DiscoveredFile,
  records: 'lines' | 'rows',
  maxRecordBytes: number,
  keep: (document: SourceDocument) => void,
  issues: IngestIssue[],
): boolean {
  const source = file.display;
  let head: Uint8Array;
  try {
    head = readHead(file.path, 8192);
  } catch (error) {
    issues.push({ source, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, severity: 'skipped' });
    return true;
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  // Empty and binary files get decodeText's own words.
  const sniffed = decodeText(head);
  if (!sniffed.ok && (head.length === 0 || head.includes(0))) {
    issues.push({ source, reason: sniffed.reason, severity: 'skipped' });
    return true;
  }
  const kind = records === 'rows' ? 'row' : 'line';
  let columns: CsvColumns | undefined;
  let unreadable = false;
  let read = 0;
  let notUtf8 = 0;
  let firstNotUtf8 = 0;
  const add = (result: RecordResult): void => {
    if (result && 'document' in result) keep(result.document);
    else if (result) issues.push(result.issue);
  };
  try {
    readRecords(file.path, {
      quoted: records === 'rows',
      maxRecordBytes,
      onRecord: (bytes, n) => {
        if (unreadable) return;
        const decoded = decodeText(bytes);
        if (!decoded.ok) {
          if (bytes.includes(0)) issues.push({ source: `${source}#${n}`, reason: `${kind} ${n}: ${decoded.reason}`, severity: 'skipped' });
          return; // otherwise a blank record
        }
        read += 1;
        if (decoded.warning && notUtf8++ === 0) firstNotUtf8 = n;
        const text = decoded.text.replace(/\r$/, '');
        if (records === 'lines') return add(parseJsonlLine(text, n, source));
        const row = parseCsvRows(normalizeNewlines(text))[0] ?? [''];
        if (n === 1) {
          const header = csvColumns(row, source);
          if ('issue' in header) {
            issues.push(header.issue);
            unreadable = true;
          } else columns = header.columns;
          return;
        }
        if (columns) add(csvRowDocument(row, columns, n, source));
      },
      onTooLong: (n, bytes) => {
        if (unreadable) return;
        // Without its header row, a CSV file cannot be read at all.
        if (records === 'rows' && n === 1) unreadable = true;
        issues.push({
          source: n === 1 && unreadable ? source : `${source}#${n}`,
          reason: `${kind} ${n} is ${formatBytes(bytes)}, over the ${formatBytes(maxRecordBytes)} limit per document; raise --max-file-size`,
          severity: 'skipped',
        });
      },
    });
  } catch (error) {
    issues.push({ source, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, severity: 'skipped' });
  }
  if (read === 0 && !issues.some((issue) => issue.source.startsWith(source))) issues.push({ source, reason: 'empty file (only white space)', severity: 'skipped' });
  if (notUtf8) {
    const count = notUtf8 === 1 ? `${kind} ${firstNotUtf8}` : `${notUtf8} ${kind}s, first ${kind} ${firstNotUtf8}`;
    issues.push({ source, reason: `not valid UTF-8 (${count}); read as Windows-1252`, severity: 'warning' });
  }
  return true;
}

/** The first bytes of a file (fewer if it is shorter). */
function readHead(path: string, bytes: number): Uint8Array {
  const file = openSync(path, 'r');
  try {
    const head = new Uint8Array(bytes);
    return head.subarray(0, readSync(file, head, 0, bytes, null));
  } finally {
    closeSync(file);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
