/**
 * A small knowledge graph that follows the attribute contract and carries the
 * text and numbers exports get wrong: markup, quotes, ampersands, non-Latin
 * scripts, emoji, tabs and newlines, control characters, parallel edges,
 * missing optional values, large and tiny numbers, three colour notations.
 */
import { createKnowledgeGraph, type KnowledgeGraph } from '../packages/core/src/io/graph-json.js';
import type { Evidence } from '../packages/core/src/graph/attributes.js';

const evidence = (docId: string, sentence: string, start: number): Evidence => ({
  docId,
  sentence,
  start,
  end: start + sentence.length,
});

export function buildSampleGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.replaceAttributes({
    name: 'Sample <graph> & "friends"',
    generator: 'kgraph 0.0.0-test',
    documents: [
      { id: 'doc-a', title: 'A & B <b>', source: 'a.txt', published: '2024-03-09' },
      { id: 'doc-b', title: 'Zweites 📰', source: 'feed.jsonl#2', url: 'https://example.org/?a=1&b=2', published: '2025-01-31' },
      { id: 'doc-c', title: 'Undated', source: 'c.md' },
    ],
  });
  graph.addNode('person:xss', {
    label: '<img src=x onerror=alert(1)>',
    type: 'Person',
    aliases: ['<script>alert("x")</script>', 'O\'Brien & "Sons"', 'a|b,c;d'],
    mentions: 3,
    documents: ['doc-a', 'doc-b'],
    firstSeen: '2024-03-09',
    lastSeen: '2025-01-31',
    roles: ['former "acting" head'],
    evidence: [evidence('doc-a', 'He said: "<img src=x onerror=alert(1)>"\tthen\nleft.\r\nEnd', 10)],
    degree: 3,
    pagerank: 0.1 + 0.2,
    betweenness: 1e-7,
    community: 0,
    x: -12.345678901234567,
    y: 1e21,
    size: 12.5,
    color: '#e15759',
  });
  graph.addNode("org:o'brien & <co>", {
    label: 'AT&T "Labs" \u0007bell',
    type: 'Organization',
    aliases: ['bell\u0007control', 'ni\uFFFEcht', ''],
    mentions: 2 ** 40,
    documents: ['doc-a'],
    evidence: [],
    degree: 1,
    pagerank: 0.25,
    betweenness: 0,
    community: 1,
    x: 0,
    y: -0.5,
    size: 4,
    color: '#abc',
  });
  graph.addNode('city:東京', {
    label: '東京 — Αθήνα — القاهرة 🌍 👩‍🔬',
    type: 'City',
    aliases: ['Tōkyō', 'Токио', '🏙️'],
    mentions: 1,
    documents: ['doc-b'],
    firstSeen: '2025-01-31',
    lastSeen: '2025-01-31',
    evidence: [evidence('doc-b', 'Emoji 👩‍🔬 and “curly” quotes ’ – dash ]]> --', 0)],
    degree: 2,
    pagerank: 0.125,
    betweenness: 2,
    community: 1,
    x: 3,
    y: 4,
    size: 0,
    color: 'rgba(10, 20, 30, 0.5)',
  });
  graph.addNode('concept:  padded  ', {
    label: '  padded  spaces ',
    type: 'Concept',
    aliases: [],
    mentions: 1,
    documents: [],
    evidence: [],
    degree: 0,
    pagerank: 0.05,
    betweenness: 0,
    community: 2,
    x: 100,
    y: 200,
    size: 1,
    color: '#4e79a7',
  });
  graph.addDirectedEdgeWithKey('person:xss>MEETS>city:東京', 'person:xss', 'city:東京', {
    type: 'MEETS',
    predicate: 'meet <with> & "greet"',
    plover: 'CONSULT',
    basis: 'pattern',
    modality: 'planned',
    weight: 2,
    confidence: 0.875,
    evidence: [evidence('doc-b', 'Line one\nline two\ttab & <b>bold</b>', 5)],
    documents: ['doc-b'],
    firstSeen: '2025-01-31',
    lastSeen: '2025-01-31',
    size: 2,
    color: '#59a14f',
  });
  graph.addDirectedEdgeWithKey('person:xss>RELATED_TO>city:東京', 'person:xss', 'city:東京', {
    type: 'RELATED_TO',
    predicate: 'co-occurrence',
    basis: 'cooccurrence',
    modality: 'asserted',
    weight: 5,
    confidence: 0.3,
    evidence: [evidence('doc-a', 'Same pair, second relation.', 0), evidence('doc-b', 'Again 🌍.', 40)],
    documents: ['doc-a', 'doc-b'],
    size: 1.5,
    color: 'rgb(200,200,200)',
  });
  graph.addDirectedEdgeWithKey("org:o'brien & <co>>LEADS>person:xss", "org:o'brien & <co>", 'person:xss', {
    type: 'LEADS',
    predicate: 'lead',
    basis: 'syntax',
    modality: 'reported',
    weight: 1,
    confidence: 1,
    evidence: [],
    documents: [],
    size: 1,
    color: '#bab0ac',
  });
  return graph;
}
