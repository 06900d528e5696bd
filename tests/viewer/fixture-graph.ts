/**
 * A small graph in kgraph's graph.json contract, written the way the pipeline
 * writes it (createKnowledgeGraph + formatGraphJson). Used until the seeds
 * build is available, and for cases the seeds cannot show (hostile labels).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ENTITY_TYPE_COLORS,
  createKnowledgeGraph,
  formatGraphJson,
  type EntityType,
  type KnowledgeGraph,
  type RelationType,
} from '@kgraph/core';

interface NodeSpec {
  key: string;
  label: string;
  type: EntityType;
  aliases?: string[];
  x: number;
  y: number;
  community: number;
  sentences?: Array<[docId: string, sentence: string]>;
}

type EdgeSpec = [source: string, type: RelationType, target: string, weight: number, evidence?: [docId: string, sentence: string]];

export function buildFixtureGraph(nodes: NodeSpec[], edges: EdgeSpec[]): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.replaceAttributes({
    name: 'fixture',
    generator: 'kgraph tests',
    documents: [
      { id: 'doc-a', title: 'Quiet talks resume under a neutral host', source: 'a.txt', url: 'https://example.org/a', published: '2025-04-12' },
      { id: 'doc-b', title: 'Sanctions and the road back to the table', source: 'b.txt', published: '2025-05-03' },
    ],
  });
  for (const node of nodes) {
    const evidence = (node.sentences ?? []).map(([docId, sentence]) => ({ docId, sentence, start: 0, end: sentence.length }));
    graph.addNode(node.key, {
      label: node.label,
      type: node.type,
      aliases: node.aliases ?? [],
      mentions: evidence.length || 1,
      documents: [...new Set(evidence.map((e) => e.docId))].sort(),
      evidence,
      degree: 0,
      pagerank: 0,
      betweenness: 0,
      community: node.community,
      x: node.x,
      y: node.y,
      size: 8,
      color: ENTITY_TYPE_COLORS[node.type],
    });
  }
  for (const [source, type, target, weight, support] of edges) {
    graph.addDirectedEdgeWithKey(`${source}->${type}->${target}`, source, target, {
      type,
      predicate: type.toLowerCase().replace(/_/g, ' '),
      basis: type === 'RELATED_TO' ? 'cooccurrence' : 'pattern',
      modality: 'asserted',
      weight,
      confidence: 0.8,
      evidence: support ? [{ docId: support[0], sentence: support[1], start: 0, end: support[1].length }] : [],
      documents: [support?.[0] ?? 'doc-a'],
      size: 1,
      color: '#cccccc',
    });
  }
  graph.forEachNode((key) => {
    graph.setNodeAttribute(key, 'degree', graph.degree(key));
    graph.setNodeAttribute(key, 'pagerank', (graph.degree(key) + 1) / (graph.order * 4));
    graph.setNodeAttribute(key, 'size', 6 + 2 * graph.degree(key));
  });
  return graph;
}

/** A news-like graph: countries, a city, people, concepts, with evidence sentences. */
export function newsFixture(): KnowledgeGraph {
  const sentence = 'The talks have taken place via the mediation of Oman, which had previously been used by the U.S. and Iran for quiet engagements.';
  return buildFixtureGraph(
    [
      { key: 'country:oman', label: 'Oman', type: 'Country', aliases: ['Sultanate of Oman', 'Omani'], x: 0, y: 0, community: 0, sentences: [['doc-a', sentence]] },
      { key: 'country:iran', label: 'Iran', type: 'Country', aliases: ['Tehran', 'Iranian'], x: 60, y: 20, community: 1, sentences: [['doc-a', sentence]] },
      { key: 'country:us', label: 'United States', type: 'Country', aliases: ['U.S.', 'US', 'Washington'], x: -60, y: 25, community: 1, sentences: [['doc-a', sentence]] },
      { key: 'city:muscat', label: 'Muscat', type: 'City', x: 10, y: -50, community: 0 },
      { key: 'person:trump', label: 'Donald Trump', type: 'Person', aliases: ['Trump'], x: -70, y: -40, community: 1 },
      { key: 'concept:sanctions', label: 'sanctions', type: 'Concept', x: 80, y: -45, community: 1, sentences: [['doc-b', 'Iran wants sanctions relief before any deal.']] },
      { key: 'concept:nuclear', label: 'nuclear program', type: 'Concept', x: 40, y: 70, community: 1 },
      { key: 'concept:deescalation', label: 'de-escalation', type: 'Concept', x: -30, y: 75, community: 0 },
      { key: 'org:iaea', label: 'IAEA', type: 'Organization', x: 110, y: 40, community: 2 },
      { key: 'agreement:jcpoa', label: 'Joint Comprehensive Plan of Action', type: 'Agreement', aliases: ['JCPOA'], x: -100, y: 60, community: 2 },
    ],
    [
      ['country:oman', 'MEDIATES', 'country:iran', 3, ['doc-a', sentence]],
      ['country:oman', 'MEDIATES', 'country:us', 3],
      ['country:oman', 'HOSTS', 'country:iran', 2],
      ['country:us', 'NEGOTIATES_WITH', 'country:iran', 4],
      ['city:muscat', 'LOCATED_IN', 'country:oman', 1],
      ['person:trump', 'LEADS', 'country:us', 1],
      ['country:us', 'SANCTIONS', 'country:iran', 2],
      ['country:iran', 'RELATED_TO', 'concept:sanctions', 2, ['doc-b', 'Iran wants sanctions relief before any deal.']],
      ['country:iran', 'RELATED_TO', 'concept:nuclear', 3],
      ['country:us', 'RELATED_TO', 'concept:deescalation', 1],
      ['org:iaea', 'RELATED_TO', 'concept:nuclear', 1],
      ['country:us', 'WITHDREW_FROM', 'agreement:jcpoa', 1],
    ],
  );
}

/** Writes graph.json into a fresh temporary folder and returns the folder. */
export function writeBuild(graph: KnowledgeGraph): string {
  const dir = mkdtempSync(join(tmpdir(), 'kgraph-viewer-'));
  writeFileSync(join(dir, 'graph.json'), formatGraphJson(graph));
  return dir;
}
