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
import { graphCells, nodeColumns, type GraphCells } from './attribute-columns.js';
import { edgesCsvChunks, nodesCsvChunks } from './csv.js';
import { gexfChunks, gexfEdgeChunks, gexfNodeChunks } from './gexf.js';
import { graphJsonChunks, graphJsonEdgeChunks, graphJsonNodeChunks, type KnowledgeGraph } from './graph-json.js';
import { graphmlChunks, graphmlEdgeChunks, graphmlNodeChunks } from './graphml.js';

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
  return prepareBuildOutputs(graph, dir, formats, 0).write();
}

/** A build's files, their edges made ahead (prepareBuildOutputs); `write` makes the rest and writes them all. */
export interface PreparedOutputs {
  /** Writes every file, its nodes as they are now, and returns the paths written, in order. */
  write(): string[];
}

/** What the edges of a build's files may take in memory, made ahead of their nodes: 1× Brown's take about 43 MB. */
export const AHEAD_BYTES = 64 * 1024 * 1024;

/**
 * The graph's files, their edges (which read nothing of the nodes) made now, up
 * to `aheadBytes` of them, and the rest when `write` is called: a build makes
 * the edges while another thread works out the node metrics, then writes the
 * nodes. What `write` writes is what writeBuildOutputs writes of the graph as it
 * is then, byte for byte, as long as the edges did not change in between.
 */
export function prepareBuildOutputs(
  graph: KnowledgeGraph,
  dir: string,
  formats: readonly ExportFormat[] = ['json', 'gexf', 'graphml'],
  aheadBytes = AHEAD_BYTES,
): PreparedOutputs {
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
  // graph.json needs no columns.
  const cells = formats.some((format) => format !== 'json') ? graphCells(graph) : undefined;
  const files = formats.flatMap((format) => splitExport(graph, format, cells));
  let room = aheadBytes;
  const ahead = files.map((file) => {
    const made = renderAhead(file.edges[Symbol.iterator](), room);
    room -= made.bytes;
    return made;
  });
  return {
    write: () => {
      // The node columns' types are read from the values, which the metrics have set since.
      if (cells) cells.nodeColumns = nodeColumns(graph);
      return files.map((file, i) => {
        const path = join(dir, file.name);
        const { blocks, rest } = ahead[i]!;
        writeFileAtomic(path, concatenated<string | Uint8Array>(file.nodes(), blocks, { [Symbol.iterator]: () => rest }));
        return path;
      });
    },
  };
}

/** One file of an export in two parts: its nodes (made when written, so it reads their final attributes) and its edges. */
interface SplitFile {
  name: string;
  nodes: () => Iterable<string>;
  edges: Iterable<string>;
}

function splitExport(graph: KnowledgeGraph, format: ExportFormat, shared: GraphCells | undefined): SplitFile[] {
  if (format === 'json') return [{ name: 'graph.json', nodes: () => graphJsonNodeChunks(graph), edges: graphJsonEdgeChunks(graph) }];
  const cells = shared ?? graphCells(graph);
  switch (format) {
    case 'gexf':
      return [{ name: 'graph.gexf', nodes: () => gexfNodeChunks(graph, cells), edges: gexfEdgeChunks(graph, cells) }];
    case 'graphml':
      return [{ name: 'graph.graphml', nodes: () => graphmlNodeChunks(graph, cells), edges: graphmlEdgeChunks(graph, cells) }];
    case 'csv':
      return [
        { name: 'nodes.csv', nodes: () => nodesCsvChunks(graph, cells), edges: [] },
        { name: 'edges.csv', nodes: () => [], edges: edgesCsvChunks(graph, cells) },
      ];
  }
}

/** Bytes of the first pieces of `pieces`, up to about `most` of them, and the iterator at the first piece left. */
function renderAhead(pieces: Iterator<string>, most: number): { blocks: Buffer[]; bytes: number; rest: Iterator<string> } {
  const blocks: Buffer[] = [];
  let bytes = 0;
  let block = Buffer.allocUnsafe(0);
  let used = 0;
  const close = (): void => {
    // The last block is copied, so a mostly empty one does not keep its whole allocation.
    if (used) blocks.push(used < block.length / 2 ? Buffer.from(block.subarray(0, used)) : block.subarray(0, used));
    bytes += used;
  };
  while (bytes + used < most) {
    const next = pieces.next();
    if (next.done) break;
    const piece = next.value;
    if (used + 3 * piece.length > block.length) {
      close();
      block = Buffer.allocUnsafe(Math.max(WRITE_BYTES, 3 * piece.length));
      used = 0;
    }
    used += block.write(piece, used);
  }
  close();
  return { blocks, bytes, rest: pieces };
}

function* concatenated<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
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
