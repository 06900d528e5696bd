/**
 * `kgraph sync` and `kgraph query --neo4j` against a real Neo4j 5 server: the
 * one the vitest global setup starts (tools/neo4j-test-server) or the one
 * NEO4J_URI names. It wipes kgraph's own nodes (label :Kgraph) in that
 * database, and nothing else.
 */
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatGraphJson } from '../packages/core/src/io/graph-json.js';
import { createQueryFixtureGraph, HOSTILE_NAME, HOSTILE_TEXT } from './query-fixture.js';
import { runKgraph, seedsBuildFolder, temporaryFolder } from './support/kgraph-cli.js';
import { holdNeo4jLock, NEO4J_SKIP, NEO4J_VERSION, neo4jEnv, neo4jQuery } from './support/neo4j-test-env.js';

/** What graph.json itself says the database must hold after a sync. */
function expectedCounts(dir: string) {
  const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as {
    attributes: { documents: { id: string }[] };
    nodes: { attributes: { documents: string[] } }[];
    edges: unknown[];
  };
  return {
    entities: graph.nodes.length,
    relations: graph.edges.length,
    documents: graph.attributes.documents.length,
    mentions: graph.nodes.reduce((sum, node) => sum + new Set(node.attributes.documents).size, 0),
  };
}

const KGRAPH_COUNTS =
  'RETURN COUNT { MATCH (n:Kgraph:Entity) } AS entities, COUNT { MATCH (:Kgraph:Entity)-[r]->(:Kgraph:Entity) } AS relations, ' +
  'COUNT { MATCH (d:Kgraph:Document) } AS documents, COUNT { MATCH (:Kgraph:Document)-[:MENTIONS]->(:Kgraph:Entity) } AS mentions';

const kgraphCounts = async () => (await neo4jQuery(KGRAPH_COUNTS)).rows[0];

/** The sync's own summary line: "… changed: N nodes and M relationships created, K nodes and L relationships deleted, …". */
function changesIn(stderr: string) {
  const created = /(\d+) nodes and (\d+) relationships created/.exec(stderr);
  const deleted = /(\d+) nodes and (\d+) relationships deleted/.exec(stderr);
  if (!created || !deleted) throw new Error(`no change summary in: ${stderr}`);
  return { nodesCreated: +created[1]!, relationshipsCreated: +created[2]!, nodesDeleted: +deleted[1]!, relationshipsDeleted: +deleted[2]! };
}

