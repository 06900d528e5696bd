/**
 * Whether a relation may join two entities: the allowed types live in the
 * vocabulary. A pattern's match outside them is a misreading ("the Stock
 * Exchange bomb plan" is no attack), so it is dropped.
 */
import type { EntityType } from '../vocabulary/entity-types.js';
import { isResignation, RELATION_TYPE_SPECS, type RelationType, type RelationTypeSpec } from '../vocabulary/relation-types.js';

/**
 * Pairs of types each end allows but not together: a person who leaves or quits a place travels, where a state or
 * a force that withdraws from one retreats (one who resigns from a country's government leaves an office: `predicate`).
 */
const UNFIT_PAIRS: Partial<Record<RelationType, readonly (readonly [EntityType, readonly EntityType[]])[]>> = {
  WITHDREW_FROM: [['Person', ['Country', 'Region', 'Location']]],
};

export function argumentsFit(type: RelationType, source: EntityType | undefined, target: EntityType | undefined, predicate?: string): boolean {
  if (type === 'RELATED_TO') return true;
  if (!source || !target) return false;
  const allowed: RelationTypeSpec = RELATION_TYPE_SPECS[type];
  if (!isResignation(predicate) && UNFIT_PAIRS[type]?.some(([from, to]) => from === source && to.includes(target))) return false;
  // A name of no known kind may do an event (PLOVER codes groups the tagger cannot type: "the Korr militants
  // threatened B"), as an organisation would; it is never taken for one where the type admits it as it is.
  const doer = allowed.plover && source === 'Other' && !allowed.source.includes('Other') ? 'Organization' : source;
  return allowed.source.includes(doer) && allowed.target.includes(target);
}
