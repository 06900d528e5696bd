/**
 * Sentences → mentions: the places where a text names a thing. Names come
 * from the NER model (spans with a coarse type), the gazetteer, acronym
 * definitions and titles (concepts are chosen later, in resolve). Types here
 * are first guesses that resolve may refine.
 */
import type { EntityType } from '../vocabulary/entity-types.js';
import { loadGazetteer, matchGazetteerAt, type Gazetteer, type GazetteerEntry, type GazetteerKind } from './gazetteer.js';
import { headWord } from './head-word.js';
import {
  AGREEMENT_HEADS,
  AWARD_HEADS,
  CALENDAR_NAMES,
  REMIT_HEADS,
  LAW_HEADS,
  CHURCH_DEDICATION_WORDS,
  COMPASS_WORDS,
  DAY_HEADS,
  DENOMINATION_WORDS,
  ENGLISH_PREFIXES,
  EVENT_HEADS,
  EVENT_OPENERS,
  FACILITY_HEADS,
  FORMER_MARKERS,
  GEOGRAPHIC_HEADS,
  ARMED_GROUP_NOUNS,
  BODY_ENVOY_NOUNS,
  BODY_FORCE_NOUNS,
  BODY_NOUNS,
  GROUP_NOUNS,
  ORGANISATION_GROUP_NOUNS,
  LOCAL_TITLES,
  HYPHENED_PARTICLES,
  NAME_PARTICLES,
  NATIONAL_INSTITUTION,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  PARTY_HEADS,
  REGION_HEADS,
  REGION_NOUNS,
  AFFILIATION_ENDING,
  CITY_PART_NOUNS,
  SITED_PARTICIPLES,
  isAffiliationWord,
  LEGISLATOR_TITLES,
  KIND_NOUNS,
  MEMBER_NOUNS,
  MEMBERSHIP_NOUNS,
  VESSEL_NOUNS,
  PERSON_TITLES,
  PORTFOLIOS,
  SETTLEMENT_HEADS,
  STOPWORDS,
  STORM_KINDS,
} from './lexicon.js';
import type { Sentence } from './sentences.js';
import { loadNerModel } from './ner/index.js';
import { splitAtPlace } from './ner/span-rules.js';
import { loadVerbDictionary } from './parse/load.js';
import type { Token } from './tokens.js';
import { loadWordCase, readInSentenceCase, type CaseReader } from './sentence-case.js';

export type NameLabel = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** Capitalised function words that open a title-case phrase, never a person's name. */
const PREPOSITIONS_AND_ARTICLES: ReadonlySet<string> = new Set(['In', 'On', 'At', 'Of', 'For', 'From', 'With', 'To', 'By', 'The', 'A', 'An']);
/** Prepositions after which a country's name is the country, whatever the tagger says ("officials in B"). */
const COUNTRY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'inside', 'from', 'to', 'across', 'throughout', 'within']);

/** A span of tokens (end exclusive) that a tagger believes is a name. */
export interface NameSpan {
  start: number;
  end: number;
  type?: NameLabel;
}

/** Finds name spans in each sentence of one document (a document, so that casing elsewhere can help). */
export type NameTagger = (sentences: readonly (readonly Token[])[]) => NameSpan[][];

/** The shipped statistical NER model as a NameTagger. */
export function nerTagger(): NameTagger {
  const model = loadNerModel();
  return (sentences) => model.spansDocument(sentences.map((tokens) => tokens.map((t) => t.norm)));
}

/** Where a mention stands: its sentence, its tokens and its characters in the document. */
export interface TextSpan {
  sentence: number;
  /** Token range in the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Character range in the document. */
  start: number;
  end: number;
  /** Surface text, typography folded. */
  text: string;
}

export interface Mention extends TextSpan {
  type: EntityType;
  via: 'gazetteer' | 'name';
  /** For gazetteer hits: the canonical name of what it refers to. */
  canonical?: string;
  gazetteerKind?: GazetteerKind;
  /** Titles stripped from before a person's name ("former president"). */
  roles?: string[];
  /** For a capital named as the city ("the mayor of A"), not as its country: that country. */
  capitalOf?: string;
  /** The acronym this long name defines, from "Long Name (ACR)". */
  definesAcronym?: string;
  /** Typed an organisation by the group's noun after it ("A spokesperson", "A fighters"), where the tagger could not type it. */
  byGroupNoun?: true;
  /** In a heading whose names count only where confirmed (isDoubtfulHeading). */
  inDoubtfulHeading: boolean;
}

export interface MentionContext {
  gazetteer: Gazetteer;
  tagger: NameTagger;
  /** Words a general lexicon knows only as adjectives or adverbs ("late", "great"). */
  isModifierOnly?: (word: string) => boolean;
  /** Words the training text or a general lexicon knows in lower case ("recently", not "Kelly"). */
  isCommonWord?: (word: string) => boolean;
  /** What reference lists say a place name is: a settlement, a region, or nothing clear. */
  placeKind?: PlaceKindOf;
  /** Words news text writes in lower case: a headline in title case is read in sentence case by them (sentence-case.ts). */
  wordCase?: CaseReader;
}

/** A place name's kind from reference lists: 'City' (a settlement), 'Region', or undefined when they say nothing clear. */
export type PlaceKindOf = (words: readonly string[]) => 'City' | 'Region' | undefined;

export function defaultMentionContext(): MentionContext {
  const model = loadNerModel();
  return {
    gazetteer: loadGazetteer(),
    tagger: nerTagger(),
    isModifierOnly: (word) => model.isModifierOnly(word),
    isCommonWord: (word) => model.isCommonWord(word),
    placeKind: (words) => model.placeKind(words),
    wordCase: loadWordCase(),
  };
}

/**
 * Whether a word in "-ly" is an adverb: made from an adjective by its ending, or from a word a lexicon knows in
 * lower case ("sleepily": sleepy, "wisely": wise), or known itself; without a lexicon, every such word.
 */
function isAdverbOfCommonWord(word: string, isCommon: ((word: string) => boolean) | undefined): boolean {
  // Endings of adjectives that only adverbs add "-ly" to ("incidentally", "artfully", "miraculously").
  if (!isCommon || /(?:al|ful|ous|ive|ing|ed|ab|ib|ent|ant|ic|less|ar|ish)ly$/.test(word)) return true;
  const stems = [word, word.slice(0, -2), `${word.slice(0, -3)}y`, `${word.slice(0, -1)}e`, `${word.slice(0, -2)}e`];
  return stems.some((stem) => stem.length > 2 && isCommon(stem));
}

/** All name mentions of one document, headings included (see keepConfirmedHeadingNames). */
export function findNameMentions(sentences: readonly Sentence[], context: MentionContext): Mention[] {
  const wordCase = context.wordCase;
  const read = wordCase ? sentences.map((sentence) => readInSentenceCase(sentence, wordCase)) : sentences;
  const spans = context.tagger(read.map((s) => s.tokens));
  // A name of a headline read in sentence case is quoted as the headline writes it.
  const asWritten = (mentions: Mention[], i: number) =>
    read[i] === sentences[i] ? mentions : mentions.map((m) => ({ ...m, text: spanText(sentences[i]!.tokens, m.tokenStart, m.tokenEnd) }));
  const bySentence = read.map((sentence, i) => asWritten(mentionsInSentence(sentence, spans[i] ?? [], context, sentence !== sentences[i]), i));
  // The surnames of the people the document names in full, for pairs such as "the Tessel-Valdoria call".
  const surnames = new Set(bySentence.flat().filter((m) => m.type === 'Person' && m.tokenEnd - m.tokenStart > 1).map((m) => m.text.split(' ').pop()!));
  return sentences.flatMap((sentence, i) => splitNamePairs(bySentence[i]!, sentence, context.gazetteer, surnames));
}

/**
 * Which tokens of each sentence surely lie in a name: a place from the gazetteer (a country, a capital, a
 * region). Not a nationality's adjective ("Valdorian"), and not the names the tagger found: a one-word one may be
 * an adjective all the same ("Kessel voters", which resolution asks the parser about), and forcing the words of
 * longer ones read fewer relations on the development articles than leaving them to the tagger. With `every`, the
 * tokens of every name found.
 */
