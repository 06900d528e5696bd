/**
 * The edits the mends make to a parse, and the questions they ask of it: a copy-on-write list of new heads and
 * relations, a word's children, where a phrase starts, whether one word reaches another.
 */
import type { TokenParse } from '../../nlp/parse/index.js';
import { TIME_NOUNS } from '../syntax-words.js';

/** The tokens a name covers, from `start` up to `end`. */
export interface NameSpan {
  start: number;
  end: number;
}

/** A parse mend: a sentence's parse with one known misreading put right (or the parse itself where it has none). */
export type Mend = (parse: TokenParse, forms: readonly string[], names: readonly NameSpan[]) => TokenParse;

/** The preposition of a nominal, before the tree's lists of dependents exist (its first "case" word). */
export function caseOf(parse: TokenParse, token: number): string | undefined {
  const marker = childrenIn(parse, token).find((c) => parse.deprel[c] === 'case' && c < token);
  return marker === undefined ? undefined : parse.lemma[marker]!.toLowerCase();
}

/** A copy of a parse's heads and relations made on the first change, so that a parse nothing changes is returned as it is. */
export function reattachments(parse: TokenParse): { attach(token: number, head: number, relation: string): void; result(): TokenParse } {
  let head = parse.head;
  let deprel = parse.deprel;
  return {
    attach(token, to, relation) {
      if (head === parse.head) [head, deprel] = [parse.head.slice(), [...parse.deprel]];
      head[token] = to;
      deprel[token] = relation;
    },
    result: () => (head === parse.head ? parse : { ...parse, head, deprel }),
  };
}

/** The nearest verb above `token` (within eight steps), or -1. */
export function verbAbove(parse: TokenParse, token: number): number {
  let verb = parse.head[token]!;
  for (let depth = 0; verb >= 0 && parse.upos[verb] !== 'VERB' && depth < 8; depth += 1) verb = parse.head[verb]!;
  return verb >= 0 && parse.upos[verb] === 'VERB' ? verb : -1;
}

/** The first word of the phrase `token` heads: its earliest dependent before it (`own`), punctuation aside. */
export function phraseStart(parse: TokenParse, token: number, own: readonly number[]): number {
  return Math.min(token, ...own.filter((t) => t < token && parse.deprel[t] !== 'punct'));
}

/** Whether `token`'s chain of heads reaches `ancestor` (or is it) within `limit` steps. */
export function reaches(parse: TokenParse, token: number, ancestor: number, limit: number): boolean {
  let up = token;
  for (let depth = 0; up >= 0 && up !== ancestor && depth < limit; depth += 1) up = parse.head[up]!;
  return up === ancestor;
}

/** The tokens whose head is `token`, before the tree's lists of dependents exist. */
export function childrenIn(parse: TokenParse, token: number): number[] {
  const found: number[] = [];
  parse.head.forEach((head, t) => {
    if (head === token) found.push(t);
  });
  return found;
}

/**
 * Whether `noun` is a noun hung as an oblique on a verb before it with no preposition of its own ("allowed a mission
 * to …", "shot down a bomber" read without an object): the shape the object mends look for.
 */
export function isBareOblique(parse: TokenParse, noun: number, own: readonly number[]): boolean {
  const verb = parse.head[noun]!;
  return parse.deprel[noun] === 'obl' && verb >= 0 && verb < noun && parse.upos[verb] === 'VERB' && parse.upos[noun] === 'NOUN' && !own.some((c) => parse.deprel[c] === 'case');
}

/**
 * The words between `comma` and `verb` hung on a fronted phrase of the verb (and the verb's subject that
 * describes them, after a comma of its own), if every word between fits a subject; else none.
 */
export function hungAfter(parse: TokenParse, comma: number, verb: number, description: number | undefined): number[] {
  const hung: number[] = [];
  for (let t = comma + 1; t < verb; t += 1) {
    const governor = parse.head[t]!;
    if (parse.upos[t] === 'PUNCT') continue;
    if (t === description) {
      if (!hung.length || !phraseAfterComma(parse, t)) return [];
      hung.push(t);
    } else if (governor === verb) {
      if (!/^(?:aux|advmod)/.test(parse.deprel[t]!) || !hung.length) return [];
    } else if (governor >= 0 && governor < comma) {
      if (!/^(?:conj|appos|flat)/.test(parse.deprel[t]!) || adverbialOf(parse, governor, comma) !== verb) return [];
      // Before a subject, a name after a name (not a date) and its comma is where that one lies ("In Lima, Chile,
      // the ministers met"); a name with a preposition is no subject ("besides A, B met C").
      if (description !== undefined && !hung.length && governor === comma - 1 && parse.upos[governor] === 'PROPN' && !TIME_NOUNS.has(parse.lemma[governor]!.toLowerCase())) return [];
      if (!hung.length && parse.deprel.some((relation, c) => parse.head[c] === t && relation === 'case')) return [];
      hung.push(t);
    } else if (governor <= comma || governor > verb) return [];
  }
  return description === undefined || hung.includes(description) ? hung : [];
}

/** Whether the phrase `token` heads opens right after a comma ("…, the minister of B"). */
function phraseAfterComma(parse: TokenParse, token: number): boolean {
  let start = token;
  for (let t = token - 1; t >= 0 && parse.head[t] === token && parse.upos[t] !== 'PUNCT'; t -= 1) start = t;
  return start > 0 && parse.lemma[start - 1] === ',';
}

/** The first token of a token's phrase (its leftmost descendant), before the tree's lists of dependents exist. */
export function firstIn(parse: TokenParse, token: number): number {
  let first = token;
  parse.head.forEach((_h, t) => {
    if (t < first && reaches(parse, t, token, 6)) first = t;
  });
  return first;
}

/** The last token of a token's phrase (its rightmost descendant), before the tree's lists of dependents exist. */
export function lastIn(parse: TokenParse, token: number): number {
  let last = token;
  parse.head.forEach((_h, t) => {
    if (t > last && reaches(parse, t, token, 6)) last = t;
  });
  return last;
}

/** The verb whose adverbial phrase, all before `limit`, holds `token`, if any. */
function adverbialOf(parse: TokenParse, token: number, limit: number): number | undefined {
  let t = token;
  for (let depth = 0; depth < 12 && t >= 0 && t < limit; depth += 1) {
    const governor = parse.head[t]!;
    if (governor >= limit) return /^(?:obl|advcl|advmod|nmod)/.test(parse.deprel[t]!) ? governor : undefined;
    t = governor;
  }
  return undefined;
}
