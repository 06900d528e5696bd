/**
 * Tokens with their offsets in the document text. `norm` folds typography
 * (curly quotes, dashes) so that rules and models see `Oman's` and `Oman’s`,
 * `US-Iran` and `US–Iran` alike, while offsets still point at the original.
 */
export interface Token {
  text: string;
  norm: string;
  start: number;
  end: number;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S., e.g.
    String.raw`\p{Lu}\.(?=\s+\p{Lu}\p{Ll})`, // the initial in "John F. Kennedy"
    String.raw`(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|Inc|Corp|Ltd|Co|vs|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft)\.(?=\s+[\p{Lu}\d])`,
    String.raw`['’](?:s|S)(?!\p{L})`, // possessive 's
    String.raw`\p{Lu}{1,3}\$(?=\s?\p{N})`, // a currency sign with its country's letters: A$50, HK$ 40 (no mention of a country)
    String.raw`\p{N}+(?:[.,:]\p{N}+)*(?:%|st|nd|rd|th|s)?`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{M}\p{N}]+)*(?:['’][\p{L}]+)*`,
    // Any other visible character; a format character (a zero-width joiner, a soft hyphen) is none: "Xtra\u200d's".
    String.raw`[^\s\p{Cf}]`,
  ].join('|'),
  'gu',
);

/** Whether a word is a dollar sign with its country's letters, as a token ("A$", "HK$") or a lemma ("hk$"). */
export function isLetteredCurrency(word: string): boolean {
  return /^\p{L}{1,3}\$$/u.test(word);
}

/** Below this code point no character folds, so most words are checked with one comparison a letter. */
const FIRST_FOLDED = 0x02bc;

export function normalizeTypography(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length && plain; i += 1) plain = text.charCodeAt(i) < FIRST_FOLDED;
  if (plain) return text;
  return text
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * One string per distinct word: a corpus's millions of tokens repeat a few
 * hundred thousand words, and the graph keeps every token until relations
 * are read. Cleared when it grows past its limit.
 */
const interned = new Map<string, string>();
const INTERN_LIMIT = 500_000;

function intern(word: string): string {
  const known = interned.get(word);
  if (known !== undefined) return known;
  if (interned.size >= INTERN_LIMIT) interned.clear();
  // A copy, so the pool does not hold the document the word was cut from.
  const copy = (' ' + word).slice(1);
  interned.set(copy, copy);
  return copy;
}

/**
 * The token of `text` (a document) from `start` to `end`, as `tokenize` makes it. Not interned: a
 * restored document's tokens live for one step, and looking each word up costs more than its copy.
 */
export function tokenAt(text: string, start: number, end: number): Token {
  const value = text.slice(start, end);
  return { text: value, norm: normalizeTypography(value), start, end };
}

/** Splits `text` (a slice of a document starting at `offset`) into tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const value = intern(match[0]);
    const start = offset + (match.index ?? 0);
    pushSplittingPossessive(tokens, value, start);
  }
  return tokens;
}

// "Oman’s" is one regex match because apostrophes may sit inside words (O'Brien); split the possessive off.
function pushSplittingPossessive(tokens: Token[], value: string, start: number): void {
  const possessive = /^(.+?)(['’][sS])$/u.exec(value);
  if (possessive && possessive[1].length > 0 && /\p{L}/u.test(possessive[1])) {
    const head = possessive[1];
    tokens.push({ text: head, norm: normalizeTypography(head), start, end: start + head.length });
    const tail = possessive[2];
    tokens.push({ text: tail, norm: normalizeTypography(tail), start: start + head.length, end: start + value.length });
    return;
  }
  tokens.push({ text: value, norm: normalizeTypography(value), start, end: start + value.length });
}
