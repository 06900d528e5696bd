/**
 * Metrics, communities, display sizes and positions (with layout.ts), written
 * onto the graph's nodes. They are computed on the undirected, weighted
 * projection (one link per pair of entities, weights summed), which is what
 * "how central is this entity" means to a reader of news. `placeNodes` reads
 * only the projection's input and returns plain arrays, so a build can run it
 * in a worker thread while it writes what needs no metrics.
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

/**
 * What metrics and layout read of a graph, as plain arrays a worker thread can
 * be handed (graph/analysis-thread.ts): the node keys in graph order, and
 * every edge of the multigraph in graph order, by its ends' positions in
 * `nodes`, with its weight. The projection is rebuilt from it with the same
 * additions in the same order, so its weights and its order, and with them
 * every metric, are those of the graph itself, in whichever thread.
 */
export interface ProjectionInput {
  nodes: string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Each node's metrics, community, display size and position, in the order of `ProjectionInput.nodes`. */
export interface NodePlacement {
  degree: Int32Array;
  pagerank: Float64Array;
  betweenness: Float64Array;
  community: Int32Array;
  size: Float64Array;
  x: Float64Array;
  y: Float64Array;
}

export function projectionInput(graph: KnowledgeGraph): ProjectionInput {
  const nodes = graph.nodes();
  const position = new Map(nodes.map((node, index) => [node, index]));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let index = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[index] = position.get(source)!;
    targets[index] = position.get(target)!;
    weights[index] = attributes.weight;
    index += 1;
  });
  return { nodes, sources, targets, weights };
}

/** The undirected, weighted projection: one link per pair of entities, weights summed in edge order. */
function projection({ nodes, sources, targets, weights }: ProjectionInput): WeightedGraph {
  const simple: WeightedGraph = new UndirectedGraph();
  for (const node of nodes) simple.addNode(node);
  for (let i = 0; i < sources.length; i += 1) {
    const source = nodes[sources[i]!]!;
    const target = nodes[targets[i]!]!;
    const weight = weights[i]!;
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, 'weight', (w = 0) => w + weight);
    else simple.addEdge(source, target, { weight });
  }
  return simple;
}

/** PageRank, betweenness, communities and sizes, then positions: what a build writes onto its nodes. `onDone` hears as each half ends. */
export function placeNodes(input: ProjectionInput, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS, onDone: (half: 'metrics' | 'layout') => void = () => undefined): NodePlacement {
  const simple = projection(input);
  const ranks: Record<string, number> = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  const between = simple.size > 0 ? betweenness(simple, { seed: options.seed, workBudget: options.betweennessWork }).scores : new Map<string, number>();
  const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: createRandom(options.seed) }) : {};
  const community = renumberBySize(communities, simple.nodes());

  const maxRank = Object.values(ranks).reduce((max, r) => Math.max(max, r), 1e-12);
  // Big graphs need small nodes, or the many minor ones hide the few central ones.
  const minSize = simple.order > 500 ? 2 : 4;
  const count = input.nodes.length;
  const placement: NodePlacement = {
    degree: new Int32Array(count),
    pagerank: new Float64Array(count),
    betweenness: new Float64Array(count),
    community: new Int32Array(count),
    size: new Float64Array(count),
    x: new Float64Array(count),
    y: new Float64Array(count),
  };
  input.nodes.forEach((node, i) => {
    const rank = ranks[node] ?? 0;
    placement.degree[i] = simple.degree(node);
    placement.pagerank[i] = round(rank, 6);
    placement.betweenness[i] = round(between.get(node) ?? 0, 6);
    placement.community[i] = community.get(node) ?? 0;
    placement.size[i] = round(minSize + (20 - minSize) * Math.sqrt(rank / maxRank), 2);
  });
  onDone('metrics');
  const positions = layoutGraph(simple, community, { iterations: options.layoutIterations });
  input.nodes.forEach((node, i) => {
    const at = positions.get(node);
    placement.x[i] = round(at?.x ?? 0, 3);
    placement.y[i] = round(at?.y ?? 0, 3);
  });
  onDone('layout');
  return placement;
}

/** Writes a placement onto the nodes it was made for (`nodes`, in its order). */
export function applyPlacement(graph: KnowledgeGraph, nodes: readonly string[], placement: NodePlacement): void {
  nodes.forEach((node, i) => {
    graph.mergeNodeAttributes(node, {
      degree: placement.degree[i]!,
      pagerank: placement.pagerank[i]!,
      betweenness: placement.betweenness[i]!,
      community: placement.community[i]!,
      x: placement.x[i]!,
      y: placement.y[i]!,
      size: placement.size[i]!,
    });
  });
}

/** Each edge's display thickness, from its weight alone: set before metrics, so the edges are final while they run. */
export function sizeEdges(graph: KnowledgeGraph): void {
  let maxWeight = 1;
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, a.weight);
  });
  graph.forEachEdge((edge, attributes) => {
    graph.setEdgeAttribute(edge, 'size', round(1 + 4 * Math.sqrt(attributes.weight / maxWeight), 2));
  });
}

/** Metrics, communities, sizes and positions of a graph, in this thread. */
export function analyzeGraph(graph: KnowledgeGraph, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS): void {
  sizeEdges(graph);
  const input = projectionInput(graph);
  applyPlacement(graph, input.nodes, placeNodes(input, options));
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
