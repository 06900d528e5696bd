/**
 * The articles' text beside the graph, for the viewer's article reader:
 * `documents.jsonl`, one `{"id","text"}` per line, sorted by id. graph.json
 * keeps only the articles' metadata; evidence offsets point into this text.
 */
import type { SourceDocument } from '../ingest/document.js';

export const DOCUMENTS_TEXT_FILE = 'documents.jsonl';

export function formatDocumentsText(documents: readonly SourceDocument[]): string {
  const byId = new Map(documents.map((document) => [document.id, document.text]));
  return [...byId]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id, text]) => `${JSON.stringify({ id, text })}\n`)
    .join('');
}
