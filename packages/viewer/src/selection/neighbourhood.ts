/** What to keep bright around a hovered or selected element. */
import type { ViewerGraph } from '../model/types.js';
import type { Selection } from '../state/view-state.js';

export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** A node with its neighbours and the edges between them and it; an edge with its two ends. */
export function focusOf(graph: ViewerGraph, target: Selection | null): Focus | null {
  if (!target) return null;
  if (target.kind === 'node') {
    if (!graph.hasNode(target.key)) return null;
    const nodes = new Set<string>([target.key, ...graph.neighbors(target.key)]);
    return { nodes, edges: new Set(graph.edges(target.key)) };
  }
  if (!graph.hasEdge(target.key)) return null;
  return { nodes: new Set(graph.extremities(target.key)), edges: new Set([target.key]) };
}
