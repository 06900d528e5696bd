export * from './entity-types.js';
export * from './relation-types.js';
