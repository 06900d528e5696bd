/**
 * A small knowledge graph written by hand with the attribute contract, for the
 * query tests: invented places and people (no seed entities), one document
 * whose text is hostile to string-built Cypher, and every relation shape the
 * tests need (a path of length 3, a symmetric relation, several documents).
 */
import { createKnowledgeGraph, type KnowledgeGraph } from '../packages/core/src/io/graph-json.js';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../packages/core/src/graph/attributes.js';
import type { EntityType } from '../packages/core/src/vocabulary/entity-types.js';
import { ploverType, type RelationType } from '../packages/core/src/vocabulary/relation-types.js';

/** Text that breaks any query built by pasting strings: quotes, a Cypher tail, backticks, non-Latin scripts. */
export const HOSTILE_TEXT = "Quoth \"Ruritania\": '})-[:X]->() DETACH DELETE n // `drop` — Руритания, ルリタニア, روريتانيا \\' ";
export const HOSTILE_NAME = "Ruritania'})-[:X]->() DETACH DELETE n //";

function node(label: string, type: EntityType, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label,
    type,
    aliases: [],
    mentions: 1,
    documents: ['doc-a'],
    evidence: [],
    degree: 0,
    pagerank: 0.1,
    betweenness: 0,
    community: 0,
    x: 0,
    y: 0,
    size: 4,
    color: '#888888',
    ...extra,
  };
}

function evidence(docId: string, sentence: string): Evidence {
  return { docId, sentence, start: 0, end: sentence.length };
}

function edge(type: RelationType, predicate: string, sentences: Evidence[], extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  const plover = ploverType(type);
  return {
    type,
    predicate,
    ...(plover ? { plover } : {}),
    basis: type === 'RELATED_TO' ? 'cooccurrence' : 'pattern',
    modality: 'asserted',
    weight: sentences.length,
    confidence: 0.8,
    evidence: sentences,
    documents: [...new Set(sentences.map((e) => e.docId))].sort(),
    size: 1,
    color: '#999999',
    ...extra,
  };
}

export const MEDIATION_SENTENCE = 'Freedonia mediated between Sylvania and Ruritania in Fredonia City.';

export function createQueryFixtureGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.replaceAttributes({
    name: 'query fixture',
    generator: 'test',
    documents: [
      { id: 'doc-a', title: 'Talks in Fredonia City', source: 'a.txt', published: '2025-04-12' },
      { id: 'doc-b', title: HOSTILE_TEXT, source: 'b.txt', url: 'https://example.org/b?x=1&y=`2`' },
    ],
  });
  graph.addNode('country:freedonia', node('Freedonia', 'Country', { aliases: ['Freedonian', 'FRD'], mentions: 5, documents: ['doc-a', 'doc-b'], pagerank: 0.31, firstSeen: '2025-04-12' }));
  graph.addNode('country:sylvania', node('Sylvania', 'Country', { aliases: ['Sylvanian'], mentions: 3, pagerank: 0.22 }));
  graph.addNode('country:ruritania', node(HOSTILE_NAME, 'Country', { aliases: ['`Ruri`', 'Руритания', 'ルリタニア', '"R"'], documents: ['doc-b'], pagerank: 0.2 }));
  graph.addNode('city:fredonia-city', node('Fredonia City', 'City', { pagerank: 0.1 }));
  graph.addNode('person:rufus-firefly', node('Rufus T. Firefly', 'Person', { roles: ['president'], pagerank: 0.09 }));
  graph.addNode('agreement:pact', node('Pact of Marx', 'Agreement', { aliases: ['PoM'], pagerank: 0.08 }));
  graph.addNode('concept:sanctions', node('sanctions', 'Concept', { pagerank: 0.05 }));

  const mediation = evidence('doc-a', MEDIATION_SENTENCE);
  graph.addDirectedEdgeWithKey('country:freedonia>MEDIATES>country:sylvania', 'country:freedonia', 'country:sylvania', edge('MEDIATES', 'mediate', [mediation]));
  graph.addDirectedEdgeWithKey('country:freedonia>MEDIATES>country:ruritania', 'country:freedonia', 'country:ruritania', edge('MEDIATES', 'mediate', [mediation, evidence('doc-b', HOSTILE_TEXT)]));
  graph.addDirectedEdgeWithKey('country:freedonia>HOSTS>country:sylvania', 'country:freedonia', 'country:sylvania', edge('HOSTS', 'host', [mediation], { confidence: 0.6 }));
  graph.addDirectedEdgeWithKey('city:fredonia-city>LOCATED_IN>country:freedonia', 'city:fredonia-city', 'country:freedonia', edge('LOCATED_IN', 'in', [mediation]));
  graph.addDirectedEdgeWithKey('person:rufus-firefly>LEADS>country:freedonia', 'person:rufus-firefly', 'country:freedonia', edge('LEADS', 'lead', [evidence('doc-a', 'Rufus T. Firefly leads Freedonia.')]));
  graph.addDirectedEdgeWithKey('country:sylvania>WITHDREW_FROM>agreement:pact', 'country:sylvania', 'agreement:pact', edge('WITHDREW_FROM', 'withdraw from', [evidence('doc-a', 'Sylvania withdrew from the Pact of Marx.')]));
  graph.addDirectedEdgeWithKey('country:ruritania>SANCTIONS>country:sylvania', 'country:ruritania', 'country:sylvania', edge('SANCTIONS', 'sanction', [evidence('doc-b', HOSTILE_TEXT)]));
  graph.addDirectedEdgeWithKey('country:ruritania>RELATED_TO>country:sylvania', 'country:ruritania', 'country:sylvania', edge('RELATED_TO', 'co-occurrence', [mediation, evidence('doc-b', HOSTILE_TEXT)]));
  graph.addDirectedEdgeWithKey('agreement:pact>RELATED_TO>concept:sanctions', 'agreement:pact', 'concept:sanctions', edge('RELATED_TO', 'co-occurrence', [evidence('doc-a', 'The pact eased sanctions.')]));
  graph.forEachNode((key) => graph.setNodeAttribute(key, 'degree', graph.degree(key)));
  return graph;
}
