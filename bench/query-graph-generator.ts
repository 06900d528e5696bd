/**
 * A seeded, news-shaped knowledge graph of any size for the query benchmark:
 * entity types skewed as in news (many concepts and people, few agreements),
 * three quarters of the relations co-occurrence (RELATED_TO between any
 * types), the rest typed relations between plausible types, evidence
 * sentences of news length, documents that mention the entities.
 */
import { createKnowledgeGraph, type KnowledgeGraph } from '../packages/core/src/io/graph-json.js';
import type { EntityType } from '../packages/core/src/vocabulary/entity-types.js';
import { RELATION_TYPES, type RelationType } from '../packages/core/src/vocabulary/relation-types.js';
import { createRandom } from '../packages/core/src/graph/random.js';

const TYPE_SHARES: readonly [EntityType, number][] = [
  ['Concept', 35], ['Person', 20], ['Organization', 15], ['Country', 8], ['City', 7],
  ['Location', 5], ['Region', 3], ['Event', 3], ['Agreement', 2], ['Other', 2],
];

const ACTORS: EntityType[] = ['Person', 'Organization', 'Country'];
/** Which types each typed relation joins (RELATED_TO joins any two). */
const RELATION_ENDS: Partial<Record<RelationType, [EntityType[], EntityType[]]>> = {
  HOSTS: [['Country', 'City', 'Organization'], ['Event', 'Country', 'Person']],
  WITHDREW_FROM: [['Country', 'Organization'], ['Agreement', 'Organization']],
  SIGNED: [['Country', 'Person'], ['Agreement']],
  LEADS: [['Person'], ['Country', 'Organization']],
  MEMBER_OF: [['Country', 'Person'], ['Organization']],
  LOCATED_IN: [['City', 'Location', 'Organization'], ['Country', 'Region']],
  PART_OF: [['City', 'Location', 'Country'], ['Region', 'Country']],
  STATEMENT_ABOUT: [['Person', 'Organization'], ['Concept', 'Event', 'Agreement']],
};

const WORDS = 'the talks between officials on sanctions trade security and energy resumed after weeks of pressure as negotiators met again in the capital to discuss a framework for'.split(' ');

export function generateNewsGraph(nodeCount: number, edgeCount: number, seed = 42): KnowledgeGraph {
  const next = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentence = () => Array.from({ length: 18 + Math.floor(next() * 10) }, () => pick(WORDS)).join(' ') + '.';

  const graph = createKnowledgeGraph();
  const documentCount = Math.max(1, Math.round(nodeCount / 5));
  const documents = Array.from({ length: documentCount }, (_, i) => ({ id: `doc-${i}`, title: `Article ${i}`, source: `articles/${i}.txt`, published: `2025-0${1 + (i % 9)}-1${i % 10}` }));
  graph.replaceAttributes({ name: 'generated', generator: 'bench', documents });

  const total = TYPE_SHARES.reduce((sum, [, share]) => sum + share, 0);
  const byType = new Map<EntityType, string[]>();
  let index = 0;
  for (const [type, share] of TYPE_SHARES) {
    const count = Math.round((nodeCount * share) / total);
    for (let i = 0; i < count && index < nodeCount; i++, index++) {
      const key = `${type.toLowerCase()}/e${index}`;
      const docs = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(documents).id))].sort();
      graph.addNode(key, {
        label: `${type} ${index}`, type, aliases: next() < 0.3 ? [`E${index}`] : [], mentions: docs.length + Math.floor(next() * 5),
        documents: docs, evidence: [], degree: 0, pagerank: next() / nodeCount, betweenness: next() / 100, community: Math.floor(next() * 40),
        x: next() * 1000, y: next() * 1000, size: 3, color: '#888888',
      });
      const ofType = byType.get(type);
      if (ofType) ofType.push(key);
      else byType.set(type, [key]);
    }
  }
  const keys = graph.nodes();
  const typed = RELATION_TYPES.filter((type) => type !== 'RELATED_TO');
  let made = 0;
  while (made < edgeCount) {
    const type: RelationType = next() < 0.75 ? 'RELATED_TO' : pick(typed);
    const ends = RELATION_ENDS[type] ?? (type === 'RELATED_TO' ? undefined : [ACTORS, ACTORS]);
    const source = ends ? pick(byType.get(pick(ends[0])) ?? keys) : pick(keys);
    const target = ends ? pick(byType.get(pick(ends[1])) ?? keys) : pick(keys);
    const key = `${source}>${type}>${target}`;
    if (source === target || graph.hasEdge(key)) continue;
    const docs = [pick(documents).id];
    const evidence = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const text = sentence();
      return { docId: pick(docs), sentence: text, start: 0, end: text.length };
    });
    graph.addDirectedEdgeWithKey(key, source, target, {
      type, predicate: type === 'RELATED_TO' ? 'co-occurrence' : type.toLowerCase(),
      basis: type === 'RELATED_TO' ? 'cooccurrence' : 'pattern', modality: 'asserted', weight: evidence.length, confidence: 0.5 + next() / 2,
      evidence, documents: docs, size: 1, color: '#999999',
    });
    made++;
  }
  graph.forEachNode((key) => graph.setNodeAttribute(key, 'degree', graph.degree(key)));
  return graph;
}
