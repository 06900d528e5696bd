import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { connectedComponents, layoutGraph, layoutIterations, type WeightedGraph } from './layout.js';

/** Two dense clusters joined by one link, a triangle apart from them, and two isolated nodes. */
function sampleGraph(): WeightedGraph {
  const graph: WeightedGraph = new UndirectedGraph();
  const link = (a: string, b: string, weight = 1) => {
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.mergeEdge(a, b, { weight });
  };
  for (const prefix of ['east', 'west']) {
    for (let i = 0; i < 15; i++) for (let j = i + 1; j < 15; j += 3) link(`${prefix}${i}`, `${prefix}${j}`, 1 + ((i + j) % 3));
    for (let i = 0; i < 14; i++) link(`${prefix}${i}`, `${prefix}${i + 1}`);
  }
  link('east0', 'west0');
  link('tri-a', 'tri-b');
  link('tri-b', 'tri-c');
  link('tri-c', 'tri-a');
  graph.addNode('alone-1');
  graph.addNode('alone-2');
  return graph;
}

const communities = (graph: WeightedGraph) => new Map(graph.nodes().map((node) => [node, node.startsWith('west') ? 1 : 0]));

describe('layout', () => {
  it('finds connected components, biggest first', () => {
    expect(connectedComponents(sampleGraph()).map((c) => c.length)).toEqual([30, 3, 1, 1]);
  });

  it('gives the same positions for the same graph', () => {
    const graph = sampleGraph();
    expect([...layoutGraph(graph, communities(graph))]).toEqual([...layoutGraph(sampleGraph(), communities(graph))]);
  });

  it('places every node at a finite point, no two at the same one', () => {
    const graph = sampleGraph();
    const positions = layoutGraph(graph, communities(graph));
    expect(positions.size).toBe(graph.order);
    const points = new Set([...positions.values()].map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`));
    expect(points.size).toBe(graph.order);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('keeps small components and isolated nodes outside the main component', () => {
    const graph = sampleGraph();
    const positions = layoutGraph(graph, communities(graph));
    const main = connectedComponents(graph)[0];
    const centre = main.reduce((sum, n) => ({ x: sum.x + positions.get(n)!.x / main.length, y: sum.y + positions.get(n)!.y / main.length }), { x: 0, y: 0 });
    const reach = Math.max(...main.map((n) => Math.hypot(positions.get(n)!.x - centre.x, positions.get(n)!.y - centre.y)));
    for (const node of ['tri-a', 'tri-b', 'tri-c', 'alone-1', 'alone-2']) {
      expect(Math.hypot(positions.get(node)!.x - centre.x, positions.get(node)!.y - centre.y)).toBeGreaterThan(reach);
    }
  });

  it('draws linked clusters apart: a node is nearer its own cluster’s centre than the other’s', () => {
    const graph = sampleGraph();
    const positions = layoutGraph(graph, communities(graph));
    const centreOf = (prefix: string) => {
      const members = graph.nodes().filter((n) => n.startsWith(prefix));
      return members.reduce((sum, n) => ({ x: sum.x + positions.get(n)!.x / members.length, y: sum.y + positions.get(n)!.y / members.length }), { x: 0, y: 0 });
    };
    const east = centreOf('east');
    const west = centreOf('west');
    const nearer = graph.nodes().filter((n) => n.startsWith('east')).filter((n) => {
      const p = positions.get(n)!;
      return Math.hypot(p.x - east.x, p.y - east.y) < Math.hypot(p.x - west.x, p.y - west.y);
    });
    expect(nearer.length).toBeGreaterThanOrEqual(13);
  });

  it('spends fewer iterations on bigger components', () => {
    expect(layoutIterations(100)).toBe(300);
    expect(layoutIterations(2000)).toBeLessThan(layoutIterations(500));
    expect(layoutIterations(100_000)).toBe(40);
  });
});
