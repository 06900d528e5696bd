/**
 * Place names from the `world-countries` data package (ODbL): countries with
 * their official and alternative names, capitals, demonyms, and the world's
 * regions and subregions; and other names of countries from WordNet's
 * synonym sets ("Britain", "Holland"; models/country-aliases.json, written by
 * scripts/country-aliases.ts). Nothing here is typed by hand.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import type { EntityType } from '../vocabulary/entity-types.js';

export type GazetteerKind = 'country' | 'capital' | 'demonym' | 'region';

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** Canonical name of the thing the phrase refers to (for capitals and demonyms: their country). */
  canonical: string;
  type: EntityType;
  /** For capitals: the city's own name. */
  city?: string;
}

export interface Gazetteer {
  /** Phrase (tokens' normalised text joined by single spaces) → entry. */
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  /** Longest phrase, in tokens. */
  readonly maxTokens: number;
  /** First word of each phrase → the most tokens a phrase starting with it has. */
  readonly longestByFirstWord: ReadonlyMap<string, number>;
  /** Canonical country name → its official name ("Iran" → "Islamic Republic of Iran"). */
  readonly officialNames: ReadonlyMap<string, string>;
}

const STOP_IN_INITIALISM = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le']);

/** "United States" → ["US", "U.S."]: how news writes multi-word country names in short. */
export function initialisms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !STOP_IN_INITIALISM.has(w.toLowerCase()));
  if (words.length < 2 || words.some((w) => !/^\p{Lu}\p{Ll}{2,}$/u.test(w))) return [];
  const letters = words.map((w) => w[0]);
  return [letters.join(''), `${letters.join('.')}.`];
}

