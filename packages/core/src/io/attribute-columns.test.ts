import { describe, expect, it } from 'vitest';
import { edgeColumns, encodeCell, graphCells, nodeColumns } from './attribute-columns.js';
import { createKnowledgeGraph, type KnowledgeGraph } from './graph-json.js';
import type { NodeAttributes } from '../graph/attributes.js';

function graphOf(nodes: Array<Record<string, unknown>>): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  nodes.forEach((attributes, i) => graph.addNode(`n${i}`, attributes as unknown as NodeAttributes));
  return graph;
}

describe('attribute columns shared by the GEXF, GraphML and CSV exports', () => {
  it('lists contract attributes in contract order, then any others sorted by name', () => {
    const graph = graphOf([{ zeta: 'z', size: 1, label: 'A', alpha: true, type: 'Person' }]);
    expect(nodeColumns(graph).map((c) => c.name)).toEqual(['label', 'type', 'size', 'alpha', 'zeta']);
  });

  it('types whole numbers as integer, beyond 32 bits as long, fractions as double, and metrics always as double', () => {
    const graph = graphOf([
      { mentions: 2, degree: 2 ** 31, weightish: 1.5, pagerank: 1 },
      { mentions: 3, degree: 1, weightish: 2, pagerank: 0 },
    ]);
    expect(nodeColumns(graph).map((c) => [c.name, c.type])).toEqual([
      ['mentions', 'integer'],
      ['degree', 'long'],
      ['pagerank', 'double'],
      ['weightish', 'double'],
    ]);
  });

  it('writes arrays and objects as JSON text, even when a value of the column is a plain string', () => {
    const graph = graphOf([{ aliases: ['a|b', 'c,d'] }, { aliases: 'single' }, { extra: { k: [1, 2] } }]);
    const [aliases, extra] = nodeColumns(graph);
    expect(aliases).toEqual({ name: 'aliases', type: 'string', json: true });
    expect(encodeCell(aliases!, ['a|b', 'c,d'])).toBe('["a|b","c,d"]');
    expect(encodeCell(aliases!, 'single')).toBe('"single"');
    expect(encodeCell(extra!, { k: [1, 2] })).toBe('{"k":[1,2]}');
  });

  it('escapes U+FFFE and U+FFFF inside JSON text so XML can carry it', () => {
    const [aliases] = nodeColumns(graphOf([{ aliases: ['\uFFFF'] }]));
    expect(encodeCell(aliases!, ['\uFFFF'])).toBe('["\\uffff"]');
  });

  it('declares booleans as boolean and a mixed column as string', () => {
    const graph = graphOf([{ flag: true, mixed: 1 }, { flag: false, mixed: 'one' }]);
    expect(nodeColumns(graph).map((c) => [c.name, c.type])).toEqual([['flag', 'boolean'], ['mixed', 'string']]);
    expect(encodeCell(nodeColumns(graph)[0]!, false)).toBe('false');
  });

  it('gives no value for absent or null attributes, and no column when no element has one', () => {
    const graph = graphOf([{ firstSeen: null }, { label: 'x' }]);
    expect(nodeColumns(graph).map((c) => c.name)).toEqual(['label']);
    expect(encodeCell({ name: 'label', type: 'string', json: false }, undefined)).toBeUndefined();
  });

  it('writes numbers in the shortest form that reads back as the same double, and non-finite ones as Java, Python and JavaScript spell them', () => {
    const column = { name: 'v', type: 'double', json: false } as const;
    expect([0.1 + 0.2, 1e-7, 1e21, -0, NaN, Infinity, -Infinity].map((v) => encodeCell(column, v))).toEqual([
      '0.30000000000000004', '1e-7', '1e+21', '0', 'NaN', 'Infinity', '-Infinity',
    ]);
  });

  it('leaves out the names it is told to, for attributes a format carries in its own structure', () => {
    const graph = createKnowledgeGraph();
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdgeWithKey('e', 'a', 'b', { type: 'MEETS', weight: 1, size: 1, color: '#000' } as never);
    expect(edgeColumns(graph, ['weight', 'size', 'color']).map((c) => c.name)).toEqual(['type']);
  });

  it('gives one export\'s formats the graph\'s columns and encodeCell\'s text, an array\'s JSON made once for them all', () => {
    const aliases = ['Tessel', 'K. "Karo" Tessel'];
    const graph = graphOf([{ label: 'Karo Tessel', aliases, degree: 2 }]);
    const cells = graphCells(graph);
    expect(cells.nodeColumns).toEqual(nodeColumns(graph));
    const [label, aliasColumn, degree] = cells.nodeColumns;
    expect([cells.encode(label!, 'Karo Tessel'), cells.encode(degree!, 2)]).toEqual(['Karo Tessel', '2']);
    expect(cells.encode(aliasColumn!, aliases)).toBe(encodeCell(aliasColumn!, aliases));
    // Made once: what the first format wrote is what the next ones write.
    aliases.push('Valdorian envoy');
    expect(cells.encode(aliasColumn!, aliases)).toBe('["Tessel","K. \\"Karo\\" Tessel"]');
  });
});
