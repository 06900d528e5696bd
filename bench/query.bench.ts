/**
 * The embedded Cypher engine (Kuzu): load time, cached open time and query
 * latency on the seeds build and on a generated news-shaped graph of 10k
 * nodes / 50k edges, side by side with baselines measured in the same run
 * (reading graph.json with graphology; the same question answered by a
 * graphology loop), plus the install size the engine adds. The CLI is also
 * timed as whole processes: the first query, which builds the query cache,
 * with its peak RSS, and a query that opens it.
 *
 *   npm run bench:query                  # seeds + 10k/50k
 *   npm run bench -- query --nodes 2000 --edges 10000
 *   npm run bench -- query --json        # one JSON object instead of text
 *   npm run bench -- query --graph DIR   # also a build of your own, e.g. 1× Brown (its DIR/kuzu/ is rebuilt)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COMMANDS } from '../packages/core/src/cli/commands/index.js';
import { runCli } from '../packages/core/src/cli/run-cli.js';
import { formatGraphJson, readGraph, type KnowledgeGraph } from '../packages/core/src/io/graph-json.js';
import { graphToCypherRows } from '../packages/core/src/store/cypher-rows.js';
import { openEmbeddedGraph } from '../packages/core/src/store/embedded-graph.js';
import { createEmbeddedStore, type EmbeddedStore } from '../packages/core/src/store/kuzu-store.js';
import { generateNewsGraph } from './query-graph-generator.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    graph: { type: 'string' },
  },
  allowPositionals: true,
  // `npm run bench -- <filter> --flags` hands every bench the same flags; ignore the ones meant for others.
  strict: false,
});
const runs = Number(values.runs);
const nodeCount = Number(values.nodes);
const edgeCount = Number(values.edges);
const repo = join(import.meta.dirname, '..');

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
async function timeMedian(n: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await time(work));
  return median(samples);
}
const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** Bytes under a folder (files only, symlinks not followed). */
function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** A package and every package it depends on, transitively, as installed in the root node_modules. */
function dependencyTree(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  const manifest = join(repo, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return seen;
  seen.add(name);
  const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(dependencies)) dependencyTree(dependency, seen);
  return seen;
}

function installSizes() {
  const mb = (bytes: number) => Math.round(bytes / 1e6);
  const tree = (name: string) => [...dependencyTree(name)].reduce((sum, pkg) => sum + folderBytes(join(repo, 'node_modules', pkg)), 0);
  const kuzuDir = join(repo, 'node_modules', 'kuzu');
  return {
    kuzuPackageMB: mb(folderBytes(kuzuDir)),
    kuzuSourceTreeMB: mb(folderBytes(join(kuzuDir, 'kuzu-source'))),
    kuzuPrebuiltAllPlatformsMB: mb(folderBytes(join(kuzuDir, 'prebuilt'))),
    kuzuNativeBinaryMB: mb(statSync(join(kuzuDir, 'kuzujs.node')).size),
    kuzuWithDependenciesMB: mb(tree('kuzu')),
    kuzuDependencyPackages: dependencyTree('kuzu').size,
    neo4jDriverWithDependenciesMB: mb(tree('neo4j-driver')),
  };
}

interface CliRun {
  ms: number;
  peakRssMB: number;
}

// Node reports no resource usage for a child, so a small module loaded first makes the child print its own peak
// RSS. Linux's VmHWM, because a spawned process's maxRSS starts from its parent's (this bench's, hundreds of MB).
const PRINT_PEAK_RSS = `data:text/javascript,${encodeURIComponent(
  "import { readFileSync } from 'node:fs';" +
    "process.on('exit', () => { let kb; try { kb = /VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]; }" +
    " catch { kb = process.resourceUsage().maxRSS; } process.stderr.write(`peak-rss-kb ${kb}\\n`); });",
)}`;

/** One whole `kgraph` process: wall time and peak RSS. */
function runCliProcess(cli: string, args: string[]): CliRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', PRINT_PEAK_RSS, cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  const kb = /peak-rss-kb (\d+)/.exec(child.stderr)?.[1];
  if (child.status !== 0 || kb === undefined) throw new Error(`kgraph ${args[0]} failed: ${child.stderr}`);
  return { ms, peakRssMB: Math.round(Number(kb) / 1024) };
}

/** The run of median wall time. */
const medianRun = (cliRuns: CliRun[]): CliRun => [...cliRuns].sort((a, b) => a.ms - b.ms)[Math.floor(cliRuns.length / 2)] as CliRun;

