/**
 * The edge to a Neo4j server: configuration from the environment variables
 * Neo4j's own tools read (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE) or flags, a driver that is always closed, driver errors
 * turned into one line (the password never appears in any of them), the sync
 * and queries. The statements themselves come from neo4j-statements.ts.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { KgraphError } from '../errors.js';
import type { CypherCounts, CypherRows } from './cypher-rows.js';
import { neo4jConstraintStatements, neo4jCountStatement, neo4jSyncBatches, neo4jWipeStatement, type Neo4jBatch } from './neo4j-statements.js';
import type { QueryTable } from './query-table.js';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  /** undefined: the server's default database. */
  database?: string;
}

export interface Neo4jFlags {
  uri?: string;
  username?: string;
  database?: string;
}

/** Flags win over the environment; the password comes only from NEO4J_PASSWORD (a flag would show in `ps` and shell history). */
export function neo4jConfigFrom(env: NodeJS.ProcessEnv, flags: Neo4jFlags = {}): Neo4jConfig {
  const uri = flags.uri ?? env.NEO4J_URI;
  if (!uri) {
    throw new KgraphError('no Neo4j server given: set NEO4J_URI (e.g. bolt://localhost:7687) or pass --uri. `docker compose up -d` starts one.');
  }
  const database = flags.database ?? env.NEO4J_DATABASE;
  return {
    uri,
    username: flags.username ?? env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    ...(database ? { database } : {}),
  };
}

/** "neo4j@bolt://host:7687/db": how messages name the server (never with the password). */
export function describeNeo4jTarget(config: Neo4jConfig): string {
  return `${config.username}@${config.uri}${config.database ? ` (database ${config.database})` : ''}`;
}

interface DriverError {
  code?: string;
  message?: string;
}

/** One actionable line for a driver error. */
export function explainNeo4jError(error: unknown, config: Neo4jConfig): KgraphError {
  if (error instanceof KgraphError) return error;
  const { code = '', message = String(error) } = (error ?? {}) as DriverError;
  const target = describeNeo4jTarget(config);
  const cause = message.includes('Caused by:') ? message.slice(message.indexOf('Caused by:') + 10).trim() : message;
  const firstLine = (cause.split('\n')[0] ?? '').replace(config.password || '\u0000', '***');
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new KgraphError(`Neo4j refused the credentials for ${target}: check NEO4J_USERNAME and NEO4J_PASSWORD.`);
  }
  if (/SSL|TLS|certificate|EPROTO|self.signed|wrong version number/i.test(message)) {
    return new KgraphError(
      `TLS problem talking to ${target}: ${firstLine}. Use bolt:// for a server without TLS (the docker-compose one), bolt+s:// or neo4j+s:// for one with a trusted certificate, bolt+ssc:// for a self-signed one.`,
    );
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|No routing servers available|Failed to connect/i.test(message)) {
    return new KgraphError(`cannot reach Neo4j at ${config.uri} (${firstLine}). Is it running? \`docker compose up -d\` starts one.`);
  }
  if (/Server responded HTTP/i.test(message)) {
    return new KgraphError(`${config.uri} is Neo4j's HTTP port; the driver needs Bolt (bolt://host:7687).`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgraphError(`Neo4j at ${config.uri} has no database "${config.database ?? ''}": check NEO4J_DATABASE.`);
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new KgraphError(`syntax error: ${(message.split('\n')[0] ?? '').trim()}`);
  }
  if (/Unknown scheme/i.test(message)) {
    return new KgraphError(`${config.uri} is not a Neo4j URI: use bolt://, bolt+s://, neo4j:// or neo4j+s://.`);
  }
  return new KgraphError(`Neo4j (${target}): ${code ? `${code}: ` : ''}${firstLine}`);
}

/** Opens a driver, checks it can connect, runs `work`, and always closes it. */
export async function withNeo4j<T>(config: Neo4jConfig, work: (driver: Driver) => Promise<T>): Promise<T> {
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      connectionTimeout: 10_000,
      maxConnectionLifetime: 60 * 60 * 1000,
    });
  } catch (error) {
    throw explainNeo4jError(error, config);
  }
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
    return await work(driver);
  } catch (error) {
    throw explainNeo4jError(error, config);
  } finally {
    await driver.close();
  }
}

/** What a sync changed, from the servers' own counters: all zero when the build was already there. */
export interface SyncChanges {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  constraintsAdded: number;
}

export interface SyncReport {
  changes: SyncChanges;
  /** What kgraph holds in the database after the sync. */
  counts: CypherCounts;
  wiped: number;
}

