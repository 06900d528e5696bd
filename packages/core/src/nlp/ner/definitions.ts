/**
 * Names a document defines. Encyclopaedic and news text says what a thing is
 * the first time it names it: "Brensbach is a municipality in …", "Runemagick,
 * a Swedish death metal band", "the album Digilogue". The kind noun settles
 * the type the tagger could only guess from two words either side, and the
 * name keeps that type wherever the document repeats it. A person's full name
 * likewise makes the surname alone a person in the rest of the document. Pure:
 * sentences and spans in, spans out.
 */
import { CALENDAR_NAMES, KIND_NOUNS, PERSON_TITLES, STOPWORDS } from '../lexicon.js';
import type { NerSpan } from './model.js';
import { isTitleWord } from './span-rules.js';
import type { NerType } from './tags.js';

/** A name and the type its document gives it, with where it is defined. */
export interface DefinedName {
  words: readonly string[];
  type: NerType;
  sentence: number;
  start: number;
}

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words inside a name that opens a sentence ("30 Seconds to Mars", "Association of Canada"). */
const NAME_LINKS = new Set(['of', 'to', 'the', 'and', 'de', 'du', 'la', 'le', 'von', 'van', 'for', 'in', 'on', '&', "'s", '-', 'y', 'da', 'del']);
/** Words inside a name set off by a comma ("Institute of Technology , a …"). */
const APPOSED_LINKS = new Set(['of', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'del', 'da', 'y', '&']);
/** Words inside a name that follows its kind noun ("the band Bela Fleck and the Flecktones"). */
const INNER_LINKS = new Set(['of', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'del', 'da', 'y', '&', 'the', 'to']);
/** Words that end the noun phrase a kind noun heads ("a village in …", "a band founded by …"). */
const PHRASE_ENDS = new Set([
  'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'to', 'near', 'located', 'based', 'founded', 'that', 'which',
  'who', 'whose', 'where', ',', '.', '(', ';', ':', 'since', 'until', 'after', 'before', 'known', 'operated', 'created',
  'released', 'spoken', 'born', 'currently',
]);
/** Longest defined name, in tokens, and how far a kind noun is looked for. */
const NAME_MAX = 8;
const APPOSED_MAX = 6;
const PHRASE_MAX = 8;

/** Capitalised or a number: a word a name is made of ("010", "Crazyhead"). */
const isNameWord = (word: string): boolean => /^[\p{Lu}\d]/u.test(word);
/** A word written with a capital letter (not a number), and not a month or weekday. */
const isNameStart = (word: string): boolean => /^\p{Lu}/u.test(word) && !CALENDAR_NAMES.has(word);

/** The kind the noun phrase from `from` names: its last kind noun before the phrase ends ("a village and civil parish"). */
function kindOf(tokens: readonly string[], from: number): NerType | undefined {
  let kind: NerType | undefined;
  for (let i = from; i < tokens.length && i < from + PHRASE_MAX; i++) {
    const word = tokens[i]!;
    if (PHRASE_ENDS.has(word)) break;
    if (word !== word.toLowerCase()) continue;
    kind = KIND_NOUNS.get(`${tokens[i - 1]} ${word}`) ?? KIND_NOUNS.get(word) ?? kind;
  }
  return kind;
}

/** "X is a village …", "X ( 1819 - 1890 ) was a Polish playwright": the name that opens the sentence. */
function copularDefinition(tokens: readonly string[]): { start: number; end: number; type: NerType } | undefined {
  let end = 0;
  while (end < tokens.length && (isNameWord(tokens[end]!) || (end > 0 && NAME_LINKS.has(tokens[end]!)))) end++;
  while (end > 0 && !isNameWord(tokens[end - 1]!)) end--;
  if (end === 0 || end > NAME_MAX) return undefined;
  let i = end;
  if (tokens[i] === '(') {
    while (i < tokens.length && tokens[i] !== ')') i++;
    i++;
  }
  if (!COPULAS.has(tokens[i]!)) return undefined;
  i++;
  if (tokens[i] === 'one' && tokens[i + 1] === 'of') i += 2;
  if (!DETERMINERS.has(tokens[i]!)) return undefined;
  const type = kindOf(tokens, i + 1);
  // A sentence-initial "The" is the sentence's, not the name's.
  return type && { start: tokens[0] === 'The' && end > 1 ? 1 : 0, end, type };
}

/** "Runemagick , a Swedish death metal band": a name set off by a comma and an indefinite article. */
function apposedDefinitions(tokens: readonly string[]): { start: number; end: number; type: NerType }[] {
  const found: { start: number; end: number; type: NerType }[] = [];
  for (let comma = 1; comma < tokens.length - 2; comma++) {
    if (tokens[comma] !== ',' || (tokens[comma + 1] !== 'a' && tokens[comma + 1] !== 'an') || !isNameStart(tokens[comma - 1]!)) continue;
    let start = comma - 1;
    while (start > 0 && (isNameStart(tokens[start - 1]!) || (start > 1 && APPOSED_LINKS.has(tokens[start - 1]!) && isNameStart(tokens[start - 2]!)))) start--;
    if (tokens[start] === 'The' && comma - start > 1) start++;
    // "On Friday , an environmental group …": an opening adverbial, not a name.
    if (comma - start > APPOSED_MAX || STOPWORDS.has(tokens[start]!.toLowerCase())) continue;
    const type = kindOf(tokens, comma + 2);
    if (type) found.push({ start, end: comma, type });
  }
  return found;
}

