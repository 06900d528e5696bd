/**
 * `kgraph build <inputs...> [--out DIR]`: the main job. Reads files, folders
 * and globs, builds the graph and writes graph.json, graph.gexf and
 * graph.graphml. Unreadable inputs are reported one line each and skipped;
 * the exit code is 3 when anything was skipped, so scripts can tell.
 */
import { join, resolve } from 'node:path';
import { buildGraph, type BuildStage } from '../../build.js';
import { defaultThreads, extractionFingerprint, openExtractionCache, openRelationCache, relationFingerprint, type OpenedCache, type OpenedRelationCache } from '../../extract/index.js';
import { KgraphError } from '../../errors.js';
import { formatSummary, summarizeGraph } from '../../graph/summary.js';
import { SUPPORTED_EXTENSIONS } from '../../ingest/index.js';
import { DOCUMENTS_TEXT_FILE, documentsTextLines } from '../../io/documents-text.js';
import { EXPORT_FORMATS, isExportFormat, writeBuildOutputs, writeFileAtomic, type ExportFormat } from '../../io/write-outputs.js';
import { cacheEmbeddedGraph } from '../../store/embedded-graph.js';
import type { CommandSpec } from '../command.js';
import { createProgress, type Progress } from '../progress.js';
import { VERSION } from '../version.js';

export const EXIT_SKIPPED = 3;

const STAGE_LABELS: Record<BuildStage, string> = {
  read: 'reading',
  extract: 'extracting',
  resolve: 'resolving',
  relate: 'relating',
  analyze: 'analysing',
};

