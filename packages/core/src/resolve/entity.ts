/**
 * What resolve produces: one Entity per real-world thing, and every mention
 * pointing at its entity.
 */
import type { TextSpan } from '../nlp/mentions.js';
import type { EntityType } from '../vocabulary/entity-types.js';

export interface Entity {
  /** Stable id from type and canonical name: the same thing gets the same key in every build. */
  key: string;
  label: string;
  type: EntityType;
  /** 0..1: the weighted share of its mentions tagged with `type`; absent for concepts. */
  typeConfidence?: number;
  aliases: string[];
  roles: string[];
}

export interface ResolvedMention extends TextSpan {
  entity: string;
  docId: string;
  /** A pronoun or a definite description ("that agreement") standing for the entity. */
  anaphor: boolean;
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'unnamed';
}

export function entityKey(type: EntityType, canonical: string): string {
  return `${type.toLowerCase()}/${slugify(canonical)}`;
}

/** The type of each entity `mentions` name: what a document's anaphora and relations may know of the corpus's entities. */
export function typesOf(mentions: readonly ResolvedMention[], typeOf: (key: string) => EntityType | undefined): Map<string, EntityType> {
  const types = new Map<string, EntityType>();
  for (const { entity } of mentions) {
    const type = typeOf(entity);
    if (type) types.set(entity, type);
  }
  return types;
}