/** "the album Digilogue", "the village of Aisby", "record label Distance Records": a name right after its kind. */
function namesAfterKinds(tokens: readonly string[]): { start: number; end: number; type: NerType }[] {
  const found: { start: number; end: number; type: NerType }[] = [];
  for (let kind = 0; kind < tokens.length - 1; kind++) {
    const type = tokens[kind] === tokens[kind]!.toLowerCase() ? KIND_NOUNS.get(tokens[kind]!) : undefined;
    if (!type) continue;
    let start = kind + 1;
    if (type === 'LOC' && tokens[start] === 'of') start++;
    if (!isNameStart(tokens[start] ?? '') || PERSON_TITLES.has(tokens[start]!.toLowerCase())) continue;
    let end = start;
    while (end < tokens.length && (isNameStart(tokens[end]!) || (end > start && INNER_LINKS.has(tokens[end]!) && isNameStart(tokens[end + 1] ?? '')))) end++;
    if (end - start <= APPOSED_MAX) found.push({ start, end, type });
  }
  return found;
}

/** Every name the sentences define, in order of appearance. */
export function definedNames(sentences: readonly (readonly string[])[]): DefinedName[] {
  const names: DefinedName[] = [];
  sentences.forEach((tokens, sentence) => {
    const copular = copularDefinition(tokens);
    for (const { start, end, type } of [...(copular ? [copular] : []), ...apposedDefinitions(tokens), ...namesAfterKinds(tokens)]) {
      const words = tokens.slice(start, end);
      // A lone function word ("It", "This") defines nothing.
      if (words.length === 1 && STOPWORDS.has(words[0]!.toLowerCase())) continue;
      names.push({ words, type, sentence, start });
    }
  });
  return names;
}

/**
 * The spans of every sentence once each defined name, wherever the document
 * repeats it word for word, is one span of its defined type (replacing what
 * the tagger found over those words). Words the tagger read as two names at
 * the definition ("Doug Miller of Milltech Marine , a …") define neither.
 */
export function withDefinedNames(sentences: readonly (readonly string[])[], spans: readonly (readonly NerSpan[])[]): NerSpan[][] {
  const names = definedNames(sentences).filter(
    ({ words, sentence, start }) => spans[sentence]!.filter((span) => span.start < start + words.length && start < span.end).length < 2,
  );
  if (names.length === 0) return spans.map((sentence) => [...sentence]);
  return spans.map((sentenceSpans, n) => {
    const tokens = sentences[n]!;
    let result = [...sentenceSpans];
    for (const { words, type } of names) {
      for (let start = 0; start + words.length <= tokens.length; start++) {
        if (tokens[start] !== words[0] || !words.every((word, k) => tokens[start + k] === word)) continue;
        const end = start + words.length;
        // Part of a longer name ("Jean-Jacques" + "Muyembe"): that name stands.
        if (result.some((span) => span.start <= start && end <= span.end && span.end - span.start > words.length)) continue;
        result = result.filter((span) => span.end <= start || span.start >= end);
        result.push({ start, end, type, score: 1 });
      }
    }
    return result.sort((a, b) => a.start - b.start);
  });
}

/** A title-case word that could be a surname: not a function word, a month or a weekday. */
const isSurname = (word: string): boolean => isTitleWord(word) && !STOPWORDS.has(word.toLowerCase());
const isCapitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);

/**
 * Once a document names a person in full ("Ben Player"), the surname standing
 * alone elsewhere in it is that person, even where it is a common word the
 * tagger left out ("says Player", "Player won").
 */
export function withSurnames(sentences: readonly (readonly string[])[], spans: readonly (readonly NerSpan[])[]): NerSpan[][] {
  const surnames = new Set<string>();
  spans.forEach((sentenceSpans, n) => {
    for (const span of sentenceSpans) {
      const last = sentences[n]![span.end - 1]!;
      if (span.type === 'PER' && span.end - span.start >= 2 && isSurname(last)) surnames.add(last);
    }
  });
  if (surnames.size === 0) return spans.map((sentence) => [...sentence]);
  return spans.map((sentenceSpans, n) => {
    const tokens = sentences[n]!;
    const result = [...sentenceSpans];
    for (let i = 0; i < tokens.length; i++) {
      if (!surnames.has(tokens[i]!) || result.some((span) => span.start <= i && i < span.end)) continue;
      // Next to another capitalised word it is part of some other name ("Player Award", "Ben Player").
      if (isCapitalised(tokens[i + 1]) || (i > 1 && isCapitalised(tokens[i - 1]))) continue;
      result.push({ start: i, end: i + 1, type: 'PER', score: 1 });
    }
    return result.sort((a, b) => a.start - b.start);
  });
}
