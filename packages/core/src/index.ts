/** kgraph's library API. The CLI only wraps what is exported here. */
export * from './vocabulary/index.js';
export type * from './graph/attributes.js';
export { KgraphError } from './errors.js';
export * from './io/graph-json.js';
