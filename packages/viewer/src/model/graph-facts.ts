/**
 * Facts about a loaded graph that the controls are built from: which entity
 * and relation types occur, communities, the weight and date ranges. Computed
 * once per graph, read everywhere.
 */
import type { DocumentInfo } from './contract.js';
import { isEntityType } from './contract.js';
import { isHedged } from '../appearance/relation-colors.js';
import { centralityAttribute, isCooccurrence } from '../story/story.js';
import type { ViewerGraph } from './types.js';

export const UNTYPED = 'untyped';

export interface GraphFacts {
  nodeCount: number;
  edgeCount: number;
  /** Entity type → node count, most frequent first. */
  entityTypes: Map<string, number>;
  /** Relation type → edge count, most frequent first. */
  relationTypes: Map<string, number>;
  /** Community → node count, largest first. */
  communities: Map<string, number>;
  maxWeight: number;
  documents: Map<string, DocumentInfo>;
  /** Earliest and latest document date, when any document has one. */
  dateRange: [string, string] | null;
  /** True when nodes carry kgraph's entity types (so colouring by type is meaningful). */
  hasEntityTypes: boolean;
  hasPagerank: boolean;
  hasDegree: boolean;
  /** The node attribute that measures centrality (the build's choice, else PageRank). */
  centrality: string;
  cooccurrenceEdges: number;
  /** Edges whose sentences do not state them as fact (planned, reported, demanded, hypothetical). */
  hedgedEdges: number;
}

const byCountDesc = (counts: Map<string, number>): Map<string, number> =>
  new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function nodeTypeOf(type: string | undefined): string {
  return type ?? UNTYPED;
}

export function collectGraphFacts(graph: ViewerGraph): GraphFacts {
  const entityTypes = new Map<string, number>();
  const relationTypes = new Map<string, number>();
  const communities = new Map<string, number>();
  let typed = 0;
  let pagerank = 0;
  let degree = 0;
  graph.forEachNode((_key, node) => {
    bump(entityTypes, nodeTypeOf(node.type));
    if (isEntityType(node.type)) typed++;
    if (node.community !== undefined) bump(communities, node.community);
    if (node.pagerank !== undefined) pagerank++;
    if (node.degree !== undefined) degree++;
  });
  let maxWeight = 1;
  let cooccurrenceEdges = 0;
  let hedgedEdges = 0;
  graph.forEachEdge((_key, edge) => {
    bump(relationTypes, nodeTypeOf(edge.type));
    if (isCooccurrence(edge)) cooccurrenceEdges++;
    if (isHedged(edge.modality)) hedgedEdges++;
    if (edge.weight > maxWeight) maxWeight = edge.weight;
  });
  const documents = new Map(graph.getAttribute('documents').map((doc) => [doc.id, doc]));
  const dates = [...documents.values()].flatMap((doc) => (doc.published ? [doc.published] : [])).sort();
  return {
    nodeCount: graph.order,
    edgeCount: graph.size,
    entityTypes: byCountDesc(entityTypes),
    relationTypes: byCountDesc(relationTypes),
    communities: byCountDesc(communities),
    maxWeight,
    documents,
    dateRange: dates.length ? [dates[0], dates[dates.length - 1]] : null,
    hasEntityTypes: typed > 0,
    hasPagerank: pagerank > 0,
    hasDegree: degree > 0,
    centrality: centralityAttribute(graph),
    cooccurrenceEdges,
    hedgedEdges,
  };
}
