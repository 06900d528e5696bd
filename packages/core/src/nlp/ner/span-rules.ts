/**
 * Mends the tagger's spans of one sentence from the words around them, where
 * a ±2-word linear model misses what English spells out: a lower-case tail after "of" that is no name's, an article or an
 * ordinal that belongs to a name, the head noun that ends a name and says its
 * type ("North Dakota Normal School"), a place run into a name after "in", a
 * title of a work in quotation marks, a day kept ("Founders Day"). Pure:
 * tokens and spans in, spans out.
 */
import {
  AWARD_HEADS,
  CALENDAR_NAMES,
  DAY_HEADS,
  EVENT_HEADS,
  EVENT_OPENERS,
  FACILITY_HEADS,
  GEOGRAPHIC_HEADS,
  ORGANIZATION_HEADS,
  PEOPLE_WORDS,
  REGION_HEADS,
  STOPWORDS,
} from '../lexicon.js';
import { headWord } from '../head-word.js';
import { isLetteredCurrency } from '../tokens.js';
import type { NerSpan } from './model.js';
import type { NerType } from './tags.js';

/** Articles that, capitalised inside a sentence right before a name, belong to it ("won A Quiet Year award"). */
const CAPITALISED_ARTICLES = new Set(['The', 'A', 'An']);
/** An ordinal right before a name is part of it ("Ninth Air Army", "42nd Division"): 18 times in 21 in CoNLL-2003's training text. */
const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth|\d+(?:st|nd|rd|th))$/;
/** Tokens after which a capitalised article only opens a quotation or a clause. */
const OPENERS = new Set(['"', "'", '(', '[', ':', ';', '-', '--', '.', '?', '!']);

/**
 * Extends spans over a capitalised "The", "A" or "An" right before them that
 * does not open the sentence, a quotation or a clause: in CoNLL-2003's training
 * text such an article is part of the name 28 times in 31.
 */
export function withCapitalisedArticles<S extends { start: number; end: number }>(tokens: readonly string[], spans: S[]): S[] {
  for (const span of spans) {
    const before = span.start - 1;
    const free = () => !spans.some((other) => other !== span && other.start <= before && before < other.end);
    if (before >= 1 && CAPITALISED_ARTICLES.has(tokens[before]!) && !OPENERS.has(tokens[before - 1]!) && free()) span.start = before;
    else if (before >= 0 && ORDINAL.test(tokens[before]!) && free()) span.start = before;
  }
  return spans;
}

/**
 * Cuts a span before an "of" after which it holds only words in lower case ("Associated Press of bank robberies"
 * read as a name up to "bank"): a name's complement is capitalised ("Department of Justice", "University of the
 * Arts"). A span that opened the sentence with one word before the "of" is dropped. Likewise a span is cut before
 * any word in lower case after which nothing is capitalised ("Velt Hall around 2:00" read as a name): words in
 * lower case stand inside a name ("Osama bin Laden", "Davao del Sur"), never at its end.
 */
export function withoutLowerCaseTails<S extends { start: number; end: number }>(tokens: readonly string[], spans: S[]): S[] {
  const kept: S[] = [];
  for (const span of spans) {
    const of = tokens.slice(span.start + 1, span.end).lastIndexOf('of') + span.start + 1;
    const tail = of > span.start && of < span.end - 1 ? tokens.slice(of + 1, span.end) : [];
    if (tail.length && tail.every((word) => /^\p{Ll}/u.test(word)) && tail.some((word) => !TITLE_SMALL_WORDS.has(word))) {
      // What is left of a span opening the sentence with one word is that word's capital, no name ("Method of …").
      if (span.start === 0 && of === 1) continue;
      span.end = of;
    }
    const lower = lowerCaseTail(tokens, span.start + 1, span.end);
    if (lower > 0) span.end = lower;
    kept.push(span);
  }
  return kept;
}

/**
 * Where, between `from` and `end`, a word in lower case starts a tail with nothing capitalised in it; -1 for none,
 * and none where the tail opens with a small word ("Treaty of 1783") or holds a name's head in lower case ("Kessel
 * River bridge", "the Velt Liquor company": older styles write it so).
 */
function lowerCaseTail(tokens: readonly string[], from: number, end: number): number {
  let at = -1;
  for (let i = end - 1; i >= from; i--) {
    const word = tokens[i]!;
    if (/^\p{Lu}/u.test(word)) break;
    if (HEAD_TYPES.has(word)) return -1;
    if (/^\p{Ll}+$/u.test(word)) at = i;
  }
  return at >= 0 && !TITLE_SMALL_WORDS.has(tokens[at]!) ? at : -1;
}

