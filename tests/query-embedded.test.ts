/**
 * The embedded Cypher engine over a hand-made graph: the schema (labels per
 * entity type, relationship types from the vocabulary, documents), a dozen
 * queries of the kinds users write, hostile article text as data, the cache
 * in DIR/kuzu/, and the one-line errors.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeGraph, formatGraphJson } from '../packages/core/src/io/graph-json.js';
import { countRows, graphToCypherRows, serializedGraphToCypherRows } from '../packages/core/src/store/cypher-rows.js';
import { openEmbeddedGraph } from '../packages/core/src/store/embedded-graph.js';
import { createEmbeddedStore, type EmbeddedStore } from '../packages/core/src/store/kuzu-store.js';
import { createQueryFixtureGraph, HOSTILE_NAME, HOSTILE_TEXT, MEDIATION_SENTENCE } from './query-fixture.js';

let store: EmbeddedStore;
const rows = graphToCypherRows(createQueryFixtureGraph());

beforeAll(async () => {
  store = await createEmbeddedStore(rows);
});
afterAll(async () => {
  await store?.close();
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const q = async (cypher: string, params?: Record<string, unknown>) => (await store.query(cypher, params)).rows;

describe('the embedded engine answers the queries users write', () => {
  it('matches entities by their type as a label', async () => {
    expect(await q('MATCH (c:Country) RETURN c.name AS name ORDER BY name')).toEqual([
      { name: 'Freedonia' },
      { name: HOSTILE_NAME },
      { name: 'Sylvania' },
    ]);
  });

  it('matches a relationship type across every pair of entity types', async () => {
    expect(await q('MATCH (a)-[r:RELATED_TO]->(b) RETURN a.type AS from, b.type AS to ORDER BY from')).toEqual([
      { from: 'Agreement', to: 'Concept' },
      { from: 'Country', to: 'Country' },
    ]);
  });

  it('returns mediators with their parties, and the evidence sentence of an edge', async () => {
    expect(await q('MATCH (a)-[r:MEDIATES]->(b) RETURN a.name AS source, b.name AS target ORDER BY target')).toEqual([
      { source: 'Freedonia', target: HOSTILE_NAME },
      { source: 'Freedonia', target: 'Sylvania' },
    ]);
    expect(
      await q("MATCH (:Country {name: 'Freedonia'})-[r:MEDIATES]->(:Country {name: 'Sylvania'}) UNWIND r.evidence AS sentence RETURN sentence"),
    ).toEqual([{ sentence: MEDIATION_SENTENCE }]);
  });

  it('finds the documents behind an edge through its evidence document ids', async () => {
    const found = await q(
      "MATCH (a)-[r:MEDIATES]->(b {id: 'country:ruritania'}) MATCH (d:Document) WHERE list_contains(r.documents, d.id) RETURN d.id AS doc ORDER BY doc",
    );
    expect(found).toEqual([{ doc: 'doc-a' }, { doc: 'doc-b' }]);
  });

  it('follows variable-length paths in both directions', async () => {
    const reached = await q(
      "MATCH (p:Person {name: 'Rufus T. Firefly'})-[:LEADS|MEDIATES|WITHDREW_FROM*1..3]->(x) RETURN DISTINCT x.name AS name ORDER BY name",
    );
    expect(reached.map((row) => row.name)).toEqual(['Freedonia', 'Pact of Marx', HOSTILE_NAME, 'Sylvania']);
    // City -LOCATED_IN-> Freedonia <-LEADS- Person, and City <-MENTIONS- doc-a -MENTIONS-> Person.
    expect(await q('MATCH (a:City)-[:LOCATED_IN|LEADS*2..2]-(b:Person) RETURN count(*) AS paths')).toEqual([{ paths: 1 }]);
    expect(await q('MATCH (a:City)-[*2..2]-(b:Person) RETURN count(*) AS paths')).toEqual([{ paths: 2 }]);
  });

  it('returns a path as its nodes and relationships', async () => {
    const [row] = await q("MATCH p = (:Person)-[:LEADS]->(:Country)-[:HOSTS]->(:Country) RETURN p, length(p) AS hops");
    expect(row?.hops).toBe(2);
    const path = row?.p as { nodes: { _label: string; name: string }[]; relationships: { _type: string }[] };
    expect(path.nodes.map((n) => `${n._label}:${n.name}`)).toEqual(['Person:Rufus T. Firefly', 'Country:Freedonia', 'Country:Sylvania']);
    expect(path.relationships.map((r) => r._type)).toEqual(['LEADS', 'HOSTS']);
  });

  it('finds a shortest path between two entities', async () => {
    const [row] = await q("MATCH p = (a:Person)-[:LEADS|MEDIATES|WITHDREW_FROM|RELATED_TO* SHORTEST 1..5]-(b:Concept) RETURN length(p) AS hops, list_transform(nodes(p), n -> n.name) AS names");
    expect(row).toEqual({ hops: 4, names: ['Rufus T. Firefly', 'Freedonia', 'Sylvania', 'Pact of Marx', 'sanctions'] });
  });

  it('aggregates: relations per type, and degree per country', async () => {
    expect(await q('MATCH ()-[r]->() WHERE label(r) <> $mentions RETURN label(r) AS type, count(*) AS n ORDER BY n DESC, type LIMIT 3', { mentions: 'MENTIONS' })).toEqual([
      { type: 'MEDIATES', n: 2 },
      { type: 'RELATED_TO', n: 2 },
      { type: 'HOSTS', n: 1 },
    ]);
    expect(await q('MATCH (c:Country)-[r]-(:Country) RETURN c.name AS name, count(r) AS links, sum(r.weight) AS weight ORDER BY links DESC, name LIMIT 1')).toEqual([
      { name: 'Sylvania', links: 4, weight: 5 },
    ]);
  });

  it('collects aliases and reads list properties', async () => {
    expect(await q("MATCH (c:Country {id: 'country:freedonia'}) RETURN c.aliases AS aliases, size(c.aliases) AS n, c.aliases[1] AS first")).toEqual([
      { aliases: ['Freedonian', 'FRD'], n: 2, first: 'Freedonian' },
    ]);
    expect(await q("MATCH (p:Person) RETURN p.roles AS roles, p.aliases AS aliases")).toEqual([{ roles: ['president'], aliases: [] }]);
  });

  it('filters on metrics and dates with parameters', async () => {
    expect(await q('MATCH (n) WHERE n.pagerank >= $min RETURN n.name AS name, n.firstSeen AS firstSeen ORDER BY n.pagerank DESC', { min: 0.3 })).toEqual([
      { name: 'Freedonia', firstSeen: '2025-04-12' },
    ]);
    expect(await q('MATCH (c:Country) RETURN c.name AS name ORDER BY c.pagerank DESC LIMIT $n', { n: 1 })).toEqual([{ name: 'Freedonia' }]);
  });

  it('counts the documents that mention each entity', async () => {
    expect(await q('MATCH (d:Document)-[:MENTIONS]->(e:Country) RETURN e.name AS name, count(d) AS documents ORDER BY documents DESC, name LIMIT 2')).toEqual([
      { name: 'Freedonia', documents: 2 },
      { name: HOSTILE_NAME, documents: 1 },
    ]);
  });

  it('keeps relation properties: type, predicate, PLOVER type, basis, modality, weight, confidence and aligned evidence', async () => {
    expect(
      await q("MATCH ()-[r:MEDIATES {id: 'country:freedonia>MEDIATES>country:ruritania'}]->() RETURN r.type AS type, r.predicate AS predicate, r.plover AS plover, r.basis AS basis, r.modality AS modality, r.weight AS weight, r.confidence AS confidence, r.evidenceDocIds AS docs, size(r.evidence) AS sentences"),
    ).toEqual([{ type: 'MEDIATES', predicate: 'mediate', plover: 'CONSULT', basis: 'pattern', modality: 'asserted', weight: 2, confidence: 0.8, docs: ['doc-a', 'doc-b'], sentences: 2 }]);
  });
});

describe('article text is data, never query text', () => {
  it('round-trips a name built to break string-pasted Cypher, found by parameter', async () => {
    expect(await q('MATCH (c:Country {name: $name}) RETURN c.id AS id, c.aliases AS aliases', { name: HOSTILE_NAME })).toEqual([
      { id: 'country:ruritania', aliases: ['`Ruri`', 'Руритания', 'ルリタニア', '"R"'] },
    ]);
  });

  it('round-trips evidence and titles with quotes, backticks and non-Latin scripts', async () => {
    const [row] = await q("MATCH (d:Document {id: 'doc-b'}) RETURN d.title AS title, d.url AS url");
    expect(row).toEqual({ title: HOSTILE_TEXT, url: 'https://example.org/b?x=1&y=`2`' });
    const evidence = await q("MATCH ()-[r:SANCTIONS]->() RETURN r.evidence AS evidence");
    expect(evidence).toEqual([{ evidence: [HOSTILE_TEXT] }]);
  });

  it('still has every node and relation after loading the hostile text', async () => {
    expect(await store.counts()).toEqual(countRows(rows));
  });
});

describe('loading', () => {
  it('gives the same counts when the same build is loaded twice', async () => {
    const again = await createEmbeddedStore(graphToCypherRows(createQueryFixtureGraph()));
    try {
      expect(await again.counts()).toEqual(await store.counts());
      expect(await again.counts()).toEqual({ entities: 7, relations: 9, documents: 2, mentions: 8 });
    } finally {
      await again.close();
    }
  });

  it('caches the database in DIR/kuzu, reuses it, and rebuilds it when graph.json changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kgraph-query-cache-'));
    try {
      const graph = createQueryFixtureGraph();
      writeFileSync(join(dir, 'graph.json'), formatGraphJson(graph));
      const first = await openEmbeddedGraph(dir);
      const firstCounts = await first.store.counts();
      await first.store.close();
      const second = await openEmbeddedGraph(dir);
      expect(second.source).toBe('cache');
      expect(await second.store.counts()).toEqual(firstCounts);
      await second.store.close();
      expect(first.source).toBe('rebuilt');

      graph.dropNode('concept:sanctions');
      writeFileSync(join(dir, 'graph.json'), formatGraphJson(graph));
      const third = await openEmbeddedGraph(dir);
      expect(third.source).toBe('rebuilt');
      expect((await third.store.counts()).entities).toBe(firstCounts.entities - 1);
      await third.store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('removes half-built caches of killed processes and keeps those of running ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kgraph-query-stale-'));
    try {
      writeFileSync(join(dir, 'graph.json'), formatGraphJson(createQueryFixtureGraph()));
      mkdirSync(join(dir, 'kuzu'));
      let dead = 4_000_000;
      while (isRunning(dead)) dead++;
      writeFileSync(join(dir, 'kuzu', `graph.kuzu.${dead}.tmp`), 'half a database');
      writeFileSync(join(dir, 'kuzu', `graph.kuzu.${process.ppid}.tmp`), 'being built right now');
      (await openEmbeddedGraph(dir)).store.close();
      expect(existsSync(join(dir, 'kuzu', `graph.kuzu.${dead}.tmp`))).toBe(false);
      expect(existsSync(join(dir, 'kuzu', `graph.kuzu.${process.ppid}.tmp`))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens the cache read-only, so a write query fails instead of drifting from graph.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kgraph-query-ro-'));
    try {
      writeFileSync(join(dir, 'graph.json'), formatGraphJson(createQueryFixtureGraph()));
      (await openEmbeddedGraph(dir)).store.close();
      const opened = await openEmbeddedGraph(dir);
      await expect(opened.store.query("CREATE (:Country {id: 'x', name: 'x'})")).rejects.toThrow(/read-only/);
      await opened.store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('edge cases of a build', () => {
  it('loads an empty build, where every label and relationship type still exists', async () => {
    const graph = createKnowledgeGraph();
    graph.replaceAttributes({ name: 'empty', generator: 'test', documents: [] });
    const empty = await createEmbeddedStore(graphToCypherRows(graph));
    try {
      expect(await empty.counts()).toEqual({ entities: 0, relations: 0, documents: 0, mentions: 0 });
      expect((await empty.query('MATCH (c:Country)-[r:MEDIATES]->(x) RETURN count(*) AS n')).rows).toEqual([{ n: 0 }]);
    } finally {
      await empty.close();
    }
  });

  it('refuses a node whose type is outside the vocabulary, before it could become a label', () => {
    const graph = createQueryFixtureGraph();
    graph.setNodeAttribute('country:freedonia', 'type', 'Nation`) DETACH DELETE n //' as never);
    expect(() => graphToCypherRows(graph)).toThrow(/node "country:freedonia" has type .* which is not an entity type/);
  });

  it('refuses an edge of graph.json to a node the file lacks, which reading it without a graph would not notice', () => {
    const serialized = createQueryFixtureGraph().export();
    const [edge] = serialized.edges;
    serialized.edges.push({ ...edge, key: 'dangling', target: 'city:nowhere' } as typeof edge);
    expect(() => serializedGraphToCypherRows(serialized)).toThrow(/edge "dangling" joins "city:nowhere", which is not a node/);
  });
});

describe('errors are one clear line', () => {
  it('reports a syntax error with its line and column', async () => {
    await expect(store.query('MATCH (c:Country RETURN c')).rejects.toThrow(/^syntax error at line 1, column 18: /);
  });

  it('names an unknown label and lists the labels that exist', async () => {
    await expect(store.query('MATCH (c:Nation) RETURN c')).rejects.toThrow(/unknown label or relationship type "Nation"\. Labels: Person, .*Document\./);
  });

  it('refuses a query whose $parameter was not given, instead of answering nothing', async () => {
    await expect(store.query('MATCH (c:Country) WHERE c.name = $name RETURN c')).rejects.toThrow('missing parameter $name: pass --param name=VALUE.');
  });

  it('says a build is missing and how to make one', async () => {
    await expect(openEmbeddedGraph(join(tmpdir(), 'kgraph-no-such-build'))).rejects.toThrow(/does not exist\. Build a graph first: kgraph build/);
  });
});
