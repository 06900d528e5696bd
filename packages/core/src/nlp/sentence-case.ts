/**
 * Headlines in title case read in sentence case. In "Gavoria Urges Council to Free Detained Reporters" every word
 * is capitalised, so capitals say nothing of names: the tagger finds names in verbs and nouns, and the parser reads
 * them as proper nouns. Written as a sentence would be ("Gavoria urges council to free detained reporters"), the
 * words news text writes in lower case lose their capitals, and names keep theirs. The token's text is untouched
 * (evidence and names are quoted as written); only `norm`, what the tagger and the parser read, changes.
 */
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readModelBytes } from '../util/read-model-bytes.js';
import { loadGazetteer, phraseKey } from './gazetteer.js';
import { REMIT_HEADS, STOPWORDS } from './lexicon.js';
import { loadWordCategories } from './parse/load.js';
import { regularVerbLemmas } from './parse/verb-dictionary.js';
import type { Sentence } from './sentences.js';
import type { Token } from './tokens.js';

/** What reading a heading in sentence case asks of its words. */
export interface CaseReader {
  /** Whether sentence case writes a word (in any case) in lower case. */
  isLowerCase(word: string): boolean;
  /** Whether a word may be a headline's verb ("Urges", "Backs", "Meet"): no common word of a body's name. */
  isVerbWord(word: string): boolean;
}

/** Each word as news and web text mostly writes it, lower case or capitalised (scripts/word-case.ts). */
export const WORD_CASE_PATH = fileURLToPath(new URL('../../models/word-case.txt.gz', import.meta.url));

/**
 * Which words sentence case writes in lower case: those the counted text writes so most often; of the words it
 * never met, those a dictionary knows (`isDictionaryWord`: a lemma or a form its endings lead back to, "deports",
 * "blogger"). A word the text writes capitalised most often ("Council", "Malaysia") keeps its capital, and so does a
 * word neither knows (a name).
 */
export class WordCase implements CaseReader {
  private readonly lower = new Set<string>();
  private readonly capitalised = new Set<string>();

  /**
   * `table`: one word a line as mostly written; "#" lines are comments. `dictionary`: whether a dictionary knows a
   * word, reads it as a verb's form or as mostly a verb, and whether reference lists know it as a place, whose
   * capital it keeps whatever the table says (the counted text writes some places in lower case, as a brand).
   */
  constructor(
    table: string,
    private readonly dictionary: WordDictionary = {},
  ) {
    for (const line of table.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      if (line === line.toLowerCase()) this.lower.add(line);
      else this.capitalised.add(line.toLowerCase());
    }
  }

  /** Whether sentence case writes a word (in any case) in lower case. */
  isLowerCase(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.dictionary.isPlace?.(lower)) return false;
    if (this.lower.has(lower)) return true;
    if (this.capitalised.has(lower)) return false;
    return this.dictionary.isWord?.(lower) ?? false;
  }

  /** Whether a word may be a headline's verb; without a dictionary, any word may. */
  isVerbWord(word: string): boolean {
    return this.dictionary.isVerbWord?.(word.toLowerCase()) ?? true;
  }
}

/** What a dictionary and reference lists say of a word in lower case (`WordCase`). */
export interface WordDictionary {
  isWord?: (word: string) => boolean;
  isVerbWord?: (word: string) => boolean;
  isPlace?: (word: string) => boolean;
}

let shipped: WordCase | undefined;

/**
 * The shipped table, with WordNet's words (the tagger's dictionary) for those it lacks, places of the gazetteer aside
 * (WordNet lists "belize" and "niger" in lower case); read on the first call.
 */
export function loadWordCase(): WordCase {
  if (shipped) return shipped;
  const categories = loadWordCategories();
  const places = loadGazetteer().entries;
  // Any word a verb's ending leads back to counts, whatever its part ("firefighting": WordNet's noun "firefight").
  const known = (word: string) => categories.codeOf(word) !== 0;
  const isWord = (word: string) => known(word) || regularVerbLemmas(word).some(known);
  const isPlace = (word: string) => places.has(phraseKey(word.charAt(0).toUpperCase() + word.slice(1)));
  // A verb's form its ending leads back to a verb met in WordNet's tagged text ("Urges", "Backs"), or a word met most
  // often as a verb ("Meet"); not "Teachers", "Trade" (mostly a noun).
  const verbLevel = (code: number) => (code >> 2) & 3;
  const isVerbWord = (word: string) => {
    const code = categories.codeOf(word);
    return verbLevel(code >> 8) >= 2 || verbLevel(code) === 3;
  };
  shipped = new WordCase(gunzipSync(readModelBytes(WORD_CASE_PATH, 'word case')).toString('utf8'), { isWord, isVerbWord, isPlace });
  return shipped;
}

