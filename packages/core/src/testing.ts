/**
 * Helpers for tests of the pipeline's behaviour: build a graph from a few
 * texts and read it the way a user would, by label.
 */
import { buildGraphFromDocuments } from './build.js';
import { documentId, type SourceDocument } from './ingest/index.js';
import type { KnowledgeGraph } from './io/graph-json.js';

export function graphOfTexts(...texts: string[]): KnowledgeGraph {
  const documents: SourceDocument[] = texts.map((text, i) => ({ id: documentId(text), title: `Article ${i + 1}`, text, source: `article-${i + 1}.txt` }));
  return buildGraphFromDocuments(documents);
}

export function labelsOfType(graph: KnowledgeGraph, type: string): string[] {
  return graph.filterNodes((_k, a) => a.type === type).map((k) => graph.getNodeAttribute(k, 'label')).sort();
}

export function nodeByLabel(graph: KnowledgeGraph, label: string) {
  const key = graph.findNode((_k, a) => a.label === label);
  return key ? { key, ...graph.getNodeAttributes(key) } : undefined;
}

/** Typed relations as "Source TYPE Target" lines, sorted; RELATED_TO left out. */
export function typedRelations(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_e, a) => a.type !== 'RELATED_TO')
    .map((e) => `${graph.getNodeAttribute(graph.source(e), 'label')} ${graph.getEdgeAttribute(e, 'type')} ${graph.getNodeAttribute(graph.target(e), 'label')}`)
    .sort();
}

/** Typed relations as "Source TYPE Target (modality)" lines, sorted; RELATED_TO left out. */
export function framedTypedRelations(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_e, a) => a.type !== 'RELATED_TO')
    .map((e) => `${graph.getNodeAttribute(graph.source(e), 'label')} ${graph.getEdgeAttribute(e, 'type')} ${graph.getNodeAttribute(graph.target(e), 'label')} (${graph.getEdgeAttribute(e, 'modality')})`)
    .sort();
}
