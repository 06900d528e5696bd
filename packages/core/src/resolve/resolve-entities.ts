/**
 * Mentions → entities. One node per real-world thing:
 * - gazetteer hits group by the place they refer to (capitals and demonyms by their country);
 * - an acronym defined anywhere ("… (JCPOA)") joins its long name, in every document;
 * - a lone surname joins the one person of that name in the same document, else in the corpus (not one after a bare "the");
 * - a lone name also written as a gazetteer place elsewhere joins that place;
 * - titles never reach names (they were stripped into roles by nlp).
 * Distinct names never merge on similarity alone, so Iran stays apart from Iraq.
 */
import type { TokenParse } from '../nlp/parse/index.js';
import { loadGazetteer } from '../nlp/gazetteer.js';
import { headWord } from '../nlp/head-word.js';
import { AFFILIATION_ENDING, NATIONAL_INSTITUTION, ORGANIZATION_HEADS, PARTY_HEADS, STOPWORDS, STORM_KINDS } from '../nlp/lexicon.js';
import type { Mention } from '../nlp/mentions.js';
import type { Sentence } from '../nlp/sentences.js';
import type { Corpus } from '../util/corpus.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { findAnaphors, mentionsAnaphoraReads } from './anaphora.js';
import type { CandidateMemo } from './concept-candidates.js';
import { findConcepts } from './concepts.js';
import { entityKey, typesOf, type Entity, type ResolvedMention } from './entity.js';
import { groupBy } from '../util/group-by.js';

export interface AnalyzedDocument {
  id: string;
  /** The document's web address, whose host names its publisher. */
  url?: string | undefined;
  sentences: readonly Sentence[];
  names: readonly Mention[];
  /** Each sentence's syntactic reading, by sentence index (absent where a caller has none). */
  syntax?: readonly TokenParse[];
}

/** What resolution reads of a document once its words are gone: its id and names. */
interface NamedDocument {
  id: string;
  names: readonly Mention[];
}

export interface Resolution {
  entities: Entity[];
  /** Sorted by document order, then position. */
  mentions: ResolvedMention[];
}

interface Group {
  id: string;
  mentions: { mention: Mention; docId: string }[];
  /** Labelled by its longest form even where a short one is written more ("Zenith Party" for bare "Zenith"s). */
  fullLabel?: boolean;
}

// When votes tie, the more specific type wins.
const TYPE_PRIORITY: readonly EntityType[] = ['Country', 'Person', 'Agreement', 'Organization', 'City', 'Region', 'Location', 'Event', 'Concept', 'Other'];

const COUNTRY_SCOPE = '|in|';
const STORM_SCOPE = '|storm';

/** "the Zenithic party" is the "Zenithic Party" the corpus may also write with a capital. */
function partyCase(name: string): string {
  const space = name.lastIndexOf(' ');
  const head = name.slice(space + 1);
  return space > 0 && PARTY_HEADS.has(head) ? `${name.slice(0, space)} ${head[0]!.toUpperCase()}${head.slice(1)}` : name;
}

/** "Tropical Storm Keld" and "Hurricane Keld" are one storm: its own name, else undefined. */
function stormName(name: string): string | undefined {
  const words = name.split(' ');
  if (words.length < 2 || STORM_KINDS.has(words.at(-1)!.toLowerCase()) || !words.slice(0, -1).every((word) => STORM_KINDS.has(word.toLowerCase()))) return undefined;
  return words.at(-1);
}

/**
 * A longer name with each country in it written the one way ("116th U.S.
 * Congress" → "116th United States Congress"), so the ways of writing a name
 * group together; the label is still the form most written.
 */
export function withCountryNames(name: string): string {
  const words = name.split(' ');
  if (words.length < 2) return name;
  const gazetteer = loadGazetteer();
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let end = Math.min(words.length, i + gazetteer.maxTokens);
    let entry;
    for (; end > i; end -= 1) {
      entry = gazetteer.entries.get(words.slice(i, end).join(' '));
      if (entry) break;
    }
    if (entry?.kind === 'country' && end - i < words.length) {
      out.push(entry.canonical);
      i = end;
    } else out.push(words[i++]!);
  }
  return out.join(' ');
}

/**
 * "Puerto Rico Senate", "French Parliament", "Supreme Court of the United
 * States": an institution named with its country (or the country's demonym),
 * as its institution and that country; undefined for any other name.
 */
