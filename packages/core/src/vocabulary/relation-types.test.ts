import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from './entity-types.js';
import { MODALITIES, PLOVER_TYPES, RELATION_BASES, RELATION_TYPE_SPECS, RELATION_TYPES, ploverCode, ploverType, type RelationTypeSpec } from './relation-types.js';

const specs = Object.entries(RELATION_TYPE_SPECS) as [string, RelationTypeSpec][];

describe('the relation vocabulary', () => {
  it('reaches every PLOVER event type through at least one relation type', () => {
    const reached = new Set(RELATION_TYPES.map(ploverType).filter(Boolean));
    expect(PLOVER_TYPES.filter((type) => !reached.has(type))).toEqual([]);
  });

  it('codes only PLOVER types that exist', () => {
    for (const [name, spec] of specs) if (spec.plover) expect(PLOVER_TYPES, name).toContain(spec.plover);
  });

  it('has unique names in UPPER_SNAKE, each with a description', () => {
    expect(new Set(RELATION_TYPES.map((t) => t.toLowerCase())).size).toBe(RELATION_TYPES.length);
    for (const [name, spec] of specs) {
      expect(name).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
      expect(spec.description.length, name).toBeGreaterThan(5);
    }
  });

  it('allows only entity types from the entity vocabulary at either end, and at least one', () => {
    for (const [name, spec] of specs) {
      expect(spec.source.length, name).toBeGreaterThan(0);
      expect(spec.target.length, name).toBeGreaterThan(0);
      for (const type of [...spec.source, ...spec.target]) expect(ENTITY_TYPES, name).toContain(type);
    }
  });

  it('keeps the types the seeds and older graphs use', () => {
    for (const type of ['MEDIATES', 'HOSTS', 'NEGOTIATES_WITH', 'MEETS', 'COOPERATES_WITH', 'SUPPORTS', 'CRITICIZES', 'THREATENS', 'SANCTIONS', 'ATTACKS', 'WITHDREW_FROM', 'SIGNED', 'LEADS', 'MEMBER_OF', 'LOCATED_IN', 'PART_OF', 'STATEMENT_ABOUT', 'RELATED_TO']) {
      expect(RELATION_TYPES).toContain(type);
    }
  });

  it('codes cooperation planned or offered as AGREE and a retreat announced as CONCEDE, as the PLOVER manual does, and all else as its type', () => {
    expect(ploverCode('MEETS', 'planned')).toBe('AGREE');
    expect(ploverCode('AIDS', 'hypothetical')).toBe('AGREE');
    expect(ploverCode('COOPERATES_WITH', 'planned')).toBe('AGREE');
    expect(ploverCode('WITHDREW_FROM', 'planned')).toBe('CONCEDE');
    expect(ploverCode('WITHDREW_FROM', 'asserted', 'withdraw', 'Organization')).toBe('SANCTION');
    expect(ploverCode('WITHDREW_FROM', 'planned', 'leave', 'Agreement')).toBe('SANCTION');
    expect(ploverCode('WITHDREW_FROM', 'planned', 'withdraw', 'Country')).toBe('CONCEDE');
    expect(ploverCode('WITHDREW_FROM', 'asserted', 'withdraw', 'Region')).toBe('RETREAT');
    expect(ploverCode('CONCEDES_TO', 'planned')).toBe('CONCEDE');
    expect(ploverCode('ATTACKS', 'planned')).toBe('ASSAULT');
    expect(ploverCode('AIDS', 'demanded')).toBe('AID');
    expect(ploverCode('AIDS', 'asserted')).toBe('AID');
    expect(ploverCode('LEADS', 'planned')).toBeUndefined();
  });

  it('codes a surrender done as RETREAT, a material act, and one promised as CONCEDE', () => {
    expect(ploverCode('CONCEDES_TO', 'asserted', 'surrender')).toBe('RETREAT');
    expect(ploverCode('CONCEDES_TO', 'planned', 'surrender')).toBe('CONCEDE');
    expect(ploverCode('CONCEDES_TO', 'asserted', 'pardon')).toBe('CONCEDE');
  });

  it('codes an agreement signed, reached or ratified as SUPPORT and one promised or agreed to as AGREE, as the PLOVER manual does', () => {
    expect(ploverCode('AGREES_WITH', 'asserted', 'treaty')).toBe('SUPPORT');
    expect(ploverCode('AGREES_WITH', 'reported', 'deal')).toBe('SUPPORT');
    expect(ploverCode('SIGNED', 'asserted', 'sign')).toBe('SUPPORT');
    expect(ploverCode('AGREES_WITH', 'planned', 'treaty')).toBe('AGREE');
    expect(ploverCode('SIGNED', 'planned', 'sign')).toBe('AGREE');
    expect(ploverCode('AGREES_WITH', 'asserted', 'agree')).toBe('AGREE');
    expect(ploverCode('AGREES_WITH', 'asserted')).toBe('AGREE');
  });

  it('gives co-occurrence and standing relations no PLOVER type', () => {
    expect(ploverType('RELATED_TO')).toBeUndefined();
    expect(ploverType('LOCATED_IN')).toBeUndefined();
    expect(ploverType('ATTACKS')).toBe('ASSAULT');
  });

  it('lists modalities and bases as distinct values, asserted and syntax first', () => {
    expect(MODALITIES[0]).toBe('asserted');
    expect(new Set(MODALITIES).size).toBe(MODALITIES.length);
    expect(RELATION_BASES).toEqual(['syntax', 'pattern', 'cooccurrence']);
  });
});
