/**
 * What each relation type may join: the entity types allowed at its source
 * and at its target. A pattern's match outside these is a misreading
 * ("the Stock Exchange bomb plan" is no attack), so it is dropped.
 */
import type { EntityType } from '../vocabulary/entity-types.js';
import type { RelationType } from '../vocabulary/relation-types.js';

const ACTORS: readonly EntityType[] = ['Person', 'Organization', 'Country', 'City', 'Region'];
const PLACES: readonly EntityType[] = ['Country', 'City', 'Region', 'Location'];

export const ARGUMENT_TYPES: Readonly<Record<Exclude<RelationType, 'RELATED_TO'>, { source: readonly EntityType[]; target: readonly EntityType[] }>> = {
  MEDIATES: { source: ACTORS, target: ACTORS },
  HOSTS: { source: ACTORS, target: [...ACTORS, 'Event'] },
  NEGOTIATES_WITH: { source: ACTORS, target: ACTORS },
  MEETS: { source: ACTORS, target: ACTORS },
  COOPERATES_WITH: { source: ACTORS, target: ACTORS },
  SUPPORTS: { source: ACTORS, target: [...ACTORS, 'Agreement', 'Event'] },
  CRITICIZES: { source: ACTORS, target: [...ACTORS, 'Agreement', 'Event'] },
  THREATENS: { source: ACTORS, target: ACTORS },
  SANCTIONS: { source: ACTORS, target: ACTORS },
  ATTACKS: { source: ACTORS, target: [...ACTORS, 'Location'] },
  WITHDREW_FROM: { source: ACTORS, target: ['Agreement', 'Organization', 'Event'] },
  // Laws and treaties the tagger cannot type come out as Other.
  SIGNED: { source: ACTORS, target: ['Agreement', 'Other'] },
  LEADS: { source: ['Person', 'Organization', 'Country'], target: ['Organization', 'Country', 'City', 'Region', 'Event'] },
  MEMBER_OF: { source: ACTORS, target: ['Organization'] },
  LOCATED_IN: { source: [...PLACES, 'Organization', 'Event'], target: PLACES },
  PART_OF: { source: [...PLACES, 'Organization'], target: [...PLACES, 'Organization'] },
  STATEMENT_ABOUT: { source: ACTORS, target: ['Person', 'Organization', 'Country', 'City', 'Region', 'Location', 'Agreement', 'Event', 'Other'] },
};

export function argumentsFit(type: RelationType, source: EntityType | undefined, target: EntityType | undefined): boolean {
  if (type === 'RELATED_TO') return true;
  if (!source || !target) return false;
  const allowed = ARGUMENT_TYPES[type];
  return allowed.source.includes(source) && allowed.target.includes(target);
}
