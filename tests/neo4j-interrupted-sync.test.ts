/**
 * A sync cut off by the server stopping halfway: one clear error, and after a
 * restart over the same store a second sync completes with the counts of an
 * uninterrupted one. This file starts servers of its own (over a temporary data
 * folder it can stop and restart), so it needs Java, not NEO4J_URI.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KgraphError } from '../packages/core/src/errors.js';
import { countRows, graphToCypherRows } from '../packages/core/src/store/cypher-rows.js';
import { syncRowsToNeo4j, withNeo4j, type Neo4jConfig } from '../packages/core/src/store/neo4j-client.js';
import { generateNewsGraph } from '../bench/query-graph-generator.js';
import { temporaryFolder } from './support/kgraph-cli.js';
import { buildNeo4jServer, missingTools, startNeo4jServer, type RunningNeo4j } from './support/neo4j-server.js';
import { NEO4J_SKIP, neo4jQuery } from './support/neo4j-test-env.js';

// Needs Java and Maven, not just a server named by NEO4J_URI.
const canStartServers = !NEO4J_SKIP && missingTools().length === 0;

describe.skipIf(!canStartServers)('a sync interrupted by the server stopping', () => {
  const dataDir = join(temporaryFolder('kgraph-neo4j-store-'), 'store');
  let server: RunningNeo4j | undefined;
  const rows = graphToCypherRows(generateNewsGraph(1500, 5000, 7));
  const configOf = (running: RunningNeo4j): Neo4jConfig => ({ uri: running.uri, username: running.username, password: running.password });
  const countsOn = async (config: Neo4jConfig) =>
    (
      await neo4jQuery(
        'RETURN COUNT { MATCH (n:Kgraph:Entity) } AS entities, COUNT { MATCH (:Kgraph:Entity)-[r]->(:Kgraph:Entity) } AS relations, ' +
          'COUNT { MATCH (d:Kgraph:Document) } AS documents, COUNT { MATCH (:Kgraph:Document)-[:MENTIONS]->(:Kgraph:Entity) } AS mentions',
        {},
        config,
      )
    ).rows[0];

  afterAll(async () => {
    await server?.stop();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('fails in one line naming how far it got, then completes after a restart', async () => {
    buildNeo4jServer();
    server = await startNeo4jServer({ dataDir });
    const first = configOf(server);
    const stopping = server;
    let stopAt = 0;
    const total = rows.documents.length + rows.entities.length + rows.relations.length + rows.mentions.length;
    const interrupted = withNeo4j(first, (driver) =>
      syncRowsToNeo4j(driver, first, rows, {
        batchSize: 200,
        onBatch: (done) => {
          if (stopAt === 0 && done >= total / 2) {
            stopAt = done;
            void stopping.stop();
          }
        },
      }),
    );
    const error = await interrupted.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(KgraphError);
    const message = (error as Error).message;
    console.log(`interrupted sync (server stopped after ${stopAt} of ${total} rows): ${message}`);
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/The sync stopped after \d+ of \d+ rows; run it again/);
    expect(message).not.toContain(first.password);
    await stopping.stop();

    server = await startNeo4jServer({ dataDir });
    const second = configOf(server);
    const partial = await countsOn(second);
    expect(partial).not.toEqual(countRows(rows));
    const resumed = await withNeo4j(second, (driver) => syncRowsToNeo4j(driver, second, rows, { batchSize: 200 }));
    expect(resumed.counts).toEqual(countRows(rows));
    expect(await countsOn(second)).toEqual(countRows(rows));
    // Nothing half-written is left to fix: a further sync changes nothing.
    const again = await withNeo4j(second, (driver) => syncRowsToNeo4j(driver, second, rows, { batchSize: 200 }));
    expect(again.changes.nodesCreated + again.changes.relationshipsCreated + again.changes.propertiesSet).toBe(0);
    console.log(`after restart: partial ${JSON.stringify(partial)}, final ${JSON.stringify(resumed.counts)}`);
  }, 900_000);
});