export function nameTokens(sentences: readonly Sentence[], mentions: readonly Mention[], every = false): boolean[][] {
  const inName = sentences.map((s) => new Array<boolean>(s.tokens.length).fill(false));
  for (const m of mentions) {
    if (!every && (m.via !== 'gazetteer' || m.gazetteerKind === 'demonym')) continue;
    for (let t = m.tokenStart; t < m.tokenEnd; t += 1) inName[m.sentence]![t] = true;
  }
  return inName;
}

/**
 * Whether a sentence is a heading whose names count only where confirmed (keepConfirmedHeadingNames): a heading inside
 * the text (a section's, a fragment's), or a headline in title case or capitals, where every word looks like a name
 * (its words of four letters or more nearly all capitalised; short ones may not be: "Quiet Role in B Diplomacy"). A
 * document's headline in sentence case ("A rejects invitation to join B") marks its names as body text does.
 */
export function isDoubtfulHeading(sentence: Pick<Sentence, 'index' | 'isHeading' | 'tokens'>): boolean {
  if (!sentence.isHeading) return false;
  if (sentence.index > 0) return true;
  const long = sentence.tokens.filter((token) => /^\p{L}{4}/u.test(token.norm));
  return long.filter((token) => /^\p{Lu}/u.test(token.norm)).length >= 0.8 * long.length;
}

/** A name of a doubtful heading counts only when it is a place from the gazetteer or was also found in body text. */
export function keepConfirmedHeadingNames(documents: readonly (readonly Mention[])[]): Mention[][] {
  const bodyNames = new Set<string>();
  for (const mentions of documents) for (const m of mentions) if (!m.inDoubtfulHeading) bodyNames.add(m.text);
  return documents.map((mentions) => mentions.filter((m) => !m.inDoubtfulHeading || m.via === 'gazetteer' || bodyNames.has(m.text)));
}

/**
 * Whether the words around tokens start…end say they name a city: "mayor of (the) A", "A mayor", "A's mayor", "the
 * town of A", "a suburb of A".
 */
function isNamedAsCity(norms: readonly string[], start: number, end: number, countryAt: (at: number) => string | undefined, country: string | undefined): boolean {
  const before = norms[start - 1] === 'the' ? start - 2 : start - 1;
  const noun = norms[before - 1]?.toLowerCase() ?? '';
  if (norms[before] === 'of' && (LOCAL_TITLES.has(noun) || SETTLEMENT_HEADS.has(noun) || CITY_PART_NOUNS.has(noun))) return true;
  // "in A, B" names the city by where it lies, its own country or a region ("Lima, Chile" lists two countries);
  // "the B capital A" and "A, the B capital" by what it is.
  const container = norms[end] === ',' ? countryAt(end + 1) : undefined;
  if (container !== undefined && (container === '' || container === country)) return true;
  if (norms[start - 1]?.toLowerCase() === 'capital') return true;
  // "the Kessel Hall in A", "is based in A": what is said to be in the capital is in the city.
  if (norms[start - 1] === 'in' && ((/^\p{Lu}/u.test(norms[start - 2] ?? '') && start - 2 > 0) || SITED_PARTICIPLES.has(norms[start - 2]?.toLowerCase() ?? ''))) return true;
  if (norms[end] === ',') {
    const article = norms[end + 1]?.toLowerCase() === 'the' ? end + 2 : end + 1;
    if ([article, article + 1].some((t) => norms[t]?.toLowerCase() === 'capital')) return true;
  }
  const after = norms[end] === "'s" || norms[end] === '’s' ? end + 1 : end;
  return LOCAL_TITLES.has(norms[after]?.toLowerCase() ?? '');
}

