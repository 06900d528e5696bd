/**
 * Whether a relation may join two entities: the allowed types live in the
 * vocabulary. A pattern's match outside them is a misreading ("the Stock
 * Exchange bomb plan" is no attack), so it is dropped.
 */
import type { EntityType } from '../vocabulary/entity-types.js';
import { RELATION_TYPE_SPECS, type RelationType, type RelationTypeSpec } from '../vocabulary/relation-types.js';

export function argumentsFit(type: RelationType, source: EntityType | undefined, target: EntityType | undefined): boolean {
  if (type === 'RELATED_TO') return true;
  if (!source || !target) return false;
  const allowed: RelationTypeSpec = RELATION_TYPE_SPECS[type];
  return allowed.source.includes(source) && allowed.target.includes(target);
}