function positiveNumber(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new KgraphError(`--${flag} needs a positive number, not "${String(value)}".`);
  return number;
}

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'build a knowledge graph from documents and export it',
  usage: 'kgraph build <inputs...> [--out DIR] [--formats json,gexf,graphml] [--threads N] [--no-cache] [--cypher]',
  details:
    `Inputs are files, folders (read recursively) and globs ("news/**/*.md"). Supported: ${SUPPORTED_EXTENSIONS.join(', ')};\n` +
    '.jsonl holds one article per line: {"title", "text", "url"?, "published"?}.\n' +
    'Writes DIR/graph.json (graphology), DIR/graph.gexf (GEXF 1.3) and DIR/graph.graphml. The same input gives\n' +
    'the same bytes, whatever the number of threads. Files that cannot be read are reported one line each and skipped.\n' +
    'DIR/extraction-cache.jsonl keeps what was extracted from each document: building into the same DIR again\n' +
    'extracts only new or changed documents (and all of them after an upgrade), with the same result as a fresh build;\n' +
    'DIR/relation-cache.jsonl keeps each document\'s relations, found again only where its names or their types changed.\n' +
    '--cypher also loads the graph into DIR/kuzu/, the embedded database `kgraph query` reads.\n' +
    'Exit code: 0 all read, 3 built but some inputs skipped, 2 nothing to build or bad usage.',
  options: {
    out: { type: 'string', short: 'o', value: 'DIR', description: 'output folder', default: 'out' },
    formats: { type: 'string', value: 'LIST', description: `formats to write, comma-separated (${EXPORT_FORMATS.join(', ')})`, default: 'json,gexf,graphml' },
    'max-file-size': { type: 'string', value: 'MB', description: 'skip files larger than this (in .jsonl and .csv files: records, read one at a time)', default: '16' },
    'min-cooccurrence': { type: 'string', value: 'N', description: 'sentences two entities must share for a RELATED_TO edge (default: 1 up to 500 documents, else 2)' },
    seed: { type: 'string', value: 'N', description: 'seed for layout and communities', default: '42' },
    threads: { type: 'string', value: 'N', description: "worker threads for per-document extraction; 1 runs without workers (default: the machine's cores)" },
    cache: { type: 'boolean', description: 'reuse and update DIR/extraction-cache.jsonl and DIR/relation-cache.jsonl (--no-cache to read every document afresh)', default: true },
    cypher: { type: 'boolean', description: 'also build the query cache DIR/kuzu/ now, rather than on the first `kgraph query`' },
    quiet: { type: 'boolean', short: 'q', description: 'print only problems' },
  },
  async run({ positionals, values }, io) {
    if (!positionals.length) throw new KgraphError('give at least one file, folder or glob to read, e.g. `kgraph build seeds --out out`.');
    const out = resolve(io.cwd, String(values.out ?? 'out'));
    const formats = String(values.formats ?? 'json,gexf,graphml').split(',').map((f) => f.trim()).filter(Boolean);
    const unknown = formats.filter((f) => !isExportFormat(f));
    if (unknown.length) throw new KgraphError(`unknown format "${unknown[0]}"; use ${EXPORT_FORMATS.join(', ')}.`);
    if (!formats.includes('json')) formats.unshift('json');
    const maxMb = positiveNumber(values['max-file-size'], 'max-file-size') ?? 16;
    const minCooccurrence = positiveNumber(values['min-cooccurrence'], 'min-cooccurrence');
    const seed = values.seed === undefined ? 42 : Number(values.seed);
    if (!Number.isInteger(seed)) throw new KgraphError(`--seed needs a whole number, not "${String(values.seed)}".`);
    const threads = positiveNumber(values.threads, 'threads') ?? defaultThreads();
    if (!Number.isInteger(threads)) throw new KgraphError(`--threads needs a whole number, not "${String(values.threads)}".`);
    let cache: OpenedCache | undefined;
    let relationCache: OpenedRelationCache | undefined;
    if (values.cache !== false) {
      cache = openExtractionCache(out, extractionFingerprint());
      relationCache = openRelationCache(out, relationFingerprint());
      for (const warning of [cache.warning, relationCache.warning]) if (warning) io.stderr.write(`kgraph build: warning ${warning}\n`);
    }

    let progress: Progress | undefined;
    let stage: BuildStage | undefined;
    const result = await buildGraph(positionals, {
      cwd: io.cwd,
      threads,
      ...(cache ? { cache: cache.cache } : {}),
      ...(relationCache ? { relationCache: relationCache.cache } : {}),
      maxFileBytes: maxMb * 1024 * 1024,
      seed,
      generator: `kgraph ${VERSION}`,
      ...(minCooccurrence ? { minCooccurrence } : {}),
      onProgress: values.quiet
        ? undefined
        : (next, done, total, detail) => {
            if (next !== stage) {
              progress?.done();
              stage = next;
              progress = createProgress(io.stderr, STAGE_LABELS[next], total);
            }
            progress?.tick(done, detail);
          },
    });
    progress?.done();

    const skipped = result.issues.filter((i) => i.severity === 'skipped');
    for (const issue of result.issues) io.stderr.write(`kgraph build: ${issue.severity === 'skipped' ? 'skipped' : 'warning'} ${issue.source}: ${issue.reason}\n`);
    if (result.documents.length === 0) {
      throw new KgraphError(`no documents to build from (${skipped.length} input${skipped.length === 1 ? '' : 's'} skipped); nothing was written.`);
    }
    const written = writeBuildOutputs(result.graph, out, formats as ExportFormat[]);
    // The articles' text, for the viewer's article reader (graph.json keeps only their metadata).
    const textFile = join(out, DOCUMENTS_TEXT_FILE);
    writeFileAtomic(textFile, documentsTextLines(result.documents));
    written.push(textFile);
    cache?.cache.save();
    relationCache?.cache.save();
    if (values.cypher) {
      await cacheEmbeddedGraph(out);
      written.push(join(out, 'kuzu'));
    }
    if (!values.quiet) {
      io.stdout.write(`${formatSummary(summarizeGraph(result.graph))}\n`);
      io.stdout.write(`skipped:    ${skipped.length} input${skipped.length === 1 ? '' : 's'}\n`);
      if (cache) io.stdout.write(`extracted:  ${result.extracted} of ${result.documents.length} documents (the others from the cache)\n`);
      io.stdout.write(`wrote:      ${written.join(', ')}\n`);
    }
    return skipped.length ? EXIT_SKIPPED : 0;
  },
};
