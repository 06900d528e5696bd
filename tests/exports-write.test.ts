import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../packages/core/src/cli/commands/export.js';
import type { CommandIO } from '../packages/core/src/cli/command.js';
import { runCli } from '../packages/core/src/cli/run-cli.js';
import { KgraphError } from '../packages/core/src/errors.js';
import { formatGexf } from '../packages/core/src/io/gexf.js';
import { formatGraphJson, readGraph } from '../packages/core/src/io/graph-json.js';
import { formatGraphml } from '../packages/core/src/io/graphml.js';
import { writeBuildOutputs, writeFileAtomic } from '../packages/core/src/io/write-outputs.js';
import { buildSampleGraph } from './exports-sample-graph.js';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `kgraph-${name}-`));

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('writeBuildOutputs', () => {
  it('writes graph.json, graph.gexf and graph.graphml into a folder it creates, and nothing else', () => {
    const dir = join(fresh('outputs'), 'nested', 'out');
    const written = writeBuildOutputs(buildSampleGraph(), dir);
    expect(written).toEqual(['graph.json', 'graph.gexf', 'graph.graphml'].map((name) => join(dir, name)));
    const files = filesOf(dir);
    expect(Object.keys(files)).toEqual(['graph.gexf', 'graph.graphml', 'graph.json']);
    expect(files['graph.gexf']).toBe(formatGexf(buildSampleGraph()));
    expect(files['graph.graphml']).toBe(formatGraphml(buildSampleGraph()));
    expect(files['graph.json']).toBe(formatGraphJson(buildSampleGraph()));
  });

  it('writes byte-identical files on two runs over the same graph', () => {
    const first = fresh('first');
    const second = fresh('second');
    writeBuildOutputs(buildSampleGraph(), first, ['json', 'gexf', 'graphml', 'csv']);
    writeBuildOutputs(buildSampleGraph(), second, ['json', 'gexf', 'graphml', 'csv']);
    const a = filesOf(first);
    expect(Object.keys(a)).toEqual(['edges.csv', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv']);
    expect(filesOf(second)).toEqual(a);
  });

  it('writes a graph.json that reads back as the same graph', () => {
    const dir = fresh('roundtrip');
    writeBuildOutputs(buildSampleGraph(), dir, ['json']);
    expect(readGraph(dir).export()).toEqual(buildSampleGraph().export());
  });

  it('replaces an older file whole and leaves no temporary file behind', () => {
    const dir = fresh('replace');
    writeFileSync(join(dir, 'graph.gexf'), 'old '.repeat(100_000));
    writeBuildOutputs(buildSampleGraph(), dir, ['gexf']);
    expect(filesOf(dir)).toEqual({ 'graph.gexf': formatGexf(buildSampleGraph()) });
  });

  it('reports a write it cannot finish as a KgraphError and removes its temporary file', () => {
    const dir = fresh('blocked');
    mkdirSync(join(dir, 'graph.gexf', 'occupied'), { recursive: true });
    expect(() => writeFileAtomic(join(dir, 'graph.gexf'), 'text')).toThrow(KgraphError);
    expect(readdirSync(dir)).toEqual(['graph.gexf']);
  });

  it('removes temporary files left by a killed run, and only those of processes that are gone', () => {
    const dir = fresh('abandoned');
    const gone = spawnSync(process.execPath, ['-e', '']).pid as number;
    writeFileSync(join(dir, `.graph.gexf.${gone}.1.tmp`), 'half a fi');
    writeFileSync(join(dir, `.graph.json.${process.pid}.99.tmp`), 'in progress');
    writeFileSync(join(dir, `.notes.${gone}.1.tmp`), 'not ours');
    writeBuildOutputs(buildSampleGraph(), dir, ['gexf']);
    expect(readdirSync(dir).sort()).toEqual([`.graph.json.${process.pid}.99.tmp`, `.notes.${gone}.1.tmp`, 'graph.gexf']);
  });

  it('rejects an unknown format before writing anything', () => {
    const dir = join(fresh('unknown'), 'out');
    expect(() => writeBuildOutputs(buildSampleGraph(), dir, ['gexf', 'pdf' as never])).toThrow(/unknown export format "pdf"/);
    expect(existsSync(dir)).toBe(false);
  });
});

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function kgraphExport(args: string[], cwd: string): Promise<Captured> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.stdout.push(c));
  stderr.on('data', (c: Buffer) => chunks.stderr.push(c));
  const io: CommandIO = { stdout, stderr, env: {}, cwd };
  const code = await runCli(['export', ...args], [exportCommand], '0.0.0', io);
  return { code, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8') };
}

function buildFolder(): string {
  const root = fresh('cli');
  writeBuildOutputs(buildSampleGraph(), join(root, 'out'), ['json']);
  return root;
}

describe('kgraph export', () => {
  it('writes graph.gexf next to graph.json by default', async () => {
    const root = buildFolder();
    const result = await kgraphExport(['out', '--format', 'gexf'], root);
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, 'out', 'graph.gexf'), 'utf8')).toBe(formatGexf(buildSampleGraph()));
    expect(result.stdout).toContain('graph.gexf (4 nodes, 3 edges)');
  });

  it('reads out/ when no folder is given and writes GraphML to the file named by --out', async () => {
    const root = buildFolder();
    const result = await kgraphExport(['--format', 'graphml', '--out', 'exports/kg.graphml'], root);
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, 'exports', 'kg.graphml'), 'utf8')).toBe(formatGraphml(buildSampleGraph()));
  });

  it('writes nodes.csv and edges.csv into the folder named by --out', async () => {
    const root = buildFolder();
    const result = await kgraphExport(['out/graph.json', '-f', 'csv', '-o', 'tables'], root);
    expect(result.code).toBe(0);
    expect(readdirSync(join(root, 'tables')).sort()).toEqual(['edges.csv', 'nodes.csv']);
  });

  it('writes a single-file format to standard output with --out -', async () => {
    const root = buildFolder();
    const result = await kgraphExport(['out', '--format', 'gexf', '--out', '-'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(formatGexf(buildSampleGraph()));
    expect(readdirSync(join(root, 'out'))).toEqual(['graph.json']);
  });

  it('refuses --out - for csv, which writes two files, with one clear line', async () => {
    const result = await kgraphExport(['out', '--format', 'csv', '--out', '-'], buildFolder());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('kgraph export: --out - needs a single-file format; csv writes nodes.csv and edges.csv: give --out DIR.\n');
  });

  it('names the formats it knows when given an unknown one', async () => {
    const result = await kgraphExport(['out', '--format', 'pdf'], buildFolder());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('kgraph export: unknown format "pdf"; use one of json, gexf, graphml, csv.\n');
  });

  it('says how to build a graph when the folder has none', async () => {
    const root = fresh('empty');
    const result = await kgraphExport(['missing', '--format', 'gexf'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^kgraph export: .*missing does not exist\. Build a graph first: kgraph build <inputs> --out .*missing\n$/);
  });
});