/** `inTitleCase`: the sentence is a headline in title case, read in sentence case. */
function mentionsInSentence(sentence: Sentence, taggedSpans: readonly NameSpan[], context: MentionContext, inTitleCase = false): Mention[] {
  const tokens = sentence.tokens;
  const norms = tokens.map((t) => t.norm);
  // An adjective by the lexicon, or by its ending where the word is no place ("Regional", "Federal"; not "Nepal").
  const isAdjective = (word: string) => context.isModifierOnly?.(word) === true || (ADJECTIVE_ENDING.test(word) && !context.gazetteer.entries.has(word));
  const isPlace = (start: number, end: number) => matchGazetteerAt(context.gazetteer, norms, start) !== undefined || context.placeKind?.(norms.slice(start, end)) !== undefined;
  const isWholePlace = (start: number, end: number) => matchGazetteerAt(context.gazetteer, norms, start)?.[0] === end || context.placeKind?.(norms.slice(start, end)) !== undefined;
  const isNoName = (word: string) => isAdjective(word) || context.gazetteer.entries.has(word) || context.isCommonWord?.(word.toLowerCase()) === true;
  // (A word news writes in lower case opens a sentence with a capital of the sentence's.)
  const isWordOpening = (word: string) => isNoName(word) || context.wordCase?.isLowerCase(word) === true;
  const found = [...taggedSpans, ...missedBodySpans(norms, taggedSpans, isNoName, inTitleCase), ...(sentence.isHeading ? [] : openingActorSpans(norms, taggedSpans, isWordOpening))];
  const isDemonym = (start: number, end: number) => {
    const hit = matchGazetteerAt(context.gazetteer, norms, start);
    return hit?.[0] === end && hit[1].kind === 'demonym';
  };
  const sorted = withRemitsOfOrganisations(withDemonymsOfOrganisations(found.sort((a, b) => a.start - b.start), norms, isDemonym), norms, isWholePlace);
  const spans = refineSpans(splitAtPlace(norms, withPrizeFields(sorted, norms, isPlace), isWholePlace), norms, isAdjective);
  const mentions: Mention[] = [];
  const doubtfulHeading = isDoubtfulHeading(sentence);
  const make = (start: number, end: number, fields: Omit<Mention, 'sentence' | 'tokenStart' | 'tokenEnd' | 'start' | 'end' | 'text' | 'inDoubtfulHeading'>): Mention => {
    const text = spanText(tokens, start, end);
    // A capital stands for its country ("Tehran said"), except as the city a mayor or governor runs ("the mayor of
    // A", "A's mayor") or a city named as one ("the town of A", "A, B", "the capital A").
    // The country a gazetteer place at a token is or lies in ('' for a region), if one is there.
    const countryAt = (at: number) => {
      const entry = matchGazetteerAt(context.gazetteer, norms, at)?.[1];
      if (entry) return entry.kind === 'region' ? '' : entry.canonical;
      // A region the reference lists know ("Texas", "New South Wales").
      return [3, 2, 1].some((n) => at + n <= norms.length && context.placeKind?.(norms.slice(at, at + n)) === 'Region') ? '' : undefined;
    };
    const city = fields.gazetteerKind === 'capital' && isNamedAsCity(norms, start, end, countryAt, fields.canonical);
    return {
      sentence: sentence.index,
      tokenStart: start,
      tokenEnd: end,
      start: tokens[start].start,
      end: tokens[end - 1].end,
      text,
      inDoubtfulHeading: doubtfulHeading,
      ...fields,
      ...(city ? { type: 'City' as const, canonical: text, gazetteerKind: undefined, capitalOf: fields.canonical } : {}),
    };
  };
  const tagged = new Uint8Array(tokens.length);
  for (const span of spans) tagged.fill(1, span.start, span.end);
  let covered = 0;
  for (const [index, found] of spans.entries()) {
    // A name never runs across a comma; keep the part before it.
    const comma = norms.indexOf(',', found.start);
    const span = comma >= 0 && comma < found.end ? { ...found, end: comma } : { ...found };
    // "Johnnie hadn't", "Don't": a negated auxiliary's contraction is never part of a name; nor does a name end in a
    // lower-case word ("the Association is a …", "Witch Hunt garbage", "Dean of"), save a head written so ("the
    // Democratic party", "Cook county").
    // What the tagger labelled was the longer span: the rest is typed afresh ("Basel art" labelled an organisation).
    const lowerCase = (word: string) => span.end - span.start > 1 && /^\p{Ll}+$/u.test(word) && !isLowerCaseHead(word);
    let trimmed = false;
    while (span.end > span.start && (NEGATED_CONTRACTION.test(norms[span.end - 1]!) || lowerCase(norms[span.end - 1]!))) {
      trimmed = true;
      if (lowerCase(norms[span.end - 1]!)) delete span.type;
      span.end -= 1;
    }
    if (span.end <= span.start) continue;
    // A common word left alone at the sentence's start (or a quotation's) was no name at all ("Thank you", "Do you",
    // "“Come on”").
    const opensSentence = norms.slice(0, span.start).every((w) => !hasLetterOrDigit(w));
    if (trimmed && opensSentence && span.end - span.start === 1 && context.isCommonWord?.(norms[span.start]!.toLowerCase())) continue;
    // "Hurricane" + "Keld", "Tropical Storm" + "Keld": a storm is named with its strength.
    while (span.start > 0 && STORM_KINDS.has(norms[span.start - 1].toLowerCase()) && /^\p{Lu}/u.test(norms[span.start - 1])) span.start -= 1;
    if (STORM_KINDS.has(norms[span.end - 1].toLowerCase()) && spans[index + 1]?.start === span.end) span.end = spans[index + 1]!.end;
    extendOverDashes(span, tokens, norms, tagged, context.gazetteer);
    if (span.end - span.start === 1 && (NOT_NAMES.has(norms[span.start]) || isPronounContraction(norms[span.start]))) continue;
    // A capitalised head noun right after the span belongs to the name: "Paris" + "Agreement".
    const taggedEnd = span.end;
    while (span.end < norms.length && /^\p{Lu}/u.test(norms[span.end]) && isNameHead(norms[span.end].toLowerCase())) span.end += 1;
    // "the Zenithic party": a party's adjective with "party" in lower case is the party's name.
    if (span.end - span.start === 1 && PARTY_HEADS.has(norms[span.end] ?? '') && AFFILIATION_ENDING.test(norms[span.start])) span.end += 1;
    // …and so does its complement, when the tagger found that as a name of its own: "United States" +
    // "Department" + "of Justice".
    const next = spans[index + 1];
    if (span.end > taggedEnd && norms[span.end] === 'of' && next?.start === span.end + 1) span.end = next.end;
    // The tagger's next span may be the head just taken in ("Chilean" + "Senate"): one name, not two.
    if (span.start < covered) continue;
    covered = span.end;
    // "Connecticut Governor" right before "Ned Lamont", "Zenith Party Vice" before "Chairman": the title belongs to
    // the person, not to the place or the body.
    const titleFollows = /^\p{Lu}/u.test(norms[span.end] ?? '') && PERSON_TITLES.has(norms[span.end]!.toLowerCase());
    if (((next?.type === 'PER' && next.start === span.end) || titleFollows) && span.type !== 'PER') {
      while (span.end > span.start + 1 && PERSON_TITLES.has(norms[span.end - 1].toLowerCase())) span.end -= 1;
    }
    // "Board Member", "Committee Chairman": a body's generic word and the title after it name no one ("Supreme
    // Court", "Foreign Ministry", which end in the body's word, are names).
    const words = norms.slice(span.start, span.end).map((w) => w.toLowerCase());
    const last = words[words.length - 1]!;
    const generic = (w: string) => PERSON_TITLES.has(w) || ORGANIZATION_HEADS.has(w) || MEMBER_NOUNS.has(w);
    if ((PERSON_TITLES.has(last) || MEMBER_NOUNS.has(last)) && !ORGANIZATION_HEADS.has(last) && words.some((w) => ORGANIZATION_HEADS.has(w)) && words.every(generic)) continue;
    // "Importantly," or "Moreover," opening a sentence is never a name, whatever the tagger says; "Italy" and
    // "Kelly", which no lexicon knows in lower case, nor the word they would be made from, are.
    const adverb = /ly$/.test(norms[0]) && !context.gazetteer.entries.has(norms[0]) && isAdverbOfCommonWord(norms[0].toLowerCase(), context.isCommonWord);
    if (span.end - span.start === 1 && span.start === 0 && (STOPWORDS.has(norms[0].toLowerCase()) || adverb)) continue;
    // "the Secretary of Justice": a portfolio after a title and "of" is part of the title, not an organisation.
    if (span.end - span.start === 1 && norms[span.start - 1] === 'of' && PERSON_TITLES.has(norms[span.start - 2]?.toLowerCase() ?? '') && PORTFOLIOS.has(norms[span.start].toLowerCase())) continue;
    const roles: string[] = [];
    let i = span.start;
    let titleContext = '';
    let former = false;
    // Leading modifiers, places and titles: "Former US President" before "Donald Trump".
    while (i < span.end) {
      const lower = norms[i].toLowerCase();
      if (FORMER_MARKERS.has(lower)) {
        former = true;
        i += 1;
        continue;
      }
      const place = matchGazetteerAt(context.gazetteer, norms, i);
      // (Not a title word that opens an organisation's name after the place: "the Tunisian General Labour Union".)
      const titleOpensBody = span.type !== 'PER' && place !== undefined && place[0] < span.end && ORGANIZATION_HEADS.has(headWord(norms.slice(place[0], span.end)));
      if (place && place[0] < span.end && PERSON_TITLES.has(norms[place[0]].toLowerCase()) && !titleOpensBody) {
        mentions.push(make(i, place[0], { type: place[1].type, via: 'gazetteer', canonical: place[1].canonical, gazetteerKind: place[1].kind }));
        titleContext = `${norms.slice(i, place[0]).join(' ')} `;
        i = place[0];
        continue;
      }
      // "Board Member A", "Committee Chairman A" read as one name: a body's word and a title open no name (but
      // "Senate Finance Committee" is a body: a portfolio is no title, and the rest names no body).
      const titleAfter = norms[i + 1]?.toLowerCase() ?? '';
      const titled = (PERSON_TITLES.has(titleAfter) && !PORTFOLIOS.has(titleAfter)) || MEMBER_NOUNS.has(titleAfter);
      const restNamesBody = norms.slice(i + 2, span.end).some((w) => ORGANIZATION_HEADS.has(w.toLowerCase()));
      if (ORGANIZATION_HEADS.has(lower) && titled && !restNamesBody && i + 2 < span.end && /^\p{Lu}/u.test(norms[i + 2]!)) {
        roles.push(`${former ? 'former ' : ''}${lower} ${titleAfter}`);
        i += 2;
        continue;
      }
      if (PERSON_TITLES.has(lower) && i + 1 < span.end) {
        let j = i;
        while (j < span.end - 1 && PERSON_TITLES.has(norms[j].toLowerCase())) j += 1;
        // "Defence of Human Rights": a title word followed by a connector opens a name; it is not a title.
        if (!/^\p{Lu}/u.test(norms[j])) break;
        // "Foreign Ministry": a title word before an organisation's head is part of its name.
        if (span.type !== 'PER' && ORGANIZATION_HEADS.has(headWord(norms.slice(j, span.end)))) break;
        roles.push(`${former ? 'former ' : ''}${titleContext}${norms.slice(i, j).join(' ')}`.toLowerCase().replace(/\s+/g, ' '));
        i = j;
        continue;
      }
      break;
    }
    if (i >= span.end) continue;
    // "Chair In Global Islamic Politics": a person's name, after its titles, opens with no preposition or article; a
    // run of capitalised words that does is the title of something, not a person.
    if ((span.type === 'PER' || roles.length) && i > 0 && PREPOSITIONS_AND_ARTICLES.has(norms[i]!)) continue;
    // "Iran-aligned", "pro-Beijing" are adjectives built on a name: they mention the place, or nothing.
    const affixed = affixedName(norms[i]);
    if (affixed && span.end - i === 1) {
      const place = context.gazetteer.entries.get(affixed.name);
      if (place) mentions.push({ ...make(i, i + 1, { type: place.type, via: 'gazetteer', canonical: place.canonical, gazetteerKind: place.kind }), text: affixed.name });
      continue;
    }
    // "then-Secretary Jane Doe": the prefixed word is no part of the name.
    if (affixed?.prefixed) i += 1;
    // "the Lima-based Kessel Mining": a place's adjective opening the name mentions the place; the name is the rest.
    const opening = affixed && !affixed.prefixed ? context.gazetteer.entries.get(affixed.name) : undefined;
    if (opening) {
      mentions.push({ ...make(i, i + 1, { type: opening.type, via: 'gazetteer', canonical: opening.canonical, gazetteerKind: opening.kind }), text: affixed!.name });
      i += 1;
    }
    if (!roles.length && span.type === 'PER') {
      const title = titleBefore(span.start, norms, context.gazetteer);
      if (title) {
        roles.push(title.role);
        // "Former US President": the place in the title is mentioned too, as when the tagger includes it in the name.
        const place = title.place;
        if (place && !mentions.some((m) => m.tokenStart < place.end && m.tokenEnd > place.start) && !spans.some((s) => s !== found && s.start < place.end && s.end > place.start)) {
          mentions.push(make(place.start, place.end, { type: place.entry.type, via: 'gazetteer', canonical: place.entry.canonical, gazetteerKind: place.entry.kind }));
        }
      }
    }
    mentions.push(...splitOnPlaces(i, span.end, span.type, roles, norms, context, make));
  }
  // "Zenithist MP A": a party's word before a legislator's title, which the tagger often leaves untagged; resolution
  // gives it to the party the corpus names, or drops it (mergeModifierNames).
  for (let i = 0; i + 1 < norms.length; i += 1) {
    if (mentions.some((m) => m.tokenStart <= i && i < m.tokenEnd) || !LEGISLATOR_TITLES.has(norms[i + 1]!.toLowerCase())) continue;
    const word = norms[i]!;
    if (isAffiliationWord(word) && !context.gazetteer.entries.has(word)) {
      mentions.push(make(i, i + 1, { type: 'Other', via: 'name' }));
    }
  }
  // "the Chile-based A": a place a word says something is based in, which the tagger often leaves untagged.
  for (let i = 0; i < norms.length; i += 1) {
    if (!/-based$/i.test(norms[i]) || mentions.some((m) => m.tokenStart <= i && i < m.tokenEnd)) continue;
    const name = affixedName(norms[i])?.name;
    const place = name === undefined ? undefined : context.gazetteer.entries.get(name);
    if (place) mentions.push({ ...make(i, i + 1, { type: place.type, via: 'gazetteer', canonical: place.canonical, gazetteerKind: place.kind }), text: name! });
  }
  // "Zambian police said": a nationality the tagger left untagged, often at a sentence's start, where a capital
  // says nothing. Not before another capitalised word, which may be the rest of an untagged name.
  for (let i = 0; i < norms.length; i += 1) {
    if (tagged[i] || mentions.some((m) => m.tokenStart <= i && i < m.tokenEnd) || !/^\p{Lu}\p{Ll}/u.test(norms[i]!)) continue;
    const hit = matchGazetteerAt(context.gazetteer, norms, i);
    // So is a country's own common name ("Türkiye signed …", "Philippines asks A for …" opening a headline without
    // its article, "Solomon Islands"): not "Turkey", nor a rarer alias that is also a surname ("Mann"), nor a one-word
    // name a common word has ("Chad"), where the tagger's silence says more; a plural name ("Philippines") is no
    // common word, whatever lower-case text the lexicons saw.
    const end = hit?.[0] ?? i + 1;
    const name = norms.slice(i, end);
    const country = hit?.[1].kind === 'country' && hit[1].canonical === name.join(' ') && !name.some((w, k) => tagged[i + k] || !/^\p{Lu}\p{Ll}/u.test(w)) && (name.length > 1 || name[0]!.endsWith('s') || context.isCommonWord?.(name[0]!.toLowerCase()) === false);
    if (!/^\p{Lu}/u.test(norms[end] ?? '') && ((hit?.[0] === i + 1 && hit[1].kind === 'demonym') || country)) mentions.push(make(i, end, { type: hit![1].type, via: 'gazetteer', canonical: hit![1].canonical, gazetteerKind: hit![1].kind }));
    // "Saudi-led aircraft", "Kenya-based group" left untagged: the place before the participle, as when tagged.
    const affixed = affixedName(norms[i]!);
    const place = affixed && !affixed.prefixed ? context.gazetteer.entries.get(affixed.name) : undefined;
    if (place && (place.kind === 'country' || place.kind === 'demonym')) mentions.push({ ...make(i, i + 1, { type: place.type, via: 'gazetteer', canonical: place.canonical, gazetteerKind: place.kind }), text: affixed!.name });
  }
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  applyAcronymDefinitions(mentions, norms, make);
  return withListedPlaces(mentions, norms);
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['Country', 'Region', 'City', 'Location']);

