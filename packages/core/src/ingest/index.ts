/**
 * ingest: files, folders and globs in; SourceDocuments and per-file issues out.
 */
import { discoverFiles, type DiscoveredFile } from './discover.js';
import type { IngestIssue, SourceDocument } from './document.js';
import { DEFAULT_MAX_FILE_BYTES, readDocuments } from './read-documents.js';

export interface IngestOptions {
  cwd?: string;
  maxFileBytes?: number;
  onFile?: (index: number, total: number, file: DiscoveredFile) => void;
}

export interface IngestResult {
  documents: SourceDocument[];
  issues: IngestIssue[];
  filesRead: number;
}

export function ingest(inputs: readonly string[], options: IngestOptions = {}): IngestResult {
  const discovered = discoverFiles(inputs, options.cwd ?? process.cwd());
  const read = readDocuments(discovered.files, {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    onFile: (index, file) => options.onFile?.(index, discovered.files.length, file),
  });
  return { documents: read.documents, issues: [...discovered.issues, ...read.issues], filesRead: discovered.files.length };
}

export type { IngestIssue, SourceDocument } from './document.js';
export { documentId } from './document.js';
export { DEFAULT_MAX_FILE_BYTES } from './read-documents.js';
export { SUPPORTED_EXTENSIONS } from './formats/index.js';
