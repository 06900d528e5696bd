/**
 * The embedded Cypher engine (Kuzu, in-process): rows in, a queryable store
 * out. Kuzu is imported lazily so that commands which never query do not load
 * its 25 MB native library, and so a missing binary becomes one clear error.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KgraphError } from '../errors.js';
import { countRows, type CypherCounts, type CypherRows } from './cypher-rows.js';
import { kuzuLoads, kuzuSchemaStatements, type KuzuStatement } from './kuzu-schema.js';
import { explainKuzuError } from './kuzu-errors.js';
import { toPlainValue } from './plain-values.js';
import { missingParameters } from './query-params.js';
import type { QueryTable } from './query-table.js';

type KuzuModule = Pick<typeof import('kuzu'), 'Database' | 'Connection'>;
type KuzuConnection = import('kuzu').Connection;
type KuzuDatabase = import('kuzu').Database;
type KuzuResult = import('kuzu').QueryResult;

let kuzuModule: Promise<KuzuModule> | undefined;

/** Loads the Kuzu binding once; a broken native install becomes a KgraphError saying how to fix it. */
export function loadKuzu(): Promise<KuzuModule> {
  const loading: Promise<KuzuModule> =
    kuzuModule ??
    import('kuzu').catch((error: unknown) => {
      kuzuModule = undefined;
      throw new KgraphError(
        `the embedded Cypher engine (kuzu) did not load: ${(error as Error).message.split('\n')[0]}. ` +
          'Its install script copies the native binary for this platform: run `npm install-scripts approve kuzu && npm rebuild kuzu`.',
      );
    });
  kuzuModule = loading;
  return loading;
}

/** An open embedded database with one connection. */
export interface EmbeddedStore {
  query(cypher: string, params?: Record<string, unknown>): Promise<QueryTable>;
  counts(): Promise<CypherCounts>;
  close(): Promise<void>;
}

function lastResult(result: KuzuResult | KuzuResult[]): KuzuResult {
  return Array.isArray(result) ? (result[result.length - 1] as KuzuResult) : result;
}

async function run(connection: KuzuConnection, statement: KuzuStatement): Promise<KuzuResult> {
  if (!statement.params) return lastResult(await connection.query(statement.text));
  const prepared = await connection.prepare(statement.text);
  if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
  return lastResult(await connection.execute(prepared, statement.params as Parameters<KuzuConnection['execute']>[1]));
}

async function readTable(result: KuzuResult): Promise<QueryTable> {
  const columns = await result.getColumnNames();
  const rows = (await result.getAll()).map((row) => {
    const plain: Record<string, unknown> = {};
    for (const column of columns) plain[column] = toPlainValue(row[column]);
    return plain;
  });
  result.close();
  return { columns, rows };
}

function wrapStore(database: KuzuDatabase, connection: KuzuConnection): EmbeddedStore {
  const scalar = async (text: string): Promise<number> => {
    const { rows } = await readTable(await run(connection, { text: `${text} AS n` }));
    return Number(rows[0]?.n ?? 0);
  };
  return {
    async query(cypher, params) {
      try {
        const missing = missingParameters(cypher, params ?? {});
        if (missing.length) {
          throw new KgraphError(`missing parameter${missing.length > 1 ? 's' : ''} ${missing.map((name) => `$${name}`).join(', ')}: pass --param ${missing[0]}=VALUE.`);
        }
        // Always prepared: an unprepared query treats a missing $parameter as no filter at all.
        return await readTable(await run(connection, { text: cypher, params: params ?? {} }));
      } catch (error) {
        throw explainKuzuError(error);
      }
    },
    async counts() {
      return {
        entities: await scalar(`MATCH (n) WHERE label(n) <> 'Document' RETURN count(n)`),
        relations: await scalar(`MATCH ()-[r]->() WHERE label(r) <> 'MENTIONS' RETURN count(r)`),
        documents: await scalar('MATCH (d:Document) RETURN count(d)'),
        mentions: await scalar('MATCH ()-[m:MENTIONS]->() RETURN count(m)'),
      };
    },
    async close() {
      await connection.close();
      await database.close();
    },
  };
}

// Kuzu's buffer pool holds both the data and the intermediate results of a
// query; a variable-length match on the 150-node seeds graph already fails in
// 64 MiB. The pool is reserved, not committed, and its size did not change
// open times measurably, so it gets a generous floor and grows with the data.
const MIB = 1024 * 1024;
const loadBufferBytes = (rows: CypherRows): number =>
  Math.min(8192 * MIB, 1024 * MIB + (rows.entities.length + rows.relations.length + rows.mentions.length) * 16 * 1024);
const openBufferBytes = (fileBytes: number): number => Math.min(8192 * MIB, Math.max(1024 * MIB, fileBytes * 4));

/**
 * Creates the schema and bulk-loads the rows into a new database at `path` (':memory:' by default), from CSV files
 * written one at a time to a temporary folder and removed as soon as they are loaded.
 */
export async function createEmbeddedStore(rows: CypherRows, path = ':memory:'): Promise<EmbeddedStore> {
  const kuzu = await loadKuzu();
  const database = new kuzu.Database(path, loadBufferBytes(rows));
  const connection = new kuzu.Connection(database);
  const folder = mkdtempSync(join(tmpdir(), 'kgraph-kuzu-load-'));
  try {
    const execute = async (statement: KuzuStatement) => (await run(connection, statement)).close();
    // One transaction for the schema and all the COPYs: on disk, committing each
    // statement costs ~100 ms of flushing (2.6× slower overall, bench/query.bench.ts).
    await execute({ text: 'BEGIN TRANSACTION' });
    for (const statement of kuzuSchemaStatements(rows)) await execute(statement);
    // Kuzu copies on its own thread: the next file is written while the last one loads.
    const loads = kuzuLoads(rows, folder);
    let loading: Promise<void> = Promise.resolve();
    for (const load of loads) {
      writeFileSync(load.file, load.text());
      await loading;
      loading = execute(load.statement).then(() => rmSync(load.file));
    }
    await loading;
    await execute({ text: 'COMMIT' });
  } catch (error) {
    await connection.close();
    await database.close();
    throw new KgraphError(`loading the graph into the embedded engine failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const store = wrapStore(database, connection);
  const expected = countRows(rows);
  const loaded = await store.counts();
  if (JSON.stringify(loaded) !== JSON.stringify(expected)) {
    await store.close();
    throw new KgraphError(`the embedded engine loaded ${JSON.stringify(loaded)} but the build has ${JSON.stringify(expected)}.`);
  }
  return store;
}

/** Opens a database written earlier by createEmbeddedStore, read-only. */
export async function openEmbeddedStore(path: string): Promise<EmbeddedStore> {
  const kuzu = await loadKuzu();
  const database = new kuzu.Database(path, openBufferBytes(statSync(path).size), true, true);
  const connection = new kuzu.Connection(database);
  await database.init();
  return wrapStore(database, connection);
}
