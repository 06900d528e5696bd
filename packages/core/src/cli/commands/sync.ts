/**
 * `kgraph sync [DIR] [--wipe]`: copies a build into Neo4j, idempotently:
 * uniqueness constraints first, then batched MERGEs in managed write
 * transactions; a second sync of the same build changes nothing.
 */
import { resolve } from 'node:path';
import type { CommandSpec, ParsedArgs } from '../command.js';
import { KgraphError } from '../../errors.js';
import { readGraph } from '../../io/graph-json.js';
import { createProgress } from '../progress.js';
import { graphToCypherRows } from '../../store/cypher-rows.js';

const text = (value: ParsedArgs['values'][string]): string | undefined => (typeof value === 'string' ? value : undefined);

export const syncCommand: CommandSpec = {
  name: 'sync',
  summary: 'copy a build into Neo4j (idempotent; --wipe removes what kgraph wrote before)',
  usage: 'kgraph sync [DIR] [--wipe] [--uri URI] [--username NAME] [--database NAME]',
  details:
    'Reads DIR/graph.json (DIR defaults to out) and writes it to the Neo4j server named by NEO4J_URI,\n' +
    'NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE (flags override all but the password, which is\n' +
    'read only from the environment). Entities become (:Kgraph:Entity:<Type>), documents\n' +
    '(:Kgraph:Document)-[:MENTIONS]->(entity), relations typed from the vocabulary. Run it again after a\n' +
    'new build: unchanged nodes and relations are left alone. --wipe first deletes every :Kgraph node\n' +
    '(and only those), so entities gone from the build disappear too.\n\n' +
    'Example: docker compose up -d && NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... kgraph sync out',
  options: {
    wipe: { type: 'boolean', description: "delete kgraph's own nodes (label :Kgraph) before writing" },
    'batch-size': { type: 'string', value: 'N', description: 'rows per transaction', default: '5000' },
    uri: { type: 'string', value: 'URI', description: 'Neo4j URI (default: $NEO4J_URI)' },
    username: { type: 'string', value: 'NAME', description: 'Neo4j user (default: $NEO4J_USERNAME or neo4j)' },
    database: { type: 'string', value: 'NAME', description: 'Neo4j database (default: $NEO4J_DATABASE or the server default)' },
  },
  async run(args, io) {
    if (args.positionals.length > 1) throw new KgraphError('expects at most one DIR. See `kgraph sync --help`.');
    const batchSize = Number(text(args.values['batch-size']) ?? '5000');
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new KgraphError('--batch-size must be a whole number above 0.');
    // Loaded here, not at start-up: every other command would pay for the driver.
    const { describeNeo4jTarget, neo4jConfigFrom, syncRowsToNeo4j, withNeo4j } = await import('../../store/neo4j-client.js');
    const rows = graphToCypherRows(readGraph(resolve(io.cwd, args.positionals[0] ?? 'out')));
    const config = neo4jConfigFrom(io.env, { uri: text(args.values.uri), username: text(args.values.username), database: text(args.values.database) });
    const progress = createProgress(io.stderr, 'sync', rows.documents.length + rows.entities.length + rows.relations.length + rows.mentions.length);
    const report = await withNeo4j(config, (driver) =>
      syncRowsToNeo4j(driver, config, rows, {
        wipe: args.values.wipe === true,
        batchSize,
        onBatch: (done, _total, batch) => progress.tick(done, batch.kind),
      }),
    );
    const { changes, counts } = report;
    progress.done(
      `synced to ${describeNeo4jTarget(config)}: ${counts.entities} entities, ${counts.relations} relations, ` +
        `${counts.documents} documents, ${counts.mentions} mentions` +
        (report.wiped ? `; wiped ${report.wiped} old nodes` : '') +
        `; changed: ${changes.nodesCreated} nodes and ${changes.relationshipsCreated} relationships created, ` +
        `${changes.nodesDeleted} nodes and ${changes.relationshipsDeleted} relationships deleted, ` +
        `${changes.propertiesSet} properties set, ${changes.labelsAdded} labels added, ${changes.constraintsAdded} constraints added.`,
    );
    return 0;
  },
};
