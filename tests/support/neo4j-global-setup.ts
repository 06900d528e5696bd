/**
 * vitest global setup: one Neo4j test server for the whole run. It sets
 * NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD for the tests and stops the
 * server at the end. Where NEO4J_URI is already set, that server is used and
 * nothing starts. Without Java the Neo4j tests skip with one line saying what
 * to install; on CI (CI=true) that, or a server that does not start, fails the run.
 * A run given only file filters none of which names neo4j starts nothing.
 */
import type { TestProject } from 'vitest/node';
import { buildNeo4jServer, missingTools, NEO4J_NEEDS, startNeo4jServer, type RunningNeo4j } from './neo4j-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the Neo4j tests skip; empty when a server is there. */
    neo4jSkip: string;
    /** The server's Neo4j version, as it reports it. */
    neo4jVersion: string;
  }
}

function runNeedsNeo4j(): boolean {
  const afterRun = process.argv.slice(process.argv.findIndex((arg) => arg === 'run' || arg.endsWith('vitest.mjs')) + 1);
  const filters = afterRun.filter((arg) => !arg.startsWith('-') && arg !== 'run');
  return filters.length === 0 || filters.some((filter) => filter.includes('neo4j'));
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const ci = process.env.CI;
  const onCi = ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
  if (process.env.NEO4J_URI) {
    project.provide('neo4jSkip', '');
    project.provide('neo4jVersion', 'given by NEO4J_URI');
    return;
  }
  if (!runNeedsNeo4j()) {
    project.provide('neo4jSkip', 'no test of this run names neo4j, so no server was started');
    project.provide('neo4jVersion', '');
    return;
  }
  const missing = missingTools();
  if (missing.length) {
    const reason = `Neo4j tests skipped: ${missing.join(' and ')} not found; install ${NEO4J_NEEDS}, or set NEO4J_URI to a server.`;
    if (onCi) throw new Error(`on CI the Neo4j tests must run: ${reason}`);
    console.warn(reason);
    project.provide('neo4jSkip', reason);
    project.provide('neo4jVersion', '');
    return;
  }
  let server: RunningNeo4j;
  try {
    buildNeo4jServer();
    server = await startNeo4jServer();
  } catch (error) {
    if (onCi) throw error;
    const reason = `Neo4j tests skipped: the test server did not start (${String((error as Error).message).split('\n')[0]}).`;
    console.warn(reason);
    project.provide('neo4jSkip', reason);
    project.provide('neo4jVersion', '');
    return;
  }
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USERNAME = server.username;
  process.env.NEO4J_PASSWORD = server.password;
  project.provide('neo4jSkip', '');
  project.provide('neo4jVersion', server.version);
  console.log(`Neo4j test server ${server.version} at ${server.uri}`);
  return async () => {
    await server.stop();
    delete process.env.NEO4J_URI;
    delete process.env.NEO4J_USERNAME;
    delete process.env.NEO4J_PASSWORD;
  };
}
