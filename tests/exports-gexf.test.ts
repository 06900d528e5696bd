import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf, write as writeGexfWithGraphology } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatGexf, gexfChunks } from '../packages/core/src/io/gexf.js';
import { createKnowledgeGraph, readGraph, type KnowledgeGraph } from '../packages/core/src/io/graph-json.js';
import { expectGexfReadByGraphology, expectGexfReadByNetworkx } from './exports-expectations.js';
import { buildSampleGraph } from './exports-sample-graph.js';
import { seedsBuildFolder } from './support/kgraph-cli.js';
import {
  hasJing,
  JING_MISSING,
  NETWORKX_MISSING,
  networkxAvailable,
  readWithNetworkx,
  requireTool,
  validateGexf,
} from './exports-tools.js';

const workDir = mkdtempSync(join(tmpdir(), 'kgraph-gexf-'));

function writeTemp(name: string, content: string): string {
  const file = join(workDir, name);
  writeFileSync(file, content);
  return file;
}

describe('GEXF export of a graph with markup, quotes, non-Latin text, emoji and control characters', () => {
  let graph: KnowledgeGraph;
  let gexf: string;
  let file: string;

  beforeAll(() => {
    graph = buildSampleGraph();
    gexf = formatGexf(graph);
    file = writeTemp('sample.gexf', gexf);
  });

  it('declares the GEXF 1.3 and viz namespaces, a static directed graph, and no xsi:schemaLocation', () => {
    expect(gexf).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf\.net\/1\.3" xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz" version="1\.3">/);
    expect(gexf).toContain('<graph mode="static" defaultedgetype="directed">');
    expect(gexf).not.toContain('schemaLocation');
  });

  it('declares each attribute with its type: text and JSON arrays as string, counts as integer (long beyond 32 bits), metrics as double', () => {
    for (const [name, type] of [['type', 'string'], ['aliases', 'string'], ['mentions', 'long'], ['degree', 'integer'], ['pagerank', 'double'], ['community', 'integer']]) {
      expect(gexf).toContain(`<attribute id="${name}" title="${name}" type="${type}"/>`);
    }
    expect(gexf).toContain('<attribute id="confidence" title="confidence" type="double"/>');
    expect(gexf).not.toMatch(/type="list/);
  });

  it('writes colours as r, g, b (and a when translucent), never hex alone', () => {
    expect(gexf).toContain('<viz:color r="225" g="87" b="89"/>');
    expect(gexf).toContain('<viz:color r="10" g="20" b="30" a="0.5"/>');
    expect(gexf).not.toContain('hex=');
  });

  it('takes lastmodifieddate from the latest document date, so no clock reaches the file', () => {
    expect(gexf).toContain('<meta lastmodifieddate="2025-01-31">');
  });

  it('escapes markup in labels and never emits a raw tag from the data', () => {
    expect(gexf).toContain('label="&lt;img src=x onerror=alert(1)&gt;"');
    expect(gexf).not.toContain('<img');
    expect(gexf).not.toContain('<script');
  });

  it('validates against the official GEXF 1.3 RELAX NG schema with jing', (context) => {
    requireTool(context, hasJing(), JING_MISSING);
    const result = validateGexf(file);
    expect(result.errors).toBe('');
    expect(result.valid).toBe(true);
  });

  it("makes jing fail on graphology-gexf's own writer output, so the validation can catch a bad file", (context) => {
    requireTool(context, hasJing(), JING_MISSING);
    const other = new MultiDirectedGraph();
    other.addNode('a', { label: 'A', color: '#ff0000' });
    const result = validateGexf(writeTemp('graphology-writer.gexf', writeGexfWithGraphology(other, { version: '1.3' })));
    expect(result.valid).toBe(false);
    expect(result.errors).toMatch(/schemaLocation|version/);
  });

  it('is read back whole by networkx read_gexf: every node, edge, attribute value, colour, size and position', (context) => {
    requireTool(context, networkxAvailable(), NETWORKX_MISSING);
    expectGexfReadByNetworkx(graph, readWithNetworkx('gexf', file));
  });

  it("is read back whole by graphology-gexf's parser, parallel edges included", () => {
    const read = parseGexf(MultiDirectedGraph, readFileSync(file, 'utf8'));
    expectGexfReadByGraphology(graph, read);
    expect(read.edges('person:xss', 'city:東京')).toHaveLength(2);
  });

  it('drops the characters XML cannot carry from plain text but keeps them inside JSON-encoded arrays', () => {
    const read = parseGexf(MultiDirectedGraph, gexf);
    const key = "org:o'brien & <co>";
    expect(read.getNodeAttribute(key, 'label')).toBe('AT&T "Labs" bell');
    expect(JSON.parse(read.getNodeAttribute(key, 'aliases') as string)).toEqual(['bell\u0007control', 'ni\uFFFEcht', '']);
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('keeps tabs, newlines and carriage returns of evidence sentences', () => {
    const read = parseGexf(MultiDirectedGraph, gexf);
    const evidence = JSON.parse(read.getNodeAttribute('person:xss', 'evidence') as string) as Array<{ sentence: string }>;
    expect(evidence[0]!.sentence).toBe('He said: "<img src=x onerror=alert(1)>"\tthen\nleft.\r\nEnd');
  });

  it('gives the same bytes for the same graph, built twice', () => {
    expect(formatGexf(buildSampleGraph())).toBe(gexf);
    expect(formatGexf(graph)).toBe(gexf);
  });

  it('omits lastmodifieddate when no document has a valid date, and writes a valid graph with no edges', (context) => {
    const bare = buildSampleGraph();
    bare.clearEdges();
    bare.setAttribute('documents', [{ id: 'x', title: 'x', source: 'x.txt', published: '2025-02-30' }]);
    const text = formatGexf(bare);
    expect(text).toContain('  <meta>\n');
    expect(text).toContain('<edges count="0">');
    expect(parseGexf(MultiGraph, text).order).toBe(4);
    requireTool(context, hasJing(), JING_MISSING);
    expect(validateGexf(writeTemp('no-edges.gexf', text)).errors).toBe('');
  });
});

describe('GEXF export of a real network (Les Misérables, from the Gephi samples)', () => {
  it('validates with jing and is read back whole by networkx and graphology-gexf', (context) => {
    const source = readFileSync(fileURLToPath(new URL('./fixtures/gexf/samples/les_miserables.gexf', import.meta.url)), 'utf8');
    const parsed = parseGexf(MultiDirectedGraph, source);
    const graph: KnowledgeGraph = createKnowledgeGraph();
    parsed.forEachNode((key, attributes) => graph.addNode(key, { ...attributes, type: 'Person' } as never));
    parsed.forEachEdge((key, attributes, source, target) => {
      const weight = (attributes.weight as number | undefined) ?? 1;
      graph.addDirectedEdgeWithKey(key, source, target, { type: 'RELATED_TO', weight, size: weight, color: '#cccccc' } as never);
    });
    expect([graph.order, graph.size]).toEqual([77, 254]);
    const file = writeTemp('les-miserables.gexf', formatGexf(graph));
    expectGexfReadByGraphology(graph, parseGexf(MultiDirectedGraph, readFileSync(file, 'utf8')));
    requireTool(context, hasJing(), JING_MISSING);
    expect(validateGexf(file).errors).toBe('');
    requireTool(context, networkxAvailable(), NETWORKX_MISSING);
    expectGexfReadByNetworkx(graph, readWithNetworkx('gexf', file));
  });
});

describe('GEXF export of the real seeds build', () => {
  it('validates with jing and is read back whole by networkx and graphology-gexf', (context) => {
    const graph = readGraph(join(seedsBuildFolder(), 'graph.json'));
    const file = writeTemp('build.gexf', formatGexf(graph));
    const read = parseGexf(MultiDirectedGraph, readFileSync(file, 'utf8'));
    expectGexfReadByGraphology(graph, read);
    requireTool(context, hasJing(), JING_MISSING);
    expect(validateGexf(file).errors).toBe('');
    requireTool(context, networkxAvailable(), NETWORKX_MISSING);
    expectGexfReadByNetworkx(graph, readWithNetworkx('gexf', file));
  });

  it('writes a graph.gexf that validates with jing', (context) => {
    requireTool(context, hasJing(), JING_MISSING);
    expect(validateGexf(join(seedsBuildFolder(), 'graph.gexf')).errors).toBe('');
  });
});

/** Written by the whole-document writer before it gave way to the pieces (tests/fixtures/exports/README.md). */
function previousBytes(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/exports/${name}`, import.meta.url)), 'utf8');
}

describe('GEXF in pieces', () => {
  it('yields a piece per node and per edge whose bytes are exactly those the whole-document writer gave, for the sample graph and an empty one', () => {
    const graph = buildSampleGraph();
    const pieces = [...gexfChunks(graph)];
    expect(pieces).toHaveLength(graph.order + graph.size + 3);
    expect(pieces.join('')).toBe(previousBytes('sample.gexf'));
    expect([...gexfChunks(createKnowledgeGraph())].join('')).toBe(previousBytes('empty.gexf'));
  });
});
