/**
 * Writing a build to disk: the one place the exports touch the file system.
 *
 * In: a KnowledgeGraph, a folder and the formats wanted. Out: DIR/graph.json,
 * DIR/graph.gexf, DIR/graph.graphml (and DIR/nodes.csv, DIR/edges.csv for
 * `csv`). Each file is written to a temporary file beside it, flushed and
 * renamed over the target, so an interrupted run leaves either the old file
 * or the new one, never half of one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgraphError } from '../errors.js';
import { isProcessAlive } from '../util/process.js';
import { graphCells, type GraphCells } from './attribute-columns.js';
import { edgesCsvChunks, nodesCsvChunks } from './csv.js';
import { gexfChunks } from './gexf.js';
import { graphJsonChunks, type KnowledgeGraph } from './graph-json.js';
import { graphmlChunks } from './graphml.js';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** One output file: its name in the build folder and its content in pieces, to write one after another. */
export interface ExportFile {
  name: string;
  content: Iterable<string>;
}

/** The files of one format, named as in a build folder (csv gives two); the formats of one export can share their `GraphCells`. */
export function formatExport(graph: KnowledgeGraph, format: ExportFormat, shared?: GraphCells): ExportFile[] {
  if (format === 'json') return [{ name: 'graph.json', content: graphJsonChunks(graph) }];
  const cells = shared ?? graphCells(graph);
  switch (format) {
    case 'gexf':
      return [{ name: 'graph.gexf', content: gexfChunks(graph, cells) }];
    case 'graphml':
      return [{ name: 'graph.graphml', content: graphmlChunks(graph, cells) }];
    case 'csv':
      return [
        { name: 'nodes.csv', content: nodesCsvChunks(graph, cells) },
        { name: 'edges.csv', content: edgesCsvChunks(graph, cells) },
      ];
  }
}

/**
 * Writes the graph into `dir` (created if needed) in each format and returns
 * the paths written, in order. The same graph always gives the same bytes.
 */
export function writeBuildOutputs(
  graph: KnowledgeGraph,
  dir: string,
  formats: readonly ExportFormat[] = ['json', 'gexf', 'graphml'],
): string[] {
  for (const format of formats) {
    if (!isExportFormat(format)) {
      throw new KgraphError(`unknown export format "${String(format)}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
    }
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new KgraphError(`cannot create the output folder ${dir}: ${(error as Error).message}`);
  }
  removeAbandonedTemporaryFiles(dir);
  const written: string[] = [];
  // graph.json needs no columns.
  const cells = formats.some((format) => format !== 'json') ? graphCells(graph) : undefined;
  for (const format of formats) {
    for (const file of formatExport(graph, format, cells)) {
      const path = join(dir, file.name);
      writeFileAtomic(path, file.content);
      written.push(path);
    }
  }
  return written;
}

let temporaryCounter = 0;
/** Bytes gathered before a write: pieces are encoded straight into one buffer, with no joined string between. */
const WRITE_BYTES = 1 << 22;

/** `.NAME.PID.N.tmp`: the temporary files writeFileAtomic creates for the build's own files. */
const TEMPORARY_FILE = /^\.(?:graph\.json|graph\.gexf|graph\.graphml|nodes\.csv|edges\.csv|extraction-cache\.jsonl)\.(\d+)\.\d+\.tmp$/;

/**
 * Removes the temporary files a killed run left in `dir`: those of processes
 * that no longer exist. Files of a live process are left alone.
 */
export function removeAbandonedTemporaryFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY_FILE.exec(name);
    if (match && !isProcessAlive(Number(match[1]))) rmSync(join(dir, name), { force: true });
  }
}


/**
 * Writes `content` to `path` through a temporary file in the same folder and
 * a rename, which replaces the target in one step. Content in pieces is
 * written piece by piece, so it is never held whole; a piece of bytes (a
 * cache's line copied as read) is written as it is.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string | Uint8Array>): void {
  temporaryCounter += 1;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${temporaryCounter}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      let buffer = Buffer.allocUnsafe(WRITE_BYTES);
      let used = 0;
      const flush = (): void => {
        let offset = 0;
        while (offset < used) offset += writeSync(fd, buffer, offset, used - offset);
        used = 0;
      };
      for (const piece of typeof content === 'string' ? [content] : content) {
        // A UTF-16 code unit takes at most three bytes of UTF-8 (a pair of them, four).
        const most = typeof piece === 'string' ? 3 * piece.length : piece.length;
        if (used + most > buffer.length) {
          flush();
          if (most > buffer.length) buffer = Buffer.allocUnsafe(most);
        }
        if (typeof piece === 'string') used += buffer.write(piece, used);
        else {
          buffer.set(piece, used);
          used += piece.length;
        }
      }
      flush();
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new KgraphError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
