/**
 * The closed vocabulary of entity types. In Neo4j and in the embedded Cypher
 * engine these become node labels, so nothing outside this list may ever be
 * used as a label.
 */
export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Country',
  'City',
  'Region',
  'Location',
  'Agreement',
  'Event',
  'Concept',
  'Other',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

const entityTypeSet: ReadonlySet<string> = new Set(ENTITY_TYPES);

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && entityTypeSet.has(value);
}

/** Display colours per type: a qualitative palette readable on light and dark backgrounds. */
export const ENTITY_TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  Person: '#e15759',
  Organization: '#4e79a7',
  Country: '#f28e2b',
  City: '#edc948',
  Region: '#59a14f',
  Location: '#76b7b2',
  Agreement: '#b07aa1',
  Event: '#ff9da7',
  Concept: '#9c755f',
  Other: '#bab0ac',
};