/**
 * "the towns of A, B, C and D": a list names things of one kind, but the tagger reads each name from its own
 * context, and the last of a long list has lost the "towns of" that typed the first. Where at least half of a
 * list are places, a one-word name in it the tagger took for a person's (with no title) is the place kind its
 * fellows name most.
 */
function withListedPlaces(mentions: Mention[], norms: readonly string[]): Mention[] {
  let first = 0;
  while (first < mentions.length) {
    let last = first;
    while (last + 1 < mentions.length && isListGap(norms, mentions[last]!.tokenEnd, mentions[last + 1]!.tokenStart)) last += 1;
    const list = mentions.slice(first, last + 1);
    const places = list.filter((m) => PLACE_TYPES.has(m.type) && m.via === 'name');
    // A list closed by "and" or "or": a chain of commas alone is as often an address ("A B, Arn, Valdoria").
    const closed = last > first && /\b(?:and|or)$/.test(norms.slice(mentions[last - 1]!.tokenEnd, mentions[last]!.tokenStart).join(' '));
    if (list.length > 2 && closed && places.length * 2 >= list.length) {
      const counts = new Map<EntityType, number>();
      for (const m of places) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
      const kind = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      // A one-word name: a person's full name in a list of places is a person named among them.
      for (const m of list) if (m.type === 'Person' && m.via === 'name' && !m.roles?.length && m.tokenEnd - m.tokenStart === 1) m.type = kind;
    }
    first = last + 1;
  }
  return mentions;
}

/** Whether the words from `end` to `start` join two items of a list: ",", "and", "or", ", and". */
function isListGap(norms: readonly string[], end: number, start: number): boolean {
  const gap = norms.slice(end, start).join(' ');
  return gap === ',' || gap === 'and' || gap === 'or' || gap === ', and' || gap === ', or';
}

/**
 * "US-China", "India-Pakistan" or "the Tessel-Valdoria call" (one token, as the
 * tagger reads it) names two parties: each part becomes a mention of its own,
 * with its own characters, in place of whatever was read for the whole token.
 * A part is a place, or the surname of a person the document names in full; at
 * least one part is a place. A place whose own name has a hyphen
 * ("Guinea-Bissau") stays whole, and so do demonyms ("Italian-American") and
 * a hyphen inside a person's full name ("Ana Rell-Voss").
 */
function splitNamePairs(mentions: Mention[], sentence: Sentence, gazetteer: Gazetteer, surnames: ReadonlySet<string>): Mention[] {
  const norms = sentence.tokens.map((token) => token.norm);
  const doubtfulHeading = isDoubtfulHeading(sentence);
  sentence.tokens.forEach((token, i) => {
    if (!/^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)+$/u.test(token.norm) || gazetteer.entries.has(token.norm)) return;
    if (mentions.some((m) => m.type === 'Person' && m.tokenStart <= i && i < m.tokenEnd && m.tokenEnd - m.tokenStart > 1)) return;
    const parts = token.norm.split('-');
    // Each part a place (the last may go on over the next tokens: "Mexico-United States") or a known surname.
    const found = parts.map((part, n) => {
      const words = n === parts.length - 1 ? [part, ...norms.slice(i + 1, i + gazetteer.maxTokens)] : [part];
      const hit = matchGazetteerAt(gazetteer, words, 0);
      if (hit && (n === parts.length - 1 || hit[0] === 1)) return { entry: hit[1], tokens: hit[0] };
      return surnames.has(part) ? { entry: undefined, tokens: 1 } : undefined;
    });
    // "Italian-American" is an ancestry, not two places: demonyms are left to the tagger.
    if (found.some((part) => !part || part.entry?.kind === 'demonym') || found.every((part) => !part!.entry)) return;
    const end = i + found[found.length - 1]!.tokens;
    for (let m = mentions.length - 1; m >= 0; m -= 1) if (mentions[m]!.tokenStart < end && mentions[m]!.tokenEnd > i) mentions.splice(m, 1);
    let offset = 0;
    parts.forEach((part, n) => {
      const { entry, tokens } = found[n]!;
      const last = i + tokens - 1;
      const span = {
        sentence: sentence.index,
        tokenStart: i,
        tokenEnd: i + tokens,
        start: token.start + offset,
        end: tokens > 1 ? sentence.tokens[last]!.end : token.start + offset + part.length,
        text: tokens > 1 ? [part, ...norms.slice(i + 1, last + 1)].join(' ') : part,
        inDoubtfulHeading: doubtfulHeading,
      };
      mentions.push(entry ? { ...span, type: entry.type, via: 'gazetteer', canonical: entry.canonical, gazetteerKind: entry.kind } : { ...span, type: 'Person', via: 'name' });
      offset += part.length + 1;
    });
  });
  return mentions.sort((a, b) => a.tokenStart - b.tokenStart || a.start - b.start);
}