export function ownedInstitution(name: string): { institution: string; country: string } | undefined {
  const words = name.split(' ');
  const gazetteer = loadGazetteer();
  const countryOf = (phrase: readonly string[]) => {
    const entry = gazetteer.entries.get(phrase.join(' '));
    return entry && (entry.kind === 'country' || entry.kind === 'demonym') ? entry.canonical : undefined;
  };
  for (let cut = 1; cut < words.length && cut <= gazetteer.maxTokens; cut += 1) {
    const country = countryOf(words.slice(0, cut));
    const institution = words.slice(cut).join(' ');
    if (country && NATIONAL_INSTITUTION.test(institution)) return { institution, country };
  }
  // "Supreme Court of the United States"
  for (let of = 1; of < words.length - 1; of += 1) {
    if (words[of] !== 'of') continue;
    const country = countryOf(words.slice(words[of + 1] === 'the' ? of + 2 : of + 1));
    const institution = words.slice(0, of).join(' ');
    if (country && NATIONAL_INSTITUTION.test(institution)) return { institution, country };
  }
  return undefined;
}

/** The country an article names most often (first named wins a tie), and whether it names it at least twice as often as any other. */
function mainCountry(mentions: readonly Mention[]): { country: string; clear: boolean } | undefined {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    // A capital named as the city still says which country its article is about.
    const country = mention.via === 'gazetteer' && mention.type === 'Country' ? mention.canonical : mention.capitalOf;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return undefined;
  return { country: ranked[0]![0], clear: ranked.length === 1 || ranked[0]![1] >= 2 * ranked[1]![1] };
}

/**
 * Institution mentions written right after their country, a demonym or a
 * possessive ("the Iranian | Foreign Ministry", "Chile's | Senate" where the
 * tagger split them), with that country.
 */
function institutionOwners(document: AnalyzedDocument): Map<Mention, string> {
  const owners = new Map<Mention, string>();
  const places = new Map<string, Mention>();
  for (const mention of document.names) {
    if (mention.via === 'gazetteer' && (mention.gazetteerKind === 'country' || mention.gazetteerKind === 'demonym')) places.set(`${mention.sentence}:${mention.tokenEnd}`, mention);
  }
  const sentences = new Map(document.sentences.map((sentence) => [sentence.index, sentence]));
  for (const mention of document.names) {
    if (mention.via === 'gazetteer') continue;
    const tokens = sentences.get(mention.sentence)?.tokens;
    const possessive = tokens?.[mention.tokenStart - 1]?.norm === "'s";
    const owner = places.get(`${mention.sentence}:${mention.tokenStart - (possessive ? 1 : 0)}`);
    if (owner?.canonical) owners.set(mention, owner.canonical);
  }
  return owners;
}

/**
 * Which country's institution a name means in each article: the article's
 * main country where it is clear; where it is not (an article on a US
 * inquiry into Ukraine names both), the country the name belongs to in most
 * articles that are clear, else the article's most named country.
 */
function institutionCountries(documents: readonly NamedDocument[], nameOf: (mention: Mention) => string): (name: string, documentIndex: number) => string | undefined {
  const main = documents.map((document) => mainCountry(document.names));
  const votes = new Map<string, Map<string, number>>();
  documents.forEach((document, index) => {
    const scope = main[index];
    if (!scope?.clear) return;
    for (const mention of document.names) {
      const name = nameOf(mention);
      if (mention.via === 'gazetteer' || !NATIONAL_INSTITUTION.test(name)) continue;
      const forName = votes.get(name) ?? new Map<string, number>();
      forName.set(scope.country, (forName.get(scope.country) ?? 0) + 1);
      votes.set(name, forName);
    }
  });
  return (name, documentIndex) => {
    const scope = main[documentIndex];
    if (!scope || scope.clear) return scope?.country;
    const forName = votes.get(name);
    return forName ? [...forName].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0] : scope.country;
  };
}

/**
 * Gives the anaphors of document `index`, which `find` reads from the document; `own` (its other mentions) and
 * `types` (their entities') are all `find` knows of the rest of the corpus, so a build may answer from its cache
 * under those inputs without reading the document.
 */
export type AnaphorMemo = (index: number, own: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => ResolvedMention[]) => ResolvedMention[];

/** What an earlier build may give of a document instead of its being read again. */
export interface ResolutionMemos {
  anaphors?: AnaphorMemo | undefined;
  candidates?: CandidateMemo | undefined;
}

/**
 * Reads the corpus a document at a time, three times over: once for what resolution needs of each document's
 * words, once for concepts and once for anaphora (but for documents whose concept candidates or anaphors
 * `memos` gives without reading them); everything else works on the names alone.
 */
