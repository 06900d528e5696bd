/**
 * One set of queries, two engines: the README's queries and the kinds users
 * write (variable-length paths, aggregation, evidence, shortest paths,
 * parameters, subqueries) run on the embedded engine (Kuzu) and on Neo4j over
 * the same seeds build, and must give the same rows after a stable sort.
 * Where the dialects differ, both spellings stand side by side; docs/cypher.md
 * lists each difference with the name of the test here that pins it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraph } from '../packages/core/src/io/graph-json.js';
import { graphToCypherRows } from '../packages/core/src/store/cypher-rows.js';
import { createEmbeddedStore, type EmbeddedStore } from '../packages/core/src/store/kuzu-store.js';
import { README_QUERIES } from './query-examples.js';
import { runKgraph, seedsBuildFolder } from './support/kgraph-cli.js';
import { holdNeo4jLock, NEO4J_SKIP, neo4jEnv, neo4jQuery } from './support/neo4j-test-env.js';

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

/** Rows in an order both engines agree on, whatever order they came in. */
const stable = (rows: Row[]) => rows.map((row) => JSON.stringify(row)).sort();

/** Queries written once, in the Cypher both engines accept. */
const SHARED: Record<string, { cypher: string; params?: (p: Picks) => Params }> = {
  'README: mediators': { cypher: README_QUERIES.mediators.cypher },
  'README: relations of an agreement': { cypher: README_QUERIES.agreementRelations.cypher, params: () => README_QUERIES.agreementRelations.params },
  'README: evidence of an edge': { cypher: README_QUERIES.evidence.cypher, params: () => README_QUERIES.evidence.params },
  'README: relations per type': { cypher: README_QUERIES.typesOfRelations.cypher },
  'README: paths of up to two steps (as lengths)': {
    cypher: 'MATCH p = (a {name: $from})-[*1..2]-(b {name: $to}) RETURN length(p) AS hops, count(*) AS paths ORDER BY hops',
    params: () => README_QUERIES.paths.params,
  },
  'stated relations by basis, modality and PLOVER type': {
    cypher:
      'MATCH (a)-[r]->(b) WHERE r.type IS NOT NULL AND r.basis <> $cooccurrence ' +
      'RETURN r.type AS relation, r.basis AS basis, r.modality AS modality, r.plover AS plover, count(*) AS edges',
    params: () => ({ cooccurrence: 'cooccurrence' }),
  },
  'relations stated as fact': {
    cypher: "MATCH (a)-[r]->(b) WHERE r.modality = 'asserted' AND r.basis IN ['syntax', 'pattern'] RETURN a.name AS source, r.type AS relation, b.name AS target",
  },
  'entities whose type was a close call': {
    cypher:
      'MATCH (n) WHERE n.typeConfidence IS NOT NULL AND n.typeConfidence < $below ' +
      'RETURN n.name AS name, n.type AS type, n.typeConfidence AS typeConfidence, n.mentions AS mentions',
    params: () => ({ below: 1 }),
  },
  'entities per type': { cypher: 'MATCH (n) WHERE n.type IS NOT NULL RETURN n.type AS type, count(*) AS entities' },
  'variable-length path, any relation, up to two steps': {
    cypher: 'MATCH (a {id: $hub})-[*1..2]-(b) WHERE b.type IS NOT NULL AND b.id <> a.id RETURN DISTINCT b.name AS name',
    params: (p) => ({ hub: p.hub }),
  },
  'variable-length path over typed relations only': {
    cypher: 'MATCH (a {id: $hub})-[:MEDIATES|NEGOTIATES_WITH|MEETS|RELATED_TO*1..3]-(b) WHERE b.id <> a.id RETURN DISTINCT b.id AS id',
    params: (p) => ({ hub: p.hub }),
  },
  'co-mentions through documents': {
    cypher:
      'MATCH (a {id: $hub})<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b) WHERE b.id <> a.id ' +
      'RETURN b.name AS name, count(DISTINCT d.id) AS documents ORDER BY documents DESC, name',
    params: (p) => ({ hub: p.hub }),
  },
  'aggregation by type pair': {
    cypher:
      'MATCH (a)-[r]->(b) WHERE r.type IS NOT NULL ' +
      'RETURN a.type AS from, r.type AS relation, b.type AS to, count(*) AS edges, sum(r.weight) AS sentences, max(r.confidence) AS best',
  },
  'min, max and a rounded average per type': {
    cypher:
      'MATCH (n) WHERE n.type IS NOT NULL ' +
      'RETURN n.type AS type, min(n.mentions) AS least, max(n.mentions) AS most, round(avg(n.pagerank), 6) AS pagerank',
  },
  'degree ranking with a LIMIT parameter': {
    cypher: 'MATCH (n)-[r]-() WHERE r.type IS NOT NULL RETURN n.id AS id, count(r) AS degree ORDER BY degree DESC, id LIMIT $n',
    params: () => ({ n: 5 }),
  },
  'evidence sentences of every typed edge': {
    cypher: 'MATCH ()-[r]->() WHERE r.type IS NOT NULL UNWIND r.evidence AS sentence RETURN r.id AS edge, sentence',
  },
  'documents behind each edge': {
    cypher: 'MATCH ()-[r]->() WHERE r.type = $type UNWIND r.evidenceDocIds AS doc MATCH (d:Document {id: doc}) RETURN DISTINCT r.id AS edge, d.title AS title',
    params: () => ({ type: 'RELATED_TO' }),
  },
  'a list parameter': {
    cypher: 'MATCH (n) WHERE n.type IN $types RETURN n.name AS name, n.type AS type',
    params: () => ({ types: ['Country', 'Person'] }),
  },
  'an alias parameter': {
    cypher: 'MATCH (n) WHERE $alias IN n.aliases OR n.name = $alias RETURN n.id AS id',
    params: (p) => ({ alias: p.alias }),
  },
  'optional match': {
    cypher: 'MATCH (e:Country) OPTIONAL MATCH (e)-[r:MEDIATES]->(x) RETURN e.name AS country, x.name AS mediates',
  },
  'existential subquery': {
    cypher: 'MATCH (n) WHERE n.type IS NOT NULL AND NOT EXISTS { MATCH (n)-[r]-() WHERE r.type = $type } RETURN n.name AS outside',
    params: () => ({ type: 'MEDIATES' }),
  },
  'string predicates': {
    cypher: 'MATCH (n) WHERE n.type IS NOT NULL AND (toLower(n.name) CONTAINS $part OR n.name STARTS WITH $initial) RETURN n.name AS name',
    params: () => ({ part: 'an', initial: 'U' }),
  },
  'CASE and list size': {
    cypher:
      "MATCH (n) WHERE n.type IS NOT NULL RETURN n.id AS id, CASE WHEN size(n.aliases) > 0 THEN 'aliased' ELSE 'plain' END AS kind, size(n.aliases) AS aliases",
  },
  'documents with their mention counts': {
    cypher: 'MATCH (d:Document) OPTIONAL MATCH (d)-[:MENTIONS]->(e) RETURN d.id AS document, d.title AS title, count(e) AS entities',
  },
};