/**
 * The name inside a word built on it with a lower-case word after it
 * ("Iran-aligned", "United-States-based") or an English prefix before it
 * ("pro-Beijing", "then-Secretary"; not "al-Qaida", a name of its own).
 */
function affixedName(word: string): { name: string; prefixed: boolean } | undefined {
  const suffixed = /^(\p{Lu}.*)-\p{Ll}+$/u.exec(word);
  if (suffixed) return { name: suffixed[1].replace(/-/g, ' '), prefixed: false };
  const prefixed = /^(\p{Ll}+)-(\p{Lu}.*)$/u.exec(word);
  return prefixed && ENGLISH_PREFIXES.has(prefixed[1]) ? { name: prefixed[2], prefixed: true } : undefined;
}

/**
 * Endings of English adjectives ("regional", "federal", "strategic", "executive", "judiciary"): fewer than
 * ADJECTIVE_OR_ADVERB's, since the word here is capitalised before a title and may be a name ("Boeing", "Hunter").
 */
/** "I'm", "It's", "We've": a pronoun or function word with its verb, never a name. */
function isPronounContraction(word: string): boolean {
  const parts = /^(\p{L}+)['’](?:m|s|re|ve|ll|d)$/iu.exec(word);
  return parts !== null && STOPWORDS.has(parts[1]!.toLowerCase());
}

const ADJECTIVE_ENDING = /(?:al|ic|ive|ary)$/i;
const NEGATED_CONTRACTION = /n['’]t$/i;

/** Whether a token is a word or a number rather than punctuation. */
const hasLetterOrDigit = (word: string): boolean => /[\p{L}\p{N}]/u.test(word);

/**
 * The tagger's spans, mended where one span holds what are several names:
 * - punctuation at either end is dropped ("Bill Brown." → "Bill Brown");
 * - "Bank of Ruritania Chairman Jane Doe" is the organisation and, from the
 *   title on, a person (the title then becomes the person's role); after a
 *   lone adjective ("Regional Governor Jane Doe") only the person;
 * - "University of Ruritania and Quux University" is two organisations when
 *   both halves end in an organisation's head noun.
 */
export function refineSpans(spans: readonly NameSpan[], norms: readonly string[], isAdjective: (word: string) => boolean = () => false): NameSpan[] {
  const refined: NameSpan[] = [];
  for (const found of joinAcrossParticles(spans, norms)) {
    const span = { ...found };
    while (span.end > span.start && !hasLetterOrDigit(norms[span.end - 1])) span.end -= 1;
    while (span.start < span.end && !hasLetterOrDigit(norms[span.start])) span.start += 1;
    // "graduated from Kessel University in 1978": a date after "in" says when, and is no part of the name.
    if (span.end - span.start > 2 && norms[span.end - 2] === 'in' && /^\d+$/.test(norms[span.end - 1]!)) span.end -= 2;
    if (span.end <= span.start) continue;
    refined.push(...splitTitledPerson(span, norms, isAdjective) ?? splitCoordinatedOrganizations(span, norms) ?? [span]);
  }
  return refined;
}

/**
 * A prize's field is part of its name ("the Marlow Prize in Physics"), not a place the tagger may take it for; a
 * place the reference lists know stays one ("the Kessel Award in London").
 */
function withPrizeFields(spans: readonly NameSpan[], norms: readonly string[], isPlace: (start: number, end: number) => boolean): NameSpan[] {
  const joined = spans.map((span) => ({ ...span }));
  for (let i = joined.length - 1; i > 0; i -= 1) {
    const [prize, field] = [joined[i - 1]!, joined[i]!];
    if (field.start === prize.end + 1 && norms[prize.end] === 'in' && AWARD_HEADS.has(norms[prize.end - 1]!.toLowerCase()) && !isPlace(field.start, field.end)) {
      joined.splice(i - 1, 2, { ...prize, end: field.end, type: 'MISC' });
    }
  }
  return joined;
}

/**
 * A demonym the tagger split off an organisation's name is part of it ("the Kenyan Red Cross Society", "the Tunisian
 * General Labour Union", with the words the tagger left between): otherwise every country's Red Cross Society would be
 * one node. Not before an institution every country has ("the Nigerian Senate", "the Kenyan Foreign Ministry"), which is
 * that country's, nor before a name of some other kind or a lone acronym.
 */
export function withDemonymsOfOrganisations(spans: readonly NameSpan[], norms: readonly string[], isDemonym: (start: number, end: number) => boolean): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    // The demonym tagged (MISC) or left untagged right before the name, with only capitalised words between.
    let opening = last && last.type !== 'ORG' && last.type !== 'PER' && isDemonym(last.start, last.end) && last.end <= span.start ? last : undefined;
    if (!opening) {
      // (Not into the span before: its words are its own.)
      const free = (at: number) => at >= (last?.end ?? 0);
      let start = span.start;
      while (start > 0 && free(start - 1) && /^\p{Lu}/u.test(norms[start - 1]!) && !isDemonym(start - 1, start)) start -= 1;
      if (start > 0 && free(start - 1) && isDemonym(start - 1, start)) opening = { start: start - 1, end: start };
    }
    const between = opening ? norms.slice(opening.end, span.start) : [];
    const name = [...between, ...norms.slice(span.start, span.end)].join(' ');
    // (Nor before a lone acronym, which the demonym only describes: "the Algerian FLN".)
    const acronym = span.end - span.start === 1 && !between.length && /^\p{Lu}{2,}$/u.test(norms[span.start]!);
    // (A name, in capitals: "the Chilean interior ministry" is Chile's.)
    const capitalised = [...between, norms[span.start]!].every((word) => /^\p{Lu}/u.test(word));
    if (span.type === 'ORG' && opening && !acronym && capitalised && !NATIONAL_INSTITUTION.test(name)) {
      if (opening === last) joined.pop();
      joined.push({ ...span, start: opening.start });
    } else joined.push({ ...span });
  }
  return joined;
}

/**
 * What a body is for or on is part of its name ("the Centers for Disease Control and Prevention", "the Commission on
 * Race and Housing"), which the tagger often splits at the preposition or leaves untagged: a body's head, tagged as an
 * organisation or a capitalised word left untagged, then "for" or "on" and capitalised words (joined by "and", "of",
 * "the", "for"), is one organisation. Not a time ("the Council on Monday"), a place ("briefed the Security Council on
 * Syria"), a person or a second body ("the Center for Food Safety and Center for …").
 */
export function withRemitsOfOrganisations(spans: readonly NameSpan[], norms: readonly string[], isPlace: (start: number, end: number) => boolean): NameSpan[] {
  const joined = spans.map((span) => ({ ...span }));
  const spanAt = (at: number) => joined.find((span) => span.start <= at && at < span.end);
  const capitalised = (at: number) => at < norms.length && /^\p{Lu}/u.test(norms[at]!) && !CALENDAR_NAMES.has(norms[at]!);
  for (let at = 1; at < norms.length - 1; at += 1) {
    if (norms[at] !== 'for' && norms[at] !== 'on') continue;
    const head = at - 1;
    if (!REMIT_HEADS.has(norms[head]!.toLowerCase()) || !capitalised(head)) continue;
    const body = spanAt(head);
    if (body && (body.type !== 'ORG' || body.end !== at)) continue;
    // The tail: capitalised words, and the small words that join them.
    let end = norms[at + 1] === 'the' ? at + 2 : at + 1;
    if (!capitalised(end)) continue;
    const tailStart = end;
    while (capitalised(end) || (['and', 'of', 'the', 'for', '&'].includes(norms[end]!) && capitalised(end + 1) && !(norms[end] === 'and' && REMIT_HEADS.has(norms[end + 1]!.toLowerCase())))) end += 1;
    while (end > tailStart && !capitalised(end - 1)) end -= 1;
    const inside = joined.filter((span) => span !== body && span.end > tailStart && span.start < end);
    if (inside.some((span) => span.type === 'PER' || span.start < tailStart || span.end > end) || isPlace(tailStart, end)) continue;
    let start = body ? body.start : head;
    // (An untagged head takes the untagged capitalised words before it: "the Federal Center for …".)
    while (!body && start > 0 && capitalised(start - 1) && !spanAt(start - 1) && !STOPWORDS.has(norms[start - 1]!.toLowerCase())) start -= 1;
    const kept = joined.filter((span) => span !== body && !inside.includes(span));
    kept.push({ start, end, type: 'ORG' });
    kept.sort((a, b) => a.start - b.start);
    joined.splice(0, joined.length, ...kept);
    at = end - 1;
  }
  return joined;
}