/**
 * Heads that end names of more than one kind ("West Bank", "Soviet Union",
 * "Russian Federation", "National League", "Supreme Court", "House of Commons",
 * "Hall of Fame"): they join a name the tagger cut short, but never overrule
 * the type it gave a whole name.
 */
const AMBIGUOUS_HEADS = new Set(['bank', 'union', 'federation', 'league', 'centre', 'center', 'court', 'conference', 'house', 'hall']);

/** The type a name ending in a head noun has (in lower case), by the lexicon's heads. */
const HEAD_TYPES: ReadonlyMap<string, NerType> = new Map([
  ...[...EVENT_HEADS, ...DAY_HEADS, ...AWARD_HEADS].map((head) => [head, 'MISC'] as const),
  ...[...GEOGRAPHIC_HEADS, ...FACILITY_HEADS, ...REGION_HEADS].map((head) => [head, 'LOC'] as const),
  ...[...ORGANIZATION_HEADS].map((head) => [head, 'ORG'] as const),
]);

/** A capitalised word of running text: an upper-case letter, then a lower-case one. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** How far past a span a head noun is looked for. */
const HEAD_REACH = 5;

/** A capitalised word of running text: title case, not all capitals (a headline's), not a month or weekday. */
export function isTitleWord(word: string): boolean {
  return TITLE_CASE.test(word) && !CALENDAR_NAMES.has(word);
}

/**
 * Extends a span over the title-case words right after it when they end in a
 * head noun, and gives it that head's type: the tagger often stops at the
 * part it knows ("Dutch" Air Force, "North Dakota" Normal School, "Marlow"
 * Prize). Headlines in capitals are left alone.
 */
export function extendToNameHead<S extends NerSpan>(tokens: readonly string[], spans: S[]): S[] {
  const extended = spans.map((span) => {
    let end = -1;
    for (let i = span.end; i < tokens.length && i - span.end < HEAD_REACH; i++) {
      // The head comes before any "of" ("Party Member of Parliament" is no parliament); its complement follows it.
      if (!(isTitleWord(tokens[i]!) || isHeadAbbreviation(tokens[i]!))) break;
      // A head the tagger tagged as a name of its own right after an organisation's name ("Velt Police" +
      // "Prefecture") ends that name; any other name stops the search.
      const other = spans.find((o) => o !== span && o.start <= i && i < o.end);
      const organisation = end > 0 ? HEAD_TYPES.get(tokens[end - 1]!.toLowerCase()) === 'ORG' : span.type === 'ORG';
      const lone = other !== undefined && organisation && other.start === i && other.end === i + 1 && HEAD_TYPES.has(tokens[i]!.toLowerCase());
      if (other && !lone) break;
      if (HEAD_TYPES.has(tokens[i]!.toLowerCase())) end = i + 1;
      if (lone) break;
    }
    if (end < 0) return span;
    let to = withComplement(tokens, end);
    // A span that starts in the complement and runs past it keeps those words.
    if (spans.some((other) => other.start >= end && other.start < to && other.end > to)) to = end;
    return { ...span, end: to, type: HEAD_TYPES.get(tokens[end - 1]!.toLowerCase())! };
  });
  // A complement the tagger had tagged apart ("Department of" [Justice]) is now inside the name.
  return extended.filter((span, n) => !extended.some((other, m) => m !== n && other.start <= span.start && span.end <= other.end && other.end - other.start > span.end - span.start));
}

/** A head written in short capitals ("TV", "INC"), which a headline in capitals cannot be mistaken for at that length. */
function isHeadAbbreviation(word: string): boolean {
  return word.length <= 3 && /^\p{Lu}+$/u.test(word) && HEAD_TYPES.has(word.toLowerCase());
}

/** The end of a head noun's complement ("Department" + "of Justice"), or `end` when none follows. */
function withComplement(tokens: readonly string[], end: number): number {
  if (tokens[end] !== 'of' || !isTitleWord(tokens[end + 1] ?? '')) return end;
  let to = end + 1;
  while (to < tokens.length && (isTitleWord(tokens[to]!) || ((tokens[to] === 'and' || tokens[to] === '&') && isTitleWord(tokens[to + 1] ?? '')))) to++;
  return to;
}

/**
 * A name of two words or more takes the type its head says ("Tarrow River",
 * "Mill Avenue" → LOC; "Kit Harmon Band" → ORG; "Marren Liberation War" →
 * MISC), or MISC where its first word opens an event ("Operation Silver
 * Lantern", "Battle of Ardenport"): the tagger weighs the words around a name more
 * than the name's own head.
 */
