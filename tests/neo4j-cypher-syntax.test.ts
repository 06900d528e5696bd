/**
 * Every statement kgraph sends to Neo4j, and every README example query,
 * checked against Neo4j's own Cypher grammar and linter
 * (@neo4j-cypher/language-support, the parser of Neo4j's editors) — no server
 * needed. The live server test (neo4j-sync.test.ts) runs them where one exists.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { graphToCypherRows } from '../packages/core/src/store/cypher-rows.js';
import {
  neo4jConstraintStatements,
  neo4jCountStatement,
  neo4jSyncBatches,
  neo4jWipeStatement,
} from '../packages/core/src/store/neo4j-statements.js';
import { README_QUERIES } from './query-examples.js';
import { createQueryFixtureGraph } from './query-fixture.js';

interface Diagnostic {
  severity: number;
  message: string;
}
// Its ESM build cannot be imported by Node; the CommonJS one can.
const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support') as {
  lintCypherQuery(query: string, dbSchema: object): Diagnostic[];
};

/** Errors (1) and warnings such as deprecations (2); parameters are not declared to the linter, so those notes are left out. */
function problems(cypher: string): string[] {
  return lintCypherQuery(cypher, {})
    .filter((d) => d.severity <= 2 && !/^Parameter \$\w+ is not defined/.test(d.message))
    .map((d) => d.message);
}

describe("Neo4j's own Cypher linter", () => {
  it('rejects a Kuzu-only pattern, so it can fail', () => {
    expect(problems('MATCH p = (a)-[* SHORTEST 1..5]-(b) RETURN p')).not.toEqual([]);
  });

  it('accepts every statement of a sync, without errors or deprecation warnings', () => {
    const batches = neo4jSyncBatches(graphToCypherRows(createQueryFixtureGraph()));
    const texts = new Set([
      ...neo4jConstraintStatements().map((s) => s.text),
      ...batches.map((b) => b.text),
      neo4jWipeStatement().text,
      neo4jCountStatement().text,
    ]);
    for (const text of texts) expect(problems(text), text).toEqual([]);
  });

  it('accepts every README example query', () => {
    for (const example of Object.values(README_QUERIES)) expect(problems(example.cypher), example.question).toEqual([]);
  });
});
