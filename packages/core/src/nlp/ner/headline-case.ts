/**
 * Title-case copies of training sentences, so the tagger learns headlines
 * written in title case (`Talks Resume In Geneva As Leaders Meet`), which
 * CoNLL-2003 lacks: its headlines are in capitals. In: a CoNLL document.
 * Out: title-case copies of its capitals headlines and of its first body
 * sentence, with the same tags.
 */
import type { ConllDocument, ConllSentence } from './conll.js';

const hasLetter = (token: string): boolean => /\p{L}/u.test(token);
const isAllCaps = (token: string): boolean => hasLetter(token) && token === token.toUpperCase() && token !== token.toLowerCase();

function capitalsShare(tokens: readonly string[]): number {
  const words = tokens.filter(hasLetter);
  return words.length === 0 ? 0 : words.filter(isAllCaps).length / words.length;
}

/** English articles, conjunctions and short prepositions, which many title styles leave in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with']);

/** `keepSmallWords`: leave SMALL_WORDS in lower case. */
function titleCaseToken(token: string, fromCapitals: boolean, acronyms: ReadonlySet<string>, keepSmallWords: boolean): string {
  if (!hasLetter(token) || token.includes('.') || acronyms.has(token)) return token;
  if (keepSmallWords && SMALL_WORDS.has(token.toLowerCase()) && (fromCapitals || token === token.toLowerCase())) return token.toLowerCase();
  const rest = fromCapitals ? token.slice(1).toLowerCase() : token.slice(1);
  return token[0]!.toUpperCase() + rest;
}

/** Title-case copies of a document's capitals headlines and first body sentence. */
export function titleCaseCopies(document: ConllDocument, random: () => number): ConllSentence[] {
  const body = document.sentences.filter((s) => capitalsShare(s.tokens) <= 0.6);
  // Words the body writes in capitals are acronyms; they stay so in a title.
  const acronyms = new Set(body.flatMap((s) => s.tokens.filter((t) => isAllCaps(t) && t.length > 1)));
  const copies: ConllSentence[] = [];
  for (const sentence of document.sentences) {
    const fromCapitals = capitalsShare(sentence.tokens) > 0.6;
    if (!fromCapitals && sentence !== body[0]) continue;
    if (sentence.tokens.filter(hasLetter).length < 4) continue;
    const keepSmallWords = random() < 0.5;
    copies.push({ ...sentence, tokens: sentence.tokens.map((t) => titleCaseToken(t, fromCapitals, acronyms, keepSmallWords)) });
  }
  return copies;
}
