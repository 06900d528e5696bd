import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES, ploverType } from '../vocabulary/relation-types.js';
import { nounRelations, verbRelations } from './event-lexicon.js';
import { NOUN_RELATIONS, VERB_RELATIONS } from './event-lexicon-data.js';

describe('the event lexicon', () => {
  it('states an assault before criticism for "attack", so an attacked accord is criticised', () => {
    expect(verbRelations('attack')).toEqual(['ATTACKS', 'CRITICIZES']);
  });

  it.each([
    ['invade', '', 'ATTACKS'],
    ['strike', '', 'ATTACKS'],
    ['urge', '', 'REQUESTS'],
    ['call', 'on', 'REQUESTS'],
    ['ask', '', 'REQUESTS'],
    ['invite', '', 'REQUESTS'],
    ['accuse', '', 'ACCUSES'],
    ['sue', '', 'ACCUSES'],
    ['condemn', '', 'CRITICIZES'],
    ['sanction', '', 'SANCTIONS'],
    ['meet', 'with', 'MEETS'],
    ['speak', 'with', 'NEGOTIATES_WITH'],
    ['sign', '', 'SIGNED'],
    ['withdraw', 'from', 'WITHDREW_FROM'],
    ['host', '', 'HOSTS'],
    ['congratulate', '', 'SUPPORTS'],
    ['lead', '', 'LEADS'],
  ] as const)('reads "%s %s" in its usual sense first', (lemma, preposition, type) => {
    expect(verbRelations(lemma, preposition || undefined)[0]).toBe(type);
  });

  it.each([
    ['talk', 'with', 'NEGOTIATES_WITH'],
    ['strike', 'on', 'ATTACKS'],
    ['sanction', 'against', 'SANCTIONS'],
    ['visit', 'to', 'VISITS'],
    ['mediation', 'between', 'MEDIATES'],
    ['invasion', 'of', 'ATTACKS'],
    ['agreement', 'with', 'AGREES_WITH'],
    ['accusation', 'against', 'ACCUSES'],
    ['protest', 'against', 'PROTESTS_AGAINST'],
    ['call', 'with', 'NEGOTIATES_WITH'],
  ] as const)('reads the event noun "%s %s"', (lemma, preposition, type) => {
    expect(nounRelations(lemma, preposition)[0]).toBe(type);
  });

  it('reaches every PLOVER event type through the usual sense of at least one verb', () => {
    const reached = new Set(Object.values(VERB_RELATIONS).map((types) => ploverType(types[0]!)));
    expect(PLOVER_TYPES.filter((type) => !reached.has(type))).toEqual([]);
  });

  it('leaves a verb that states no event of the vocabulary outside it ("acquire", "say")', () => {
    expect(verbRelations('acquire')).toEqual([]);
    expect(verbRelations('say')).toEqual([]);
  });

  it('knows a lemma only by its own entries, never by what every object inherits', () => {
    expect(verbRelations('constructor')).toEqual([]);
    expect(nounRelations('toString')).toEqual([]);
  });

  it('keys on lower-case lemmas and prepositions only, so no entry names an entity', () => {
    const keys = [...Object.keys(VERB_RELATIONS), ...Object.keys(NOUN_RELATIONS)];
    expect(keys.filter((key) => !/^[a-z][a-z-]*( [a-z]+){0,2}$/.test(key))).toEqual([]);
  });
});
