import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph, formatGraphJson, graphJsonChunks } from './graph-json.js';

describe('graph.json in pieces', () => {
  it('gives the same bytes as one JSON.stringify of the whole export, for an empty graph and a small one', () => {
    const empty = createKnowledgeGraph();
    expect([...graphJsonChunks(empty)].join('')).toBe(`${JSON.stringify(empty.export(), null, 1)}\n`);

    const graph = createKnowledgeGraph();
    graph.replaceAttributes({ title: 'Valdoria\nnews' } as never);
    graph.addNode('person:karo-tessel', { label: 'Minister Karo Tessel', type: 'PERSON', aliases: ['Tessel', 'K. "Karo" Tessel'] } as never);
    graph.addNode('place:valdoria', { label: 'Valdoria', type: 'GPE', x: 1.5, y: -2 } as never);
    graph.addNode('bare');
    graph.addEdgeWithKey('e1', 'person:karo-tessel', 'place:valdoria', { type: 'LEADS', weight: 2, evidence: [{ sentence: 'Tessel leads\tValdoria.' }] } as never);
    graph.addEdge('bare', 'place:valdoria');
    expect(formatGraphJson(graph)).toBe(`${JSON.stringify(graph.export(), null, 1)}\n`);
  });

  it('yields a piece per node and per edge, so the whole is never one string', () => {
    const graph = createKnowledgeGraph();
    for (let i = 0; i < 50; i += 1) graph.addNode(`n${i}`, { label: `Town ${i}` } as never);
    for (let i = 1; i < 50; i += 1) graph.addEdge('n0', `n${i}`);
    const pieces = [...graphJsonChunks(graph)];
    expect(pieces.length).toBeGreaterThan(99);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(formatGraphJson(graph).length / 20);
  });
});
