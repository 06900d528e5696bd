/**
 * `kgraph query [--graph DIR] [--neo4j] [--param k=v …] [--format table|json|csv] "<cypher>"`:
 * answers a Cypher query from the embedded engine (loaded from DIR/graph.json,
 * no server) or, with --neo4j, from the Neo4j server that `kgraph sync` filled.
 */
import { resolve } from 'node:path';
import type { CommandSpec, ParsedArgs } from '../command.js';
import { KgraphError } from '../../errors.js';
import { openEmbeddedGraph } from '../../store/embedded-graph.js';
import { parseQueryParams } from '../../store/query-params.js';
import { formatQueryTableAs, isQueryFormat, QUERY_FORMATS, type QueryTable } from '../../store/query-table.js';

const text = (value: ParsedArgs['values'][string]): string | undefined => (typeof value === 'string' ? value : undefined);

export const queryCommand: CommandSpec = {
  name: 'query',
  summary: 'answer a Cypher query from a build (embedded engine) or from Neo4j',
  usage: 'kgraph query [--graph DIR] [--neo4j] [--param NAME=VALUE ...] [--format table|json|csv] "<cypher>"',
  details:
    'The embedded engine (Kuzu) needs no server: the first query on a build loads DIR/graph.json into\n' +
    'DIR/kuzu/ and later ones reuse it until graph.json changes. Entities are labelled by type\n' +
    '(:Country, :Person, ...), relations typed from the vocabulary ([:MEDIATES], ...), documents are\n' +
    '(:Document)-[:MENTIONS]->(entity). docs/cypher.md lists where the embedded engine differs from Neo4j.\n' +
    '--param values are JSON when they parse as JSON (3, true, ["a"]), text otherwise; use them as $NAME.\n' +
    '--neo4j reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (flags override all but the password).\n' +
    'Output: a table on a terminal, JSON (an array of row objects keyed by column name) otherwise.\n\n' +
    'Example: kgraph query "MATCH (a)-[r:MEDIATES]->(b) RETURN a.name AS source, b.name AS target"',
  options: {
    graph: { type: 'string', short: 'g', value: 'DIR', description: 'the build to query (a folder with graph.json)', default: 'out' },
    neo4j: { type: 'boolean', description: 'query the Neo4j server instead of the embedded engine' },
    param: { type: 'string', short: 'p', multiple: true, value: 'NAME=VALUE', description: 'a query parameter, used as $NAME' },
    format: { type: 'string', short: 'f', value: 'FORMAT', description: `one of ${QUERY_FORMATS.join(', ')} (default: table on a terminal, json otherwise)` },
    cache: { type: 'boolean', description: 'keep the embedded database in DIR/kuzu/ (--no-cache loads it in memory)', default: true },
    uri: { type: 'string', value: 'URI', description: 'Neo4j URI (default: $NEO4J_URI)' },
    username: { type: 'string', value: 'NAME', description: 'Neo4j user (default: $NEO4J_USERNAME or neo4j)' },
    database: { type: 'string', value: 'NAME', description: 'Neo4j database (default: $NEO4J_DATABASE or the server default)' },
  },
  async run(args, io) {
    const [cypher, ...extra] = args.positionals;
    if (!cypher || !cypher.trim()) throw new KgraphError('needs a Cypher query, e.g. kgraph query "MATCH (n) RETURN count(n) AS nodes".');
    if (extra.length) throw new KgraphError('takes one query: quote it as a single argument.');
    const format = text(args.values.format) ?? (io.stdout.isTTY ? 'table' : 'json');
    if (!isQueryFormat(format)) throw new KgraphError(`unknown format "${format}"; use one of ${QUERY_FORMATS.join(', ')}.`);
    const specs = args.values.param;
    const params = parseQueryParams(Array.isArray(specs) ? specs : typeof specs === 'string' ? [specs] : []);

    let table: QueryTable;
    if (args.values.neo4j) {
      // Loaded only when asked for: the driver adds start-up time to every other query.
      const { neo4jConfigFrom, runNeo4jQuery, withNeo4j } = await import('../../store/neo4j-client.js');
      const config = neo4jConfigFrom(io.env, { uri: text(args.values.uri), username: text(args.values.username), database: text(args.values.database) });
      table = await withNeo4j(config, (driver) => runNeo4jQuery(driver, config, cypher, params));
    } else {
      const opened = await openEmbeddedGraph(resolve(io.cwd, text(args.values.graph) ?? 'out'), { cache: args.values.cache !== false });
      try {
        table = await opened.store.query(cypher, params);
      } finally {
        await opened.store.close();
      }
    }
    io.stdout.write(formatQueryTableAs(table, format));
    return 0;
  },
};
