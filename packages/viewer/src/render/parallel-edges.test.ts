import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ViewerGraph } from '../model/types.js';
import { parallelEdgeCurvatures } from './parallel-edges.js';

describe('curves for edges that share their ends', () => {
  it('bends two edges between the same nodes to opposite sides, whatever their direction, and leaves single edges straight', () => {
    const graph = new MultiDirectedGraph();
    for (const key of ['a', 'b', 'c']) graph.addNode(key);
    graph.addEdgeWithKey('ab-1', 'a', 'b');
    graph.addEdgeWithKey('ba-2', 'b', 'a');
    graph.addEdgeWithKey('bc', 'b', 'c');
    const curvatures = parallelEdgeCurvatures(graph as unknown as ViewerGraph);
    expect(curvatures.has('bc')).toBe(false);
    // The same bend relative to opposite directions puts them on opposite sides of the line.
    expect(curvatures.get('ab-1')).toBeCloseTo(-0.15);
    expect(curvatures.get('ba-2')).toBeCloseTo(-0.15);
    expect(parallelEdgeCurvatures(graph as unknown as ViewerGraph, new Set(['ba-2'])).size).toBe(0);
  });
});