/** The same question in each dialect (see docs/cypher.md, "Every difference"). */
const DIALECTS: Record<string, { kuzu: string; neo4j: string; params?: (p: Picks) => Params }> = {
  'relationship type: label(r) vs type(r)': {
    kuzu: 'MATCH ()-[r]->() RETURN label(r) AS type, count(*) AS n',
    neo4j: 'MATCH (:Kgraph)-[r]->(:Kgraph) RETURN type(r) AS type, count(*) AS n',
  },
  'node label: label(n) vs labels(n)': {
    kuzu: "MATCH (n) WHERE label(n) <> 'Document' RETURN n.id AS id, label(n) AS label",
    neo4j: "MATCH (n:Entity) RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ['Entity', 'Kgraph']][0] AS label",
  },
  'list index: 1-based vs 0-based': {
    kuzu: 'MATCH ()-[r]->() WHERE r.type IS NOT NULL RETURN r.id AS edge, r.evidence[1] AS first',
    neo4j: 'MATCH ()-[r]->() WHERE r.type IS NOT NULL RETURN r.id AS edge, r.evidence[0] AS first',
  },
  // The embedded engine's list_filter can hand an empty list another row's result; the CASE guard avoids it (docs/cypher.md).
  'list filter: guarded list_filter vs list comprehension': {
    kuzu: 'MATCH (n) WHERE n.type IS NOT NULL RETURN n.id AS id, CASE WHEN size(n.aliases) = 0 THEN n.aliases ELSE list_filter(n.aliases, x -> size(x) > 3) END AS long',
    neo4j: 'MATCH (n:Entity) RETURN n.id AS id, [x IN n.aliases WHERE size(x) > 3] AS long',
  },
  'substring: 1-based vs 0-based': {
    kuzu: 'MATCH (n) WHERE n.type IS NOT NULL RETURN n.id AS id, substring(n.name, 1, 3) AS head',
    neo4j: 'MATCH (n:Entity) RETURN n.id AS id, substring(n.name, 0, 3) AS head',
  },
  'to text: CAST vs toString': {
    kuzu: 'MATCH (n) WHERE n.type IS NOT NULL RETURN n.id AS id, CAST(n.mentions AS STRING) AS mentions',
    neo4j: 'MATCH (n:Entity) RETURN n.id AS id, toString(n.mentions) AS mentions',
  },
  'shortest path: * SHORTEST vs shortestPath()': {
    kuzu: 'MATCH p = (a {id: $from})-[* SHORTEST 1..6]-(b {id: $to}) RETURN length(p) AS hops',
    neo4j: 'MATCH p = shortestPath((a {id: $from})-[*..6]-(b {id: $to})) RETURN length(p) AS hops',
    params: (p) => ({ from: p.hub, to: p.far }),
  },
  'all shortest paths: * ALL SHORTEST vs allShortestPaths()': {
    kuzu: 'MATCH p = (a {id: $from})-[* ALL SHORTEST 1..6]-(b {id: $to}) RETURN length(p) AS hops, count(*) AS paths',
    neo4j: 'MATCH p = allShortestPaths((a {id: $from})-[*..6]-(b {id: $to})) RETURN length(p) AS hops, count(*) AS paths',
    params: (p) => ({ from: p.hub, to: p.far }),
  },
  'typed shortest path between entities only': {
    kuzu: 'MATCH p = (a {id: $from})-[:RELATED_TO|MEDIATES|NEGOTIATES_WITH|MEETS|HOSTS * SHORTEST 1..6]-(b {id: $to}) RETURN length(p) AS hops',
    neo4j: 'MATCH p = shortestPath((a {id: $from})-[:RELATED_TO|MEDIATES|NEGOTIATES_WITH|MEETS|HOSTS*..6]-(b {id: $to})) RETURN length(p) AS hops',
    params: (p) => ({ from: p.hub, to: p.farTyped }),
  },
};

