/**
 * The Neo4j sync without a server: the statements it would send (pure
 * builders), the configuration it reads, and the one-line errors for real
 * connection failures (a closed port, a TLS client talking to a plain socket).
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphToCypherRows } from '../packages/core/src/store/cypher-rows.js';
import neo4j from 'neo4j-driver';
import { neo4jConfigFrom, neo4jToPlain, withNeo4j } from '../packages/core/src/store/neo4j-client.js';
import {
  neo4jConstraintStatements,
  neo4jCountStatement,
  neo4jSyncBatches,
  neo4jWipeStatement,
} from '../packages/core/src/store/neo4j-statements.js';
import { ENTITY_TYPES } from '../packages/core/src/vocabulary/entity-types.js';
import { RELATION_TYPES } from '../packages/core/src/vocabulary/relation-types.js';
import { runCli } from '../packages/core/src/cli/run-cli.js';
import { COMMANDS } from '../packages/core/src/cli/commands/index.js';
import { createQueryFixtureGraph, HOSTILE_NAME, HOSTILE_TEXT, MEDIATION_SENTENCE } from './query-fixture.js';

const graph = createQueryFixtureGraph();
const rows = graphToCypherRows(graph);
const batches = neo4jSyncBatches(rows, 2);
const everyStatement = [...neo4jConstraintStatements(), ...batches, neo4jWipeStatement(), neo4jCountStatement()];

/** Every piece of text the articles contributed: names, aliases, titles, sentences, URLs. */
function articleTexts(): string[] {
  const texts = new Set<string>();
  graph.forEachNode((_key, attributes) => {
    texts.add(attributes.label);
    for (const alias of attributes.aliases) texts.add(alias);
    for (const role of attributes.roles ?? []) texts.add(role);
  });
  graph.forEachEdge((_key, attributes) => {
    for (const item of attributes.evidence) texts.add(item.sentence);
  });
  for (const doc of graph.getAttribute('documents')) {
    texts.add(doc.title);
    if (doc.url) texts.add(doc.url);
  }
  return [...texts];
}

