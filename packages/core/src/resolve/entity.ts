/**
 * What resolve produces: one Entity per real-world thing, and every mention
 * pointing at its entity.
 */
import type { EntityType } from '../vocabulary/entity-types.js';

export interface Entity {
  /** Stable id from type and canonical name: the same thing gets the same key in every build. */
  key: string;
  label: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
}

export interface ResolvedMention {
  entity: string;
  docId: string;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
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
