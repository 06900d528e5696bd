/**
 * The example queries of the README's "Querying with Cypher" section, written
 * once in the subset of Cypher both engines accept (docs/cypher.md), so the
 * embedded tests and the Neo4j integration test run exactly what users read.
 */
export interface ExampleQuery {
  question: string;
  cypher: string;
  params: Record<string, unknown>;
}

export const README_QUERIES = {
  mediators: {
    question: 'Who mediates, and between whom?',
    cypher: 'MATCH (m)-[r:MEDIATES]->(p) RETURN m.name AS mediator, p.name AS party, r.weight AS sentences ORDER BY mediator, party',
    params: {},
  },
  agreementRelations: {
    question: 'What is the JCPOA related to?',
    cypher:
      'MATCH (a:Agreement)-[r]-(x) WHERE (a.name = $name OR $name IN a.aliases) AND r.type IS NOT NULL ' +
      'RETURN r.type AS relation, x.name AS other, r.weight AS weight ORDER BY weight DESC, other, relation',
    params: { name: 'JCPOA' },
  },
  evidence: {
    question: 'Which sentences, in which articles, support the edge Oman → Iran?',
    cypher:
      'MATCH (a {name: $source})-[r:MEDIATES]->(b {name: $target}) MATCH (d:Document) WHERE d.id IN r.evidenceDocIds ' +
      'RETURN DISTINCT d.title AS article, r.evidence AS sentences',
    params: { source: 'Oman', target: 'Iran' },
  },
  paths: {
    question: 'How are Oman and the United States connected (paths of up to two steps)?',
    cypher: 'MATCH p = (a {name: $from})-[*1..2]-(b {name: $to}) RETURN p, length(p) AS hops ORDER BY hops LIMIT 25',
    params: { from: 'Oman', to: 'United States' },
  },
  typesOfRelations: {
    question: 'How many relations of each type are there?',
    cypher: 'MATCH ()-[r]->() WHERE r.type IS NOT NULL RETURN r.type AS type, count(*) AS relations ORDER BY relations DESC, type',
    params: {},
  },
} as const satisfies Record<string, ExampleQuery>;
