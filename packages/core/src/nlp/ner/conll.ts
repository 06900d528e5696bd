/**
 * CoNLL reader. In: the text of a CoNLL-format file — one token per line,
 * whitespace-separated columns (token first, entity tag last; 2 columns as in
 * wikigold or 4 as in CoNLL-2003), blank lines between sentences,
 * `-DOCSTART-` lines between documents, tags in IOB1 or IOB2.
 * Out: documents of sentences with tokens, tags as written, and gold spans.
 */
import { KgraphError } from '../../errors.js';
import { readTextFile } from '../../util/read-text-file.js';
import { spansFromTags, type TypedSpan } from './tags.js';

export interface ConllSentence {
  tokens: string[];
  /** The last column, as written (IOB1 or IOB2). */
  tags: string[];
  /** Gold entity spans read from `tags` with conlleval's rules. */
  spans: TypedSpan[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

const TAG_PATTERN = /^(?:O|[BIELSU]-\S+)$/;

/** Parses CoNLL text; `source` names the file in error messages. */
export function parseConll(text: string, source = 'input'): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let document: ConllDocument | undefined;
  let tokens: string[] = [];
  let tags: string[] = [];
  const closeSentence = (): void => {
    if (tokens.length === 0) return;
    if (!document) {
      document = { sentences: [] };
      documents.push(document);
    }
    document.sentences.push({ tokens, tags, spans: spansFromTags(tags) });
    tokens = [];
    tags = [];
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') {
      closeSentence();
      continue;
    }
    const columns = line.split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      closeSentence();
      document = undefined;
      continue;
    }
    if (columns.length < 2) {
      throw new KgraphError(`${source}:${n + 1}: expected a token and a tag separated by whitespace, got "${line.slice(0, 60)}".`);
    }
    const tag = columns[columns.length - 1]!;
    if (!TAG_PATTERN.test(tag)) {
      throw new KgraphError(`${source}:${n + 1}: "${tag.slice(0, 30)}" is not an entity tag (O, B-TYPE or I-TYPE expected in the last column).`);
    }
    tokens.push(columns[0]!);
    tags.push(tag);
  }
  closeSentence();
  return documents;
}

/** Reads and parses a CoNLL file; a missing or unreadable file is a KgraphError. */
export async function readConllFile(path: string): Promise<ConllDocument[]> {
  const text = await readTextFile(path, 'CoNLL file');
  const documents = parseConll(text, path);
  if (documents.length === 0) throw new KgraphError(`${path}: no sentences found; is it a CoNLL file?`);
  return documents;
}