describe.skipIf(Boolean(NEO4J_SKIP))('kgraph sync to a live Neo4j', () => {
  let seeds: string;
  const env = () => neo4jEnv();

  let release: (() => void) | undefined;
  beforeAll(async () => {
    release = await holdNeo4jLock();
    console.log(`Neo4j under test: ${NEO4J_VERSION}`);
    seeds = seedsBuildFolder();
  }, 900_000);
  afterAll(() => release?.());

  it('reports a Neo4j 5 server', async () => {
    const { rows } = await neo4jQuery('CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version');
    expect(rows[0]?.name).toBe('Neo4j Kernel');
    expect(String(rows[0]?.version)).toMatch(/^5\./);
  });

  it("syncs the seeds build with graph.json's counts of entities, documents, relations and mentions", async () => {
    const run = runKgraph(['sync', seeds, '--wipe'], { env: env() });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const expected = expectedCounts(seeds);
    expect(expected.entities).toBeGreaterThan(0);
    expect(await kgraphCounts()).toEqual(expected);
    const typed = (await neo4jQuery('MATCH (:Kgraph)-[r]->(:Kgraph) WHERE type(r) <> "MENTIONS" RETURN count(DISTINCT r.id) AS ids')).rows[0];
    expect(typed).toEqual({ ids: expected.relations });
  });

  it('changes nothing when the same build is synced again', async () => {
    runKgraph(['sync', seeds, '--wipe'], { env: env() });
    const second = runKgraph(['sync', seeds], { env: env() });
    expect(second.code).toBe(0);
    expect(changesIn(second.stderr)).toEqual({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    expect(second.stderr).toMatch(/ 0 properties set, 0 labels added/);
    expect(await kgraphCounts()).toEqual(expectedCounts(seeds));
  });

  it('wipes only the nodes kgraph wrote', async () => {
    await neo4jQuery("CREATE (:Country {id: 'made-outside-kgraph', name: 'a user node'})-[:MEDIATES {id: 'user-edge'}]->(:Person {name: 'another'})");
    try {
      const run = runKgraph(['sync', seeds, '--wipe'], { env: env() });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/wiped \d+ old nodes/);
      const kept = await neo4jQuery("MATCH (c:Country {id: 'made-outside-kgraph'})-[r:MEDIATES]->(p:Person) RETURN c.name AS name, r.id AS edge, p.name AS other, labels(c) AS labels");
      expect(kept.rows).toEqual([{ name: 'a user node', edge: 'user-edge', other: 'another', labels: ['Country'] }]);
      expect(await kgraphCounts()).toEqual(expectedCounts(seeds));
    } finally {
      await neo4jQuery("MATCH (c:Country {id: 'made-outside-kgraph'})-[:MEDIATES]->(p:Person {name: 'another'}) DETACH DELETE c, p");
    }
  });

  it('refuses a wrong password in one line with exit code 2 and writes nothing', async () => {
    await neo4jQuery('MATCH (n:Kgraph) DETACH DELETE n');
    const run = runKgraph(['sync', seeds], { env: { ...env(), NEO4J_PASSWORD: 'not-the-password' } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kgraph sync: Neo4j refused the credentials for neo4j@bolt:\/\/127\.0\.0\.1:\d+/)]);
    expect(run.stderr).not.toContain('not-the-password');
    expect(await kgraphCounts()).toEqual({ entities: 0, relations: 0, documents: 0, mentions: 0 });
  });

  describe('article text is data, byte for byte', () => {
    // Quotes, a Cypher tail, backticks, emoji (with a ZWJ sequence and a flag), Hebrew and Arabic (right to left, with marks).
    const ARTICLE = `${HOSTILE_TEXT}'})-[:X]->() DETACH DELETE n // \`x\` "y" 🕊️ 👩🏽‍⚖️ 🇺🇳 — שָׁלוֹם עַכְשָׁיו \u200F(مرحبا)\u200E end`;
    let dir: string;

    beforeAll(() => {
      dir = temporaryFolder('kgraph-neo4j-hostile-');
      const graph = createQueryFixtureGraph();
      graph.setAttribute('documents', [
        { id: 'doc-a', title: 'Talks in Fredonia City', source: 'a.txt' },
        { id: 'doc-b', title: ARTICLE, source: 'b.txt', url: 'https://example.org/b?x=1&y=`2`' },
      ]);
      graph.setNodeAttribute('country:sylvania', 'aliases', [ARTICLE, '`Syl`']);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'graph.json'), formatGraphJson(graph));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('round-trips a hostile title, alias and evidence sentence through sync and query', async () => {
      const run = runKgraph(['sync', dir, '--wipe'], { env: env() });
      expect(run.code).toBe(0);
      const titles = await neo4jQuery("MATCH (d:Document {id: 'doc-b'}) RETURN d.title AS title");
      expect(Buffer.from(String(titles.rows[0]?.title))).toEqual(Buffer.from(ARTICLE));
      const aliases = await neo4jQuery("MATCH (c:Country {id: 'country:sylvania'}) RETURN c.aliases AS aliases");
      expect(aliases.rows).toEqual([{ aliases: [ARTICLE, '`Syl`'] }]);
      const named = await neo4jQuery('MATCH (c:Country {name: $name}) RETURN c.id AS id', { name: HOSTILE_NAME });
      expect(named.rows).toEqual([{ id: 'country:ruritania' }]);
      // Through the CLI as a user reads it: JSON out, parsed back, still the same bytes.
      const cli = runKgraph(['query', '--neo4j', '-f', 'json', '-p', 'id=doc-b', 'MATCH (d:Document {id: $id}) RETURN d.title AS title'], { env: env() });
      expect(cli.code).toBe(0);
      expect(JSON.parse(cli.stdout)).toEqual([{ title: ARTICLE }]);
      // Nothing ran as Cypher: the only relationship types are kgraph's.
      const types = await neo4jQuery('MATCH ()-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type');
      expect(types.rows.map((row) => row.type)).not.toContain('X');
    });
  });

  describe('kgraph query --neo4j prints what the embedded engine prints', () => {
    const QUERY = 'MATCH (a)-[r:MEDIATES]->(b) RETURN a.name AS mediator, b.name AS party, r.weight AS sentences, r.evidenceDocIds AS docs ORDER BY mediator, party';

    it.each(['table', 'json', 'csv'])('in %s', async (format) => {
      expect(runKgraph(['sync', seeds, '--wipe'], { env: env() }).code).toBe(0);
      const embedded = runKgraph(['query', '--graph', seeds, '--no-cache', '-f', format, QUERY]);
      const server = runKgraph(['query', '--neo4j', '-f', format, QUERY], { env: env() });
      expect(embedded.code).toBe(0);
      expect(server.code).toBe(0);
      expect(server.stdout.length).toBeGreaterThan(40);
      expect(server.stdout).toBe(embedded.stdout);
    });
  });
});
