/**
 * A build folder in, an open embedded Cypher store out. The Kuzu database is
 * cached in `DIR/kuzu/graph.kuzu` (by the first query, or by `kgraph build
 * --cypher`) and rebuilt only when graph.json's bytes (or
 * the engine or schema version) change: bulk-loading costs far more than
 * opening a finished database (figures in docs/cypher.md), and a query is
 * usually one of many on the same build. The cache is built under a
 * temporary name and renamed into place, so a reader never sees half of it,
 * and is opened read-only: queries cannot drift away from graph.json. Where
 * the folder is not writable the graph is loaded in memory instead.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KgraphError } from '../errors.js';
import { isProcessAlive } from '../util/process.js';
import { parseSerializedGraph } from '../io/graph-json.js';
import { serializedGraphToCypherRows, type CypherRows } from './cypher-rows.js';
import { createEmbeddedStore, loadKuzu, openEmbeddedStore, type EmbeddedStore } from './kuzu-store.js';

/** Bump when the embedded schema or load changes, so old caches are rebuilt. */
const SCHEMA_VERSION = 2;

export interface EmbeddedGraphOptions {
  /** false: always load into memory, never read or write DIR/kuzu/. */
  cache?: boolean;
}

export interface OpenedEmbeddedGraph {
  store: EmbeddedStore;
  /** How the store was obtained: opened from the cache, freshly cached, or loaded in memory. */
  source: 'cache' | 'rebuilt' | 'memory';
  /** The graph.json it reflects. */
  graphFile: string;
}

/** The graph.json of a build given as a folder or as the file itself. */
export function resolveGraphFile(pathToBuild: string): string {
  try {
    return statSync(pathToBuild).isDirectory() ? join(pathToBuild, 'graph.json') : pathToBuild;
  } catch {
    throw new KgraphError(`${pathToBuild} does not exist. Build a graph first: kgraph build <inputs> --out ${pathToBuild}`);
  }
}

interface CacheStamp {
  graphSha256: string;
  kuzuVersion: string;
  schemaVersion: number;
}

function readStamp(file: string): CacheStamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CacheStamp;
  } catch {
    return undefined;
  }
}

/** Deletes half-built caches left by query processes that were killed (never those of live ones). */
function removeAbandonedBuilds(cacheDir: string): void {
  for (const name of readdirSync(cacheDir)) {
    const owner = /^graph\.kuzu\.(\d+)\.tmp(?:\.wal)?$/.exec(name);
    if (owner && !isProcessAlive(Number(owner[1]))) rmSync(join(cacheDir, name), { force: true });
  }
}

interface CacheFiles {
  graphFile: string;
  stamp: CacheStamp;
  /**
   * graph.json as rows, for one load: its bytes are decoded only then, and let go
   * once decoded, so they are not held while Kuzu's memory grows.
   */
  takeRows: () => CypherRows;
  cacheDir: string;
  databaseFile: string;
  stampFile: string;
}

async function cacheFiles(pathToBuild: string): Promise<CacheFiles> {
  const graphFile = resolveGraphFile(pathToBuild);
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(graphFile);
  } catch {
    throw new KgraphError(`${graphFile} does not exist. Build a graph first: kgraph build <inputs> --out ${dirname(graphFile)}`);
  }
  const kuzu = (await loadKuzu()) as { VERSION?: string };
  const stamp: CacheStamp = {
    // The same digest as of the decoded text, without encoding 60 MB of it back to UTF-8.
    graphSha256: createHash('sha256').update(bytes).digest('hex'),
    kuzuVersion: String(kuzu.VERSION ?? 'unknown'),
    schemaVersion: SCHEMA_VERSION,
  };
  const takeRows = (): CypherRows => {
    if (!bytes) throw new Error(`${graphFile} was already loaded once`);
    const text = bytes.toString('utf8');
    bytes = undefined;
    return serializedGraphToCypherRows(parseSerializedGraph(text, graphFile));
  };
  const cacheDir = join(dirname(graphFile), 'kuzu');
  return { graphFile, stamp, takeRows, cacheDir, databaseFile: join(cacheDir, 'graph.kuzu'), stampFile: join(cacheDir, 'stamp.json') };
}

const isCurrent = (files: CacheFiles): boolean => JSON.stringify(readStamp(files.stampFile)) === JSON.stringify(files.stamp);

/** Writes DIR/kuzu/ afresh; false when the folder cannot be written. */
async function rebuildCache(files: CacheFiles): Promise<boolean> {
  const { cacheDir, databaseFile, stampFile } = files;
  const temporary = join(cacheDir, `graph.kuzu.${process.pid}.tmp`);
  try {
    mkdirSync(cacheDir, { recursive: true });
    removeAbandonedBuilds(cacheDir);
    rmSync(temporary, { force: true });
    rmSync(stampFile, { force: true });
  } catch {
    return false;
  }
  try {
    const building = await createEmbeddedStore(files.takeRows(), temporary);
    await building.close();
    renameSync(temporary, databaseFile);
    rmSync(`${databaseFile}.wal`, { force: true });
    writeFileSync(stampFile, `${JSON.stringify(files.stamp, null, 1)}\n`);
  } finally {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.wal`, { force: true });
  }
  return true;
}

/**
 * Makes sure DIR/kuzu/ reflects DIR/graph.json without opening it for queries
 * (what `kgraph build --cypher` does); says whether it was already current.
 */
export async function cacheEmbeddedGraph(pathToBuild: string): Promise<'cache' | 'rebuilt'> {
  const files = await cacheFiles(pathToBuild);
  if (isCurrent(files)) return 'cache';
  if (!(await rebuildCache(files))) throw new KgraphError(`cannot write the query cache in ${files.cacheDir}.`);
  return 'rebuilt';
}

export async function openEmbeddedGraph(pathToBuild: string, options: EmbeddedGraphOptions = {}): Promise<OpenedEmbeddedGraph> {
  const files = await cacheFiles(pathToBuild);
  const { graphFile, databaseFile } = files;
  if (options.cache !== false && isCurrent(files)) {
    try {
      return { store: await openEmbeddedStore(databaseFile), source: 'cache', graphFile };
    } catch {
      // A damaged cache is rebuilt below.
    }
  }
  if (options.cache === false || !(await rebuildCache(files))) {
    return { store: await createEmbeddedStore(files.takeRows()), source: 'memory', graphFile };
  }
  return { store: await openEmbeddedStore(databaseFile), source: 'rebuilt', graphFile };
}
