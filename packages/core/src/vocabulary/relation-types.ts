/**
 * The closed vocabulary of relation types, after the CAMEO event codes. These
 * become relationship types in Cypher, so nothing outside this list may ever
 * be used as one. `symmetric` relations are stored once, with their ends in a
 * stable order, and read in both directions.
 */
export interface RelationTypeSpec {
  readonly description: string;
  readonly symmetric: boolean;
}

export const RELATION_TYPE_SPECS = {
  MEDIATES: { description: 'acts as intermediary for a party to talks or a dispute', symmetric: false },
  HOSTS: { description: 'hosts talks, a meeting or an event involving the other party', symmetric: false },
  NEGOTIATES_WITH: { description: 'holds talks or negotiations with', symmetric: true },
  MEETS: { description: 'meets with', symmetric: true },
  COOPERATES_WITH: { description: 'cooperates, allies or partners with', symmetric: true },
  SUPPORTS: { description: 'supports, backs or endorses', symmetric: false },
  CRITICIZES: { description: 'criticises, condemns or accuses', symmetric: false },
  THREATENS: { description: 'threatens or warns', symmetric: false },
  SANCTIONS: { description: 'imposes sanctions or economic pressure on', symmetric: false },
  ATTACKS: { description: 'attacks, strikes or invades', symmetric: false },
  WITHDREW_FROM: { description: 'withdraws from an agreement or organisation', symmetric: false },
  SIGNED: { description: 'signs, ratifies or joins an agreement', symmetric: false },
  LEADS: { description: 'leads, heads or governs', symmetric: false },
  MEMBER_OF: { description: 'is a member or part of an organisation', symmetric: false },
  LOCATED_IN: { description: 'is located in', symmetric: false },
  PART_OF: { description: 'is part of', symmetric: false },
  STATEMENT_ABOUT: { description: 'makes a statement about', symmetric: false },
  RELATED_TO: { description: 'co-occurs in the same sentences (weight = number of sentences)', symmetric: true },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPE_SPECS;

export const RELATION_TYPES = Object.keys(RELATION_TYPE_SPECS) as RelationType[];

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && Object.hasOwn(RELATION_TYPE_SPECS, value);
}

export function isSymmetric(type: RelationType): boolean {
  return RELATION_TYPE_SPECS[type].symmetric;
}