/** The queries timed, with parameters taken from the graph (its best-connected country). */
function queriesFor(hub: string): Record<string, { cypher: string; params?: Record<string, unknown> }> {
  return {
    'one label': { cypher: 'MATCH (c:Country) RETURN count(c) AS n' },
    'typed edges with evidence': { cypher: 'MATCH (a)-[r:HOSTS]->(b) RETURN a.name, b.name, r.evidence LIMIT 100' },
    'aggregation by type': { cypher: 'MATCH ()-[r]->() WHERE r.type IS NOT NULL RETURN r.type AS type, count(*) AS n ORDER BY n DESC' },
    'top degree (ORDER BY)': { cypher: 'MATCH (n:Person)-[r]-() RETURN n.name AS name, count(r) AS links ORDER BY links DESC LIMIT 10' },
    '2-hop neighbourhood of the hub': {
      cypher: 'MATCH (a:Country {id: $id})-[:RELATED_TO*1..2]-(b) RETURN count(DISTINCT b) AS reach',
      params: { id: hub },
    },
    'shortest path hub → a document': {
      cypher: 'MATCH p = (a:Country {id: $id})-[* SHORTEST 1..6]-(d:Document) RETURN length(p) AS hops LIMIT 1',
      params: { id: hub },
    },
  };
}

/** Baselines: the same answers from graphology in a loop. */
function relationsPerTypeInJs(graph: KnowledgeGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((_key, attributes) => counts.set(attributes.type, (counts.get(attributes.type) ?? 0) + 1));
  return counts;
}

function twoHopReachInJs(graph: KnowledgeGraph, hub: string): number {
  const reached = new Set<string>();
  const neighbours = (node: string) => {
    const out: string[] = [];
    graph.forEachEdge(node, (_key, attributes, source, target) => {
      if (attributes.type === 'RELATED_TO') out.push(source === node ? target : source);
    });
    return out;
  };
  for (const first of neighbours(hub)) {
    reached.add(first);
    for (const second of neighbours(first)) reached.add(second);
  }
  return reached.size;
}

function bestConnectedCountry(graph: KnowledgeGraph): string {
  let best = '';
  let degree = -1;
  graph.forEachNode((key, attributes) => {
    if (attributes.type === 'Country' && graph.degree(key) > degree) [best, degree] = [key, graph.degree(key)];
  });
  return best;
}

async function measure(name: string, graphFile: string) {
  const graph = readGraph(graphFile);
  const readJson = await timeMedian(3, () => readGraph(graphFile));
  const rows = graphToCypherRows(graph);
  const toRows = await timeMedian(3, () => graphToCypherRows(graph));

  let memoryStore: EmbeddedStore | undefined;
  const rssBefore = process.memoryUsage().rss;
  const loadInMemory = await time(async () => {
    memoryStore = await createEmbeddedStore(rows);
  });
  const rssAfterLoad = process.memoryUsage().rss;
  await memoryStore?.close();

  const dir = join(graphFile, '..');
  rmSync(join(dir, 'kuzu'), { recursive: true, force: true });
  let cacheBuild = 0;
  {
    const start = performance.now();
    const opened = await openEmbeddedGraph(dir);
    cacheBuild = performance.now() - start;
    if (opened.source !== 'rebuilt') throw new Error('expected a rebuilt cache');
    await opened.store.close();
  }
  const cacheBytes = statSync(join(dir, 'kuzu', 'graph.kuzu')).size;
  const cachedOpens: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const opened = await openEmbeddedGraph(dir);
    cachedOpens.push(performance.now() - start);
    if (opened.source !== 'cache') throw new Error('expected the cache');
    await opened.store.close();
  }

  const opened = await openEmbeddedGraph(dir);
  const hub = bestConnectedCountry(graph);
  const queries = queriesFor(hub);
  const latencies: Record<string, number> = {};
  for (const [label, { cypher, params }] of Object.entries(queries)) {
    await opened.store.query(cypher, params); // warm
    latencies[label] = await timeMedian(runs, () => opened.store.query(cypher, params));
  }
  const [reach] = (await opened.store.query(queries['2-hop neighbourhood of the hub']?.cypher ?? '', { id: hub })).rows;
  if (Number(reach?.reach) !== twoHopReachInJs(graph, hub)) throw new Error('Kuzu and graphology disagree on the 2-hop reach');
  const counts = await opened.store.counts();
  await opened.store.close();
  const loopBaseline = await timeMedian(runs, () => relationsPerTypeInJs(graph));
  const twoHopBaseline = await timeMedian(runs, () => twoHopReachInJs(graph, hub));

  // The whole CLI, as a user runs it, against `kgraph --help` (start-up alone): the first query
  // builds DIR/kuzu/ (removed before each run), later ones open it.
  const cli = join(repo, 'packages', 'core', 'dist', 'cli', 'main.js');
  let wholeProcess: { help: number; first: CliRun; cached: CliRun } | undefined;
  if (existsSync(cli)) {
    const three = (args: string[], before?: () => void): CliRun[] =>
      [0, 1, 2].map(() => {
        before?.();
        return runCliProcess(cli, args);
      });
    const queryArgs = ['query', '--graph', dir, '--format', 'json', queries['aggregation by type']?.cypher ?? ''];
    const first = three(queryArgs, () => rmSync(join(dir, 'kuzu'), { recursive: true, force: true }));
    wholeProcess = { help: medianRun(three(['--help'])).ms, first: medianRun(first), cached: medianRun(three(queryArgs)) };
  }

  return {
    name,
    nodes: graph.order,
    edges: graph.size,
    counts,
    graphJsonMB: +(statSync(graphFile).size / 1e6).toFixed(1),
    readGraphJson: readJson,
    graphToRows: toRows,
    loadInMemory,
    loadInMemoryRssMB: Math.round((rssAfterLoad - rssBefore) / 1e6),
    cacheBuild,
    cacheMB: +(cacheBytes / 1e6).toFixed(1),
    cachedOpen: median(cachedOpens),
    latencies,
    relationsPerTypeGraphologyLoop: loopBaseline,
    twoHopGraphologyLoop: twoHopBaseline,
    cliHelp: wholeProcess?.help,
    cliQueryFirst: wholeProcess?.first,
    cliQueryCached: wholeProcess?.cached,
  };
}

