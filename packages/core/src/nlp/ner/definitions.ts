/**
 * Names a document defines. Encyclopaedic and news text says what a thing is
 * the first time it names it: "Orlenbach is a municipality in …", "Grimhallow,
 * a Swedish death metal band", "the album Saltwater Hours". The kind noun settles
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

/** Words `[start, end)` of a sentence that a pattern found defined as a `type`. */
type Found = { start: number; end: number; type: NerType };

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words inside a name that opens a sentence ("40 Rooms to Jupiter", "Association of Ottley"). */
const NAME_LINKS = new Set(['of', 'to', 'the', 'and', 'de', 'du', 'la', 'le', 'von', 'van', 'for', 'in', 'on', '&', "'s", '-', 'y', 'da', 'del']);
/** Words inside a name set off by a comma ("Institute of Technology , a …"). */
const APPOSED_LINKS = new Set(['of', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'del', 'da', 'y', '&']);
/** Words inside a name that follows its kind noun ("the band Ray Dunn and the Tides"). */
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

/** Capitalised or a number: a word a name is made of ("010", "Ravenfold"). */
const isNameWord = (word: string): boolean => /^[\p{Lu}\d]/u.test(word);
/** A word written with a capital letter (not a number). */
const isCapitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
/** A capitalised word that is not a month or weekday. */
const isNameStart = (word: string): boolean => isCapitalised(word) && !CALENDAR_NAMES.has(word);

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

/** The end of the name-word run from `start` (with the links a name holds inside), or `start` when there is none. */
function nameRunEnd(tokens: readonly string[], start: number): number {
  let end = start;
  while (end < tokens.length && (isNameWord(tokens[end]!) || (end > start && NAME_LINKS.has(tokens[end]!)))) end++;
  while (end > start && !isNameWord(tokens[end - 1]!)) end--;
  return end;
}

/** Past the parentheses at `i` ("( 1819 - 1890 )", "( or Forty Rooms to Jupiter )"); whether one gave a birth. */
function pastParentheses(tokens: readonly string[], i: number): { next: number; born: boolean } {
  let born = false;
  while (tokens[i] === '(') {
    born ||= tokens[i + 1] === 'born' || tokens[i + 1] === 'b.';
    while (i < tokens.length && tokens[i] !== ')') i++;
    i++;
  }
  return { next: i, born };
}

/**
 * "X is a village …", "X ( 1819 - 1890 ) was a Polish playwright", "X or Y
 * were a minority": the names that open the sentence. A name followed by
 * "( born …" is a person whatever follows.
 */
function copularDefinitions(tokens: readonly string[]): Found[] {
  const names: { start: number; end: number }[] = [];
  let end = nameRunEnd(tokens, 0);
  if (end === 0 || end > NAME_MAX) return [];
  // A sentence-initial "The" is the sentence's, not the name's.
  names.push({ start: tokens[0] === 'The' && end > 1 ? 1 : 0, end });
  let { next: i, born } = pastParentheses(tokens, end);
  if (born) return names.map((name) => ({ ...name, type: 'PER' }));
  if (tokens[i] === 'or' && (end = nameRunEnd(tokens, i + 1)) > i + 1 && end - i - 1 <= NAME_MAX) {
    names.push({ start: i + 1, end });
    ({ next: i } = pastParentheses(tokens, end));
  }
  if (!COPULAS.has(tokens[i]!)) return [];
  i++;
  if (tokens[i] === 'one' && tokens[i + 1] === 'of') i += 2;
  if (!DETERMINERS.has(tokens[i]!)) return [];
  const type = kindOf(tokens, i + 1);
  return type ? names.map((name) => ({ ...name, type })) : [];
}

/** "Grimhallow , a Swedish death metal band": a name set off by a comma and an indefinite article. */
function apposedDefinitions(tokens: readonly string[]): Found[] {
  const found: Found[] = [];
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

/** "the album Saltwater Hours", "the village of Ottley", "record label Velvet Pier Records": a name right after its kind. */
function namesAfterKinds(tokens: readonly string[]): Found[] {
  const found: Found[] = [];
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
    for (const { start, end, type } of [...copularDefinitions(tokens), ...apposedDefinitions(tokens), ...namesAfterKinds(tokens)]) {
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
 * the definition ("Dana Whitfield of Harborline Marine , a …") define neither.
 */
export function withDefinedNames(sentences: readonly (readonly string[])[], spans: readonly (readonly NerSpan[])[]): NerSpan[][] {
  const names = definedNames(sentences).filter(
    ({ words, sentence, start }) => spans[sentence]!.filter((span) => span.start < start + words.length && start < span.end).length < 2,
  );
  // Indexed by first word: a sentence is read once, whatever the number of names.
  const byFirstWord = new Map<string, DefinedName[]>();
  for (const name of names) {
    const first = name.words[0]!;
    const same = byFirstWord.get(first);
    if (same) same.push(name);
    else byFirstWord.set(first, [name]);
  }
  return spans.map((sentenceSpans, n) => {
    const tokens = sentences[n]!;
    let result = [...sentenceSpans];
    let changed = false;
    for (let start = 0; start < tokens.length; start++) {
      for (const { words, type } of byFirstWord.get(tokens[start]!) ?? []) {
        const end = start + words.length;
        if (end > tokens.length || !words.every((word, k) => tokens[start + k] === word)) continue;
        // Part of a longer name ("Jean-Paul" + "Mabeko"): that name stands.
        if (result.some((span) => span.start <= start && end <= span.end && span.end - span.start > words.length)) continue;
        result = result.filter((span) => span.end <= start || span.start >= end);
        result.push({ start, end, type, score: 1 });
        changed = true;
      }
    }
    return changed ? result.sort((a, b) => a.start - b.start) : result;
  });
}

/** A title-case word that could be a surname: not a function word, a month or a weekday. */
const isSurname = (word: string): boolean => isTitleWord(word) && !STOPWORDS.has(word.toLowerCase());

/**
 * Once a document names a person in full ("Lena Quarrell"), the surname standing
 * alone elsewhere in it is that person, even where it is a common word the
 * tagger left out ("says Quarrell", "Quarrell won").
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
    const before = result.length;
    for (let i = 0; i < tokens.length; i++) {
      if (!surnames.has(tokens[i]!) || result.some((span) => span.start <= i && i < span.end)) continue;
      // Next to another capitalised word it is part of some other name ("Quarrell Award", "Lena Quarrell").
      if (isCapitalised(tokens[i + 1]) || (i > 1 && isCapitalised(tokens[i - 1]))) continue;
      result.push({ start: i, end: i + 1, type: 'PER', score: 1 });
    }
    return result.length > before ? result.sort((a, b) => a.start - b.start) : result;
  });
}