export function typedByHead<S extends NerSpan>(tokens: readonly string[], spans: S[]): S[] {
  return spans.map((span) => {
    if (span.end - span.start < 2) return span;
    const words = tokens.slice(span.start, span.end);
    const head = headWord(words);
    // A person may be named like a day ("Doris Day"); a title's complement is no head ("Dean of the House").
    if (span.type === 'PER' && (DAY_HEADS.has(head) || head === words[0]!.toLowerCase())) return span;
    const type = EVENT_OPENERS.has(words[0]!.toLowerCase()) ? 'MISC' : AMBIGUOUS_HEADS.has(head) ? undefined : HEAD_TYPES.get(head);
    return type && type !== span.type ? { ...span, type } : span;
  });
}

/**
 * A span the tagger ran over "in" or "at" after a name's head is two names, the
 * second a place ("Harbour Medical Center in Ardenport", "Guild Hall at Linmouth").
 * Given `isPlace` (the mention stage, which has the reference lists), it splits
 * instead where the words after "in" or "at" are a known place, whatever the head
 * ("the Kessel Centre for Surgery in Lindholm").
 */
export function splitAtPlace<S extends { start: number; end: number; type?: NerType }>(tokens: readonly string[], spans: readonly S[], isPlace?: (start: number, end: number) => boolean): S[] {
  return spans.flatMap((span): S[] => {
    for (let k = span.start + 1; k < span.end - 1; k++) {
      if ((tokens[k] !== 'in' && tokens[k] !== 'at') || !isTitleWord(tokens[k + 1]!)) continue;
      if (isPlace ? !isTitleWord(tokens[k - 1]!) || !isPlace(k + 1, span.end) : !HEAD_TYPES.has(tokens[k - 1]!.toLowerCase())) continue;
      return [
        { ...span, end: k },
        { ...span, start: k + 1, type: 'LOC' },
      ];
    }
    return [span];
  });
}

/** Title-case words ending in "Day" or "Eve" that the tagger left out: a day kept ("Founders Day", "Harvest Day"). */
export function namedDays(tokens: readonly string[], spans: readonly NerSpan[]): NerSpan[] {
  const days: NerSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!DAY_HEADS.has(tokens[i]!.toLowerCase()) || !isTitleWord(tokens[i]!)) continue;
    let start = i;
    while (start > 0 && isTitleWord(tokens[start - 1]!) && !STOPWORDS.has(tokens[start - 1]!.toLowerCase())) start--;
    if (start === i || spans.some((span) => span.start <= i && start < span.end)) continue;
    days.push({ start, end: i + 1, type: 'MISC', score: 1 });
  }
  return days;
}

/** Small words a title keeps in lower case ("Songs of the Sea", "Time to Let Go"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'from', 'with', 'by', 'as', 'is', 'it', 'be', 'are', 'was', 'up', 'out', 'no', 'not', 'so', 'all', 'my', 'your', 'me', 'you', "'s", "n't", "'re"]);
/** Longest quotation read as a title, in tokens. */
const TITLE_MAX = 8;

/**
 * A short quotation in title case that the tagger found nothing in is the
 * title of a work ("the video for " Paper Harbour "", a tour called
 * " Songs of the Sea "): speech is not written in title case.
 */
export function quotedTitles(tokens: readonly string[], spans: readonly NerSpan[]): NerSpan[] {
  const titles: NerSpan[] = [];
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open] !== '"') continue;
    let close = open + 1;
    while (close < tokens.length && tokens[close] !== '"' && close - open <= TITLE_MAX) close++;
    if (tokens[close] !== '"') continue;
    const start = open + 1;
    const words = tokens.slice(start, close);
    const titled =
      words.length > 0 &&
      /^[\p{Lu}\d]/u.test(words[0]!) &&
      /^[\p{L}\d]/u.test(words[words.length - 1]!) &&
      words.every((word) => /^[\p{Lu}\d]/u.test(word) || TITLE_SMALL_WORDS.has(word) || !/[\p{L}\d]/u.test(word));
    if (titled && !spans.some((span) => span.start < close && start < span.end)) titles.push({ start, end: close, type: 'MISC', score: 1 });
    open = close;
  }
  return titles;
}

/**
 * A run of capitalised words that opens the sentence, which the tagger found nothing in, is a name when its later
 * words are capitalised too and a verb follows it ("Human Rights Watch accused …", "Reporters Without Borders
 * urged …"): inside a sentence only a name is so spelt, and the tagger, which reads a capital at the start as the
 * sentence's, misses names made of common words there. An organisation unless its head says otherwise. Not a run
 * with a function word, a day or a month in it ("Early Saturday morning", "MS Although we …").
 */
