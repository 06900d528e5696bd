/**
 * Which nodes and edges the filters leave on screen. Computed once per filter
 * change into sets, so the render reducers only do set look-ups (this is what
 * keeps 10k nodes / 50k edges smooth).
 */
import { nodeTypeOf, type GraphFacts } from '../model/graph-facts.js';
import type { ViewerGraph } from '../model/types.js';
import type { ViewState } from '../state/view-state.js';
import { nodesWithin } from '../selection/reach.js';
import { isHedged } from '../appearance/relation-colors.js';
import { isCooccurrence } from '../story/story.js';

export type FilterState = Pick<
  ViewState,
  'hiddenTypes' | 'hiddenRelations' | 'minWeight' | 'community' | 'dateFrom' | 'dateTo' | 'cooccurrence' | 'assertedOnly' | 'isolates' | 'neighbourhood'
>;

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  shownNodes: number;
  shownEdges: number;
  /** Entities left without a shown relation (hidden unless `isolates` is on). */
  isolated: number;
}

/**
 * True when one of the documents falls inside the dates, or when none of them
 * is dated (an undated article says nothing about time, so it is not filtered).
 */
export function documentsInRange(documentIds: string[], facts: GraphFacts, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  let dated = false;
  for (const id of documentIds) {
    const published = facts.documents.get(id)?.published;
    if (!published) continue;
    dated = true;
    if ((!from || published >= from) && (!to || published <= to)) return true;
  }
  return !dated;
}

export function computeVisibility(graph: ViewerGraph, facts: GraphFacts, filters: FilterState): Visibility {
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((key, node) => {
    if (
      hiddenTypes.has(nodeTypeOf(node.type)) ||
      (filters.community !== null && node.community !== filters.community) ||
      !documentsInRange(node.documents, facts, filters.dateFrom, filters.dateTo)
    ) {
      hiddenNodes.add(key);
    }
  });
  graph.forEachEdge((key, edge, source, target) => {
    if (
      hiddenNodes.has(source) ||
      hiddenNodes.has(target) ||
      hiddenRelations.has(nodeTypeOf(edge.type)) ||
      edge.weight < filters.minWeight ||
      (!filters.cooccurrence && isCooccurrence(edge)) ||
      (filters.assertedOnly && isHedged(edge.modality)) ||
      !documentsInRange(edge.documents, facts, filters.dateFrom, filters.dateTo)
    ) {
      hiddenEdges.add(key);
    }
  });
  const around = filters.neighbourhood;
  if (around && graph.hasNode(around.key) && !hiddenNodes.has(around.key)) {
    const kept = nodesWithin(graph, around.key, around.depth, (edge) => !hiddenEdges.has(edge));
    graph.forEachNode((key) => {
      if (!kept.has(key)) hiddenNodes.add(key);
    });
    graph.forEachEdge((key, _edge, source, target) => {
      if (!kept.has(source) || !kept.has(target)) hiddenEdges.add(key);
    });
  }
  // An entity whose every relation is filtered out says nothing on screen but "I exist": count it, set it aside.
  let isolated = 0;
  graph.forEachNode((key) => {
    if (hiddenNodes.has(key) || key === around?.key) return;
    if (graph.someEdge(key, (edge) => !hiddenEdges.has(edge))) return;
    isolated++;
    if (!filters.isolates) hiddenNodes.add(key);
  });
  return {
    hiddenNodes,
    hiddenEdges,
    shownNodes: graph.order - hiddenNodes.size,
    shownEdges: graph.size - hiddenEdges.size,
    isolated,
  };
}
