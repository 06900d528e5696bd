/**
 * Sync speed into Neo4j: a generated news-shaped graph (10k entities, 50k
 * relations by default) synced into a fresh Neo4j test server
 * (tools/neo4j-test-server) at several batch sizes, each after a wipe, in the
 * same run. Speed is reported per batch size and as a ratio against the
 * default batch size measured beside it; then an unchanged re-sync.
 *
 *   npm run bench -- neo4j
 *   npm run bench -- neo4j --nodes 10000 --edges 50000 --sizes 250,1000,2500,5000
 *   npm run bench -- neo4j --graph out --sizes 5000   # a build folder instead (e.g. the Brown corpus's)
 *
 * Needs Java 17 and Maven (the test server is built on first use); prints
 * "skipped: …" without them. It never touches a server named by NEO4J_URI.
 */
import { parseArgs } from 'node:util';
import { readGraph } from '../packages/core/src/io/graph-json.js';
import { graphToCypherRows, type CypherRows } from '../packages/core/src/store/cypher-rows.js';
import { DEFAULT_BATCH_SIZE } from '../packages/core/src/store/neo4j-statements.js';
import { syncRowsToNeo4j, withNeo4j, type Neo4jConfig, type SyncReport } from '../packages/core/src/store/neo4j-client.js';
import { buildNeo4jServer, missingTools, NEO4J_NEEDS, startNeo4jServer } from '../tests/support/neo4j-server.js';
import { generateNewsGraph } from './query-graph-generator.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    sizes: { type: 'string', default: `250,${DEFAULT_BATCH_SIZE},2500,5000` },
    graph: { type: 'string' },
  },
});

const missing = missingTools();
if (missing.length) {
  console.log(`skipped: ${missing.join(' and ')} not found; install ${NEO4J_NEEDS}.`);
  process.exit(0);
}

const sizes = values.sizes.split(',').map(Number);
if (!sizes.includes(DEFAULT_BATCH_SIZE)) sizes.unshift(DEFAULT_BATCH_SIZE);
const rows: CypherRows = graphToCypherRows(
  values.graph ? readGraph(values.graph) : generateNewsGraph(Number(values.nodes), Number(values.edges)),
);
const nodeRows = rows.entities.length + rows.documents.length;
const relationshipRows = rows.relations.length + rows.mentions.length;
console.log(
  `graph: ${rows.entities.length} entities + ${rows.documents.length} documents = ${nodeRows} nodes; ` +
    `${rows.relations.length} relations + ${rows.mentions.length} mentions = ${relationshipRows} relationships`,
);

interface Timing {
  size: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  totalSeconds: number;
  report: SyncReport;
}

async function timedSync(config: Neo4jConfig, size: number): Promise<Timing> {
  let nodesDoneAt = 0;
  const start = performance.now();
  const report = await withNeo4j(config, (driver) =>
    syncRowsToNeo4j(driver, config, rows, {
      batchSize: size,
      onBatch: (_done, _total, batch) => {
        if (batch.kind === 'documents' || batch.kind === 'entities') nodesDoneAt = performance.now();
      },
    }),
  );
  const end = performance.now();
  return { size, nodeSeconds: (nodesDoneAt - start) / 1000, relationshipSeconds: (end - nodesDoneAt) / 1000, totalSeconds: (end - start) / 1000, report };
}

buildNeo4jServer();
const server = await startNeo4jServer();
console.log(`Neo4j ${server.version} (test server, -Xmx1g)`);
const config: Neo4jConfig = { uri: server.uri, username: server.username, password: server.password };
const empty: CypherRows = { entities: [], relations: [], documents: [], mentions: [] };
try {
  const timings: Timing[] = [];
  for (const size of sizes) {
    await withNeo4j(config, (driver) => syncRowsToNeo4j(driver, config, empty, { wipe: true }));
    const timing = await timedSync(config, size);
    if (timing.report.counts.entities !== rows.entities.length || timing.report.counts.mentions !== rows.mentions.length) {
      throw new Error(`batch size ${size}: counts ${JSON.stringify(timing.report.counts)} do not match the graph`);
    }
    timings.push(timing);
    console.log(`batch size ${size}: ${timing.totalSeconds.toFixed(1)} s`);
  }
  const baseline = timings.find((timing) => timing.size === DEFAULT_BATCH_SIZE)!;
  console.log('\nbatch  nodes/s  relationships/s  total s  speed vs default');
  for (const t of timings) {
    console.log(
      `${String(t.size).padStart(5)}  ${Math.round(nodeRows / t.nodeSeconds).toString().padStart(7)}  ` +
        `${Math.round(relationshipRows / t.relationshipSeconds).toString().padStart(15)}  ${t.totalSeconds.toFixed(1).padStart(7)}  ` +
        `${(baseline.totalSeconds / t.totalSeconds).toFixed(2)}×`,
    );
  }
  const best = timings.reduce((a, b) => (b.totalSeconds < a.totalSeconds ? b : a));
  const again = await timedSync(config, best.size);
  const changed = again.report.changes.nodesCreated + again.report.changes.relationshipsCreated + again.report.changes.propertiesSet;
  console.log(`\nfastest batch size: ${best.size}; unchanged re-sync at that size: ${again.totalSeconds.toFixed(1)} s, ${changed} changes`);
} finally {
  await server.stop();
}