export function openingNames(tokens: readonly string[], spans: readonly NerSpan[]): NerSpan[] {
  const capitalised = (t: number) => /^\p{Lu}[\p{Ll}\p{Lu}'’.-]*$/u.test(tokens[t] ?? '');
  // (Nor one opened by a sentence adverb or a participle: "Evidently Bill was …", "Representing the Emperor, …".)
  const first = (tokens[0] ?? '').toLowerCase();
  if (!capitalised(0) || STOPWORDS.has(first) || SENTENCE_ADVERBS.has(first) || /(?:ly|ing)$/.test(first)) return [];
  let end = 1;
  // (Small words may stand inside it: "Save the Children", "Friends of the Earth".)
  while (end < tokens.length && (capitalised(end) || (NAME_SMALL_WORDS.has(tokens[end]!) && capitalised(end + 1) && end + 1 < tokens.length))) end++;
  const next = tokens[end];
  const run = tokens.slice(0, end);
  // (Nor with the pronoun "I": "Basically I lost …".)
  const plain = run.every((word, i) => word !== 'I' && !CALENDAR_NAMES.has(word) && (i === 0 || !/^\p{Lu}/u.test(word) || !STOPWORDS.has(word.toLowerCase()) || NAME_PREPOSITIONS.has(word.toLowerCase())));
  // (One word alone is a name only as an acronym of three capitals or more, "UNVRC airlifted …": a word's capital
  // there is the sentence's, and a rare word as often a technical term as a name, "Chlorothiazide is …".)
  const acronym = end === 1 && /^\p{Lu}{3,}$/u.test(tokens[0]!);
  if ((end < 2 && !acronym) || next === undefined || !FINITE_VERB_LIKE.test(next) || !plain || spans.some((span) => span.start < end)) return [];
  return [{ start: 0, end, type: 'ORG', score: 1 }];
}

/** Prepositions a name made of common words may hold, capitalised ("Reporters Without Borders", "Teachers Against Hunger"). */
const NAME_PREPOSITIONS = new Set(['without', 'against', 'for', 'of', 'on', 'in', 'at', 'to', 'across', 'beyond', 'under', 'over', 'with']);
/** Small words such a name may hold in lower case ("Save the Children", "Friends of the Earth", "Fund for Peace"). */
const NAME_SMALL_WORDS = new Set(['the', 'of', 'for']);
/** Adverbs that open a sentence in capitals without naming anything ("Hence P is …"). */
const SENTENCE_ADVERBS = new Set(['hence', 'thus', 'still', 'yet', 'instead', 'perhaps', 'maybe']);
/**
 * A word that may be the verb after a subject: an auxiliary, a past form in -ed, or a present form news uses of a
 * body ("says", "urges"); other words in -s are as likely plural nouns ("Dirty Reactionary bastards").
 */
const FINITE_VERB_LIKE =
  /^(?:has|have|had|is|was|were|are|will|would|can|could|may|might|must|should|said|told|\p{Ll}{2,}ed|(?:say|tell|urge|call|accuse|warn|claim|deny|condemn|demand|welcome|reject|announce|report|ask|plan|seek|want)s)$/u;

/** How many title-case words a possessive name may open with ("the Auditor General's Office"). */
const POSSESSOR_REACH = 3;

/**
 * A body named by an office-holder's or a group's possessive and an organisation's head ("the Attorney General's
 * Office", "the Ombudsman's Office", "Children's Hospital") is one organisation: the tagger, reading "'s" as a
 * possessor's mark, keeps at most the title. Not where the possessor is a person or a place the tagger found
 * ("Kit Harmon's Band", "Velt's Army" are theirs), nor a day ("Monday's Council session").
 */
export function possessiveNames<S extends NerSpan>(tokens: readonly string[], spans: readonly S[]): NerSpan[] {
  const found: NerSpan[] = [];
  for (let mark = 1; mark < tokens.length - 1; mark++) {
    // (The head ends the name, and the possessor is no body itself: "Kessel University's College of …", "C Command's
    // Navy Information Agency" are units of a body.)
    if (tokens[mark] !== "'s" || !isTitleWord(tokens[mark + 1]!) || HEAD_TYPES.get(tokens[mark + 1]!.toLowerCase()) !== 'ORG' || isTitleWord(tokens[mark + 2] ?? '')) continue;
    if (HEAD_TYPES.has(tokens[mark - 1]!.toLowerCase())) continue;
    // (Nor a function or time word: "The …", "Today's …".)
    let start = mark;
    while (start > 0 && mark - start < POSSESSOR_REACH && isTitleWord(tokens[start - 1]!) && !STOPWORDS.has(tokens[start - 1]!.toLowerCase())) start--;
    // (Nor the end of a longer name: "the University of Maryland's College of …" is the university's.)
    if (start === mark || spans.some((span) => span.start < mark && span.end > start && (span.type !== 'ORG' || span.start < start))) continue;
    found.push({ start, end: withComplement(tokens, mark + 2), type: 'ORG', score: 1 });
  }
  return found;
}

/** Kinds of body a name is set before in lower case, as news writes them: "the Velt party", "the Korr militia". */
const BODY_KINDS_AFTER = new Set(['party', 'group', 'movement', 'militia', 'union', 'gang', 'cartel', 'faction', 'alliance', 'coalition', 'front']);
/** Endings of words of people and creeds, which a body's kind follows too ("the Kurdish party", "the Islamist group"). */
const PEOPLE_ADJECTIVE_ENDING = /(?:an|ese|ish|ic|ist|ite|i)$/;

/**
 * A name the tagger gave no kind (MISC) right before a body's kind noun in lower case is that body: "members of
 * the Velt party", "the opposition Korr movement". Not a people's or creed's word ("the Kurdish party"), a hyphened
 * description ("the Lima-based group"), an event's or a day's name ("a World Cup group", "the Founders' Day party"),
 * nor a party one gives ("a Velt party").
 */
export function typedByKindAfter<S extends NerSpan>(tokens: readonly string[], spans: S[]): S[] {
  return spans.map((span) => {
    const words = tokens.slice(span.start, span.end);
    const last = words[words.length - 1]!;
    const kind = tokens[span.end];
    if (span.type !== 'MISC' || kind === undefined || !BODY_KINDS_AFTER.has(kind) || !isTitleWord(words[0]!)) return span;
    // (Nor an event's, prize's or day's name: "a World Cup group", "the Founders Day party".)
    if (PEOPLE_ADJECTIVE_ENDING.test(last.toLowerCase()) || PEOPLE_WORDS.has(last.toLowerCase()) || words.some((word) => /-\p{Ll}/u.test(word) || word === "'s") || HEAD_TYPES.get(last.toLowerCase()) === 'MISC') return span;
    if (kind === 'party' && ['a', 'an'].includes(tokens[span.start - 1]?.toLowerCase() ?? '')) return span;
    return { ...span, type: 'ORG' as const };
  });
}

/** A middle initial: one capital letter and a full stop. */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * A person's name never ends in a middle initial: the capitalised word after it is the surname, which the tagger
 * leaves out where it is also a common word ("Mara K. Stone" read as "Mara K."). A name tagged apart right there
 * is the same name's end.
 */
export function withSurnameAfterInitial<S extends NerSpan>(tokens: readonly string[], spans: S[]): S[] {
  const result: S[] = [];
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n]!;
    const next = spans[n + 1];
    if (span.type !== 'PER' || span.end - span.start < 2 || !INITIAL.test(tokens[span.end - 1]!) || !isTitleWord(tokens[span.end] ?? '')) {
      result.push(span);
      continue;
    }
    if (next && next.start === span.end) {
      result.push({ ...span, end: next.end });
      n++;
    } else result.push({ ...span, end: span.end + 1 });
  }
  return result;
}