/** Tokenised lookup key, so "U.S." and "United States" match the way tokens are joined. */
export function phraseKey(phrase: string): string {
  return phrase
    .replace(/[\u2019']s\b/g, " 's")
    .replace(/([,()])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

// Short all-capital codes (IT, NO, AS, IN) are ordinary words in headlines; only initialisms of names are kept.
const ENGLISH_TWO_LETTER_WORDS = new Set('AM AN AS AT BE BY DO GO HE IF IM IN IS IT ME MY NO OF ON OR SO TO UP WE'.split(' '));

function usableAlternative(alt: string, initialismsOfNames: ReadonlySet<string>): boolean {
  if (/[,;]/.test(alt) || ENGLISH_TWO_LETTER_WORDS.has(alt)) return false;
  if (/^\p{Lu}{2,4}$/u.test(alt)) return initialismsOfNames.has(alt);
  return /^\p{Lu}/u.test(alt) && alt.length >= 4;
}

type CountryRecord = Country;

const STATE_FORM = /^(?:the )?(?:(?:Federal |Islamic |United |Democratic |Socialist |People's )*Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Union) of (?:the )?(.+)$/i;

/**
 * The short name inside a listed "Republic of X" ("Republic of Turkey" →
 * Turkey), where the data's common name is another form ("Türkiye"); none
 * when another country's name holds it too ("Republic of the Congo").
 */
function shortFormOf(name: string, country: CountryRecord, records: readonly CountryRecord[]): string | undefined {
  const short = STATE_FORM.exec(name)?.[1];
  if (!short || short === country.name.common || !/^\p{Lu}/u.test(short)) return undefined;
  const word = new RegExp(`\\b${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  const shared = records.some((other) => other !== country && (word.test(other.name.common) || word.test(other.name.official)));
  return shared ? undefined : short;
}

// Where several places share a capital name or a demonym ("American"), the sovereign, larger one wins.
function bySovereigntyThenArea(a: CountryRecord, b: CountryRecord): number {
  return Number(b.independent ?? false) - Number(a.independent ?? false) || (b.area ?? 0) - (a.area ?? 0) || a.name.common.localeCompare(b.name.common);
}

/** Where the shipped country aliases live: three folders up from src/nlp or dist/nlp. */
export const COUNTRY_ALIASES_PATH = fileURLToPath(new URL('../../models/country-aliases.json', import.meta.url));

/** Other names of countries and other words for their people ("Swede"), each → the country's common name. */
interface CountryAliases {
  aliases: Record<string, string>;
  demonyms: Record<string, string>;
}

function countryAliases(): CountryAliases {
  return JSON.parse(readFileSync(COUNTRY_ALIASES_PATH, 'utf8')) as CountryAliases;
}

let cached: Gazetteer | undefined;

/** The gazetteer (built once); `withAliases: false` leaves out the WordNet aliases (for the script that derives them). */
export function loadGazetteer(options: { withAliases?: boolean } = {}): Gazetteer {
  const withAliases = options.withAliases ?? true;
  if (cached && withAliases) return cached;
  const entries = new Map<string, GazetteerEntry>();
  const officialNames = new Map<string, string>();
  // First writer wins: countries before capitals before demonyms, so "Djibouti" (country and capital) stays a country.
  const add = (phrase: string, entry: GazetteerEntry) => {
    const key = phraseKey(phrase);
    if (key && !entries.has(key)) entries.set(key, entry);
  };
  // A word for a country's people, and its plural ("Swede", "Swedes"; not "Swedishs").
  const addDemonym = (demonym: string, canonical: string) => {
    add(demonym, { kind: 'demonym', canonical, type: 'Country' });
    if (!demonym.endsWith('s') && !/(ese|ish|ch|sh)$/.test(demonym)) add(`${demonym}s`, { kind: 'demonym', canonical, type: 'Country' });
  };
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];
  const records = [...countries].sort(bySovereigntyThenArea);
  for (const country of records) {
    const canonical = country.name.common;
    // Initialisms of the common name (UAE), two-letter ones (US, UK) and the official name's (USA) only where the data lists them.
    const ofCommon = initialisms(canonical).filter((i) => i.replace(/\./g, '').length > 2 || country.altSpellings.includes(i.replace(/\./g, '')));
    const ofOfficial = initialisms(country.name.official).filter((i) => country.altSpellings.includes(i.replace(/\./g, '')));
    const generated = new Set([...ofCommon, ...ofOfficial]);
    const aliases = new Set<string>([country.name.official, ...[...generated].filter((i) => usableAlternative(i.replace(/\./g, ''), generated) || i.includes('.'))]);
    for (const alt of country.altSpellings) if (usableAlternative(alt, generated)) aliases.add(alt);
    for (const name of [country.name.official, ...country.altSpellings]) {
      const short = shortFormOf(name, country, records);
      if (short) aliases.add(short);
    }
    aliases.delete(canonical);
    if (country.name.official !== canonical) officialNames.set(canonical, country.name.official);
    add(canonical, { kind: 'country', canonical, type: 'Country' });
    for (const alias of aliases) add(alias, { kind: 'country', canonical, type: 'Country' });
  }
  const extra = withAliases ? countryAliases() : { aliases: {}, demonyms: {} };
  for (const [alias, canonical] of Object.entries(extra.aliases)) add(alias, { kind: 'country', canonical, type: 'Country' });
  for (const country of records) {
    for (const capital of country.capital ?? []) {
      // "Washington D.C." is written "Washington" when it stands for the government.
      const short = capital.replace(/,?\s+D\.?\s?C\.?$/, '');
      for (const name of new Set([capital, short])) add(name, { kind: 'capital', canonical: country.name.common, type: 'Country', city: capital });
    }
  }
  for (const country of records) {
    const demonyms = country.demonyms?.eng;
    // A country of two parts has two words for its people: "Bosnian, Herzegovinian".
    const words = [demonyms?.m, demonyms?.f].flatMap((d) => d?.split(', ') ?? []);
    for (const demonym of new Set(words)) addDemonym(demonym, country.name.common);
  }
  for (const [demonym, canonical] of Object.entries(extra.demonyms)) addDemonym(demonym, canonical);
  // The adjective a state's own name is made of is its demonym too: "Kyrgyz Republic", "Hellenic Republic".
  for (const country of records) {
    for (const name of [country.name.official, ...country.altSpellings]) {
      const adjective = /^(\p{Lu}\p{Ll}+) (?:Republic|Federation|Confederation)$/u.exec(name)?.[1];
      if (adjective) add(adjective, { kind: 'demonym', canonical: country.name.common, type: 'Country' });
    }
  }
  for (const country of records) {
    for (const region of [country.region, country.subregion]) {
      if (region) add(region, { kind: 'region', canonical: region, type: 'Region' });
    }
  }
  let maxTokens = 1;
  const longestByFirstWord = new Map<string, number>();
  for (const key of entries.keys()) {
    const words = key.split(' ');
    maxTokens = Math.max(maxTokens, words.length);
    longestByFirstWord.set(words[0], Math.max(longestByFirstWord.get(words[0]) ?? 0, words.length));
  }
  const gazetteer = { entries, maxTokens, longestByFirstWord, officialNames };
  if (withAliases) cached = gazetteer;
  return gazetteer;
}

/** Longest gazetteer phrase starting at token `i`, as [end (exclusive), entry]. */
export function matchGazetteerAt(
  gazetteer: Gazetteer,
  norms: readonly string[],
  i: number,
): [number, GazetteerEntry] | undefined {
  const longest = gazetteer.longestByFirstWord.get(norms[i]);
  if (longest === undefined || !/^\p{Lu}/u.test(norms[i])) return undefined;
  for (let end = Math.min(norms.length, i + longest); end > i; end -= 1) {
    const entry = gazetteer.entries.get(norms.slice(i, end).join(' '));
    if (entry) return [end, entry];
  }
  return undefined;
}
