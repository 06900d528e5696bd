import { parseCsv } from './csv.js';
import { parseHtml } from './html.js';
import { parseJsonl } from './jsonl.js';
import { parseMarkdown } from './markdown.js';
import { parsePlainText } from './plain-text.js';
import type { FormatParser } from './types.js';

/** File extensions kgraph reads, and the parser for each. */
export const PARSERS_BY_EXTENSION: Readonly<Record<string, FormatParser>> = {
  '.txt': parsePlainText,
  '.text': parsePlainText,
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.html': parseHtml,
  '.htm': parseHtml,
  '.jsonl': parseJsonl,
  '.ndjson': parseJsonl,
  '.csv': parseCsv,
};

export const SUPPORTED_EXTENSIONS = Object.keys(PARSERS_BY_EXTENSION);

export type { FormatParser, ParsedFile } from './types.js';