/**
 * Every rule above, in order, over one sentence's spans (sorted by start). In
 * a headline whose capitals mark no names (`capitalsLine`, as the tagger's
 * features read it), only articles and ordinals are taken in.
 */
export function mendSpans<S extends NerSpan>(tokens: readonly string[], spans: S[], capitalsLine = false): NerSpan[] {
  // (A dollar sign with its country's letters, "A$", is money, no name.)
  const named = spans.filter((span) => span.end - span.start > 1 || !isLetteredCurrency(tokens[span.start]!));
  const withArticles: NerSpan[] = withSurnameAfterInitial(tokens, withCapitalisedArticles(tokens, withoutLowerCaseTails(tokens, named)));
  if (capitalsLine) return withArticles;
  const possessive = possessiveNames(tokens, withArticles);
  const kept = withArticles.filter((span) => !possessive.some((name) => span.start < name.end && span.end > name.start));
  const mended = typedByKindAfter(tokens, typedByHead(tokens, splitAtPlace(tokens, extendToNameHead(tokens, [...openingNames(tokens, kept), ...kept, ...possessive].sort((a, b) => a.start - b.start)))));
  mended.push(...namedDays(tokens, mended));
  mended.push(...quotedTitles(tokens, mended));
  return mended.sort((a, b) => a.start - b.start);
}
