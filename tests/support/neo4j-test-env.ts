/**
 * What a Neo4j test needs from the global setup: whether to skip (and why, in
 * one line), the server's configuration, and a query helper that opens and
 * closes its own driver.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { neo4jConfigFrom, runNeo4jQuery, withNeo4j, type Neo4jConfig } from '../../packages/core/src/store/neo4j-client.js';
import type { QueryTable } from '../../packages/core/src/store/query-table.js';

export const NEO4J_SKIP = inject('neo4jSkip');
export const NEO4J_VERSION = inject('neo4jVersion');

if (NEO4J_SKIP) console.warn(NEO4J_SKIP);

export function neo4jTestConfig(): Neo4jConfig {
  return neo4jConfigFrom(process.env);
}

export function neo4jQuery(cypher: string, params: Record<string, unknown> = {}, config = neo4jTestConfig()): Promise<QueryTable> {
  return withNeo4j(config, (driver) => runNeo4jQuery(driver, config, cypher, params));
}

/** The environment a `kgraph` child process needs to reach the test server. */
export function neo4jEnv(config = neo4jTestConfig()): NodeJS.ProcessEnv {
  return { NEO4J_URI: config.uri, NEO4J_USERNAME: config.username, NEO4J_PASSWORD: config.password };
}

/**
 * The Neo4j test files share one database and each wipes kgraph's nodes, so
 * they take turns: a lock folder (named for the server) held from a file's
 * beforeAll to its afterAll. A lock whose holder died is taken over.
 */
export async function holdNeo4jLock(timeoutMs = 900_000): Promise<() => void> {
  const lock = join(tmpdir(), `kgraph-neo4j-lock-${createHash('sha256').update(neo4jTestConfig().uri).digest('hex').slice(0, 12)}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another Neo4j test file held ${lock} for ${timeoutMs / 1000} s`);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function holderAlive(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0);
    return true;
  } catch (error) {
    // No pid file yet: the holder is between mkdir and write.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
