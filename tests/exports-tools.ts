/**
 * The independent readers the export tests check our files with: `jing`
 * against the official GEXF 1.3 RELAX NG schema, and networkx (python3).
 * On CI (CI=true) a missing tool fails the test; on a workstation the test is
 * skipped with a message that says what to install.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const GEXF_SCHEMA = fileURLToPath(new URL('./fixtures/gexf/1.3/gexf.rng', import.meta.url));

const PYTHON = process.env.KGRAPH_PYTHON ?? 'python3';

interface SkipContext {
  skip: (note?: string) => never;
}

/** Skips (workstation) or fails (CI) when a tool is missing. */
export function requireTool(context: SkipContext, available: boolean, message: string): void {
  if (available) return;
  if (isCi()) throw new Error(`${message} (CI=true, so this is a failure, not a skip)`);
  console.warn(`skipped: ${message}`);
  context.skip(message);
}

/** CI=true (or any value but false/0), as CI services set it. */
function isCi(): boolean {
  const value = process.env.CI;
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

let jingAvailable: boolean | undefined;

export function hasJing(): boolean {
  jingAvailable ??= spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;
  return jingAvailable;
}

export const JING_MISSING = 'jing is not installed; install it with `apt-get install -y jing` to validate GEXF files';

/** Validates `file` against the GEXF 1.3 RELAX NG schema; returns jing's errors (empty when valid). */
export function validateGexf(file: string): { valid: boolean; errors: string } {
  const result = spawnSync('jing', [GEXF_SCHEMA, file], { encoding: 'utf8' });
  if (result.error) throw result.error;
  // Debian's wrapper prints "[warning] ... Unable to locate" lines about optional jars on stderr.
  const errors = `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('[warning]'))
    .join('\n');
  return { valid: result.status === 0, errors };
}

let networkxVersion: string | null | undefined;

/** The networkx version importable by python3, or null. GEXF 1.3 needs networkx 3. */
export function networkxAvailable(): boolean {
  if (networkxVersion === undefined) {
    const result = spawnSync(PYTHON, ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
    networkxVersion = result.status === 0 ? result.stdout.trim() : null;
  }
  return networkxVersion !== null && Number(networkxVersion.split('.')[0]) >= 3;
}

export const NETWORKX_MISSING =
  'python3 with networkx >= 3 is not available (Debian python3-networkx 2.8 cannot read GEXF 1.3); `pip install "networkx>=3.6"`';

export type PythonValue = string | number | boolean | null | PythonValue[] | { [key: string]: PythonValue };

/** A graph as networkx read it: node data by id, and every edge with its key. */
export interface NetworkxGraph {
  directed: boolean;
  graph: Record<string, PythonValue>;
  nodes: Array<[string, Record<string, PythonValue>]>;
  edges: Array<[string, string, string | number, Record<string, PythonValue>]>;
}

const READ_SCRIPT = `
import json, sys
import networkx as nx
kind, path = sys.argv[1], sys.argv[2]
G = nx.read_gexf(path, version="1.3") if kind == "gexf" else nx.read_graphml(path, force_multigraph=True)
M = G if G.is_multigraph() else nx.MultiDiGraph(G)
out = {
    "directed": G.is_directed(),
    "graph": {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default")},
    "nodes": [[n, d] for n, d in G.nodes(data=True)],
    "edges": [[u, v, k, d] for u, v, k, d in M.edges(keys=True, data=True)],
}
json.dump(out, sys.stdout, ensure_ascii=True, allow_nan=False)
`;

/** Reads a GEXF (read_gexf) or GraphML (read_graphml) file with networkx. */
export function readWithNetworkx(kind: 'gexf' | 'graphml', file: string): NetworkxGraph {
  const result = spawnSync(PYTHON, ['-c', READ_SCRIPT, kind, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`networkx could not read ${file}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as NetworkxGraph;
}
