/**
 * The articles' text beside the graph, for the viewer's article reader:
 * `documents.jsonl`, one `{"id","text"}` per line, sorted by id. graph.json
 * keeps only the articles' metadata; evidence offsets point into this text.
 */
import type { SourceDocument } from '../ingest/document.js';

export const DOCUMENTS_TEXT_FILE = 'documents.jsonl';

/** The file's lines, one article at a time: the texts of a large corpus never become one string. */
export function* documentsTextLines(documents: readonly SourceDocument[]): Generator<string> {
  const byId = new Map(documents.map((document) => [document.id, document.text]));
  for (const [id, text] of [...byId].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) yield `${JSON.stringify({ id, text })}\n`;
}