const TITLE_CASED = /^\p{Lu}[\p{Ll}'’]*$/u;

/**
 * Whether a heading is in title case: its words of four letters or more, at least two, all capitalised but function
 * words ("Talks with B"; one other in lower case, "Valdoria attends Kessel Fair", is sentence case with names in
 * it), and not mostly in capitals (a headline in capitals is the tagger's to read, as CoNLL's are).
 */
export function isTitleCaseHeading(sentence: Pick<Sentence, 'isHeading' | 'tokens'>): boolean {
  if (!sentence.isHeading) return false;
  const long = sentence.tokens.filter((token) => /^\p{L}{4}/u.test(token.norm) && !STOPWORDS.has(token.norm.toLowerCase()));
  const capitalised = long.filter((token) => /^\p{Lu}/u.test(token.norm));
  const capitals = long.filter((token) => token.norm === token.norm.toUpperCase());
  return long.length >= 2 && capitalised.length === long.length && capitals.length < 0.5 * long.length;
}

/** A title-cased word (or each part of a hyphenated one) in lower case where `isLower` says so; otherwise undefined. */
function lowered(word: string, isLower: (word: string) => boolean): string | undefined {
  const parts = word.split('-');
  if (!parts.every((part) => TITLE_CASED.test(part) && isLower(part))) return undefined;
  return word.toLowerCase();
}

/**
 * The sentence as sentence case writes it, where it is a heading in title case: each word but the first that
 * `reader` calls a lower-case word loses its capital, unless it heads a body's name right after a word that keeps
 * its own ("Velt Alliance", "Kessel Party"; not "Kessel police", which stands for Kessel), or lies in such a name
 * between the two (`bodyNameWords`). Any other sentence is returned as it is.
 */
export function readInSentenceCase(sentence: Sentence, reader: CaseReader): Sentence {
  if (!isTitleCaseHeading(sentence)) return sentence;
  const isLower = (word: string) => reader.isLowerCase(word);
  const inBodyName = bodyNameWords(sentence.tokens, reader);
  const tokens: Token[] = [];
  sentence.tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const afterName = before !== undefined && /^\p{Lu}/u.test(before.norm) && (i > 1 || !isLower(before.norm));
    const kept = inBodyName.has(i) || (afterName && REMIT_HEADS.has(token.norm.toLowerCase()));
    const norm = i > 0 && !kept ? lowered(token.norm, isLower) : undefined;
    tokens.push(norm === undefined ? token : { ...token, norm });
  });
  return { ...sentence, tokens };
}

/** At most this many common words stand between a name and a body's head in the body's name. */
const BODY_NAME_WORDS = 3;

/**
 * The common words of a heading that, with the body's head after them, name a body after a name ("Valdoria Teachers
 * Union", "Valdoria's Energy Ministry"): a name (or its possessive), then words that are no verb of the headline,
 * then the head. Written in sentence case, such a name keeps its capitals.
 */
function bodyNameWords(tokens: readonly Token[], reader: CaseReader): Set<number> {
  const kept = new Set<number>();
  tokens.forEach((token, head) => {
    if (!REMIT_HEADS.has(token.norm.toLowerCase()) || !TITLE_CASED.test(token.norm)) return;
    let first = head;
    while (first - 1 > 0 && head - first < BODY_NAME_WORDS && isCommonNameWord(tokens[first - 1]!.norm, reader)) first -= 1;
    if (first === head) return;
    const anchor = tokens[first - 1]?.norm === "'s" ? first - 2 : first - 1;
    const name = tokens[anchor]?.norm ?? '';
    if (anchor < 0 || !/^\p{Lu}/u.test(name) || reader.isLowerCase(name)) return;
    for (let i = first; i <= head; i += 1) kept.add(i);
  });
  return kept;
}

function isCommonNameWord(word: string, reader: CaseReader): boolean {
  return TITLE_CASED.test(word) && !STOPWORDS.has(word.toLowerCase()) && !REMIT_HEADS.has(word.toLowerCase()) && reader.isLowerCase(word) && !reader.isVerbWord(word);
}
