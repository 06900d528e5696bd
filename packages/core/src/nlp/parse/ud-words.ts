/**
 * kgraph's tokens as the treebank's words. Our tokenizer keeps contractions
 * ("don't", "we'll") and hyphenated words ("US-Iran", "well-known") whole,
 * where UD English splits them ("do" + "n't", "US" + "-" + "Iran"); the
 * possessive "'s" is split by both. In: token forms (typography folded).
 * Out: the words to parse and, for each word, the token it came from.
 */

/** Endings UD English splits off a word: negation, then the clitics. */
const CONTRACTION = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/i;

function splitContraction(form: string): string[] {
  const match = CONTRACTION.exec(form);
  if (!match || !/\p{L}/u.test(match[1]!)) return [form];
  const [, stem, clitic] = match as unknown as [string, string, string];
  return [stem, clitic];
}

function splitHyphens(form: string): string[] {
  if (!/\p{L}-\p{L}|\p{L}-\p{N}|\p{N}-\p{L}/u.test(form)) return [form];
  const words: string[] = [];
  for (const part of form.split(/(-)/)) if (part !== '') words.push(part);
  return words;
}

export interface UdWords {
  words: string[];
  /** The token index of each word. */
  tokenOf: Int32Array;
}

export function udWordsOf(forms: readonly string[]): UdWords {
  const words: string[] = [];
  const tokenOf: number[] = [];
  forms.forEach((form, token) => {
    for (const piece of splitHyphens(form)) {
      for (const word of splitContraction(piece)) {
        words.push(word);
        tokenOf.push(token);
      }
    }
  });
  return { words, tokenOf: Int32Array.from(tokenOf) };
}