describe('statements sent to Neo4j', () => {
  it('contain no text from any article, hostile or not', () => {
    const texts = articleTexts();
    expect(texts).toContain(HOSTILE_NAME);
    expect(texts).toContain(HOSTILE_TEXT);
    expect(texts).toContain(MEDIATION_SENTENCE);
    for (const statement of everyStatement) {
      for (const text of texts) expect(statement.text.includes(text), `${statement.text} contains ${text}`).toBe(false);
      // Nor the fragments an attacker would rely on.
      expect(statement.text).not.toMatch(/DETACH DELETE n \/\/|Руритания|`|"/);
    }
  });

  it('carry the article text in their parameters instead', () => {
    const params = JSON.stringify(batches.map((batch) => batch.params));
    expect(params).toContain(JSON.stringify(HOSTILE_NAME).slice(1, -1));
    expect(params).toContain('Руритания');
  });

  it('use only labels and relationship types from the closed vocabularies', () => {
    const allowedLabels = new Set<string>([...ENTITY_TYPES, 'Entity', 'Document', 'Kgraph']);
    const allowedTypes = new Set<string>([...RELATION_TYPES, 'MENTIONS']);
    for (const { text } of everyStatement) {
      for (const [, labels] of text.matchAll(/\(\w*((?::\w+)+)/g)) {
        for (const label of (labels ?? '').split(':').filter(Boolean)) expect(allowedLabels).toContain(label);
      }
      for (const [, labels] of text.matchAll(/SET \w+((?::\w+)+)/g)) {
        for (const label of (labels ?? '').split(':').filter(Boolean)) expect(allowedLabels).toContain(label);
      }
      for (const [, type] of text.matchAll(/\[\w*:(\w+)/g)) expect(allowedTypes).toContain(type);
    }
  });

  it('create uniqueness constraints for entities, documents and every relation type, idempotently', () => {
    const constraints = neo4jConstraintStatements().map((s) => s.text);
    expect(constraints).toHaveLength(2 + RELATION_TYPES.length);
    for (const text of constraints) expect(text).toMatch(/^CREATE CONSTRAINT kgraph_\w+ IF NOT EXISTS FOR .* REQUIRE \w+\.id IS UNIQUE$/);
  });

  it('write in batches of UNWIND $rows with MERGE, documents and entities before relations and mentions', () => {
    expect(batches.every((batch) => batch.text.startsWith('UNWIND $rows AS row ') && batch.text.includes('MERGE'))).toBe(true);
    const kinds = batches.map((batch) => batch.kind);
    expect(kinds.lastIndexOf('entities')).toBeLessThan(kinds.indexOf('relations'));
    expect(kinds.lastIndexOf('documents')).toBeLessThan(kinds.indexOf('entities'));
    expect(kinds.at(-1)).toBe('mentions');
    expect(batches.reduce((sum, batch) => sum + batch.rows, 0)).toBe(rows.entities.length + rows.relations.length + rows.documents.length + rows.mentions.length);
    expect(Math.max(...batches.map((batch) => (batch.params.rows as unknown[]).length))).toBeLessThanOrEqual(2);
  });

  it('update properties only when their hash changed, so a second sync writes nothing', () => {
    const again = neo4jSyncBatches(graphToCypherRows(createQueryFixtureGraph()), 2);
    expect(JSON.stringify(again)).toBe(JSON.stringify(batches));
    for (const batch of batches.filter((b) => b.kind !== 'mentions')) {
      expect(batch.text).toMatch(/WHERE \w+\.syncHash IS NULL OR \w+\.syncHash <> row\.properties\.syncHash SET \w+ = row\.properties$/);
    }
  });

  it('wipe only nodes carrying the kgraph marker label', () => {
    expect(neo4jWipeStatement().text).toMatch(/^MATCH \(n:Kgraph\) WITH n LIMIT \d+ DETACH DELETE n/);
    for (const batch of batches.filter((b) => b.kind === 'entities' || b.kind === 'documents')) expect(batch.text).toContain(':Kgraph');
  });
});

describe('Neo4j configuration and errors', () => {
  let plainServer: Server;
  let plainPort = 0;
  beforeAll(async () => {
    // A plain TCP socket that answers like a web server: a TLS client gets a real handshake failure.
    plainServer = createServer((socket) => socket.on('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
    await new Promise<void>((resolve) => plainServer.listen(0, '127.0.0.1', resolve));
    plainPort = (plainServer.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => plainServer.close(() => resolve())));

  it('reads the variables Neo4j tools use, with flags winning over them', () => {
    const env = { NEO4J_URI: 'bolt://db:7687', NEO4J_USERNAME: 'reader', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' };
    expect(neo4jConfigFrom(env)).toEqual({ uri: 'bolt://db:7687', username: 'reader', password: 'pw', database: 'news' });
    expect(neo4jConfigFrom(env, { uri: 'bolt://other:7687', database: 'x' })).toMatchObject({ uri: 'bolt://other:7687', database: 'x' });
    expect(neo4jConfigFrom({ NEO4J_URI: 'bolt://db' })).toEqual({ uri: 'bolt://db', username: 'neo4j', password: '' });
    expect(() => neo4jConfigFrom({})).toThrow(/set NEO4J_URI/);
  });

  it('reports a refused connection in one line that names the server', async () => {
    const config = neo4jConfigFrom({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'secret-pw-123' });
    await expect(withNeo4j(config, async () => 0)).rejects.toThrow(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(connect ECONNREFUSED[^\n]*\)\. Is it running\?/);
  });

  it('reports a TLS problem and how to choose the URI scheme', async () => {
    const config = neo4jConfigFrom({ NEO4J_URI: `bolt+s://127.0.0.1:${plainPort}`, NEO4J_PASSWORD: 'secret-pw-123' });
    await expect(withNeo4j(config, async () => 0)).rejects.toThrow(/^TLS problem talking to neo4j@bolt\+s:\/\/127\.0\.0\.1:\d+: .*Use bolt:\/\//);
  });

  it('reports a web port given as Bolt', async () => {
    const config = neo4jConfigFrom({ NEO4J_URI: `bolt://127.0.0.1:${plainPort}` });
    await expect(withNeo4j(config, async () => 0)).rejects.toThrow(/is Neo4j's HTTP port/);
  });

  it('never prints the password, in sync or in query', async () => {
    const password = 'secret-pw-123';
    for (const argv of [['sync', '--no-such-flag'], ['query', '--neo4j', 'RETURN 1'], ['query', '--neo4j', '--uri', `bolt+s://127.0.0.1:${plainPort}`, 'RETURN 1']]) {
      let out = '';
      const sink = { write: (chunk: string) => ((out += chunk), true) } as unknown as NodeJS.WritableStream;
      const code = await runCli(argv, COMMANDS, 'test', {
        stdout: sink,
        stderr: sink,
        env: { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: password },
        cwd: process.cwd(),
      });
      expect(code).not.toBe(0);
      expect(out.trim().split('\n')).toHaveLength(1);
      expect(out).not.toContain(password);
    }
  });
});

describe('Neo4j results', () => {
  it('become the same plain shapes as the embedded engine gives: _label, _type, nodes and relationships', () => {
    const oman = new neo4j.types.Node(neo4j.int(1), ['Kgraph', 'Entity', 'Country'], { id: 'country/x', mentions: neo4j.int(3), syncHash: 'h' }, 'n1');
    const iran = new neo4j.types.Node(neo4j.int(2), ['Kgraph', 'Entity', 'Country'], { id: 'country/y' }, 'n2');
    const mediates = new neo4j.types.Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), 'MEDIATES', { weight: 1, evidence: ['s'] }, 'r1', 'n1', 'n2');
    const path = new neo4j.types.Path(oman, iran, [new neo4j.types.PathSegment(oman, mediates, iran)]);
    expect(neo4jToPlain(oman)).toEqual({ _label: 'Country', id: 'country/x', mentions: 3 });
    expect(neo4jToPlain(mediates)).toEqual({ _type: 'MEDIATES', weight: 1, evidence: ['s'] });
    expect(neo4jToPlain(path)).toEqual({
      nodes: [{ _label: 'Country', id: 'country/x', mentions: 3 }, { _label: 'Country', id: 'country/y' }],
      relationships: [{ _type: 'MEDIATES', weight: 1, evidence: ['s'] }],
    });
    expect(neo4jToPlain([neo4j.int('9007199254740993'), { n: neo4j.int(5) }])).toEqual(['9007199254740993', { n: 5 }]);
  });
});
