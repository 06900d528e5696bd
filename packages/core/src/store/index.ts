/**
 * The query layer: a build as Cypher rows, the embedded engine (Kuzu) loaded
 * from them, and the Neo4j sync and queries. docs/cypher.md describes the schema.
 */
export * from './cypher-rows.js';
export { cacheEmbeddedGraph, openEmbeddedGraph, resolveGraphFile, type EmbeddedGraphOptions, type OpenedEmbeddedGraph } from './embedded-graph.js';
export { createEmbeddedStore, openEmbeddedStore, type EmbeddedStore } from './kuzu-store.js';
export { kuzuSchemaStatements, kuzuLoads, type KuzuLoad, type KuzuStatement } from './kuzu-schema.js';
export * from './neo4j-statements.js';
export * from './neo4j-client.js';
export * from './query-table.js';
export { parseQueryParams, missingParameters } from './query-params.js';
