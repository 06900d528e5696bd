/**
 * The graph contract and vocabularies, taken from core's sources so the viewer
 * and the pipeline cannot drift apart (core's package entry pulls in Node APIs,
 * so we import the browser-safe files directly).
 */
export { ENTITY_TYPES, ENTITY_TYPE_COLORS, isEntityType } from '../../../core/src/vocabulary/entity-types.js';
export { isRelationType, isSymmetric } from '../../../core/src/vocabulary/relation-types.js';
export type { DocumentInfo, Evidence } from '../../../core/src/graph/attributes.js';