type Result = Awaited<ReturnType<typeof measure>>;

function report(result: Result): string {
  const lines = [
    `${result.name}: ${result.nodes} nodes, ${result.edges} edges (graph.json ${result.graphJsonMB} MB); loaded ${JSON.stringify(result.counts)}`,
    `  baseline: read graph.json with graphology            ${ms(result.readGraphJson)}`,
    `  graph → rows                                         ${ms(result.graphToRows)}`,
    `  load into Kuzu in memory (schema + COPY)             ${ms(result.loadInMemory)}  (${(result.loadInMemory / result.readGraphJson).toFixed(1)}× reading graph.json; RSS +${result.loadInMemoryRssMB} MB)`,
    `  build the cache DIR/kuzu/graph.kuzu                  ${ms(result.cacheBuild)}  (${result.cacheMB} MB on disk)`,
    `  open the cache (median of ${runs})                        ${ms(result.cachedOpen)}  (${(result.loadInMemory / result.cachedOpen).toFixed(1)}× faster than loading)`,
    ...Object.entries(result.latencies).map(([label, value]) => `  query: ${label.padEnd(46)}${ms(value)}`),
    `  baseline: relations per type, graphology loop        ${ms(result.relationsPerTypeGraphologyLoop)}  (Kuzu: ${((result.latencies['aggregation by type'] ?? 0) / result.relationsPerTypeGraphologyLoop).toFixed(1)}× the loop)`,
    `  baseline: 2-hop reach, graphology loop               ${ms(result.twoHopGraphologyLoop)}  (Kuzu: ${((result.latencies['2-hop neighbourhood of the hub'] ?? 0) / result.twoHopGraphologyLoop).toFixed(1)}× the loop)`,
  ];
  if (result.cliQueryFirst && result.cliQueryCached && result.cliHelp !== undefined) {
    lines.push(`  CLI: kgraph query, cache absent (builds it), whole process  ${ms(result.cliQueryFirst.ms)}  (peak RSS ${result.cliQueryFirst.peakRssMB} MB)`);
    lines.push(`  CLI: kgraph query, cached, whole process           ${ms(result.cliQueryCached.ms)}  (peak RSS ${result.cliQueryCached.peakRssMB} MB; kgraph --help: ${ms(result.cliHelp)})`);
  }
  return lines.join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'kgraph-bench-query-'));
try {
  const results: Result[] = [];
  const seedsOut = join(work, 'seeds');
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const built = await runCli(['build', 'seeds', '--out', seedsOut], COMMANDS, 'bench', { stdout: sink, stderr: sink, env: {}, cwd: repo });
  if (built === 0) results.push(await measure('seeds build', join(seedsOut, 'graph.json')));
  else console.log('skipped: seeds build (kgraph build seeds failed)');

  const generatedDir = join(work, 'generated');
  rmSync(generatedDir, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', generatedDir]);
  const graph = generateNewsGraph(nodeCount, edgeCount);
  writeFileSync(join(generatedDir, 'graph.json'), formatGraphJson(graph));
  results.push(await measure(`generated ${nodeCount}/${edgeCount}`, join(generatedDir, 'graph.json')));

  // A real build (e.g. 1× Brown, bench/brown-corpus.ts), whose graph.json the generator only imitates.
  if (typeof values.graph === 'string') results.push(await measure(`build ${values.graph}`, join(values.graph, 'graph.json')));

  const sizes = installSizes();
  if (values.json) {
    console.log(JSON.stringify({ results, installSizes: sizes }, null, 1));
  } else {
    for (const result of results) console.log(report(result));
    console.log(
      `install size: kuzu ${sizes.kuzuPackageMB} MB (source tree ${sizes.kuzuSourceTreeMB} MB, prebuilt binaries for 5 platforms ${sizes.kuzuPrebuiltAllPlatformsMB} MB, ` +
        `the binary in use ${sizes.kuzuNativeBinaryMB} MB); with its ${sizes.kuzuDependencyPackages - 1} dependency packages ${sizes.kuzuWithDependenciesMB} MB. ` +
        `Baseline: neo4j-driver with dependencies ${sizes.neo4jDriverWithDependenciesMB} MB.`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
