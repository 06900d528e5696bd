/**
 * Metrics, communities, layout and display sizes, written onto the graph's
 * nodes. They are computed on the undirected, weighted projection (one link
 * per pair of entities, weights summed), which is what "how central is this
 * entity" means to a reader of news.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { KnowledgeGraph } from '../io/graph-json.js';
import { cjsDefault } from './cjs-default.js';
import { createRandom, hashString, round } from './random.js';

const louvain = cjsDefault(louvainModule);
const forceAtlas2 = cjsDefault(forceAtlas2Module);
const betweennessCentrality = cjsDefault(betweennessModule);
const pagerank = cjsDefault(pagerankModule);

export interface AnalyzeOptions {
  /** Seed for communities and the initial layout. */
  seed: number;
  /** ForceAtlas2 iterations; by default fewer for bigger graphs. */
  layoutIterations?: number;
  /** Above this many nodes betweenness is skipped (left at 0): it costs O(nodes × edges). It counts hops, not
   * weights: a heavier co-occurrence is a closer tie, which shortest-path weights would read the other way. */
  betweennessMaxNodes: number;
}

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { seed: 42, betweennessMaxNodes: 5000 };

function projection(graph: KnowledgeGraph): UndirectedGraph<Record<string, never>, { weight: number }> {
  const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, 'weight', (w = 0) => w + attributes.weight);
    else simple.addEdge(source, target, { weight: attributes.weight });
  });
  return simple;
}

export function analyzeGraph(graph: KnowledgeGraph, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS): void {
  if (graph.order === 0) return;
  const simple = projection(graph);
  const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  const between = simple.order <= options.betweennessMaxNodes && simple.size > 0 ? betweennessCentrality(simple, { normalized: true, getEdgeWeight: null }) : {};
  const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: createRandom(options.seed) }) : {};
  const community = renumberBySize(communities, simple.nodes());

  const random = createRandom(options.seed);
  const spread = Math.sqrt(simple.order) * 10;
  simple.forEachNode((node) => {
    const angle = ((hashString(node) % 3600) / 3600) * 2 * Math.PI;
    const radius = spread * (0.2 + 0.8 * random());
    simple.mergeNodeAttributes(node, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius } as never);
  });
  const iterations = options.layoutIterations ?? (simple.order < 1000 ? 400 : simple.order < 10000 ? 150 : 60);
  const positions = forceAtlas2(simple, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(simple), barnesHutOptimize: simple.order > 2000 },
  });

  const maxRank = Object.values(ranks as Record<string, number>).reduce((max, r) => Math.max(max, r), 1e-12);
  // Big graphs need small nodes, or the many minor ones hide the few central ones.
  const minSize = simple.order > 500 ? 2 : 4;
  graph.forEachNode((node) => {
    const rank = ranks[node] ?? 0;
    graph.mergeNodeAttributes(node, {
      degree: simple.degree(node),
      pagerank: round(rank, 6),
      betweenness: round(between[node] ?? 0, 6),
      community: community.get(node) ?? 0,
      x: round(positions[node]?.x ?? 0, 3),
      y: round(positions[node]?.y ?? 0, 3),
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
