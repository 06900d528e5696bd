import type { IngestIssue, SourceDocument } from '../document.js';

export interface ParsedFile {
  documents: SourceDocument[];
  issues: IngestIssue[];
}

/** Turns one file's decoded text into documents. Pure: no I/O. */
export type FormatParser = (text: string, source: string) => ParsedFile;

/** What one record of a record file (JSON Lines, CSV) gives: a document, a reason it was skipped, or nothing (a blank line). */
export type RecordResult = { document: SourceDocument } | { issue: IngestIssue } | undefined;