export function resolveEntities(documents: Corpus<AnalyzedDocument>, memos: ResolutionMemos = {}): Resolution {
  const rememberAnaphors: AnaphorMemo = memos.anaphors ?? ((_index, _own, _types, find) => find());
  const named: NamedDocument[] = [];
  const owners = new Map<Mention, string>();
  const use = modifierUse();
  for (const document of documents) {
    named.push({ id: document.id, names: document.names });
    for (const [mention, country] of institutionOwners(document)) owners.set(mention, country);
    use.read(document);
  }
  const acronyms = collectAcronyms(named);
  const groups = new Map<string, Group>();
  // A function of the mention's text alone, and most texts recur: each is worked out once.
  const nameOfText = new Map<string, string>();
  const nameOf = (mention: Mention): string => {
    let name = nameOfText.get(mention.text);
    if (name === undefined) nameOfText.set(mention.text, (name = withCountryNames(acronyms.get(mention.text) ?? partyCase(mention.text))));
    return name;
  };
  // "Congress" in an article about India is not the Congress of an article about the United States.
  const institutionCountry = institutionCountries(named, nameOf);
  const groupIdOf = (mention: Mention, documentIndex: number): string => {
    if (mention.via === 'gazetteer') return `place|${mention.type}|${mention.canonical}`;
    const name = nameOf(mention);
    const storm = stormName(name);
    if (storm) return `name|${storm}${STORM_SCOPE}`;
    const owned = ownedInstitution(name);
    if (owned) return `name|${owned.institution}${COUNTRY_SCOPE}${owned.country}`;
    const country = NATIONAL_INSTITUTION.test(name) ? (owners.get(mention) ?? institutionCountry(name, documentIndex)) : undefined;
    return country ? `name|${name}${COUNTRY_SCOPE}${country}` : `name|${name}`;
  };
  const addTo = (id: string, mention: Mention, docId: string) => {
    const group = groups.get(id) ?? { id, mentions: [] };
    group.mentions.push({ mention, docId });
    groups.set(id, group);
  };
  named.forEach((document, index) => {
    for (const mention of document.names) addTo(groupIdOf(mention, index), mention, document.id);
  });
  mergeMiddleNames(groups);
  mergeShortenedNames(groups);
  mergeSurnames(groups, use);
  mergeGivenNames(groups);
  mergeModifierNames(groups, use);
  mergeNamesUsedAsPlaces(groups);
  mergeShortChamberNames(groups);
  mergeBodyHeads(groups);

  const entities = new Map<string, Entity>();
  const entityOfGroup = new Map<string, string>();
  const largestGroup = new Map<string, number>();
  for (const group of [...groups.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const entity = describeGroup(group);
    const existing = entities.get(entity.key);
    if (existing) {
      // Groups that differ only in how a name is written ("European union", "European Union") meet here:
      // the label is the largest group's.
      const aliases = new Set([...existing.aliases, ...entity.aliases, existing.label, entity.label]);
      if (group.mentions.length > largestGroup.get(entity.key)!) {
        existing.label = entity.label;
        largestGroup.set(entity.key, group.mentions.length);
      }
      aliases.delete(existing.label);
      existing.aliases = [...aliases].sort();
      existing.roles = [...new Set([...existing.roles, ...entity.roles])].sort();
    } else {
      entities.set(entity.key, entity);
      largestGroup.set(entity.key, group.mentions.length);
    }
    entityOfGroup.set(group.id, entity.key);
  }

  const mentions: ResolvedMention[] = [];
  for (const group of groups.values()) {
    const key = entityOfGroup.get(group.id)!;
    for (const { mention, docId } of group.mentions) mentions.push(toResolved(mention, docId, key));
  }

  const excluded = new Set<string>();
  for (const entity of entities.values()) for (const name of [entity.label, ...entity.aliases]) excluded.add(name.toLowerCase());
  const concepts = findConcepts(documents, excluded, memos.candidates);
  const conceptKey = new Map(concepts.chosen.map((c) => [c.lemma, entityKey('Concept', c.lemma)]));
  for (const choice of concepts.chosen) {
    const key = conceptKey.get(choice.lemma)!;
    entities.set(key, { key, label: choice.label, type: 'Concept', aliases: [], roles: [] });
  }
  const conceptForms = new Map<string, Set<string>>();
  for (const { lemma, form, docId, ...span } of concepts.mentions) {
    const key = conceptKey.get(lemma)!;
    mentions.push({ ...span, entity: key, docId, anaphor: false });
    conceptForms.set(key, (conceptForms.get(key) ?? new Set()).add(form));
  }
  for (const [key, forms] of conceptForms) {
    const entity = entities.get(key)!;
    entity.aliases = [...forms].filter((form) => form !== entity.label).sort();
  }

  const byDocument = groupBy(mentions, (m) => m.docId);
  named.forEach((document, index) => {
    const own = mentionsAnaphoraReads(byDocument.get(document.id) ?? [], (key) => entities.get(key)?.type);
    const types = typesOf(own, (key) => entities.get(key)?.type);
    mentions.push(...rememberAnaphors(index, own, types, () => findAnaphors(documents.at(index)!, own, (entity) => types.get(entity))));
  });
  mentions.sort(compareMentions(named));
  return { entities: [...entities.values()].sort((a, b) => a.key.localeCompare(b.key)), mentions };
}

function toResolved(mention: Mention, docId: string, entity: string): ResolvedMention {
  return {
    entity,
    docId,
    sentence: mention.sentence,
    tokenStart: mention.tokenStart,
    tokenEnd: mention.tokenEnd,
    start: mention.start,
    end: mention.end,
    text: mention.text,
    anaphor: false,
  };
}

function compareMentions(documents: readonly NamedDocument[]) {
  const order = new Map(documents.map((d, i) => [d.id, i]));
  return (a: ResolvedMention, b: ResolvedMention) =>
    order.get(a.docId)! - order.get(b.docId)! || a.sentence - b.sentence || a.tokenStart - b.tokenStart || a.entity.localeCompare(b.entity);
}

function collectAcronyms(documents: readonly NamedDocument[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const document of documents) {
    for (const mention of document.names) {
      if (!mention.definesAcronym) continue;
      const forms = votes.get(mention.definesAcronym) ?? new Map<string, number>();
      forms.set(mention.text, (forms.get(mention.text) ?? 0) + 1);
      votes.set(mention.definesAcronym, forms);
    }
  }
  const table = new Map<string, string>();
  for (const [acronym, forms] of votes) table.set(acronym, [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
  return table;
}

const tokenCount = (text: string) => text.split(' ').length;

function isPersonGroup(group: Group): boolean {
  return group.mentions.some(({ mention }) => mention.type === 'Person');
}

/**
 * A person's name with middle names ("Robert Gabriel Mugabe") joins the same
 * name without them ("Robert Mugabe") where one document writes both: same
 * first and last word, the shorter's words all in the longer, in order.
 */
function mergeMiddleNames(groups: Map<string, Group>): void {
  const people = [...groups.values()].filter((group) => group.id.startsWith('name|') && tokenCount(group.id.slice(5)) >= 2 && isPersonGroup(group));
  const byEnds = groupBy(people, (group) => {
    const words = group.id.slice(5).split(' ');
    return `${words[0]} ${words.at(-1)}`;
  });
  for (const same of byEnds.values()) {
    if (same.length < 2) continue;
    // Shortest first: each longer form joins a shorter one it extends and shares a document with.
    same.sort((a, b) => tokenCount(a.id.slice(5)) - tokenCount(b.id.slice(5)) || a.id.localeCompare(b.id));
    for (let i = same.length - 1; i > 0; i -= 1) {
      const longer = same[i]!;
      const words = longer.id.slice(5).split(' ');
      const shorter = same.slice(0, i).find((candidate) => {
        const inner = candidate.id.slice(5).split(' ');
        let at = 0;
        for (const word of words) if (word === inner[at]) at += 1;
        return at === inner.length && candidate.mentions.some((m) => longer.mentions.some((n) => n.docId === m.docId));
      });
      if (!shorter || !groups.has(shorter.id)) continue;
      shorter.mentions.push(...longer.mentions);
      groups.delete(longer.id);
    }
  }
}

/**
 * A person's name shortened at either end, of two words or more ("Ana Ruiz" or "Ruiz Vidal" for "Ana Ruiz Vidal", as
 * headlines and later mentions write it), joins the full name in the documents that write it, where it shortens
 * exactly one such name there.
 */
function mergeShortenedNames(groups: Map<string, Group>): void {
  const people = [...groups.values()].filter((group) => group.id.startsWith('name|') && tokenCount(group.id.slice(5)) >= 2 && isPersonGroup(group));
  // (Compared without case: "De Blasio" opening a sentence is "de Blasio".)
  const names = new Map(people.map((group) => [group, group.id.slice(5).toLowerCase()]));
  // A longer name begins with the shorter's first word or ends with its last: only those are compared.
  const byFirstWord = groupBy(people, (group) => names.get(group)!.split(' ')[0]!);
  const byLastWord = groupBy(people, (group) => names.get(group)!.split(' ').at(-1)!);
  for (const shorter of people) {
    const name = names.get(shorter)!;
    const words = name.split(' ');
    const longer = new Set([
      ...(byFirstWord.get(words[0]!) ?? []).filter((group) => names.get(group)!.startsWith(`${name} `)),
      ...(byLastWord.get(words.at(-1)!) ?? []).filter((group) => names.get(group)!.endsWith(` ${name}`)),
    ]);
    if (!longer.size) continue;
    reassign(groups, shorter, (item) => {
      const local = [...longer].filter((group) => groups.has(group.id) && group.mentions.some((m) => m.docId === item.docId));
      return local.length === 1 ? local[0] : undefined;
    });
  }
}

/** Moves each mention of `group` to the group `targetOf` gives it, if any; a group left empty is gone. */
function reassign(groups: Map<string, Group>, group: Group, targetOf: (item: Group['mentions'][number]) => Group | undefined): void {
  const keep: Group['mentions'] = [];
  for (const item of group.mentions) {
    const target = targetOf(item);
    if (target) target.mentions.push(item);
    else keep.push(item);
  }
  if (keep.length) group.mentions = keep;
  else groups.delete(group.id);
}

/** How often a group is mentioned in one document. */
const mentionsIn = (group: Group, docId: string): number => group.mentions.filter((m) => m.docId === docId).length;

/** The sentence where a document first names a group. */
const firstSentenceIn = (group: Group, docId: string): number =>
  Math.min(...group.mentions.filter((m) => m.docId === docId).map((m) => m.mention.sentence));

/**
 * A one-word name joins the person whose full name ends with it: the one in
 * the same document, else the only one. Where one document names several
 * (Robert and Grace Mugabe), the surname alone is the person it is about, or it stays apart.
 */
function mergeSurnames(groups: Map<string, Group>, use: ModifierUse): void {
  const peopleByLastWord = new Map<string, Group[]>();
  const index = (word: string, group: Group) => peopleByLastWord.set(word, [...(peopleByLastWord.get(word) ?? []), group]);
  const people: string[][] = [];
  for (const group of groups.values()) {
    // A storm is named by its own name alone once introduced ("Hurricane Keld" … "Keld").
    if (group.id.endsWith(STORM_SCOPE)) index(group.id.slice(5, -STORM_SCOPE.length), group);
    if (!group.id.startsWith('name|') || tokenCount(group.id.slice(5)) < 2 || !isPersonGroup(group)) continue;
    const words = group.id.slice(5).split(' ');
    index(words.at(-1)!, group);
    people.push(words);
  }
  // "Ana Ruiz Vidal" is "Ruiz" alone where no one else ends with "Ruiz": a name of three words may end with two surnames.
  const lastWords = new Set(peopleByLastWord.keys());
  for (const words of people) {
    const paternal = words.at(-2)!;
    if (words.length >= 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(paternal) && !lastWords.has(paternal)) index(paternal, groups.get(`name|${words.join(' ')}`)!);
  }
  for (const group of [...groups.values()]) {
    const text = group.id.slice(5);
    if (!group.id.startsWith('name|') || tokenCount(text) !== 1) continue;
    const candidates = peopleByLastWord.get(text);
    if (!candidates) continue;
    reassign(groups, group, (item) => {
      // No one is called "the Surname" ("the Bible" is not a person named "… Bible"), though "the Surname
      // administration" is theirs.
      if (use.afterArticle(item.mention) && !use.modifies(item.mention)) return undefined;
      const local = candidates.filter((p) => p.mentions.some((m) => m.docId === item.docId));
      return local.length === 1 ? local[0] : local.length === 0 && candidates.length === 1 ? candidates[0] : principal(local, item);
    });
  }
}

/**
 * A one-word name of a person that is the first name of exactly one person its document names in full joins
 * that person there ("Karim" after "Karim bin Haddad", "Mira" after "Mira Solvang"); with two such people
 * ("Walter Brandt" and "Walter Ruiz") it stays apart.
 */
function mergeGivenNames(groups: Map<string, Group>): void {
  const peopleByFirstWord = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const words = group.id.slice(5).split(' ');
    if (group.id.startsWith('name|') && words.length > 1 && isPersonGroup(group)) peopleByFirstWord.set(words[0]!, [...(peopleByFirstWord.get(words[0]!) ?? []), group]);
  }
  for (const group of [...groups.values()]) {
    const text = group.id.slice(5);
    if (!group.id.startsWith('name|') || tokenCount(text) !== 1 || !group.mentions.every(({ mention }) => mention.type === 'Person')) continue;
    const candidates = peopleByFirstWord.get(text);
    if (!candidates) continue;
    reassign(groups, group, (item) => {
      const local = candidates.filter((p) => p.mentions.some((m) => m.docId === item.docId));
      return local.length === 1 ? local[0] : undefined;
    });
  }
}

/** How a mention is used: whether it modifies the word after it ("a Zenith candidate"), whether the parser reads it as an adjective, whether "the" precedes it. */
interface ModifierUse {
  modifies(mention: Mention): boolean;
  isAdjective(mention: Mention): boolean;
  /** Whether "the" comes right before the name ("the Bible"). */
  afterArticle(mention: Mention): boolean;
}

/** A ModifierUse that learns each document's mentions as `read` is given the document, so no document need stay. */
function modifierUse(): ModifierUse & { read(document: AnalyzedDocument): void } {
  const modifying = new Set<Mention>();
  const adjectives = new Set<Mention>();
  const articled = new Set<Mention>();
  return {
    read(document) {
      for (const mention of document.names) {
        const tokens = document.sentences[mention.sentence]?.tokens;
        const next = tokens?.[mention.tokenEnd]?.norm ?? '';
        const previous = tokens?.[mention.tokenStart - 1]?.norm.toLowerCase() ?? '';
        // "Zenith voters", and "Zenith Jane Roe" (a member named after her party); "ran as a Zenithist" names a
        // member by the party's word as well.
        if ((/^\p{Ll}/u.test(next) && !STOPWORDS.has(next)) || /^\p{Lu}/u.test(next) || previous === 'a' || previous === 'an') modifying.add(mention);
        if (document.syntax?.[mention.sentence]?.upos[mention.tokenStart] === 'ADJ') adjectives.add(mention);
        if (previous === 'the') articled.add(mention);
      }
    },
    modifies: (mention) => modifying.has(mention),
    isAdjective: (mention) => adjectives.has(mention),
    afterArticle: (mention) => articled.has(mention),
  };
}

/** The party adjectives a word for party members may come from: "Democrats" → "Democrat", "Democratic"; "Liberals" → "Liberal". */
function memberForms(word: string): string[] {
  const singular = word.endsWith('s') ? word.slice(0, -1) : undefined;
  return [...(singular ? [singular, `${singular}ic`] : []), `${word}ic`];
}

/**
 * A bare one-word name used as a modifier ("the Zenith candidate", "Zenith primaries") is the party the
 * corpus names with it ("Zenith Party") where it names exactly one; a one-word name the text only
 * ever uses as a modifier, which the tagger left untyped or the parser reads as an adjective
 * ("Hallorian penguins"), is no entity at all.
 */
function mergeModifierNames(groups: Map<string, Group>, use: ModifierUse): void {
  const partiesByWord = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const words = group.id.slice(5).split(' ');
    if (group.id.startsWith('name|') && words.length === 2 && PARTY_HEADS.has(words[1]!.toLowerCase())) partiesByWord.set(words[0]!, [...(partiesByWord.get(words[0]!) ?? []), group]);
  }
  for (const group of [...groups.values()]) {
    const text = group.id.slice(5);
    if (!group.id.startsWith('name|') || tokenCount(text) !== 1 || group.mentions.some(({ mention }) => mention.roles?.length)) continue;
    const modifying = group.mentions.filter(({ mention }) => use.modifies(mention)).length;
    // The tagger reads such a bare modifier as a miscellaneous name, not as an organisation ("Zenith", unlike "Brexit").
    const untyped = group.mentions.filter(({ mention }) => mention.type === 'Other').length;
    // The party's adjective is read as a miscellaneous name or an organisation, never a place or a person.
    const partyLike = group.mentions.filter(({ mention }) => mention.type === 'Other' || mention.type === 'Organization').length;
    // "Zenithists", "Zenithist" or "Zenith" for the members of the Zenithic Party: the party, named by its people
    // (a plural, "all Zenithists", may be read as a body).
    const members = memberForms(text).map((form) => partiesByWord.get(form)).find((found) => found !== undefined);
    const plural = text.endsWith('s') && partyLike * 2 > group.mentions.length;
    if (members?.length === 1 && (untyped * 2 > group.mentions.length || plural)) {
      members[0]!.mentions.push(...group.mentions);
      members[0]!.fullLabel = true;
      groups.delete(group.id);
      continue;
    }
    const parties = partiesByWord.get(text);
    if (!AFFILIATION_ENDING.test(text)) continue;
    if (parties?.length === 1 && modifying * 2 >= group.mentions.length && partyLike * 2 > group.mentions.length) {
      parties[0]!.mentions.push(...group.mentions);
      parties[0]!.fullLabel = true;
      groups.delete(group.id);
    } else if (
      modifying === group.mentions.length &&
      (untyped === group.mentions.length ||
        // Reference lists know a settlement or region by its name, however it is used ("the Pellmoor team").
        (group.mentions.some(({ mention }) => use.isAdjective(mention)) &&
          group.mentions.every(({ mention }) => mention.type !== 'City' && mention.type !== 'Region')))
    )
      groups.delete(group.id);
  }
}

/**
 * The person of a surname a document is about: the one it names first, a sentence or more before
 * the others and before the surname alone (news introduces its subject, then the family: "Walter
 * Brandt … his wife Greta Brandt … Brandt said"), else the one it names three times as often.
 */
function principal(local: readonly Group[], item: Group['mentions'][number]): Group | undefined {
  if (local.length < 2) return undefined;
  const byFirst = local.map((group) => ({ group, first: firstSentenceIn(group, item.docId) })).sort((a, b) => a.first - b.first);
  if (byFirst[0]!.first < byFirst[1]!.first && byFirst[0]!.first <= item.mention.sentence) return byFirst[0]!.group;
  const ranked = local.map((group) => ({ group, count: mentionsIn(group, item.docId) })).sort((a, b) => b.count - a.count);
  return ranked[0]!.count >= 3 * ranked[1]!.count ? ranked[0]!.group : undefined;
}

/**
 * A lone name the tagger took for a person or organisation ("the choice of Muscat") joins the place
 * of the same name when the corpus also names that place through the gazetteer. Names that
 * carry a title, or that joined a person's full name above, are never moved.
 */
function mergeNamesUsedAsPlaces(groups: Map<string, Group>): void {
  const placeByText = new Map<string, Group>();
  for (const group of groups.values()) {
    if (group.id.startsWith('place|')) for (const { mention } of group.mentions) placeByText.set(mention.text, group);
  }
  for (const group of [...groups.values()]) {
    if (!group.id.startsWith('name|')) continue;
    const place = placeByText.get(group.id.slice(5));
    if (!place || group.mentions.some(({ mention }) => mention.roles?.length)) continue;
    place.mentions.push(...group.mentions);
    groups.delete(group.id);
  }
}

/**
 * "the House" of a country is its one "House of …" where the corpus names
 * only one for that country (the US House of Representatives), and stays
 * apart where it names several (the Commons and the Lords).
 */
function mergeShortChamberNames(groups: Map<string, Group>): void {
  for (const group of [...groups.values()]) {
    const scope = group.id.indexOf(COUNTRY_SCOPE);
    if (scope < 0 || group.id.slice(0, scope) !== 'name|House') continue;
    const country = group.id.slice(scope);
    const chambers = [...groups.values()].filter((other) => other.id.startsWith('name|House of ') && other.id.endsWith(country));
    if (chambers.length !== 1) continue;
    chambers[0]!.mentions.push(...group.mentions);
    groups.delete(group.id);
  }
}

/**
 * "the Commission" after "the Velt Trade Commission": a one-word name that is an organisation's head noun joins the
 * one organisation its document names with that head; with none or several there it stays apart. Not an
 * institution every country has ("the Senate"), which its country names.
 */
function mergeBodyHeads(groups: Map<string, Group>): void {
  const headOf = (group: Group) => headWord(group.id.slice(5).split(' '));
  const bodies = [...groups.values()].filter(
    (group) => group.id.startsWith('name|') && !group.id.includes(COUNTRY_SCOPE) && !group.id.endsWith(STORM_SCOPE) && tokenCount(group.id.slice(5)) > 1 && ORGANIZATION_HEADS.has(headOf(group)),
  );
  const bodiesByHead = groupBy(bodies, headOf);
  for (const group of [...groups.values()]) {
    const text = group.id.slice(5);
    if (!group.id.startsWith('name|') || tokenCount(text) !== 1 || NATIONAL_INSTITUTION.test(text)) continue;
    const sameKind = bodiesByHead.get(text.toLowerCase());
    if (!sameKind) continue;
    reassign(groups, group, (item) => {
      const local = sameKind.filter((body) => groups.has(body.id) && body.mentions.some((m) => m.docId === item.docId));
      if (local.length !== 1) return undefined;
      // However often "the Commission" is written, the full name labels the body.
      local[0]!.fullLabel = true;
      return local[0];
    });
  }
}

function describeGroup(group: Group): Entity {
  const mentions = typedByGroupNouns(group.mentions);
  const storm = group.id.endsWith(STORM_SCOPE);
  // A name joined by its bare modifiers has the type of its full name.
  const type = storm ? 'Event' : voteType(group.fullLabel ? mentions.filter((m) => tokenCount(m.text) > 1) : mentions);
  const definition = mentions.find((m) => m.definesAcronym);
  let label: string;
  if (group.id.startsWith('place|')) label = group.id.split('|')[2];
  // The defining form, as it is most often written ("European Union", not one article's "European union").
  else if (definition) label = pickLabel(mentions.filter((m) => m.text.toLowerCase() === definition.text.toLowerCase()).map((m) => m.text), false);
  else label = pickLabel(type === 'Person' ? fullestNames(mentions.map((m) => m.text)) : mentions.map((m) => m.text), type === 'Person' || storm || group.fullLabel === true);
  const scope = group.id.indexOf(COUNTRY_SCOPE);
  // An institution is labelled by its full name, then its country: "Senate (Puerto Rico)" for "the Senate" and "Puerto Rico Senate".
  if (scope >= 0) label = `${group.id.slice('name|'.length, scope)} (${group.id.slice(scope + COUNTRY_SCOPE.length)})`;
  const aliases = new Set<string>();
  for (const mention of mentions) if (mention.gazetteerKind !== 'demonym') aliases.add(mention.text);
  // A country is also found by its official name, written or not.
  const official = type === 'Country' && group.id.startsWith('place|') ? loadGazetteer().officialNames.get(label) : undefined;
  if (official) aliases.add(official);
  if (definition?.definesAcronym) aliases.add(definition.definesAcronym);
  aliases.delete(label);
  const roles = new Set(mentions.flatMap((m) => m.roles ?? []));
  return { key: entityKey(type, label), label, type, typeConfidence: typeAgreement(mentions, type), aliases: [...aliases].sort(), roles: [...roles].sort() };
}

/** The share of the mentions whose own tag agrees with the chosen type, weighted as in voting; a close call reads low. */
function typeAgreement(mentions: readonly Mention[], type: EntityType): number {
  let agree = 0;
  let total = 0;
  for (const mention of mentions) {
    const weight = voteWeight(mention);
    total += weight;
    if (mention.type === type) agree += weight;
  }
  return total ? Math.round((agree / total) * 1000) / 1000 : 1;
}

/** A definition ("Long Name (ACR)") says what a name is; the tagger's untyped guess says little. */
const voteWeight = (mention: Mention): number => (mention.definesAcronym ? 3 : mention.type === 'Other' ? 0.5 : 1);

/**
 * A group's noun after a name ("A spokesperson", "A fighters"), its people before it ("members of A") or an
 * apposition calling it a body says what the name is throughout its document: there the mentions the tagger could
 * not type or read as a place are the organisation's too (elsewhere, as "English" in "the English company", they keep
 * their vote).
 */
function typedByGroupNouns(mentions: Group['mentions']): Mention[] {
  const documents = new Set(mentions.filter(({ mention }) => mention.byGroupNoun).map(({ docId }) => docId));
  return mentions.map(({ mention, docId }) => (documents.has(docId) && mention.via === 'name' && (mention.type === 'Other' || mention.type === 'Location') ? { ...mention, type: 'Organization' } : mention));
}

function voteType(mentions: readonly Mention[]): EntityType {
  const place = mentions.find((m) => m.via === 'gazetteer');
  if (place) return place.type;
  if (mentions.some((m) => m.roles?.length)) return 'Person';
  // A full name of a person with its lone surnames (which the tagger may read otherwise: "Bolton", a football club).
  if (mentions.some((m) => m.type === 'Person' && tokenCount(m.text) > 1) && mentions.every((m) => m.type === 'Person' || tokenCount(m.text) === 1)) return 'Person';
  const votes = new Map<EntityType, { weight: number; count: number }>();
  // A place some mention knows for a region ("the breakaway A region", a reference list's) is one wherever else it
  // is read as a mere location: those mentions vote for the region.
  const region = mentions.some((m) => m.type === 'Region');
  for (const mention of mentions) {
    const type = region && mention.type === 'Location' ? 'Region' : mention.type;
    const vote = votes.get(type) ?? { weight: 0, count: 0 };
    vote.weight += voteWeight(mention);
    vote.count += 1;
    votes.set(type, vote);
  }
  // Equal weights go to the type more mentions carry (a name 14 times untyped and 7 times an organisation), then the more specific.
  return [...votes].sort((a, b) => b[1].weight - a[1].weight || b[1].count - a[1].count || TYPE_PRIORITY.indexOf(a[0]) - TYPE_PRIORITY.indexOf(b[0]))[0]![0];
}

/** How many capital letters a form has: of two forms written as often, the one a name is written with ("Zenith Party", not "Zenith party"). */
const capitals = (text: string): number => text.replace(/[^\p{Lu}]/gu, '').length;

/** The most frequent form; for people, a full name first ("Donald Trump" over "Trump", the most written of "Robert Mugabe" and "Robert Gabriel Mugabe"). */
/**
 * A person's names less those of two words or more that another of them extends at either end by words of a name
 * ("van Rell" beside "Ana van Rell"): however often the short form is written, the full one labels the person. Not
 * by capitals, which are more often a name the tagger ran in ("NPR Ana van Rell").
 */
function fullestNames(texts: readonly string[]): string[] {
  const forms = [...new Set(texts)];
  const extendsByName = (other: string, text: string) => {
    const [a, b] = [other.toLowerCase(), text.toLowerCase()];
    const added = a.startsWith(`${b} `) ? other.slice(text.length + 1) : a.endsWith(` ${b}`) ? other.slice(0, other.length - text.length - 1) : undefined;
    return added !== undefined && added.split(' ').every((word) => /^(?:\p{Lu}\p{Ll}+\.?|\p{Lu}\.|\p{Ll}{1,3})$/u.test(word));
  };
  // Worked out once per form, not per mention.
  const shortened = new Set(forms.filter((text) => tokenCount(text) > 1 && forms.some((other) => extendsByName(other, text))));
  return texts.filter((text) => !shortened.has(text));
}

function pickLabel(texts: readonly string[], preferLongest: boolean): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => (preferLongest ? Number(tokenCount(b[0]) > 1) - Number(tokenCount(a[0]) > 1) : 0) || b[1] - a[1] || b[0].length - a[0].length || capitals(b[0]) - capitals(a[0]) || a[0].localeCompare(b[0]))[0][0];
}

