/**
 * Betweenness centrality by hops (Brandes), exact where that is cheap and a
 * seeded sample estimate above it: a graph in, a score per node out.
 *
 * Exact betweenness runs one breadth-first search from every node, O(nodes ×
 * edges). Above a budget of work, the searches start from `pivots` nodes drawn
 * with a seeded generator and the sums are scaled by nodes / pivots (Brandes
 * and Pich, 2007): an unbiased estimate whose ranking of the central nodes is
 * stable, at a cost that no longer grows with the square of the graph.
 * Normalised as graphology does: divided by (n − 1)(n − 2).
 */
import type { UndirectedGraph } from 'graphology';
import { createRandom } from './random.js';

export interface BetweennessOptions {
  seed: number;
  /** Breadth-first searches × (nodes + edges) allowed; above it, sampled pivots. */
  workBudget?: number;
}

export interface Betweenness {
  scores: Map<string, number>;
  /** Sources of the searches: every node when exact. */
  pivots: number;
  exact: boolean;
}

/** About a second of searches on one core. */
export const DEFAULT_BETWEENNESS_WORK = 4e7;

export function betweenness(graph: UndirectedGraph, options: BetweennessOptions): Betweenness {
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map(keys.map((key, i) => [key, i]));
  // Adjacency as compressed rows: typed arrays keep the searches fast and the garbage low.
  const offsets = new Int32Array(n + 1);
  keys.forEach((key, i) => {
    offsets[i + 1] = offsets[i] + graph.degree(key);
  });
  const neighbours = new Int32Array(offsets[n]);
  keys.forEach((key, i) => {
    let at = offsets[i];
    graph.forEachNeighbor(key, (other) => {
      neighbours[at++] = index.get(other)!;
    });
  });

  const perSearch = n + neighbours.length;
  const budget = options.workBudget ?? DEFAULT_BETWEENNESS_WORK;
  const pivotCount = n * perSearch <= budget ? n : Math.max(1, Math.min(n, Math.floor(budget / perSearch)));
  const exact = pivotCount === n;
  const sources = exact ? Array.from({ length: n }, (_, i) => i) : samplePivots(n, pivotCount, options.seed);

  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const source of sources) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = neighbours[e];
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies in reverse search order; a node's predecessors are its neighbours one hop closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const share = (1 + delta[w]) / sigma[w];
      for (let e = offsets[w]; e < offsets[w + 1]; e++) {
        const v = neighbours[e];
        if (distance[v] === distance[w] - 1) delta[v] += sigma[v] * share;
      }
      centrality[w] += delta[w];
    }
  }
  const scale = (n <= 2 ? 0 : 1 / ((n - 1) * (n - 2))) * (n / sources.length);
  const scores = new Map<string, number>();
  keys.forEach((key, i) => scores.set(key, centrality[i] * scale));
  return { scores, pivots: sources.length, exact };
}

/** `count` distinct node indexes, drawn with a seeded partial Fisher–Yates shuffle, sorted. */
function samplePivots(n: number, count: number, seed: number): number[] {
  const random = createRandom(seed);
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count).sort((a, b) => a - b);
}
