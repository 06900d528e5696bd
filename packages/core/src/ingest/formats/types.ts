import type { IngestIssue, SourceDocument } from '../document.js';

export interface ParsedFile {
  documents: SourceDocument[];
  issues: IngestIssue[];
}

/** Turns one file's decoded text into documents. Pure: no I/O. */
export type FormatParser = (text: string, source: string) => ParsedFile;