export interface SyncOptions {
  wipe?: boolean;
  batchSize?: number;
  onBatch?: (done: number, total: number, batch: Neo4jBatch) => void;
}

const sessionOf = (driver: Driver, config: Neo4jConfig) =>
  driver.session(config.database ? { database: config.database, defaultAccessMode: neo4j.session.WRITE } : { defaultAccessMode: neo4j.session.WRITE });

function emptyChanges(): SyncChanges {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0, constraintsAdded: 0 };
}

function addCounters(changes: SyncChanges, updates: Record<string, number>): void {
  for (const key of Object.keys(changes) as (keyof SyncChanges)[]) changes[key] += updates[key] ?? 0;
}

const toNumber = (value: unknown): number => (neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value ?? 0));

/** Constraints first, then (after an optional wipe) the batches, each in its own managed write transaction. */
export async function syncRowsToNeo4j(driver: Driver, config: Neo4jConfig, rows: CypherRows, options: SyncOptions = {}): Promise<SyncReport> {
  const changes = emptyChanges();
  const session = sessionOf(driver, config);
  try {
    for (const statement of neo4jConstraintStatements()) {
      // Schema statements cannot share a transaction with writes; they are idempotent (IF NOT EXISTS).
      const result = await session.run(statement.text, statement.params);
      addCounters(changes, result.summary.counters.updates());
    }
    let wiped = 0;
    if (options.wipe) {
      const wipe = neo4jWipeStatement();
      for (;;) {
        const deleted = await session.executeWrite(async (tx) => {
          const result = await tx.run(wipe.text, wipe.params);
          addCounters(changes, result.summary.counters.updates());
          return toNumber(result.records[0]?.get('deleted'));
        });
        wiped += deleted;
        if (deleted === 0) break;
      }
    }
    const batches = neo4jSyncBatches(rows, options.batchSize);
    const total = batches.reduce((sum, batch) => sum + batch.rows, 0);
    let done = 0;
    for (const batch of batches) {
      try {
        await session.executeWrite(async (tx) => {
          const result = await tx.run(batch.text, batch.params);
          addCounters(changes, result.summary.counters.updates());
        });
      } catch (error) {
        // Each batch is its own transaction: what was written stays, and the next sync completes it.
        const cause = explainNeo4jError(error, config).message.replace(/\.$/, '');
        throw new KgraphError(`${cause}. The sync stopped after ${done} of ${total} rows; run it again to finish (it only adds what is missing).`);
      }
      done += batch.rows;
      options.onBatch?.(done, total, batch);
    }
    const count = neo4jCountStatement();
    const record = (await session.executeRead((tx) => tx.run(count.text, count.params))).records[0];
    const counts: CypherCounts = {
      entities: toNumber(record?.get('entities')),
      relations: toNumber(record?.get('relations')),
      documents: toNumber(record?.get('documents')),
      mentions: toNumber(record?.get('mentions')),
    };
    return { changes, counts, wiped };
  } finally {
    await session.close();
  }
}

/** Driver values → the same plain shapes the embedded engine gives (see plain-values.ts). */
export function neo4jToPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return value.map(neo4jToPlain);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof neo4j.types.Node) {
    const labels = value.labels.filter((label) => label !== 'Kgraph' && label !== 'Entity');
    return { _label: labels[0] ?? value.labels[0] ?? null, ...plainProperties(value.properties) };
  }
  if (value instanceof neo4j.types.Relationship) return { _type: value.type, ...plainProperties(value.properties) };
  if (value instanceof neo4j.types.Path) {
    const nodes = [value.start, ...value.segments.map((segment) => segment.end)];
    return { nodes: nodes.map(neo4jToPlain), relationships: value.segments.map((segment) => neo4jToPlain(segment.relationship)) };
  }
  if (typeof (value as { toString?: unknown }).toString === 'function' && value.constructor !== Object) return String(value);
  return plainProperties(value as Record<string, unknown>);
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(properties)) if (key !== 'syncHash') out[key] = neo4jToPlain(item);
  return out;
}

/** Whole numbers become Neo4j integers (so `LIMIT $n` works); everything else goes as it is. */
function neo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    return value;
  };
  return convert(params) as Record<string, unknown>;
}

/** Runs one query (read or write, as the user wrote it) and returns its table. */
export async function runNeo4jQuery(driver: Driver, config: Neo4jConfig, cypher: string, params: Record<string, unknown> = {}): Promise<QueryTable> {
  const result = await driver.executeQuery(cypher, neo4jParams(params), config.database ? { database: config.database } : {});
  const columns = result.keys.map(String);
  const rows = result.records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column] = neo4jToPlain(record.get(column));
    return row;
  });
  return { columns, rows };
}
