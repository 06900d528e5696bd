import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { normaliseGraph } from '../model/normalise.js';
import type { ViewerGraph } from '../model/types.js';
import { findPaths } from './shortest-paths.js';

function chain(): ViewerGraph {
  const graph = new MultiDirectedGraph();
  graph.replaceAttributes({ documents: [] });
  for (const key of ['a', 'b', 'c', 'd', 'idea']) graph.addNode(key, { label: key.toUpperCase(), type: key === 'idea' ? 'Concept' : 'Person' });
  graph.addEdgeWithKey('ab', 'a', 'b', { type: 'LEADS', weight: 1 });
  graph.addEdgeWithKey('bc', 'b', 'c', { type: 'MEETS', weight: 1 });
  graph.addEdgeWithKey('bc-related', 'b', 'c', { type: 'RELATED_TO', weight: 9 });
  graph.addEdgeWithKey('dc', 'd', 'c', { type: 'HOSTS', weight: 1 });
  graph.addEdgeWithKey('a-idea', 'a', 'idea', { type: 'RELATED_TO', weight: 1 });
  graph.addEdgeWithKey('idea-d', 'idea', 'd', { type: 'RELATED_TO', weight: 1 });
  return normaliseGraph(graph as unknown as ViewerGraph);
}

describe('shortest paths between two entities', () => {
  it('lists the path over typed relations first, each hop on its typed edge, then the shorter one over co-occurrence', () => {
    const paths = findPaths(chain(), 'a', 'd');
    expect(paths.map((p) => p.hops.map((h) => h.edge))).toEqual([['ab', 'bc', 'dc'], ['a-idea', 'idea-d']]);
    expect(paths.map((p) => p.typed)).toEqual([true, false]);
  });

  it('finds nothing between unconnected or unknown entities', () => {
    const graph = chain();
    graph.addNode('alone', { label: 'Alone', aliases: [], x: 0, y: 0, size: 1, color: '#000', roles: [], documents: [], evidence: [] });
    expect(findPaths(graph, 'a', 'alone')).toEqual([]);
    expect(findPaths(graph, 'a', 'nowhere')).toEqual([]);
  });
});
