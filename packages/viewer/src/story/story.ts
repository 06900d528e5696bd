/**
 * The first screen of a large graph tells its story: stated and typed
 * relations drawn, co-occurrence and entities left without a shown relation
 * set aside until asked for, and labels spent on the most central named
 * entities before concepts. Small graphs keep the full view.
 */
import type { ViewerEdge, ViewerGraph, ViewerNode } from '../model/types.js';

/** Below this many nodes everything fits on one screen, so the story view is not needed. */
export const STORY_MIN_NODES = 300;

/**
 * How many named entities get a label whatever the zoom; Sigma's label grid
 * adds more where there is room (concepts only close up).
 */
export const STORY_LABELS = 15;

/**
 * Co-occurrence edges: those the build marks with `basis: 'cooccurrence'`, or a RELATED_TO edge with no basis
 * (older builds, other tools). A RELATED_TO edge the sentence states ("A acquired B", basis `syntax`) is not one.
 */
export function isCooccurrence(edge: ViewerEdge): boolean {
  return edge.basis === 'cooccurrence' || (edge.basis === undefined && edge.type === 'RELATED_TO');
}

export const isConcept = (node: ViewerNode): boolean => node.type === 'Concept';

/**
 * The node attribute that measures centrality: the one the build names in its
 * graph attribute `centrality` when nodes carry it, else PageRank.
 */
export function centralityAttribute(graph: ViewerGraph): string {
  const named = graph.getAttribute('centrality');
  if (typeof named === 'string' && graph.order > 0) {
    const first = graph.getNodeAttributes(graph.nodes()[0]);
    if (typeof first[named] === 'number') return named;
  }
  return 'pagerank';
}

export function centralityOf(node: ViewerNode, attribute: string): number {
  const value = node[attribute];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * The nodes whose labels are always drawn: the most central shown named
 * entities (concepts only when there are too few named ones).
 */
export function labelPriority(graph: ViewerGraph, hiddenNodes: ReadonlySet<string>, attribute: string, budget = STORY_LABELS): Set<string> {
  const named: Array<[string, number]> = [];
  const concepts: Array<[string, number]> = [];
  graph.forEachNode((key, node) => {
    if (hiddenNodes.has(key)) return;
    (isConcept(node) ? concepts : named).push([key, centralityOf(node, attribute)]);
  });
  const byCentrality = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  named.sort(byCentrality);
  concepts.sort(byCentrality);
  return new Set([...named, ...concepts].slice(0, budget).map(([key]) => key));
}
