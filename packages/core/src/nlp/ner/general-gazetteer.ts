/**
 * The general gazetteer, built from the `world-countries` data package:
 * country names (common, official, name-like alternative spellings),
 * capitals, demonyms and UN regions. No hand-written names.
 */
import { createRequire } from 'node:module';
import { Gazetteer, GazetteerBit, phraseTokens } from './gazetteer.js';
import type { TokenAttributeCache } from './token-form.js';

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: Record<string, { f?: string; m?: string }>;
  region?: string;
  subregion?: string;
}

const require = createRequire(import.meta.url);

export function buildGeneralGazetteer(cache: TokenAttributeCache): Gazetteer {
  const countries = require('world-countries') as WorldCountry[];
  const gazetteer = new Gazetteer();
  const add = (name: string | undefined, bit: number): void => {
    if (name) gazetteer.add(phraseTokens(name), bit, cache);
  };
  for (const country of countries) {
    add(country.name.common, GazetteerBit.Country);
    add(country.name.official, GazetteerBit.Country);
    // Codes such as "AW" are left out: only spellings that read as names.
    for (const spelling of country.altSpellings ?? []) if (/[a-z]/.test(spelling)) add(spelling, GazetteerBit.Country);
    for (const capital of country.capital ?? []) add(capital, GazetteerBit.Capital);
    const english = country.demonyms?.eng;
    add(english?.m, GazetteerBit.Demonym);
    add(english?.f, GazetteerBit.Demonym);
    add(country.region, GazetteerBit.Region);
    add(country.subregion, GazetteerBit.Region);
  }
  return gazetteer;
}
