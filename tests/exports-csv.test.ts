import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edgesCsvChunks, formatEdgesCsv, formatNodesCsv, nodesCsvChunks } from '../packages/core/src/io/csv.js';
import { createKnowledgeGraph } from '../packages/core/src/io/graph-json.js';
import { xmlClean } from './exports-expectations.js';
import { buildSampleGraph } from './exports-sample-graph.js';
import { requireTool } from './exports-tools.js';

const PYTHON = process.env.KGRAPH_PYTHON ?? 'python3';
const pythonAvailable = spawnSync(PYTHON, ['-c', 'import csv'], { encoding: 'utf8' }).status === 0;

/** Parses CSV text with Python's csv module, an independent RFC 4180 reader. */
function readWithPythonCsv(text: string): Array<Record<string, string>> {
  const script = 'import csv, io, json, sys\nprint(json.dumps(list(csv.DictReader(io.StringIO(sys.stdin.read(), newline="")))))';
  const result = spawnSync(PYTHON, ['-c', script], { input: text, encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Array<Record<string, string>>;
}

function expectedCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return String(value);
}

describe('CSV export', () => {
  const graph = buildSampleGraph();

  it('writes RFC 4180: CRLF line ends, quoted fields with doubled quotes, a header row', () => {
    const nodes = formatNodesCsv(graph);
    expect(nodes.startsWith('id,label,type,aliases,mentions,documents,firstSeen,lastSeen,roles,evidence,degree,pagerank,betweenness,community,x,y,size,color\r\n')).toBe(true);
    expect(nodes.endsWith('\r\n')).toBe(true);
    expect(nodes).toContain('"AT&T ""Labs"" \u0007bell"');
    expect(formatEdgesCsv(graph).split('\r\n')[0]).toBe('id,source,target,type,predicate,plover,basis,modality,weight,confidence,evidence,documents,firstSeen,lastSeen,size,color');
  });

  it("is read back cell for cell by Python's csv module, arrays as JSON text and newlines inside quotes", (context) => {
    requireTool(context, pythonAvailable, 'python3 is not available to read the CSV back');
    const nodes = readWithPythonCsv(formatNodesCsv(graph));
    expect(nodes).toHaveLength(graph.order);
    graph.forEachNode((key, attributes) => {
      const row = nodes.find((r) => r.id === key);
      expect(row, key).toBeDefined();
      for (const [name, value] of Object.entries(attributes)) {
        expect(row![name], `${key}.${name}`).toBe(expectedCell(value));
      }
    });
    const edges = readWithPythonCsv(formatEdgesCsv(graph));
    expect(edges).toHaveLength(graph.size);
    graph.forEachEdge((key, attributes, source, target) => {
      const row = edges.find((r) => r.id === key);
      expect([row?.source, row?.target], key).toEqual([source, target]);
      for (const [name, value] of Object.entries(attributes)) {
        expect(row![name], `${key}.${name}`).toBe(expectedCell(value));
      }
      expect(JSON.parse(row!.evidence!)).toEqual(attributes.evidence);
    });
  });

  it('keeps text as it is, unlike the XML formats, which must drop control characters', () => {
    const label = graph.getNodeAttribute("org:o'brien & <co>", 'label');
    expect(formatNodesCsv(graph)).toContain(label.replace(/"/g, '""'));
    expect(xmlClean(label)).not.toBe(label);
  });

  it('gives the same bytes for the same graph, built twice', () => {
    expect(formatNodesCsv(buildSampleGraph())).toBe(formatNodesCsv(graph));
    expect(formatEdgesCsv(buildSampleGraph())).toBe(formatEdgesCsv(graph));
  });
});

/** Written by the whole-document writer before it gave way to the pieces (tests/fixtures/exports/README.md). */
function previousBytes(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/exports/${name}`, import.meta.url)), 'utf8');
}

describe('CSV in pieces', () => {
  it('yields nodes.csv a row at a time, exactly the bytes the whole-table writer gave, for the sample graph and an empty one', () => {
    const graph = buildSampleGraph();
    const pieces = [...nodesCsvChunks(graph)];
    expect(pieces).toHaveLength(graph.order + 1);
    expect(pieces.join('')).toBe(previousBytes('sample.nodes.csv'));
    expect([...nodesCsvChunks(createKnowledgeGraph())].join('')).toBe(previousBytes('empty.nodes.csv'));
  });

  it('yields edges.csv a row at a time, exactly the bytes the whole-table writer gave, for the sample graph and an empty one', () => {
    const graph = buildSampleGraph();
    const pieces = [...edgesCsvChunks(graph)];
    expect(pieces).toHaveLength(graph.size + 1);
    expect(pieces.join('')).toBe(previousBytes('sample.edges.csv'));
    expect([...edgesCsvChunks(createKnowledgeGraph())].join('')).toBe(previousBytes('empty.edges.csv'));
  });
});
