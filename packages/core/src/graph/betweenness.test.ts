import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness } from './betweenness.js';
import { cjsDefault } from './cjs-default.js';
import { createRandom } from './random.js';

const reference = cjsDefault(betweennessModule);

/** A seeded random graph: a ring (so it is connected) plus chords. */
function randomGraph(order: number, chords: number, seed: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`);
  for (let i = 0; i < order; i++) graph.mergeEdge(`n${i}`, `n${(i + 1) % order}`);
  const random = createRandom(seed);
  for (let i = 0; i < chords; i++) {
    const a = Math.floor(random() * order);
    const b = Math.floor(random() * order);
    if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
  }
  return graph;
}

describe('betweenness', () => {
  it('matches graphology’s exact betweenness when the graph is small enough', () => {
    const graph = randomGraph(60, 90, 7);
    graph.addNode('lonely');
    const expected = reference(graph, { normalized: true, getEdgeWeight: null });
    const result = betweenness(graph, { seed: 1 });
    expect(result.exact).toBe(true);
    expect(result.pivots).toBe(graph.order);
    for (const node of graph.nodes()) expect(result.scores.get(node)).toBeCloseTo(expected[node], 12);
  });

  it('samples pivots above the work budget, the same ones for the same seed', () => {
    const graph = randomGraph(400, 800, 3);
    const first = betweenness(graph, { seed: 5, workBudget: 50 * 1600 });
    const again = betweenness(graph, { seed: 5, workBudget: 50 * 1600 });
    expect(first.exact).toBe(false);
    expect(first.pivots).toBe(Math.floor((50 * 1600) / (400 + 2 * graph.size)));
    expect([...again.scores]).toEqual([...first.scores]);
  });

  it('estimates the same hub as the exact computation', () => {
    const graph = randomGraph(400, 300, 11);
    // A hub linked to every tenth node carries most shortest paths.
    graph.addNode('hub');
    for (let i = 0; i < 400; i += 10) graph.addEdge('hub', `n${i}`);
    const exact = betweenness(graph, { seed: 2 });
    const sampled = betweenness(graph, { seed: 2, workBudget: 60 * (graph.order + 2 * graph.size) });
    const top = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1])[0][0];
    expect(sampled.exact).toBe(false);
    expect(top(exact.scores)).toBe('hub');
    expect(top(sampled.scores)).toBe('hub');
    expect(sampled.scores.get('hub')! / exact.scores.get('hub')!).toBeGreaterThan(0.7);
    expect(sampled.scores.get('hub')! / exact.scores.get('hub')!).toBeLessThan(1.3);
  });
});
