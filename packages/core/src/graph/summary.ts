/**
 * Counts a reader wants first: documents, entities by type, relations by
 * type, the most prominent named entities, and apart from them the key
 * concepts (a corpus's common nouns would otherwise crowd out its names),
 * both ranked by prominence (see prominence.ts), which the summary names.
 */
import type { KnowledgeGraph } from '../io/graph-json.js';
import { prominence, PROMINENCE_MEASURE } from './prominence.js';

export interface GraphSummary {
  documents: number;
  entities: number;
  relations: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
  communities: number;
  /** The measure the top lists are ranked by. */
  rankedBy: string;
  /** Named entities (not concepts), by prominence, then PageRank. */
  topEntities: RankedNode[];
  /** Concepts, by prominence, then PageRank. */
  topConcepts: RankedNode[];
}

export interface RankedNode {
  key: string;
  label: string;
  type: string;
  prominence: number;
  mentions: number;
  documents: number;
  pagerank: number;
}

const countBy = (values: Iterable<string>): Record<string, number> => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
};

export function summarizeGraph(graph: KnowledgeGraph, top = 10): GraphSummary {
  const nodes = graph.mapNodes((key, a) => {
    const documents = a.documents?.length ?? 0;
    const mentions = a.mentions ?? 0;
    return { key, label: a.label, type: a.type, prominence: prominence(mentions, documents), mentions, documents, pagerank: a.pagerank, community: a.community };
  });
  const ranked = (keep: (type: string) => boolean): RankedNode[] =>
    nodes
      .filter((n) => keep(n.type))
      .sort((a, b) => b.prominence - a.prominence || b.pagerank - a.pagerank || a.key.localeCompare(b.key))
      .slice(0, top)
      .map(({ key, label, type, prominence, mentions, documents, pagerank }) => ({ key, label, type, prominence, mentions, documents, pagerank }));
  return {
    documents: graph.getAttribute('documents')?.length ?? 0,
    entities: graph.order,
    relations: graph.size,
    entitiesByType: countBy(nodes.map((n) => n.type)),
    relationsByType: countBy(graph.mapEdges((_k, a) => a.type)),
    communities: new Set(nodes.map((n) => n.community)).size,
    rankedBy: PROMINENCE_MEASURE,
    topEntities: ranked((type) => type !== 'Concept'),
    topConcepts: ranked((type) => type === 'Concept'),
  };
}

export function formatSummary(summary: GraphSummary): string {
  const list = (counts: Record<string, number>) => Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  return [
    `documents:  ${summary.documents}`,
    `entities:   ${summary.entities} (${list(summary.entitiesByType)})`,
    `relations:  ${summary.relations} (${list(summary.relationsByType)})`,
    `communities: ${summary.communities}`,
    `ranked by:  ${summary.rankedBy}`,
    `most prominent: ${summary.topEntities.map((e) => `${e.label} (${e.type})`).join(', ') || 'none'}`,
    `key concepts: ${summary.topConcepts.map((e) => e.label).join(', ') || 'none'}`,
  ].join('\n');
}
