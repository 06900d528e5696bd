/**
 * Metrics, communities and display sizes (`analyzeGraph`), then positions
 * (`positionNodes`, with layout.ts), written onto the graph's nodes. They are
 * computed on the undirected, weighted projection (one link per pair of
 * entities, weights summed), which is what "how central is this entity" means
 * to a reader of news. Two calls, so a caller can tell their costs apart.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { KnowledgeGraph } from '../io/graph-json.js';
import { betweenness, DEFAULT_BETWEENNESS_WORK } from './betweenness.js';
import { cjsDefault } from './cjs-default.js';
import { layoutGraph, type WeightedGraph } from './layout.js';
import { createRandom, round } from './random.js';

const louvain = cjsDefault(louvainModule);
const pagerank = cjsDefault(pagerankModule);

export interface AnalyzeOptions {
  /** Seed for communities and the betweenness sample. */
  seed: number;
  /** ForceAtlas2 iterations; by default fewer for bigger components (layout.ts). */
  layoutIterations?: number;
  /** Work allowed for exact betweenness (searches × (nodes + edges)); above it, a seeded sample of pivots. It counts
   * hops, not weights: a heavier co-occurrence is a closer tie, which shortest-path weights would read the other way. */
  betweennessWork: number;
}

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { seed: 42, betweennessWork: DEFAULT_BETWEENNESS_WORK };

/** What positionNodes needs from analyzeGraph. */
export interface GraphAnalysis {
  projection: WeightedGraph;
  community: Map<string, number>;
}

function projection(graph: KnowledgeGraph): WeightedGraph {
  const simple: WeightedGraph = new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, 'weight', (w = 0) => w + attributes.weight);
    else simple.addEdge(source, target, { weight: attributes.weight });
  });
  return simple;
}

export function analyzeGraph(graph: KnowledgeGraph, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS): GraphAnalysis {
  const simple = projection(graph);
  const ranks: Record<string, number> = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  const between = simple.size > 0 ? betweenness(simple, { seed: options.seed, workBudget: options.betweennessWork }).scores : new Map<string, number>();
  const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: createRandom(options.seed) }) : {};
  const community = renumberBySize(communities, simple.nodes());

  const maxRank = Object.values(ranks).reduce((max, r) => Math.max(max, r), 1e-12);
  // Big graphs need small nodes, or the many minor ones hide the few central ones.
  const minSize = simple.order > 500 ? 2 : 4;
  graph.forEachNode((node) => {
    const rank = ranks[node] ?? 0;
    graph.mergeNodeAttributes(node, {
      degree: simple.degree(node),
      pagerank: round(rank, 6),
      betweenness: round(between.get(node) ?? 0, 6),
      community: community.get(node) ?? 0,
      size: round(minSize + (20 - minSize) * Math.sqrt(rank / maxRank), 2),
    });
  });
  let maxWeight = 1;
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, a.weight);
  });
  graph.forEachEdge((edge, attributes) => {
    graph.setEdgeAttribute(edge, 'size', round(1 + 4 * Math.sqrt(attributes.weight / maxWeight), 2));
  });
  return { projection: simple, community };
}

/** Writes `x` and `y` onto every node. */
export function positionNodes(graph: KnowledgeGraph, analysis: GraphAnalysis, options: Pick<AnalyzeOptions, 'layoutIterations'> = {}): void {
  const positions = layoutGraph(analysis.projection, analysis.community, { iterations: options.layoutIterations });
  graph.forEachNode((node) => {
    const at = positions.get(node);
    graph.mergeNodeAttributes(node, { x: round(at?.x ?? 0, 3), y: round(at?.y ?? 0, 3) });
  });
}

/** Community 0 is the largest; ties broken by the smallest member key, so numbering is stable. */
function renumberBySize(communities: Record<string, number>, nodes: readonly string[]): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const id = communities[node] ?? -1;
    const list = members.get(id) ?? [];
    list.push(node);
    members.set(id, list);
  }
  const ranked = [...members.values()].map((list) => list.sort()).sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
  const result = new Map<string, number>();
  ranked.forEach((list, index) => list.forEach((node) => result.set(node, index)));
  return result;
}