/** Entities the parameterised queries start from, picked from the data (no names written here). */
interface Picks {
  hub: string;
  far: string;
  farTyped: string;
  alias: string;
}

interface Outcome {
  query: string;
  kind: 'shared' | 'dialect';
  kuzuRows: number;
  neo4jRows: number;
  same: boolean;
}

describe.skipIf(Boolean(NEO4J_SKIP))('the same queries on the embedded engine and on Neo4j', () => {
  let embedded: EmbeddedStore;
  let picks: Picks;
  const outcomes: Outcome[] = [];
  let release: (() => void) | undefined;

  beforeAll(async () => {
    release = await holdNeo4jLock();
    const seeds = seedsBuildFolder();
    const sync = runKgraph(['sync', seeds, '--wipe'], { env: neo4jEnv() });
    if (sync.code !== 0) throw new Error(`kgraph sync failed: ${sync.stderr}`);
    embedded = await createEmbeddedStore(graphToCypherRows(readGraph(seeds)));
    const q = async (cypher: string, params: Params = {}) => (await embedded.query(cypher, params)).rows;
    const [top] = await q('MATCH (n)-[r]-() WHERE r.type IS NOT NULL RETURN n.id AS id, count(r) AS degree ORDER BY degree DESC, id LIMIT 1');
    const hub = String(top?.id);
    const distance = (pattern: string) =>
      q(`MATCH p = (a {id: $hub})-[${pattern} SHORTEST 1..6]-(b) WHERE b.type IS NOT NULL RETURN b.id AS id, length(p) AS hops ORDER BY hops DESC, id LIMIT 1`, { hub });
    const [far] = await distance('*');
    const [farTyped] = await distance(':RELATED_TO|MEDIATES|NEGOTIATES_WITH|MEETS|HOSTS*');
    const [aliased] = await q('MATCH (n) WHERE size(n.aliases) > 0 RETURN n.aliases AS aliases ORDER BY n.id LIMIT 1');
    picks = { hub, far: String(far?.id), farTyped: String(farTyped?.id), alias: String((aliased?.aliases as string[])[0]) };
  }, 900_000);

  afterAll(async () => {
    release?.();
    await embedded?.close();
    if (outcomes.length) {
      const width = Math.max(...outcomes.map((o) => o.query.length));
      console.log(
        ['query'.padEnd(width) + '  kind     kuzu  neo4j  rows', ...outcomes.map((o) =>
          `${o.query.padEnd(width)}  ${o.kind.padEnd(7)}  ${String(o.kuzuRows).padStart(4)}  ${String(o.neo4jRows).padStart(5)}  ${o.same ? 'identical' : 'DIFFERENT'}`)].join('\n'),
      );
    }
  });

  it.each(Object.keys(SHARED))('%s', async (name) => {
    const { cypher, params } = SHARED[name]!;
    const values = params?.(picks) ?? {};
    const kuzu = (await embedded.query(cypher, values)).rows;
    const neo4j = (await neo4jQuery(cypher, values)).rows;
    outcomes.push({ query: name, kind: 'shared', kuzuRows: kuzu.length, neo4jRows: neo4j.length, same: JSON.stringify(stable(kuzu)) === JSON.stringify(stable(neo4j)) });
    expect(kuzu.length, 'a query that answers nothing pins nothing').toBeGreaterThan(0);
    expect(stable(neo4j)).toEqual(stable(kuzu));
  });

  it.each(Object.keys(DIALECTS))('dialect: %s', async (name) => {
    const { kuzu: kuzuCypher, neo4j: neo4jCypher, params } = DIALECTS[name]!;
    const values = params?.(picks) ?? {};
    const kuzu = (await embedded.query(kuzuCypher, values)).rows;
    const neo4j = (await neo4jQuery(neo4jCypher, values)).rows;
    outcomes.push({ query: name, kind: 'dialect', kuzuRows: kuzu.length, neo4jRows: neo4j.length, same: JSON.stringify(stable(kuzu)) === JSON.stringify(stable(neo4j)) });
    expect(kuzu.length).toBeGreaterThan(0);
    expect(stable(neo4j)).toEqual(stable(kuzu));
  });
});