/**
 * Two names the tagger split at a lower-case particle of one name ("Karim" + "bin" + "Haddad", "Varn" + "del" +
 * "Sur") are one: a person where either part was read as one, else the first part's type.
 */
function joinAcrossParticles(spans: readonly NameSpan[], norms: readonly string[]): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && span.start === last.end + 1 && NAME_PARTICLES.has(norms[last.end]!) && /^\p{Lu}/u.test(norms[span.start]!)) {
      joined[joined.length - 1] = { ...last, end: span.end, type: last.type === 'PER' || span.type === 'PER' ? 'PER' : last.type };
    } else joined.push({ ...span });
  }
  // A person's name goes on over a surname that opens with a particle ("Karim el-Haddad", "Anne d'Orval"), which the
  // tagger, seeing a lower-case word, often leaves out.
  for (const span of joined) {
    const next = span.end < norms.length ? norms[span.end]! : '';
    const particle = /^(\p{Ll}+)[-'’]\p{Lu}/u.exec(next)?.[1];
    const taken = joined.some((other) => other.start === span.end);
    if (span.type === 'PER' && particle && (NAME_PARTICLES.has(particle) || HYPHENED_PARTICLES.has(particle)) && !taken) span.end += 1;
  }
  return joined;
}

/** Title words that also modify other nouns ("State Prison", "Foreign Affairs", "Executive Airport"): no person need follow them. */
const TITLE_MODIFIERS = new Set('vice prime deputy foreign defence defense interior finance state supreme executive chief general head'.split(' '));

function splitTitledPerson(span: NameSpan, norms: readonly string[], isAdjective: (word: string) => boolean): NameSpan[] | undefined {
  if (span.type === 'PER' || span.end - span.start < 3) return undefined;
  for (let t = span.end - 2; t > span.start; t -= 1) {
    const title = norms[t].toLowerCase();
    if (!PERSON_TITLES.has(title) || TITLE_MODIFIERS.has(title)) continue;
    const person = norms.slice(t + 1, span.end);
    const before = norms.slice(span.start, t);
    const last = person[person.length - 1].toLowerCase();
    const named = person.length <= 4 && person.every((word) => /^\p{Lu}/u.test(word)) && !isNameHead(last) && !FACILITY_HEADS.has(last) && !DAY_HEADS.has(last);
    const organisation = /^\p{Lu}/u.test(before[before.length - 1]) && before.some((word) => /^\p{Lu}/u.test(word) && !STOPWORDS.has(word.toLowerCase()));
    if (!named || !organisation) return undefined;
    // "Regional Governor Jane Doe": a lone adjective before the title names nothing.
    if (before.length === 1 && isAdjective(before[0])) return [{ start: t, end: span.end, type: 'PER' }];
    return [
      { ...span, end: t },
      { start: t, end: span.end, type: 'PER' },
    ];
  }
  return undefined;
}

function splitCoordinatedOrganizations(span: NameSpan, norms: readonly string[]): NameSpan[] | undefined {
  const and = norms.indexOf('and', span.start);
  if (and <= span.start || and >= span.end - 1 || !/^\p{Lu}/u.test(norms[and + 1])) return undefined;
  const isOrganization = (from: number, to: number) => ORGANIZATION_HEADS.has(headWord(norms.slice(from, to)));
  if (!isOrganization(span.start, and) || !isOrganization(and + 1, span.end)) return undefined;
  return [
    { ...span, end: and },
    { ...span, start: and + 1 },
  ];
}

/** A span's text as written, typography folded: tokens apart where the text has space between them. */
function spanText(tokens: readonly Token[], start: number, end: number): string {
  let text = tokens[start].norm;
  for (let i = start + 1; i < end; i += 1) text += (tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].norm;
  return text;
}

/** A dash token written tight between two words ("Export–Import"). */
function isTightDash(tokens: readonly Token[], i: number): boolean {
  return i > 0 && i + 1 < tokens.length && tokens[i].norm === '-' && tokens[i - 1].end === tokens[i].start && tokens[i].end === tokens[i + 1].start;
}

/**
 * The tokenizer splits en dashes so that "Russia–Ukraine" stays two places;
 * a name written with one ("African Export–Import Bank") gets back the
 * capitalised word across the dash, unless that word is tagged on its own or
 * is a place.
 */
function extendOverDashes(span: { start: number; end: number }, tokens: readonly Token[], norms: readonly string[], tagged: Uint8Array, gazetteer: Gazetteer): void {
  const joins = (word: number) => tagged[word] === 0 && /^\p{Lu}/u.test(norms[word]) && !matchGazetteerAt(gazetteer, norms, word);
  while (isTightDash(tokens, span.start - 1) && joins(span.start - 2)) span.start -= 2;
  while (isTightDash(tokens, span.end) && joins(span.end + 1)) span.end += 2;
}

/** Titles written before a person's span: "Former US President" before "Donald Trump" → "former us president", and where "US" is. */
function titleBefore(start: number, norms: readonly string[], gazetteer: Gazetteer): { role: string; place?: { start: number; end: number; entry: GazetteerEntry } } | undefined {
  let i = start - 1;
  const title: string[] = [];
  while (i >= 0 && PERSON_TITLES.has(norms[i].toLowerCase())) title.unshift(norms[i--].toLowerCase());
  if (!title.length) return undefined;
  let place: { start: number; end: number; entry: GazetteerEntry } | undefined;
  for (let from = Math.max(0, i - gazetteer.maxTokens + 1); from <= i; from += 1) {
    const hit = matchGazetteerAt(gazetteer, norms, from);
    if (hit && hit[0] === i + 1) {
      title.unshift(...norms.slice(from, i + 1).map((w) => w.toLowerCase()));
      place = { start: from, end: i + 1, entry: hit[1] };
      i = from - 1;
      break;
    }
  }
  if (i >= 0 && FORMER_MARKERS.has(norms[i].toLowerCase())) title.unshift('former');
  return { role: title.join(' '), ...(place ? { place } : {}) };
}

type Make = (start: number, end: number, fields: Omit<Mention, 'sentence' | 'tokenStart' | 'tokenEnd' | 'start' | 'end' | 'text' | 'inDoubtfulHeading'>) => Mention;

