/**
 * Curves for edges that share their two ends (MEDIATES and HOSTS between the
 * same countries, or A→B beside B→A), so each stays visible: a curvature per
 * such edge, fanned out on both sides of the straight line. Only shown edges
 * count (a typed relation beside its hidden co-occurrence stays straight);
 * computed per filter change, and the reducer hands it to @sigma/edge-curve's programs.
 */
import type { ViewerGraph } from '../model/types.js';

const STEP = 0.3;

export function parallelEdgeCurvatures(graph: ViewerGraph, hiddenEdges: ReadonlySet<string> = new Set()): Map<string, number> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((key, _attributes, source, target) => {
    if (hiddenEdges.has(key)) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(key);
    else byPair.set(pair, [key]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of byPair.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    edges.forEach((edge, i) => {
      const offset = i - (edges.length - 1) / 2;
      if (offset === 0) return;
      // Curvature bends to the left of the edge's own direction: flip it for edges drawn the other way round.
      const flip = graph.source(edge) < graph.target(edge) ? 1 : -1;
      curvatures.set(edge, STEP * offset * flip);
    });
  }
  return curvatures;
}
