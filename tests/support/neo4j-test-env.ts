/**
 * What a Neo4j test needs from the global setup: whether to skip (and why, in
 * one line), the server's configuration, and a query helper that opens and
 * closes its own driver.
 */
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