// A span that is a place name, or that is made of place names ("Iran Oman"), gives gazetteer mentions;
// anything else is one name whose type comes from its label, titles and head noun.
function splitOnPlaces(start: number, end: number, label: NameLabel | undefined, roles: string[], norms: readonly string[], context: MentionContext, make: Make): Mention[] {
  const gazetteer = context.gazetteer;
  const whole = matchGazetteerAt(gazetteer, norms, start);
  // A country's name is the country even when the tagger calls it an organisation ("the DRC's institute");
  // a capital or demonym tagged PER or ORG may be a person or a company ("Jordan", "American Airlines").
  // So is a country's name tagged PER after a preposition of place ("officials in B", "aid to B").
  const afterPlacePreposition = COUNTRY_PREPOSITIONS.has(norms[start - 1]?.toLowerCase() ?? '') && whole?.[1].kind === 'country' && whole[1].canonical === norms.slice(start, end).join(' ');
  const placeFits = label === undefined || label === 'LOC' || label === 'MISC' || (label === 'ORG' && whole?.[1].kind === 'country') || (label === 'PER' && afterPlacePreposition);
  if (whole && whole[0] === end && placeFits) {
    return [make(start, end, { type: whole[1].type, via: 'gazetteer', canonical: whole[1].canonical, gazetteerKind: whole[1].kind })];
  }
  if (!roles.length && label !== 'PER' && label !== 'ORG' && !hasNameHead(norms, start, end)) {
    const parts: Mention[] = [];
    let i = start;
    while (i < end) {
      const hit = matchGazetteerAt(gazetteer, norms, i);
      if (!hit || hit[0] > end) break;
      parts.push(make(i, hit[0], { type: hit[1].type, via: 'gazetteer', canonical: hit[1].canonical, gazetteerKind: hit[1].kind }));
      i = hit[0];
    }
    if (i === end && parts.length) return parts;
  }
  const guessed = guessNameType(norms.slice(start, end), label, roles, context.placeKind);
  // A name the tagger could not type that modifies a group's noun is the group: "the Zenith movement", "Zenith fighters".
  // So is one it could not type or read as a place whose people are named ("members of the Zenith Clan") or that
  // an apposition calls a body ("Zenith, the country's main opposition party").
  // (One read as a place is the group only before a noun of an organisation itself: "the Zenith gang", not "Zenith
  // fighters"; so is one read as a person after "the", which no person's name takes.)
  const theBody = (guessed === 'Location' || (guessed === 'Person' && norms[start - 1]?.toLowerCase() === 'the')) && ORGANISATION_GROUP_NOUNS.has(norms[end] ?? '');
  const byGroupNoun = (guessed === 'Other' && modifiesGroupNoun(norms, end)) || theBody || ((guessed === 'Other' || guessed === 'Location') && (namesBodyOfMembers(norms, start, end) || calledBody(norms, end)));
  // A name right after a ship's noun is the ship's ("returned the trawler A to B"), whatever the tagger took it for,
  // save a name it found in the gazetteer or read as a body ("the tanker B seized").
  const vessel = ['Person', 'Location', 'Other'].includes(guessed) && VESSEL_NOUNS.has(norms[start - 1] ?? '');
  // A place of no known kind before a region's noun in lower case is a region: "the breakaway Korvia region", "Aisby
  // province" (a region may act, as its authorities; a mere location does not).
  const region = guessed === 'Location' && REGION_NOUNS.has(norms[end] ?? '');
  return [make(start, end, { type: byGroupNoun ? 'Organization' : vessel ? 'Other' : region ? 'Region' : guessed, via: 'name', ...(roles.length ? { roles } : {}), ...(byGroupNoun ? { byGroupNoun } : {}) })];
}

/**
 * A capitalised word the name tagger missed right before an armed group's noun ("A fighters ambushed …", "B rebels
 * attacked …", at a sentence's start too), or an acronym it missed where a body stands (`actsAsBody`) or in a
 * headline in title case: the body's name. Not an adjective, a place or a common word ("Syrian rebels", "Rebel fighters").
 */
function missedBodySpans(norms: readonly string[], tagged: readonly NameSpan[], isNoName: (word: string) => boolean, inTitleCase: boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = 0; i < norms.length; i++) {
    const word = norms[i]!;
    // (A headline in title case writes a word in capitals only where it is one: "B Urges WHO to …".)
    const acronym = ACRONYM.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && (inTitleCase || actsAsBody(norms, i));
    if ((!ARMED_GROUP_NOUNS.has(norms[i + 1] ?? '') && !acronym) || !/^[\p{Lu}\d][\p{L}\d]*(?:-[\p{L}\d]+)*$/u.test(word) || !/\p{Lu}/u.test(word)) continue;
    // (An acronym a dictionary knows may still be a body's: "UNICEF".)
    if (!acronym && isNoName(word)) continue;
    // (Nor a creed's or a side's adjective: "Islamist", "Maoist", "Shiite", "Pro-Russian".)
    if (/(?:ist|ite)$/u.test(word) || /^(?:pro|anti)-/iu.test(word)) continue;
    if (tagged.some((span) => span.start <= i && i < span.end)) continue;
    spans.push({ start: i, end: i + 1, type: 'ORG' });
  }
  return spans;
}

/** A word in capitals, digits and hyphens, of three characters or more: "UNHCR", "MS-13". */
const ACRONYM = /^(?=[\p{Lu}\d-]{3,}$)\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*$/u;

/**
 * Whether an acronym stands where a body does: before the people it sends or fields ("A officials", "A peacekeepers",
 * "an A convoy"), before a verb of acting or saying ("A flew 12 tonnes …"), or ending the phrase of a preposition a
 * party follows ("a request from A,", "handed them to A."). Not before another noun ("DNA samples", "LGBT rights").
 */
function actsAsBody(norms: readonly string[], i: number): boolean {
  const next = norms[i + 1] ?? '';
  if (BODY_ENVOY_NOUNS.has(next) || ARMED_GROUP_NOUNS.has(next) || BODY_FORCE_NOUNS.has(next)) return true;
  // (A body also says: "A said". Not one of many: "as a POW began".)
  if (['a', 'an'].includes(norms[i - 1]?.toLowerCase() ?? '')) return false;
  if (ACTING_VERB_FORM.test(next) || next === 'said' || next === 'says' || loadVerbDictionary().irregularLemma(next) !== undefined) return true;
  return PARTY_PREPOSITIONS.has(norms[i - 1] ?? '') && (next === '' || /^[,.;:]$/u.test(next) || PHRASE_ENDING_WORDS.has(next));
}

/** Prepositions after which a body is a party to what is done: "from A", "to A", "with A", "by A", "against A". */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'to', 'with', 'by', 'against']);

/**
 * A sentence's first word, capitalised, that is no common word and no place, which the tagger left untagged before a
 * verb of acting ("Velkorp suspended its exports", "Velkorp urges …"), is a name: the tagger reads a capital at the
 * start as the sentence's, and a word news never writes in lower case is seldom anything else. Its type is left to
 * resolution (a person of the same document it names joins it; a name of no known kind acts as a body would). Not
 * before a verb of being, having or saying, where a technical term ("Chlorothiazide is …") or a surname opens as
 * often, nor in a heading.
 */
function openingActorSpans(norms: readonly string[], tagged: readonly NameSpan[], isNoName: (word: string) => boolean): NameSpan[] {
  const word = norms[0] ?? '';
  const next = norms[1] ?? '';
  if (!/^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u.test(word) && !/^\p{Lu}\p{Ll}*\p{Lu}\p{L}*$/u.test(word)) return [];
  if (!ACTING_VERB_FORM.test(next) || isNoName(word) || tagged.some((span) => span.start === 0)) return [];
  return [{ start: 0, end: 1 }];
}

/** A verb's past in "-ed" (not one of saying) or a present news uses of a body acting: "suspended", "urges". */
const ACTING_VERB_FORM = /^(?:(?!(?:stat|report|confirm|add|claim)ed$)\p{Ll}{2,}ed|(?:urge|call|accuse|warn|condemn|demand|welcome|reject|ask|seek|threaten|suspend|ban|sign|deploy|send|halt)s)$/u;

/** Whether the words after a name are a group's noun, maybe after one describing word: "A organization", "A military spokesperson". */
function modifiesGroupNoun(norms: readonly string[], end: number): boolean {
  const isGroupNoun = (word: string | undefined) => word !== undefined && /^\p{Ll}/u.test(word) && GROUP_NOUNS.has(word);
  return isGroupNoun(norms[end]) || (/^\p{Ll}+$/u.test(norms[end] ?? '') && isGroupNoun(norms[end + 1]));
}

/**
 * Whether a name comes after people who belong to it and ends its phrase: "members of the A kidnapped …", "employees
 * of A near …"; not "members of the A family", where it describes the noun after it.
 */
function namesBodyOfMembers(norms: readonly string[], start: number, end: number): boolean {
  const at = norms[start - 1]?.toLowerCase() === 'the' ? start - 2 : start - 1;
  if ((norms[at] !== 'of' && norms[at] !== 'from') || !MEMBERSHIP_NOUNS.has(norms[at - 1]?.toLowerCase() ?? '')) return false;
  const next = norms[end];
  return next === undefined || !/^\p{Ll}/u.test(next) || /ed$/.test(next) || PHRASE_ENDING_WORDS.has(next);
}

