import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGraphml, graphmlChunks } from '../packages/core/src/io/graphml.js';
import { createKnowledgeGraph, readGraph } from '../packages/core/src/io/graph-json.js';
import { expectGraphmlReadByNetworkx } from './exports-expectations.js';
import { buildSampleGraph } from './exports-sample-graph.js';
import { NETWORKX_MISSING, networkxAvailable, readWithNetworkx, requireTool } from './exports-tools.js';
import { seedsBuildFolder } from './support/kgraph-cli.js';

const workDir = mkdtempSync(join(tmpdir(), 'kgraph-graphml-'));

describe('GraphML export', () => {
  const graph = buildSampleGraph();
  const graphml = formatGraphml(graph);

  it('declares typed keys: int for counts, long beyond 32 bits, double for metrics, string for text and JSON arrays', () => {
    expect(graphml).toContain('for="node" attr.name="degree" attr.type="int"/>');
    expect(graphml).toContain('for="node" attr.name="mentions" attr.type="long"/>');
    expect(graphml).toContain('for="node" attr.name="pagerank" attr.type="double"/>');
    expect(graphml).toContain('for="node" attr.name="aliases" attr.type="string"/>');
    expect(graphml).toContain('for="edge" attr.name="weight" attr.type="int"/>');
    expect(graphml).toContain('for="graph" attr.name="documents" attr.type="string"/>');
    expect(graphml).toContain('<graph id="G" edgedefault="directed">');
  });

  it('escapes markup so no tag from the data reaches the file', () => {
    expect(graphml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(graphml).not.toContain('<img');
  });

  it('is read back whole by networkx read_graphml: graph, node and edge attributes with their types', (context) => {
    requireTool(context, networkxAvailable(), NETWORKX_MISSING);
    const file = join(workDir, 'sample.graphml');
    writeFileSync(file, graphml);
    expectGraphmlReadByNetworkx(graph, readWithNetworkx('graphml', file));
  });

  it('gives the same bytes for the same graph, built twice', () => {
    expect(formatGraphml(buildSampleGraph())).toBe(graphml);
  });

  it('reads back the real seeds build whole with networkx', (context) => {
    requireTool(context, networkxAvailable(), NETWORKX_MISSING);
    const build = readGraph(join(seedsBuildFolder(), 'graph.json'));
    const file = join(workDir, 'build.graphml');
    writeFileSync(file, formatGraphml(build));
    expectGraphmlReadByNetworkx(build, readWithNetworkx('graphml', file));
  });
});

/** Written by the whole-document writer before it gave way to the pieces (tests/fixtures/exports/README.md). */
function previousBytes(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/exports/${name}`, import.meta.url)), 'utf8');
}

describe('GraphML in pieces', () => {
  it('yields a piece per node and per edge whose bytes are exactly those the whole-document writer gave, for the sample graph and an empty one', () => {
    const graph = buildSampleGraph();
    const pieces = [...graphmlChunks(graph)];
    expect(pieces).toHaveLength(graph.order + graph.size + 2);
    expect(pieces.join('')).toBe(previousBytes('sample.graphml'));
    expect([...graphmlChunks(createKnowledgeGraph())].join('')).toBe(previousBytes('empty.graphml'));
  });
});
