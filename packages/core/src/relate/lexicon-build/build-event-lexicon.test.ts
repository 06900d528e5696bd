import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOUN_RELATIONS, THING_NOUNS, VERB_RELATIONS } from '../event-lexicon-data.js';
import { buildEventLexicon, renderEventLexiconModule, type EventLexiconData } from './build-event-lexicon.js';
import { readCameoDictionary } from './cameo-dictionary.js';
import { readCameoToPlover } from './plover-mapping.js';
import { readWordNet } from './wordnet-derivations.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../../../tests/fixtures/event-lexicon/${name}`, import.meta.url)), 'utf8');

function buildFromSlice(): EventLexiconData {
  return buildEventLexicon({
    dictionary: readCameoDictionary(fixture('CAMEO.2.0.verbs.slice.txt')),
    cameoToPlover: readCameoToPlover(fixture('CAMEO2PLOVER-2021.txt')),
    wordnet: readWordNet({
      indexVerb: fixture('wordnet.index.verb'),
      dataVerb: fixture('wordnet.data.verb'),
      indexNoun: fixture('wordnet.index.noun'),
      dataNoun: fixture('wordnet.data.noun'),
    }),
  });
}

describe('the event lexicon generator', () => {
  const slice = buildFromSlice();

  it('reproduces every committed entry it makes from the fixture slice of its sources', () => {
    expect(Object.keys(slice.verbs).length).toBeGreaterThan(200);
    expect(Object.keys(slice.nouns).length).toBeGreaterThan(100);
    for (const [key, types] of Object.entries(slice.verbs)) expect([key, types]).toEqual([key, VERB_RELATIONS[key]]);
    for (const [key, types] of Object.entries(slice.nouns)) expect([key, types]).toEqual([key, NOUN_RELATIONS[key]]);
  });

  it('reads the usual sense of each verb of the slice from its CAMEO block', () => {
    expect(slice.verbs['attack']).toEqual(['ATTACKS', 'CRITICIZES']);
    expect(slice.verbs['meet with']).toEqual(['MEETS']);
    expect(slice.verbs['host']).toEqual(['HOSTS']);
    expect(slice.verbs['accuse']).toEqual(['ACCUSES']);
    expect(slice.verbs['congratulate']).toEqual(['SUPPORTS']);
    expect(slice.verbs['sign']?.[0]).toBe('SIGNED');
    expect(slice.verbs['withdraw from']).toEqual(['WITHDREW_FROM']);
  });

  it('gives a pattern\'s other sense to the verb it was written for only ("welcome B to C" hosts, "praise B to C" does not)', () => {
    expect(slice.verbs['welcome to']).toEqual(['HOSTS']);
    expect(slice.verbs['praise to']).toBeUndefined();
    expect(slice.verbs['congratulate to']).toBeUndefined();
  });

  it('derives event nouns from the verbs through WordNet, with the prepositions of the other party', () => {
    expect(slice.nouns['invasion of']).toEqual(['ATTACKS']);
    expect(slice.nouns['accusation against']).toEqual(['ACCUSES']);
    expect(slice.nouns['invader of']).toBeUndefined();
  });

  it('lists common nouns that end like an agent noun but name no one, and not those that may name a person', () => {
    expect(slice.thingNouns).toEqual(expect.arrayContaining(['agreement', 'indictment', 'settlement']));
    for (const person of ['attacker', 'invader', 'opponent', 'supporter']) expect(slice.thingNouns).not.toContain(person);
  });

  it('writes the committed data module exactly as it is', () => {
    const committed = readFileSync(fileURLToPath(new URL('../event-lexicon-data.ts', import.meta.url)), 'utf8');
    expect(renderEventLexiconModule({ verbs: VERB_RELATIONS, nouns: NOUN_RELATIONS, thingNouns: THING_NOUNS })).toBe(committed);
  });
});
