/**
 * The shortest paths between two entities, as hops a reader can check: over
 * stated and typed relations first, then over any relation between named
 * entities, then through concepts too (a concept such as "current" co-occurs
 * with everything and would otherwise make every path). Each hop keeps its best edge (typed before co-occurrence, then
 * the heaviest).
 */
import type { ViewerGraph } from '../model/types.js';
import { isConcept, isCooccurrence } from '../story/story.js';

export interface PathHop {
  from: string;
  to: string;
  edge: string;
}

export interface GraphPath {
  /** True when every hop is a stated or typed relation. */
  typed: boolean;
  hops: PathHop[];
}

export const MAX_PATHS = 3;
const MAX_DEPTH = 8;

type EdgeFilter = (edge: string, towards: string) => boolean;

/** Breadth-first layers with every parent kept, so all shortest paths can be walked back. */
function shortestNodePaths(graph: ViewerGraph, from: string, to: string, allowed: EdgeFilter, limit: number): string[][] {
  const parents = new Map<string, string[]>([[from, []]]);
  let frontier = [from];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length && !parents.has(to); depth++) {
    const layer = new Map<string, string[]>();
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        const other = source === node ? target : source;
        if (!allowed(edge, other) || parents.has(other)) return;
        const list = layer.get(other) ?? [];
        if (!list.includes(node)) list.push(node);
        layer.set(other, list);
      });
    }
    for (const [node, list] of layer) parents.set(node, list.sort());
    frontier = [...layer.keys()].sort();
  }
  if (!parents.has(to) || from === to) return [];
  const paths: string[][] = [];
  const walk = (node: string, suffix: string[]): void => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push([from, ...suffix]);
      return;
    }
    for (const parent of parents.get(node) ?? []) walk(parent, [node, ...suffix]);
  };
  walk(to, []);
  return paths;
}

function bestEdge(graph: ViewerGraph, a: string, b: string, allowed: EdgeFilter): string {
  let best = '';
  let bestScore = -Infinity;
  for (const edge of graph.edges(a, b).concat(graph.edges(b, a))) {
    if (!allowed(edge, b)) continue;
    const attributes = graph.getEdgeAttributes(edge);
    const score = (isCooccurrence(attributes) ? 0 : 1_000_000) + attributes.weight + (attributes.evidence.length ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [edge, score];
  }
  return best;
}

export function findPaths(graph: ViewerGraph, from: string, to: string, limit = MAX_PATHS): GraphPath[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  const typed: EdgeFilter = (edge) => !isCooccurrence(graph.getEdgeAttributes(edge));
  const named: EdgeFilter = (_edge, towards) => towards === to || !isConcept(graph.getNodeAttributes(towards));
  const any: EdgeFilter = () => true;
  const result: GraphPath[] = [];
  const seen = new Set<string>();
  for (const [allowed, isTyped] of [[typed, true], [named, false], [any, false]] as const) {
    for (const nodes of shortestNodePaths(graph, from, to, allowed, limit)) {
      const id = nodes.join('\u0000');
      if (seen.has(id) || result.length >= limit) continue;
      seen.add(id);
      const hops = nodes.slice(1).map((node, i) => ({ from: nodes[i], to: node, edge: bestEdge(graph, nodes[i], node, allowed) }));
      result.push({ typed: isTyped || hops.every((hop) => typed(hop.edge, hop.to)), hops });
    }
  }
  return result;
}
