/**
 * The query layer end to end on the real build of seeds/: `kgraph build`, then
 * `kgraph query` as a user runs it, including the README's example queries.
 * What is asserted comes from the seed articles themselves (the mediation
 * sentence must be a sentence of an article), not from the pipeline's output.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../packages/core/src/cli/commands/index.js';
import { runCli } from '../packages/core/src/cli/run-cli.js';
import { readGraph } from '../packages/core/src/io/graph-json.js';
import { graphToCypherRows, countRows } from '../packages/core/src/store/cypher-rows.js';
import { openEmbeddedGraph } from '../packages/core/src/store/embedded-graph.js';
import { createEmbeddedStore } from '../packages/core/src/store/kuzu-store.js';
import { RELATION_TYPES } from '../packages/core/src/vocabulary/relation-types.js';
import { README_QUERIES } from './query-examples.js';

const repo = join(import.meta.dirname, '..');
let out: string;

async function kgraph(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => ({ write: (chunk: string) => (append(String(chunk)), true), isTTY: false }) as unknown as NodeJS.WritableStream;
  const code = await runCli(argv, COMMANDS, 'test', {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env: {},
    cwd: repo,
  });
  return { code, stdout, stderr };
}

async function queryJson(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const flags = Object.entries(params).flatMap(([name, value]) => ['--param', `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`]);
  const result = await kgraph('query', '--graph', out, '--format', 'json', ...flags, cypher);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>[];
}

const seedTexts = readdirSync(join(repo, 'seeds')).map((name) => readFileSync(join(repo, 'seeds', name), 'utf8').replace(/\s+/g, ' '));

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kgraph-query-seeds-'));
  // --cypher: the query cache is built with the graph, so no query below builds it.
  const build = await kgraph('build', 'seeds', '--out', out, '--cypher');
  if (build.code !== 0) throw new Error(`kgraph build seeds failed: ${build.stderr}`);
});
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('kgraph query on the seeds build', () => {
  it('finds Oman mediating towards Iran and towards the United States, as JSON rows keyed by column', async () => {
    const rows = await queryJson('MATCH (a)-[r:MEDIATES]->(b) RETURN a.name AS source, b.name AS target');
    expect(rows).toEqual(expect.arrayContaining([{ source: 'Oman', target: 'Iran' }, { source: 'Oman', target: 'United States' }]));
  });

  it('returns the evidence sentence of the Oman → Iran edge, a sentence of a seed article', async () => {
    const rows = await queryJson(
      'MATCH (:Country {name: $source})-[r:MEDIATES]->(:Country {name: $target}) UNWIND r.evidence AS sentence RETURN sentence',
      { source: 'Oman', target: 'Iran' },
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { sentence } of rows) {
      expect(typeof sentence).toBe('string');
      expect(sentence).toMatch(/Oman/);
      expect(seedTexts.some((text) => text.includes(String(sentence).replace(/\s+/g, ' ')))).toBe(true);
    }
  });

  it('answers every README example query', async () => {
    const mediators = await queryJson(README_QUERIES.mediators.cypher);
    expect(mediators.map((row) => row.mediator)).toContain('Oman');

    const related = await queryJson(README_QUERIES.agreementRelations.cypher, README_QUERIES.agreementRelations.params);
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((row) => row.other)).toEqual(expect.arrayContaining(['Iran', 'United States']));

    const evidence = await queryJson(README_QUERIES.evidence.cypher, README_QUERIES.evidence.params);
    expect(evidence.length).toBeGreaterThan(0);
    expect(String(evidence[0]?.article).length).toBeGreaterThan(0);

    const paths = await queryJson(README_QUERIES.paths.cypher, README_QUERIES.paths.params);
    expect(paths.length).toBeGreaterThan(0);
    const first = paths[0] as { p: { nodes: { name?: string }[] }; hops: number };
    expect(first.hops).toBe(1);
    expect(first.p.nodes.map((n) => n.name).sort()).toEqual(['Oman', 'United States']);

    const types = await queryJson(README_QUERIES.typesOfRelations.cypher);
    const graph = readGraph(out);
    expect(types.reduce((sum, row) => sum + Number(row.relations), 0)).toBe(graph.size);
  });

  it('aggregates over the build: entities per label add up to the graph order', async () => {
    const rows = await queryJson("MATCH (n) WHERE label(n) <> 'Document' RETURN label(n) AS label, count(*) AS n ORDER BY n DESC");
    expect(rows.reduce((sum, row) => sum + Number(row.n), 0)).toBe(readGraph(out).order);
    expect(rows.map((row) => row.label)).toContain('Country');
  });

  it('prints a table on request and CSV with a header row', async () => {
    const table = await kgraph('query', '-g', out, '-f', 'table', 'MATCH (c:Country) RETURN c.name AS name ORDER BY name');
    expect(table.stdout).toMatch(/^name\s*\n─+\n/);
    expect(table.stdout).toContain('Oman');
    const csv = await kgraph('query', '-g', out, '-f', 'csv', 'MATCH (c:Country) RETURN c.name AS name, c.mentions AS mentions ORDER BY name');
    expect(csv.stdout.split('\r\n')[0]).toBe('name,mentions');
  });

  it('loads the same build twice with the same counts, equal to graph.json', async () => {
    const rows = graphToCypherRows(readGraph(out));
    const first = await createEmbeddedStore(rows);
    const second = await createEmbeddedStore(graphToCypherRows(readGraph(out)));
    try {
      expect(await first.counts()).toEqual(await second.counts());
      expect(await first.counts()).toEqual(countRows(rows));
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('opens the query cache that build --cypher wrote, without loading graph.json again', async () => {
    const opened = await openEmbeddedGraph(out);
    try {
      expect(opened.source).toBe('cache');
    } finally {
      await opened.store.close();
    }
  });

  it('caches a database on disk that holds what graph.json holds, counted from the file itself', async () => {
    const file = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as {
      attributes: { documents: unknown[] };
      nodes: { attributes: { documents: string[] } }[];
      edges: unknown[];
    };
    const opened = await openEmbeddedGraph(out);
    try {
      expect(await opened.store.counts()).toEqual({
        entities: file.nodes.length,
        relations: file.edges.length,
        documents: file.attributes.documents.length,
        mentions: file.nodes.reduce((sum, node) => sum + node.attributes.documents.length, 0),
      });
    } finally {
      await opened.store.close();
    }
  });

  it('reports errors in one line with the exit code 2', async () => {
    for (const cypher of ['MATCH (n:Nation) RETURN n', 'MATCH (n RETURN n']) {
      const result = await kgraph('query', '-g', out, cypher);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    const missing = await kgraph('query', '-g', join(out, 'nope'), 'MATCH (n) RETURN n');
    expect(missing.stderr).toMatch(/^kgraph query: .*does not exist\. Build a graph first/);
  });
});

/** Breadth-first distances over entity relations (documents left out), as graphology sees graph.json. */
function distancesFrom(graph: ReturnType<typeof readGraph>, start: string, maxHops: number): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  for (let hop = 1; hop <= maxHops; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.neighbors(node)) {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, hop);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

