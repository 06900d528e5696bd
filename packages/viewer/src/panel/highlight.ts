/**
 * Splits a sentence into plain and marked pieces where any of the terms
 * occurs (case-insensitive, longest term first, whole-word boundaries where
 * the term starts or ends with a letter). Pure, so the panel can render the
 * pieces with textContent.
 */
export interface Piece {
  text: string;
  marked: boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlightTerms(sentence: string, terms: readonly string[]): Piece[] {
  const unique = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (!unique.length) return [{ text: sentence, marked: false }];
  const pattern = unique
    .map((term) => {
      const start = /^\p{L}/u.test(term) ? '(?<![\\p{L}\\p{N}])' : '';
      const end = /\p{L}$/u.test(term) ? '(?![\\p{L}\\p{N}])' : '';
      return `${start}${escapeRegExp(term)}${end}`;
    })
    .join('|');
  const regex = new RegExp(pattern, 'giu');
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of sentence.matchAll(regex)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push({ text: sentence.slice(last, index), marked: false });
    pieces.push({ text: match[0], marked: true });
    last = index + match[0].length;
  }
  if (last < sentence.length) pieces.push({ text: sentence.slice(last), marked: false });
  return pieces;
}
