/**
 * A generated news-sized graph in kgraph's contract: named entities, concepts
 * that co-occur with everything (so they are the most central by PageRank),
 * a few typed relations, many co-occurrence edges and isolated entities.
 * Deterministic (seeded), with made-up names.
 */
import { ENTITY_TYPE_COLORS, createKnowledgeGraph, type EntityType, type KnowledgeGraph, type Modality, type RelationType } from '@kgraph/core';

export interface LargeGraphSpec {
  nodes: number;
  isolates: number;
  concepts: number;
  typedEdges: number;
  cooccurrenceEdges: number;
}

export const FIRST_SCREEN_SPEC: LargeGraphSpec = { nodes: 2000, isolates: 200, concepts: 300, typedEdges: 150, cooccurrenceEdges: 9000 };

const NAMED_TYPES: EntityType[] = ['Person', 'Organization', 'Country', 'City', 'Event'];
const TYPED_RELATIONS: RelationType[] = ['MEETS', 'LEADS', 'MEMBER_OF', 'LOCATED_IN', 'NEGOTIATES_WITH'];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Node keys: `concept:N` for concepts, `isolate:N` for isolated entities, `named:N` for the rest. */
export function buildLargeGraph(spec: LargeGraphSpec = FIRST_SCREEN_SPEC): KnowledgeGraph {
  const random = seeded(7);
  const pick = (n: number): number => Math.floor(random() * n);
  const graph = createKnowledgeGraph();
  graph.replaceAttributes({
    name: 'generated',
    generator: 'kgraph tests',
    documents: [{ id: 'doc-1', title: 'A generated chronicle', source: 'generated.txt', published: '2025-03-01' }],
  });
  const named = spec.nodes - spec.isolates - spec.concepts;
  const add = (key: string, label: string, type: EntityType): void => {
    const angle = random() * Math.PI * 2;
    const radius = Math.sqrt(random()) * 500;
    graph.addNode(key, {
      label, type, aliases: [], mentions: 1, documents: ['doc-1'], evidence: [],
      degree: 0, pagerank: 0, betweenness: 0, community: 0,
      x: Math.cos(angle) * radius, y: Math.sin(angle) * radius, size: 4, color: ENTITY_TYPE_COLORS[type],
    });
  };
  for (let i = 0; i < named; i++) add(`named:${i}`, `Zorvan ${i} Quellish`, NAMED_TYPES[i % NAMED_TYPES.length]);
  for (let i = 0; i < spec.concepts; i++) add(`concept:${i}`, `notion ${i}`, 'Concept');
  for (let i = 0; i < spec.isolates; i++) add(`isolate:${i}`, `Lonely ${i} Brask`, NAMED_TYPES[i % NAMED_TYPES.length]);
  const edge = (source: string, type: RelationType, target: string, modality: Modality = 'asserted'): boolean => {
    const key = `${source}->${type}->${target}`;
    if (source === target || graph.hasEdge(key)) return false;
    graph.addDirectedEdgeWithKey(key, source, target, {
      type, predicate: type.toLowerCase(), weight: 1, confidence: 0.8,
      basis: type === 'RELATED_TO' ? 'cooccurrence' : 'pattern', modality,
      evidence: [{ docId: 'doc-1', sentence: `${source} and ${target}.`, start: 0, end: 1 }],
      documents: ['doc-1'], size: 1, color: '#cccccc',
    });
    return true;
  };
  // Typed relations among the first few hundred named entities, so some are clearly central.
  for (let made = 0; made < spec.typedEdges; ) {
    const source = `named:${pick(Math.min(named, 120))}`;
    const target = `named:${pick(Math.min(named, 300))}`;
    // One in ten only planned, as "will meet" is.
    if (edge(source, TYPED_RELATIONS[made % TYPED_RELATIONS.length], target, made % 10 === 0 ? 'planned' : 'asserted')) made++;
  }
  // Co-occurrence mostly through concepts: without the story view they are the hubs.
  for (let made = 0; made < spec.cooccurrenceEdges; ) {
    const concept = `concept:${Math.floor(random() ** 2 * spec.concepts)}`;
    const other = random() < 0.8 ? `named:${pick(named)}` : `concept:${pick(spec.concepts)}`;
    if (edge(other, 'RELATED_TO', concept)) made++;
  }
  graph.forEachNode((key) => {
    const degree = graph.degree(key);
    graph.setNodeAttribute(key, 'degree', degree);
    graph.setNodeAttribute(key, 'pagerank', (degree + 1) / (graph.size * 2 + graph.order));
    graph.setNodeAttribute(key, 'size', 3 + Math.sqrt(degree));
  });
  return graph;
}