/** Every relation type of the vocabulary, as a pattern alternative: paths that never pass through a document. */
const ENTITY_RELATIONS = RELATION_TYPES.join('|');

describe('Cypher answers on the seeds build agree with graph.json read by graphology', () => {
  const graph = () => readGraph(out);
  const nameOf = (key: string) => graph().getNodeAttribute(key, 'label');
  const byName = (name: string) => graph().findNode((_key, attributes) => attributes.label === name) as string;
  const sortRows = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  const cases: { name: string; cypher: string; params?: Record<string, unknown>; expected: () => Record<string, unknown>[] }[] = [
    {
      name: 'entities per type',
      cypher: "MATCH (n) WHERE label(n) <> 'Document' RETURN n.type AS type, count(*) AS n",
      expected: () => {
        const counts = new Map<string, number>();
        graph().forEachNode((_key, attributes) => counts.set(attributes.type, (counts.get(attributes.type) ?? 0) + 1));
        return [...counts].map(([type, n]) => ({ type, n }));
      },
    },
    {
      name: 'relations and summed weight per type',
      cypher: 'MATCH ()-[r]->() WHERE r.type IS NOT NULL RETURN r.type AS type, count(*) AS n, sum(r.weight) AS weight',
      expected: () => {
        const totals = new Map<string, { n: number; weight: number }>();
        graph().forEachEdge((_key, attributes) => {
          const total = totals.get(attributes.type) ?? { n: 0, weight: 0 };
          totals.set(attributes.type, { n: total.n + 1, weight: total.weight + attributes.weight });
        });
        return [...totals].map(([type, total]) => ({ type, ...total }));
      },
    },
    {
      name: 'degree of every entity, documents left out',
      cypher: 'MATCH (n)-[r]-() WHERE r.type IS NOT NULL RETURN n.id AS id, count(r) AS degree',
      expected: () => graph().filterNodes((key) => graph().degree(key) > 0).map((key) => ({ id: key, degree: graph().degree(key) })),
    },
    {
      name: 'documents that mention each entity',
      cypher: 'MATCH (d:Document)-[:MENTIONS]->(e) RETURN e.id AS id, count(d) AS documents',
      expected: () => graph().filterNodes((key) => graph().getNodeAttribute(key, 'documents').length > 0).map((key) => ({ id: key, documents: graph().getNodeAttribute(key, 'documents').length })),
    },
    {
      name: 'the evidence sentences of every relation',
      cypher: 'MATCH ()-[r]->() WHERE r.type IS NOT NULL RETURN r.id AS id, r.evidence AS evidence, r.evidenceDocIds AS docs',
      expected: () => graph().mapEdges((key, attributes) => ({ id: key, evidence: attributes.evidence.map((e) => e.sentence), docs: attributes.evidence.map((e) => e.docId) })),
    },
    {
      name: 'the three entities with the highest PageRank',
      cypher: 'MATCH (n) WHERE n.type IS NOT NULL RETURN n.name AS name, n.pagerank AS pagerank ORDER BY pagerank DESC, name LIMIT 3',
      expected: () => graph().mapNodes((_key, a) => ({ name: a.label, pagerank: a.pagerank })).sort((a, b) => b.pagerank - a.pagerank || a.name.localeCompare(b.name)).slice(0, 3),
    },
    {
      name: 'the aliases of the United States',
      cypher: 'MATCH (c:Country {name: $name}) RETURN c.aliases AS aliases',
      params: { name: 'United States' },
      expected: () => [{ aliases: graph().getNodeAttribute(byName('United States'), 'aliases') }],
    },
    {
      name: 'everything within two relations of Oman (variable-length, undirected)',
      cypher: `MATCH (a:Country {name: $name})-[:${ENTITY_RELATIONS}*1..2]-(b) WHERE b.id <> a.id RETURN DISTINCT b.id AS id`,
      params: { name: 'Oman' },
      expected: () => [...distancesFrom(graph(), byName('Oman'), 2).keys()].filter((key) => key !== byName('Oman')).map((id) => ({ id })),
    },
    {
      name: 'the shortest distance from Oman to every agreement',
      cypher:
        `MATCH p = (a:Country {name: $name})-[:${ENTITY_RELATIONS}* SHORTEST 1..6]-(b:Agreement) RETURN b.name AS agreement, length(p) AS hops`,
      params: { name: 'Oman' },
      expected: () => {
        const distance = distancesFrom(graph(), byName('Oman'), 6);
        return graph().filterNodes((key, a) => a.type === 'Agreement' && distance.has(key)).map((key) => ({ agreement: nameOf(key), hops: distance.get(key) }));
      },
    },
    {
      name: 'entities per community, largest first',
      cypher: 'MATCH (n) WHERE n.type IS NOT NULL RETURN n.community AS community, count(*) AS size ORDER BY size DESC, community',
      expected: () => {
        const sizes = new Map<number, number>();
        graph().forEachNode((_key, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
        return [...sizes].map(([community, size]) => ({ community, size })).sort((a, b) => b.size - a.size || a.community - b.community);
      },
    },
  ];

  for (const { name, cypher, params, expected } of cases) {
    it(`gives ${name} as graphology computes it`, async () => {
      const rows = await queryJson(cypher, params);
      const want = expected();
      expect(want.length).toBeGreaterThan(0);
      if (/ORDER BY/.test(cypher)) expect(rows).toEqual(want);
      else expect(sortRows(rows)).toEqual(sortRows(want));
    });
  }
});
