/**
 * `kgraph sync` against a real Neo4j server. Runs only where NEO4J_URI is set
 * (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE as needed), e.g. after
 * `docker compose up -d`; it says plainly that it skipped otherwise. It wipes
 * kgraph's own nodes (label :Kgraph) in that database, and nothing else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../packages/core/src/cli/commands/index.js';
import { runCli } from '../packages/core/src/cli/run-cli.js';
import { readGraph } from '../packages/core/src/io/graph-json.js';
import { countRows, graphToCypherRows } from '../packages/core/src/store/cypher-rows.js';
import { createEmbeddedStore, type EmbeddedStore } from '../packages/core/src/store/kuzu-store.js';
import { neo4jConfigFrom, runNeo4jQuery, syncRowsToNeo4j, withNeo4j } from '../packages/core/src/store/neo4j-client.js';
import { README_QUERIES } from './query-examples.js';
import { createQueryFixtureGraph, HOSTILE_NAME, HOSTILE_TEXT } from './query-fixture.js';

const serverGiven = Boolean(process.env.NEO4J_URI);
if (!serverGiven) {
  console.warn('neo4j-sync.test.ts: skipped, NEO4J_URI is not set (run `docker compose up -d` and set NEO4J_URI and NEO4J_PASSWORD to run it).');
}

describe.skipIf(!serverGiven)('kgraph sync to Neo4j (needs NEO4J_URI; skipped without it)', () => {
  const config = serverGiven ? neo4jConfigFrom(process.env) : { uri: '', username: '', password: '' };
  const query = (cypher: string, params: Record<string, unknown> = {}) =>
    withNeo4j(config, (driver) => runNeo4jQuery(driver, config, cypher, params));
  const repo = join(import.meta.dirname, '..');
  let seedsOut: string;
  let embedded: EmbeddedStore;

  beforeAll(async () => {
    seedsOut = mkdtempSync(join(tmpdir(), 'kgraph-neo4j-seeds-'));
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const code = await runCli(['build', 'seeds', '--out', seedsOut], COMMANDS, 'test', { stdout: sink, stderr: sink, env: {}, cwd: repo });
    if (code !== 0) throw new Error('kgraph build seeds failed');
    embedded = await createEmbeddedStore(graphToCypherRows(readGraph(seedsOut)));
  });
  afterAll(async () => {
    await embedded?.close();
    if (seedsOut) rmSync(seedsOut, { recursive: true, force: true });
  });

  it('writes the hostile fixture, counts match, and the text round-trips as data', async () => {
    const rows = graphToCypherRows(createQueryFixtureGraph());
    const report = await withNeo4j(config, (driver) => syncRowsToNeo4j(driver, config, rows, { wipe: true }));
    expect(report.counts).toEqual(countRows(rows));
    const found = await query('MATCH (c:Country {name: $name}) RETURN c.id AS id, c.aliases AS aliases', { name: HOSTILE_NAME });
    expect(found.rows).toEqual([{ id: 'country:ruritania', aliases: ['`Ruri`', 'Руритания', 'ルリタニア', '"R"'] }]);
    const titles = await query("MATCH (d:Document {id: 'doc-b'}) RETURN d.title AS title");
    expect(titles.rows).toEqual([{ title: HOSTILE_TEXT }]);
  });

  it('syncs the seeds build; a second sync changes nothing', async () => {
    const rows = graphToCypherRows(readGraph(seedsOut));
    const first = await withNeo4j(config, (driver) => syncRowsToNeo4j(driver, config, rows, { wipe: true }));
    expect(first.counts).toEqual(countRows(rows));
    expect(first.changes.nodesCreated).toBe(rows.entities.length + rows.documents.length);
    const second = await withNeo4j(config, (driver) => syncRowsToNeo4j(driver, config, rows));
    expect(second.counts).toEqual(first.counts);
    expect(second.changes).toEqual({
      nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0, constraintsAdded: 0,
    });
  });

  it('answers the README queries as the embedded engine does', async () => {
    for (const example of [README_QUERIES.mediators, README_QUERIES.agreementRelations, README_QUERIES.typesOfRelations]) {
      const fromNeo4j = await query(example.cypher, example.params);
      const fromEmbedded = await embedded.query(example.cypher, example.params);
      expect(fromNeo4j.rows, example.question).toEqual(fromEmbedded.rows);
    }
    for (const example of [README_QUERIES.evidence, README_QUERIES.paths]) {
      const fromNeo4j = await query(example.cypher, example.params);
      const fromEmbedded = await embedded.query(example.cypher, example.params);
      expect(fromNeo4j.rows.length, example.question).toBe(fromEmbedded.rows.length);
      expect(fromNeo4j.rows.length).toBeGreaterThan(0);
    }
  });

  it('wipes only the nodes kgraph wrote', async () => {
    await query("CREATE (:Country {id: 'not-kgraph', name: 'a user node'})");
    try {
      const report = await withNeo4j(config, (driver) => syncRowsToNeo4j(driver, config, graphToCypherRows(readGraph(seedsOut)), { wipe: true }));
      expect(report.wiped).toBeGreaterThan(0);
      expect((await query("MATCH (c:Country {id: 'not-kgraph'}) RETURN count(c) AS n")).rows).toEqual([{ n: 1 }]);
    } finally {
      await query("MATCH (c:Country {id: 'not-kgraph'}) DETACH DELETE c");
    }
  });

  it('refuses wrong credentials in one line without printing the password', async () => {
    const wrong = { ...config, password: `${config.password}-wrong-pw` };
    const failure = withNeo4j(wrong, async () => 0);
    await expect(failure).rejects.toThrow(/refused the credentials/);
    await expect(failure).rejects.not.toThrow(wrong.password);
  });
});
