/**
 * extract: documents → one `DocumentExtraction` each, in input order: from
 * the cache where it holds the text, else extracted in-process (one thread)
 * or in a pool of worker threads. The result does not depend on which.
 */
import { availableParallelism } from 'node:os';
import type { SourceDocument } from '../ingest/document.js';
import { defaultMentionContext } from '../nlp/mentions.js';
import { extractDocument, type DocumentExtraction } from './document-extraction.js';
import type { ExtractionCache } from './extraction-cache.js';
import { extractInWorkers } from './extraction-pool.js';

export { extractDocument, restoreSentences, restoreSyntax, sentenceSpans, type DocumentExtraction, type ExtractedSyntax } from './document-extraction.js';
export { EXTRACTION_CACHE_FILE, openExtractionCache, type ExtractionCache, type OpenedCache } from './extraction-cache.js';
export { extractionFingerprint, relationFingerprint } from './extraction-fingerprint.js';
export { openRelationCache, RELATION_CACHE_FILE, type OpenedRelationCache, type RelationCache } from './relation-cache.js';

export interface ExtractOptions {
  /** Worker threads; 1 extracts in this thread. Default: the machine's cores. */
  threads?: number;
  cache?: ExtractionCache;
  /** Called once per document, cached or not, with how many are done. */
  onExtracted?: (done: number, total: number, document: SourceDocument) => void;
}

/**
 * A worker pays for loading its own model (about as long as extracting a few
 * dozen news articles), so a few documents are extracted in this thread.
 */
export const MIN_DOCUMENTS_PER_WORKER = 24;

export const defaultThreads = (): number => availableParallelism();

export interface Extracted {
  /** One per document, in input order. */
  extractions: DocumentExtraction[];
  /** How many were extracted now rather than taken from the cache. */
  fresh: number;
}

export async function extractDocuments(documents: readonly SourceDocument[], options: ExtractOptions = {}): Promise<Extracted> {
  const extractions: (DocumentExtraction | undefined)[] = documents.map((document) => options.cache?.get(document.text));
  let done = 0;
  const report = (index: number) => options.onExtracted?.(++done, documents.length, documents[index]);
  const missing: number[] = [];
  extractions.forEach((extraction, index) => (extraction ? report(index) : missing.push(index)));

  const threads = Math.min(options.threads ?? defaultThreads(), Math.floor(missing.length / MIN_DOCUMENTS_PER_WORKER));
  if (threads > 1) {
    const found = await extractInWorkers(missing.map((index) => documents[index].text), threads, (i) => report(missing[i]));
    found.forEach((extraction, i) => (extractions[missing[i]] = extraction));
  } else {
    extractInThisThread(missing.map((index) => documents[index].text), (i) => report(missing[i])).forEach((extraction, i) => (extractions[missing[i]] = extraction));
  }
  const all = extractions as DocumentExtraction[];
  if (options.cache) documents.forEach((document, index) => options.cache!.keep(document.text, all[index]));
  return { extractions: all, fresh: missing.length };
}

/** Extraction without workers: the same function the workers run, with the model of this thread. */
export function extractInThisThread(texts: readonly string[], onExtracted: (index: number) => void = () => undefined): DocumentExtraction[] {
  if (!texts.length) return [];
  const context = defaultMentionContext();
  return texts.map((text, index) => {
    const extraction = extractDocument(text, context);
    onExtracted(index);
    return extraction;
  });
}
