/**
 * The whole pipeline as one library call:
 *   ingest → extract (per document, on every core, cached) → nlp across
 *   documents → resolve → relate → graph (assemble, analyze)
 * Inputs are paths; the result is the graph and what happened to each input.
 * Writing files is the caller's job (see io/write-outputs.ts).
 */
import { performance } from 'node:perf_hooks';
import { extractDocuments, extractInThisThread, restoreSentences, restoreSyntax, sentenceSpans, type DocumentExtraction, type ExtractionCache, type RelationCache } from './extract/index.js';
import { analyzeGraph, DEFAULT_ANALYZE_OPTIONS, positionNodes } from './graph/analyze.js';
import { assembleGraph } from './graph/assemble.js';
import type { Evidence } from './graph/attributes.js';
import { ingest, type IngestIssue, type SourceDocument } from './ingest/index.js';
import type { KnowledgeGraph } from './io/graph-json.js';
import { keepConfirmedHeadingNames } from './nlp/mentions.js';
import { relateDocuments } from './relate/index.js';
import { namesWithoutMarkup } from './resolve/markup.js';
import { resolveEntities } from './resolve/resolve-entities.js';
import { lazyCorpus } from './util/corpus.js';

export type BuildStage = 'read' | 'extract' | 'resolve' | 'relate' | 'analyze';

/** Stages whose durations a build reports (export is the caller's). */
export type TimedStage = 'ingest' | 'nlp' | 'resolve' | 'relate' | 'assemble' | 'metrics' | 'layout';

export interface BuildOptions {
  cwd?: string;
  maxFileBytes?: number;
  /** RELATED_TO edges need this many sentences; default 1 for up to 500 documents, else 2. */
  minCooccurrence?: number;
  evidenceLimit?: number;
  seed?: number;
  name?: string;
  generator?: string;
  /** Worker threads for per-document extraction; 1 runs it in this thread. Default: the machine's cores. */
  threads?: number;
  /** Where extractions of earlier builds are looked up, and this build's are kept. */
  cache?: ExtractionCache;
  /** Where each document's anaphors and relations of earlier builds are looked up, and this build's are kept. */
  relationCache?: RelationCache;
  onProgress?: (stage: BuildStage, done: number, total: number, detail?: string) => void;
  /** Called as each stage ends, with its wall-clock duration. */
  onStageTime?: (stage: TimedStage, milliseconds: number) => void;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  documents: SourceDocument[];
  issues: IngestIssue[];
  filesRead: number;
  /** Documents extracted by this build; the others came from the cache. */
  extracted: number;
}

export async function buildGraph(inputs: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => undefined);
  const time = stageTimer(options);
  const read = ingest(inputs, {
    cwd: options.cwd,
    maxFileBytes: options.maxFileBytes,
    onFile: (index, total, file) => progress('read', index + 1, total, file.display),
  });
  time('ingest');
  const { graph, fresh } = await extractAndAssemble(read.documents, options, time);
  analyzeAndPlace(graph, options, time);
  return { graph, documents: read.documents, issues: read.issues, filesRead: read.filesRead, extracted: fresh };
}

/** The pipeline after ingest, in this thread, for callers that already hold documents. */
export function buildGraphFromDocuments(documents: readonly SourceDocument[], options: BuildOptions = {}): KnowledgeGraph {
  const time = stageTimer(options);
  const graph = extractAndAssembleInThisThread(documents, options, time);
  analyzeAndPlace(graph, options, time);
  return graph;
}

/** As extractAndAssemble, without workers or cache; the extractions die when this returns. */
function extractAndAssembleInThisThread(documents: readonly SourceDocument[], options: BuildOptions, time: (stage: TimedStage) => void): KnowledgeGraph {
  const extractions = extractInThisThread(
    documents.map((document) => document.text),
    (index) => options.onProgress?.('extract', index + 1, documents.length, documents[index].source),
  );
  return assembleFromExtractions(documents, extractions, options, time);
}

/**
 * Extraction on every core (or from the cache), then the assembled graph. The
 * extractions die when this returns, before metrics and layout, unless the
 * cache keeps them to save.
 */
async function extractAndAssemble(
  documents: readonly SourceDocument[],
  options: BuildOptions,
  time: (stage: TimedStage) => void,
): Promise<{ graph: KnowledgeGraph; fresh: number }> {
  const progress = options.onProgress ?? (() => undefined);
  const { extractions, fresh } = await extractDocuments(documents, {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    onExtracted: (done, total, document) => progress('extract', done, total, document.source),
  });
  return { graph: assembleFromExtractions(documents, extractions, options, time), fresh };
}

/** The pipeline after per-document extraction, up to the assembled graph: across documents, resolve, relate, assemble. Uses up `extractions`. */
function assembleFromExtractions(
  documents: readonly SourceDocument[],
  extractions: (DocumentExtraction | undefined)[],
  options: BuildOptions,
  time: (stage: TimedStage) => void,
): KnowledgeGraph {
  const progress = options.onProgress ?? (() => undefined);
  const graph = assembleGraphOf(documents, extractRelations(documents, extractions, options.relationCache, progress, time), options);
  time('assemble');
  return graph;
}

