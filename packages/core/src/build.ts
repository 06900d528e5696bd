/**
 * The whole pipeline as one library call:
 *   ingest → nlp → resolve → relate → graph (assemble, analyze)
 * Inputs are paths; the result is the graph and what happened to each input.
 * Writing files is the caller's job (see io/write-outputs.ts).
 */
import { analyzeGraph, DEFAULT_ANALYZE_OPTIONS, positionNodes } from './graph/analyze.js';
import { assembleGraph } from './graph/assemble.js';
import type { Evidence } from './graph/attributes.js';
import { ingest, type IngestIssue, type SourceDocument } from './ingest/index.js';
import type { KnowledgeGraph } from './io/graph-json.js';
import { defaultMentionContext, findConceptMentions, findNameMentions, keepConfirmedHeadingNames } from './nlp/mentions.js';
import { splitSentences, type Sentence } from './nlp/sentences.js';
import { relateDocuments } from './relate/index.js';
import { conceptShortlist, tallyConcepts, type ConceptTally } from './resolve/concepts.js';
import { withoutMarkup } from './resolve/markup.js';
import { resolveEntities, type AnalyzedDocument } from './resolve/resolve-entities.js';

export type BuildStage = 'read' | 'extract' | 'resolve' | 'relate' | 'analyze';

export interface BuildOptions {
  cwd?: string;
  maxFileBytes?: number;
  /** RELATED_TO edges need this many sentences; default 1 for up to 500 documents, else 2. */
  minCooccurrence?: number;
  evidenceLimit?: number;
  seed?: number;
  name?: string;
  generator?: string;
  onProgress?: (stage: BuildStage, done: number, total: number, detail?: string) => void;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  documents: SourceDocument[];
  issues: IngestIssue[];
  filesRead: number;
}

export function buildGraph(inputs: readonly string[], options: BuildOptions = {}): BuildResult {
  const progress = options.onProgress ?? (() => undefined);
  const read = ingest(inputs, {
    cwd: options.cwd,
    maxFileBytes: options.maxFileBytes,
    onFile: (index, total, file) => progress('read', index + 1, total, file.display),
  });
  const graph = buildGraphFromDocuments(read.documents, options);
  return { graph, documents: read.documents, issues: read.issues, filesRead: read.filesRead };
}

/** The pipeline after ingest, for callers that already hold documents. */
export function buildGraphFromDocuments(documents: readonly SourceDocument[], options: BuildOptions = {}): KnowledgeGraph {
  const progress = options.onProgress ?? (() => undefined);
  const graph = assembleGraphOf(documents, extractRelations(documents, progress), options);
  progress('analyze', 0, 2, 'metrics');
  const analysis = analyzeGraph(graph, { ...DEFAULT_ANALYZE_OPTIONS, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  progress('analyze', 1, 2, 'layout');
  positionNodes(graph, analysis);
  progress('analyze', 2, 2);
  return graph;
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
 * nlp → resolve → relate. Its tokens and mentions are the bulk of a build's
 * memory; they die when it returns, before the graph is assembled and laid
 * out, and only the sentences' text stays, for evidence.
 */
function extractRelations(documents: readonly SourceDocument[], progress: NonNullable<BuildOptions['onProgress']>) {
  const context = defaultMentionContext();
  const sentencesOf = new Map<string, Sentence[]>();
  const names: ReturnType<typeof findNameMentions>[] = [];
  documents.forEach((document, index) => {
    const sentences = splitSentences(document.text);
    sentencesOf.set(document.id, sentences);
    names.push(findNameMentions(sentences, context));
    progress('extract', index + 1, documents.length, document.source);
  });
  const confirmed = keepConfirmedHeadingNames(names);
  // Concepts in two passes: tally every candidate, then keep mentions of the frequent ones only.
  const tally: ConceptTally = new Map();
  for (const sentences of sentencesOf.values()) tallyConcepts(tally, findConceptMentions(sentences, undefined, context.isModifierOnly));
  const shortlist = conceptShortlist(tally, documents.length);
  const analyzed: AnalyzedDocument[] = withoutMarkup(
    documents.map((document, index) => {
      const sentences = sentencesOf.get(document.id)!;
      return { id: document.id, url: document.url, sentences, names: confirmed[index], concepts: findConceptMentions(sentences, shortlist, context.isModifierOnly) };
    }),
  );

  progress('resolve', 0, 1);
  const { entities, mentions } = resolveEntities(analyzed, tally);
  progress('resolve', 1, 1);
  progress('relate', 0, 1);
  const relations = relateDocuments(analyzed, mentions, entities);
  progress('relate', 1, 1);

  const evidenceOf = new Map([...sentencesOf].map(([docId, sentences]) => [docId, sentences.map(({ text, start, end }) => ({ text, start, end }))]));
  const locate = (docId: string, index: number): Evidence => {
    const { text, start, end } = evidenceOf.get(docId)![index];
    return { docId, sentence: text, start, end };
  };
  return { entities, mentions, relations, locate };
}
