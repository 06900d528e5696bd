/** Breadth-first reach: the nodes within N hops of a node, over the edges a predicate allows. */
import type { ViewerGraph } from '../model/types.js';

export function nodesWithin(graph: ViewerGraph, start: string, depth: number, edgeAllowed: (edge: string) => boolean): Set<string> {
  const reached = new Set<string>([start]);
  let frontier = [start];
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!edgeAllowed(edge)) return;
        const other = source === node ? target : source;
        if (reached.has(other)) return;
        reached.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return reached;
}