/** Metrics, communities and layout of the assembled graph. */
function analyzeAndPlace(graph: KnowledgeGraph, options: BuildOptions, time: (stage: TimedStage) => void): void {
  const progress = options.onProgress ?? (() => undefined);
  progress('analyze', 0, 2, 'metrics');
  const analysis = analyzeGraph(graph, { ...DEFAULT_ANALYZE_OPTIONS, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  time('metrics');
  progress('analyze', 1, 2, 'layout');
  positionNodes(graph, analysis);
  progress('analyze', 2, 2);
  time('layout');
}

/** Reports the time since the previous stage ended (or since it was made) as the duration of `stage`. */
function stageTimer(options: BuildOptions): (stage: TimedStage) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    options.onStageTime?.(stage, now - last);
    last = now;
  };
}

/** The graph of what extraction found; the extraction's mentions die with this call, before the layout. */
function assembleGraphOf(documents: readonly SourceDocument[], found: ReturnType<typeof extractRelations>, options: BuildOptions): KnowledgeGraph {
  return assembleGraph(documents, found.entities, found.mentions, found.relations, found.locate, {
    name: options.name ?? 'kgraph',
    generator: options.generator ?? 'kgraph',
    evidenceLimit: options.evidenceLimit ?? 5,
    minCooccurrence: options.minCooccurrence ?? (documents.length <= 500 ? 1 : 2),
  });
}

/**
 * The across-document part of nlp, then resolve → relate, over the compact
 * extractions: each step reads the corpus a document at a time, restoring
 * that document's sentences and syntax and letting them go before the next,
 * so a build never holds more than one document's tokens (docs/scaling.md,
 * Cost growth). A document whose anaphors and relations `cache` holds for
 * its present inputs is not read for them; its concept candidates, held the
 * same way, are not worked out again. The extractions are used up:
 * they leave `extractions` once relate is done (the cache, when there is
 * one, keeps its own).
 */
function extractRelations(
  documents: readonly SourceDocument[],
  extractions: (DocumentExtraction | undefined)[],
  cache: RelationCache | undefined,
  progress: NonNullable<BuildOptions['onProgress']>,
  time: (stage: TimedStage) => void,
) {
  const extractionAt = (index: number) => extractions[index]!;
  const confirmed = keepConfirmedHeadingNames(extractions.map((extraction) => extraction!.names));
  const sentencesAt = (index: number) => restoreSentences(documents[index]!.text, extractionAt(index));
  const names = namesWithoutMarkup(lazyCorpus(documents.length, (index) => ({ url: documents[index]!.url, sentences: sentencesAt(index), names: confirmed[index]! })));
  const analyzed = lazyCorpus(documents.length, (index) => {
    const { id, url } = documents[index]!;
    return { id, url, sentences: sentencesAt(index), names: names[index]!, syntax: restoreSyntax(extractionAt(index)) };
  });
  const locate = evidenceLocator(documents, extractions);
  time('nlp');

  progress('resolve', 0, 1);
  // Concepts (inside resolution) take a document's candidates from the cache where its text and names are unchanged.
  const { entities, mentions } = resolveEntities(
    analyzed,
    cache && {
      anaphors: (index, own, types, find) => cache.anaphors(documents[index]!, own, types, find),
      candidates: (index, read) => cache.candidates(documents[index]!, names[index]!, read),
    },
  );
  progress('resolve', 1, 1);
  time('resolve');
  progress('relate', 0, 1);
  const relations = relateDocuments(
    analyzed,
    documents.map((document, index) => ({ id: document.id, headings: extractionAt(index).headings })),
    mentions,
    entities,
    cache && ((index, sentence, own, types, find) => cache.relations(documents[index]!, sentence, own, types, find)),
  );
  extractions.fill(undefined);
  progress('relate', 1, 1);
  time('relate');

  return { entities, mentions, relations, locate };
}

/**
 * Evidence by document and sentence index: the sentences' offsets only, the
 * text sliced from the document when asked. Made here rather than inside
 * extractRelations because a closure there would share its scope, and with
 * it keep every extraction alive.
 */
function evidenceLocator(documents: readonly SourceDocument[], extractions: readonly (DocumentExtraction | undefined)[]): (docId: string, index: number) => Evidence {
  const placeOf = new Map(documents.map((document, index) => [document.id, { text: document.text, spans: sentenceSpans(extractions[index]!) }]));
  return (docId, index) => {
    const { text, spans } = placeOf.get(docId)!;
    const start = spans[2 * index]!;
    const end = spans[2 * index + 1]!;
    return { docId, sentence: text.slice(start, end), start, end };
  };
}
