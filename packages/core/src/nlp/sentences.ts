/**
 * Document text → sentences with tokens. A line of text is a paragraph; a
 * short line with no closing punctuation is a heading (news titles and
 * section heads), which later stages treat with suspicion.
 */
import { tokenize, type Token } from './tokens.js';

export interface Sentence {
  /** Index of the sentence in its document. */
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  isHeading: boolean;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', "'", ')', ']']);
const HEADING_MAX_TOKENS = 16;
/** Longer runs (lists, tables, text without punctuation) are cut, so one odd line cannot swamp the tagger. */
export const MAX_SENTENCE_TOKENS = 120;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const tokens = tokenize(line, lineStart);
    lineStart += line.length + 1;
    if (!tokens.length) continue;
    const dateline = datelineLength(tokens);
    const groups = dateline ? [tokens.slice(0, dateline), ...splitTokens(tokens.slice(dateline))] : splitTokens(tokens);
    const heading = groups.length === 1 && looksLikeHeading(tokens);
    for (const group of groups) {
      const start = group[0].start;
      const end = group[group.length - 1].end;
      sentences.push({ index: sentences.length, text: text.slice(start, end), start, end, tokens: group, isHeading: heading });
    }
  }
  return sentences;
}

/**
 * Whether a sentence may state relations: any but a heading, and of headings the document's first line, its headline
 * ("A signs trade pact with B"); section heads ("Sources", "Reactions") state nothing.
 */
export function statesRelations(sentence: Pick<Sentence, 'index' | 'isHeading'>): boolean {
  return !sentence.isHeading || sentence.index === 0;
}

function splitTokens(tokens: Token[]): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    current.push(tokens[i]);
    if (!TERMINAL.has(tokens[i].norm)) continue;
    // "John F. Kennedy": a single capital before the full stop is an initial.
    if (tokens[i].norm === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.norm ?? '') && tokens[i - 1].end === tokens[i].start) continue;
    while (i + 1 < tokens.length && CLOSING.has(tokens[i + 1].norm)) current.push(tokens[++i]);
    const next = tokens[i + 1];
    if (!next || /^[\p{Lu}\p{N}"'(]/u.test(next.norm)) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  return groups.flatMap(capLength);
}

const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}'’.-]+$/u;
const TITLE_WORD = /^\p{Lu}[\p{Ll}\p{M}'’.-]*$/u;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const DASHES = new Set(['—', '–', '-', '--']);

/**
 * How many tokens a wire dateline opening a paragraph takes ("KAMPALA, Uganda, May 2 —", "LONDON (Agency) -"), 0
 * if there is none: the place the story was filed from, not a party to its first sentence, which the parser would
 * otherwise make its subject. A run of capitalised words, then optionally a region, a date and an agency, then a
 * dash and a capitalised word.
 */
function datelineLength(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && i < 4 && CAPITALS_WORD.test(tokens[i].text)) i += 1;
  if (i === 0) return 0;
  const isWord = (k: number, pattern: RegExp) => k < tokens.length && pattern.test(tokens[k].text);
  if (tokens[i]?.text === ',' && isWord(i + 1, TITLE_WORD) && !isWord(i + 1, MONTH)) {
    i += 2;
    while (i < tokens.length && isWord(i, TITLE_WORD) && !isWord(i, MONTH)) i += 1;
  }
  if (tokens[i]?.text === ',' && isWord(i + 1, MONTH) && isWord(i + 2, /^\d{1,2}$/)) {
    i += 3;
    if (tokens[i]?.text === ',' && isWord(i + 1, /^\d{4}$/)) i += 2;
  }
  if (tokens[i]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > i && k <= i + 5 && t.text === ')');
    if (close < 0) return 0;
    i = close + 1;
  }
  if (!DASHES.has(tokens[i]?.text ?? '')) return 0;
  i += tokens[i].text === '-' && tokens[i + 1]?.text === '-' ? 2 : 1;
  return tokens.length - i >= 3 && /^[\p{Lu}\p{N}"“']/u.test(tokens[i].text) ? i : 0;
}

// Cuts after the last comma or semicolon of each window when there is one, else at the window's end.
function capLength(group: Token[]): Token[][] {
  if (group.length <= MAX_SENTENCE_TOKENS) return [group];
  const pieces: Token[][] = [];
  let start = 0;
  while (group.length - start > MAX_SENTENCE_TOKENS) {
    let cut = start + MAX_SENTENCE_TOKENS;
    for (let i = cut - 1; i > start + MAX_SENTENCE_TOKENS / 2; i -= 1) {
      if (group[i].norm === ',' || group[i].norm === ';') {
        cut = i + 1;
        break;
      }
    }
    pieces.push(group.slice(start, cut));
    start = cut;
  }
  pieces.push(group.slice(start));
  return pieces;
}

function looksLikeHeading(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1].norm;
  if (TERMINAL.has(last) || last === ':' || CLOSING.has(last) || last === ',') return false;
  return tokens.length <= HEADING_MAX_TOKENS;
}