/** Words that open what follows a noun phrase: a verb of being or saying, a preposition, a conjunction or a relative. */
const PHRASE_ENDING_WORDS: ReadonlySet<string> = new Set(
  ['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'and', 'or', 'in', 'on', 'at', 'near', 'from', 'for', 'to', 'with', 'after', 'during', 'since', 'who', 'which', 'that'],
);

/** Whether an apposition after a name calls it a body: "A, B's main opposition party,", "A, the state oil company". */
function calledBody(norms: readonly string[], end: number): boolean {
  if (norms[end] !== ',') return false;
  let i = end + 1;
  if (['the', 'a', 'an'].includes(norms[i]?.toLowerCase() ?? '')) i += 1;
  else if (/^\p{Lu}/u.test(norms[i] ?? '') && (norms[i + 1] === "'s" || norms[i + 1] === '’s')) i += 2;
  else return false;
  // (Describing words before the noun: "main opposition", "Norwegian energy".)
  for (let words = 0; words < 4 && i < norms.length; words += 1, i += 1) {
    const word = norms[i]!;
    if ((KIND_NOUNS.get(word) === 'ORG' || BODY_NOUNS.has(word)) && [',', '.', 'said', 'says', undefined].includes(norms[i + 1])) return true;
    if (!/^[\p{L}-]+$/u.test(word)) return false;
  }
  return false;
}

/** Connectors after which a name goes on with its complement: the head is the word before ("Institute for Research"). */
/** A name's head that may be written in lower case at its end ("the Democratic party", "Cook county"). */
function isLowerCaseHead(word: string): boolean {
  return isNameHead(word) || FACILITY_HEADS.has(word) || REGION_HEADS.has(word) || PARTY_HEADS.has(word);
}

function isNameHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || AGREEMENT_HEADS.has(word) || GEOGRAPHIC_HEADS.has(word) || EVENT_HEADS.has(word);
}

function hasNameHead(norms: readonly string[], start: number, end: number): boolean {
  return isNameHead(headWord(norms.slice(start, end)));
}

/**
 * A name's type from its titles, its head noun and the tagger's label, in that order: a head noun
 * ("Strait", "Party", "Treaty") says more about a name than the tagger's guess from context.
 * A place the tagger found is a City or a Region where reference lists say so.
 */
export function guessNameType(words: readonly string[], label: NameLabel | undefined, roles: readonly string[], placeKind?: PlaceKindOf): EntityType {
  if (roles.length) return 'Person';
  const head = headWord(words);
  const first = words[0].toLowerCase();
  // "Hurricane Keld", "Operation Silver Lantern" name no person, whatever the tagger says.
  const opensEvent = EVENT_OPENERS.has(first) && words.length > 1;
  // "North Carolina" is no person's name, whatever the tagger read in its context.
  const compassPlace = COMPASS_WORDS.has(first) && words.length > 1 ? placeKind?.(words) : undefined;
  if (compassPlace) return compassPlace;
  if (label === 'PER' && !isNameHead(head) && !opensEvent) return 'Person';
  if (AGREEMENT_HEADS.has(head)) return 'Agreement';
  if (LAW_HEADS.has(head) && words.length > 1) return 'Other';
  if (words.length > 1 && SETTLEMENT_HEADS.has(head)) return 'City';
  const facility = words.length > 1 && FACILITY_HEADS.has(head);
  // Reference lists know "Rhode Island" is a state and "Cape Town" a city, whatever their head says.
  const kind = label === 'LOC' && !facility ? placeKind?.(words) : undefined;
  if (kind) return kind;
  if (GEOGRAPHIC_HEADS.has(head)) return 'Location';
  // A body named after a sea or a lake is still a body: "Gulf Cooperation Council", "Lake Basin Commission".
  if (ORGANIZATION_HEADS.has(head)) return 'Organization';
  if (GEOGRAPHIC_HEADS.has(first) && words.length > 1) return 'Location';
  if (label === 'ORG' || isFaithBody(words)) return 'Organization';
  if (facility) return 'Location';
  if (COMPASS_WORDS.has(first) && words.length > 1 && label !== 'MISC') return 'Region';
  if (EVENT_HEADS.has(head) || DAY_HEADS.has(head) || opensEvent) return 'Event';
  if (label === 'LOC') return 'Location';
  if (label === 'MISC') return 'Other';
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0])) return 'Organization';
  return 'Other';
}

/**
 * Whether a church's name names a faith's body ("the Kesselian Orthodox Church", "the Anglican Church of B", "the Church
 * of B"), not a building or a parish ("St Anne's Church", "First Baptist Church", "the Church of the Nativity").
 */
function isFaithBody(words: readonly string[]): boolean {
  const of = words.findIndex((word, i) => i > 0 && word === 'of');
  const before = of > 0 ? words.slice(0, of) : words;
  if (before[before.length - 1]!.toLowerCase() !== 'church') return false;
  const modifiers = before.slice(0, -1);
  if (!modifiers.every((word) => DENOMINATION_WORDS.has(word.toLowerCase()) || (isAffiliationWord(word) && !CHURCH_DEDICATION_WORDS.has(word.toLowerCase())))) return false;
  const dedication = of > 0 && (words[of + 1] === undefined || CHURCH_DEDICATION_WORDS.has(words[of + 1]!.toLowerCase()));
  return (modifiers.length > 0 || of > 0) && !dedication;
}

const ACRONYM_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'to', '&', ',']);

/** True when the acronym spells the initials of the capitalised words, connectors' initials optional ("Plan of Action" → PoA). */
function spellsAcronym(words: readonly string[], letters: string): boolean {
  const match = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w];
    const capitalised = /^\p{Lu}/u.test(word);
    const initial = word[0].toUpperCase();
    if (capitalised) return l < letters.length && letters[l] === initial && match(w + 1, l + 1);
    return match(w + 1, l) || (l < letters.length && letters[l] === initial && match(w + 1, l + 1));
  };
  return match(0, 0);
}

/** Whether a short name takes its letters, in order, from a long one, starting with its first letter. */
function clipsName(long: string, short: string): boolean {
  const from = long.toLowerCase();
  const letters = short.toLowerCase();
  if (from[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = from.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Words after which a name starts whole ("at the B Center (C)"), unlike a foreign word that may be its own ("pour la B"). */
const NAME_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'at', 'by', 'from', 'for', 'with', 'in', 'on', 'to', 'said', '"', '“', '(']);

/**
 * "… Joint Comprehensive Plan of Action (JCPOA)": the long name before the brackets defines the acronym.
 * Found from the text itself, whatever the tagger made of the long name; it replaces the mentions it
 * covers, and the acronym in brackets is no mention of its own.
 */
function applyAcronymDefinitions(mentions: Mention[], norms: readonly string[], make: Make): void {
  for (let open = 1; open + 2 < norms.length; open += 1) {
    if (norms[open] !== '(' || norms[open + 2] !== ')') continue;
    const acronym = norms[open + 1];
    // A short name in lower case after its capital ("Volcorg") is no acronym but may clip the long name.
    const clipped = /^\p{Lu}\p{Ll}{3,11}$/u.test(acronym);
    if (!clipped && !/^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u.test(acronym)) continue;
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    let first = open;
    while (first > 0 && (/^\p{Lu}/u.test(norms[first - 1]) || ACRONYM_CONNECTORS.has(norms[first - 1]))) first -= 1;
    let start = -1;
    for (let from = first; !clipped && from < open; from += 1) {
      if (/^\p{Lu}/u.test(norms[from]) && spellsAcronym(norms.slice(from, open), letters)) {
        start = from;
        break;
      }
    }
    // An organisation's name of two words or more right before the brackets defines the acronym even where its
    // letters come from another language ("the Kurdistan Workers' Party (PKK)", "the German Aerospace Center (DLR)").
    // Only a whole name: not one a comma, "and", a possessive or a foreign word cuts from words before it ("the B, C
    // and D Organization (E)", "B's Protection Units (E)").
    const whole = (m: Mention) => m.tokenStart === 0 || NAME_OPENERS.has(norms[m.tokenStart - 1]!.toLowerCase());
    // A clipped name keeps the long name's letters in order, from its first ("Volcorg" of "Volcanology Organisation").
    const clips = (m: Mention) => !clipped || clipsName(norms.slice(m.tokenStart, m.tokenEnd).join(' '), acronym);
    const body = start < 0 ? mentions.find((m) => m.tokenEnd === open && m.type === 'Organization' && m.tokenEnd - m.tokenStart >= 2 && whole(m) && clips(m)) : undefined;
    const place = mentions.some((m) => m.tokenStart === open + 1 && PLACE_TYPES.has(m.type));
    if (body && !place) start = body.tokenStart;
    if (start < 0) continue;
    const covered = (m: Mention) => m.tokenStart < open + 2 && m.tokenEnd > start;
    const kept = mentions.filter((m) => !covered(m));
    mentions.length = 0;
    const words = norms.slice(start, open);
    mentions.push(...kept, { ...make(start, open, { type: body?.type ?? guessNameType(words, undefined, []), via: 'name' }), definesAcronym: acronym });
  }
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
}
