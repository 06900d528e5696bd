/**
 * `kgraph export [DIR] --format gexf|graphml|json|csv [--out FILE_OR_DIR]`:
 * re-exports a build (DIR/graph.json) in another format, beside it by default.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { CommandSpec } from '../command.js';
import { KgraphError } from '../../errors.js';
import { readGraph } from '../../io/graph-json.js';
import { EXPORT_FORMATS, formatExport, isExportFormat, writeFileAtomic } from '../../io/write-outputs.js';

/** The folder that holds the build's graph.json (DIR itself, or the folder of a graph.json path). */
function buildFolderOf(path: string): string {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return path;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'write a built graph as GEXF, GraphML, JSON or CSV',
  usage: 'kgraph export [DIR] --format gexf|graphml|json|csv [--out FILE_OR_DIR]',
  details:
    'Reads DIR/graph.json (DIR defaults to out) and writes it in the format asked for, next to it unless --out says\n' +
    'otherwise: graph.gexf, graph.graphml, graph.json, or nodes.csv and edges.csv. --out takes a file or a folder;\n' +
    '--out - writes a single-file format to standard output. Arrays (aliases, documents, evidence) are JSON text.',
  options: {
    format: { type: 'string', short: 'f', value: 'FORMAT', description: `one of ${EXPORT_FORMATS.join(', ')}`, default: 'gexf' },
    out: { type: 'string', short: 'o', value: 'FILE_OR_DIR', description: 'where to write; - for standard output' },
  },
  async run(args, io) {
    if (args.positionals.length > 1) throw new KgraphError('expects at most one DIR. See `kgraph export --help`.');
    const format = args.values.format ?? 'gexf';
    if (!isExportFormat(format)) {
      throw new KgraphError(`unknown format "${String(format)}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
    }
    const build = resolve(io.cwd, args.positionals[0] ?? 'out');
    const graph = readGraph(build);
    const files = formatExport(graph, format);
    const out = typeof args.values.out === 'string' ? args.values.out : undefined;

    if (out === '-') {
      const [file, ...more] = files;
      if (!file || more.length > 0) {
        throw new KgraphError(`--out - needs a single-file format; ${format} writes ${files.map((f) => f.name).join(' and ')}: give --out DIR.`);
      }
      for (const piece of file.content) io.stdout.write(piece);
      return 0;
    }

    let targets: string[];
    if (out === undefined) {
      const folder = buildFolderOf(build);
      targets = files.map((f) => join(folder, f.name));
    } else {
      const target = resolve(io.cwd, out);
      const asFolder = files.length > 1 || isDirectory(target) || out.endsWith('/') || out.endsWith(sep);
      targets = asFolder ? files.map((f) => join(target, f.name)) : [target];
    }
    for (const [i, file] of files.entries()) {
      const path = targets[i] as string;
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        throw new KgraphError(`cannot create the folder of ${path}: ${(error as Error).message}`);
      }
      writeFileAtomic(path, file.content);
    }
    io.stdout.write(`kgraph export: wrote ${targets.join(', ')} (${graph.order} nodes, ${graph.size} edges)\n`);
    return 0;
  },
};
