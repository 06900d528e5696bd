import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentId, type SourceDocument } from '../ingest/index.js';
import { defaultMentionContext, findNameMentions, nameTokens } from '../nlp/mentions.js';
import { readInSentenceCase } from '../nlp/sentence-case.js';
import { splitSentences } from '../nlp/sentences.js';
import { extractInWorkers } from './extraction-pool.js';
import { EXTRACTION_CACHE_FILE, extractDocument, extractDocuments, extractInThisThread, MIN_DOCUMENTS_PER_WORKER, openExtractionCache, restoreSentences, restoreSyntax, sentenceSpans } from './index.js';
import { parseSentence } from '../nlp/parse/index.js';

const TEXTS = [
  'Quill Talks Resume\nForeign Minister Anna Kovacs of Ruritania met the envoy of Borduria in Geneva on Monday. “Ruritania’s offer stands,” she said.\nThe Zenda Trade Union (ZTU) criticised the tariffs; farmers’ groups agreed.',
  'Strelsau floods\nHeavy rain flooded Strelsau on Tuesday, and volunteers of the Red Cross arrived — the mayor thanked them. Prices of grains rose.',
  'U.S. and Sylvanian negotiators met again. The sanctions were discussed; sanctions on steel remain.',
];
const documents: SourceDocument[] = TEXTS.map((text, i) => ({ id: documentId(text), title: `Article ${i + 1}`, text, source: `article-${i + 1}.txt` }));

describe('extractDocument', () => {
  const context = defaultMentionContext();

  it.each(TEXTS.map((text, i) => [i + 1, text]))('restores the sentences and tokens of article %i as splitSentences made them', (_n, text) => {
    expect(restoreSentences(text, extractDocument(text, context))).toEqual(splitSentences(text));
  });

  it.each(TEXTS.map((text, i) => [i + 1, text]))('keeps the name mentions of article %i', (_n, text) => {
    expect(extractDocument(text, context).names).toEqual(findNameMentions(splitSentences(text), context));
  });

  it.each(TEXTS.map((text, i) => [i + 1, text]))('restores the syntactic reading of every sentence of article %i as parseSentence gave it, names known and headlines in sentence case', (_n, text) => {
    const extraction = extractDocument(text, context);
    const sentences = splitSentences(text);
    const names = findNameMentions(sentences, context);
    const inName = nameTokens(sentences, names);
    const anyName = nameTokens(sentences, names, true);
    const read = sentences.map((sentence) => readInSentenceCase(sentence, context.wordCase!));
    expect(restoreSyntax(extraction)).toEqual(read.map((sentence, i) => parseSentence(sentence.tokens, undefined, inName[i], anyName[i])));
  });

  it.each(TEXTS.map((text, i) => [i + 1, text]))('gives the start and end of every sentence of article %i without restoring its tokens', (_n, text) => {
    const spans = sentenceSpans(extractDocument(text, context));
    expect(Array.from(spans)).toEqual(splitSentences(text).flatMap((sentence) => [sentence.start, sentence.end]));
  });

  it('survives a round trip through the cache file unchanged, its offsets and syntax packed into strings', () => {
    const extraction = extractDocument(TEXTS[0], context);
    const dir = mkdtempSync(join(tmpdir(), 'kgraph-extraction-'));
    try {
      const written = openExtractionCache(dir, 'fingerprint').cache;
      written.keep(TEXTS[0], extraction);
      written.save();
      expect(readFileSync(join(dir, EXTRACTION_CACHE_FILE), 'utf8')).toMatch(/"tokens":"[A-Za-z0-9+/]+=*"/);
      expect(openExtractionCache(dir, 'fingerprint').cache.get(TEXTS[0])).toEqual(extraction);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('openExtractionCache', () => {
  const context = defaultMentionContext();
  const extractions = TEXTS.map((text) => extractDocument(text, context));
  const saved = (dir: string, texts: readonly string[], reopen: boolean) => {
    const { cache } = openExtractionCache(dir, 'fingerprint');
    for (const text of texts) cache.keep(text, (reopen && cache.get(text)) || extractions[TEXTS.indexOf(text)]!);
    cache.save();
    return readFileSync(join(dir, EXTRACTION_CACHE_FILE), 'utf8');
  };

  it('writes, after a rebuild that dropped one text and added another, the file a fresh cache of the same texts writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kgraph-extraction-'));
    try {
      saved(dir, TEXTS.slice(0, 2), false);
      const rebuilt = saved(dir, TEXTS.slice(1), true);
      rmSync(join(dir, EXTRACTION_CACHE_FILE));
      expect(rebuilt).toBe(saved(dir, TEXTS.slice(1), false));
      expect(openExtractionCache(dir, 'fingerprint').cache.get(TEXTS[2])).toEqual(extractions[2]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('extractInWorkers', () => {
  it('gives from a pool of two worker threads what this thread gives, in input order', async () => {
    expect(await extractInWorkers(TEXTS, 2)).toEqual(extractInThisThread(TEXTS));
  });
});

describe('extractDocuments', () => {
  it('gives in two worker threads what it gives in this thread, in input order', async () => {
    const texts = Array.from({ length: 2 * MIN_DOCUMENTS_PER_WORKER }, (_, i) => `${TEXTS[i % TEXTS.length]}\nReport ${i + 1}.`);
    const many = texts.map((text, i) => ({ id: documentId(text), title: `Report ${i + 1}`, text, source: `report-${i + 1}.txt` }));
    const extracted: string[] = [];
    const inWorkers = await extractDocuments(many, { threads: 2, onExtracted: (_done, _total, document) => void extracted.push(document.source) });
    expect(inWorkers.fresh).toBe(many.length);
    expect(inWorkers.extractions).toEqual(extractInThisThread(texts));
    expect(extracted.sort()).toEqual(many.map((d) => d.source).sort());
  });

  it('extracts only what the cache does not hold, and keeps every document in it', async () => {
    const held = new Map<string, ReturnType<typeof extractDocument>>();
    const cache = { get: (text: string) => held.get(text), keep: (text: string, extraction: ReturnType<typeof extractDocument>) => void held.set(text, extraction) };
    const first = await extractDocuments(documents.slice(0, 2), { threads: 1, cache });
    const second = await extractDocuments(documents, { threads: 1, cache });
    expect([first.fresh, second.fresh]).toEqual([2, 1]);
    expect(second.extractions[0]).toBe(first.extractions[0]);
    expect([...held.keys()]).toEqual(TEXTS.slice(0, 2).concat(TEXTS[2]));
  });
});
