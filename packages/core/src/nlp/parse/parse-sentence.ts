/**
 * The syntactic reading of one of kgraph's sentences: UPOS, lemma, head and
 * UD relation for each `Token`. A token split into several treebank words
 * ("don't", "US-Iran") takes the reading of its word whose head lies outside
 * it (the head of "do n't" is "do"), and the heads of words point at tokens.
 */
import type { Token } from '../tokens.js';
import { loadParserModel } from './load.js';
import type { ParserModel } from './model.js';
import { udWordsOf } from './ud-words.js';

export interface TokenParse {
  upos: string[];
  lemma: string[];
  /** Token index of each token's head; −1 for the root of the sentence. */
  head: Int32Array;
  deprel: string[];
}

/**
 * Parses a sentence of tokens (or of plain forms) with the shipped model unless another is given. Tokens flagged
 * in `inName` lie in a name the reference lists know: their capitalised words are tagged proper nouns, since they
 * know names better than a tagger trained on web text ("Valdoria" opening a sentence is no adjective). Those in
 * `anyName` lie in any name found (by the tagger too): a headline's words around them are read for its verb. A
 * headline in title case is read in sentence case before it comes here (nlp/sentence-case.ts).
 */
export function parseSentence(tokens: readonly (Token | string)[], model: ParserModel = loadParserModel(), inName?: readonly boolean[], anyName?: readonly boolean[]): TokenParse {
  const forms = tokens.map((token) => (typeof token === 'string' ? token : token.norm));
  const { words, tokenOf } = udWordsOf(forms);
  const n = tokens.length;
  const result: TokenParse = { upos: new Array<string>(n), lemma: new Array<string>(n), head: new Int32Array(n).fill(-1), deprel: new Array<string>(n) };
  if (words.length === 0) return result;
  const flagged = (mask: readonly boolean[] | undefined) => (mask?.some(Boolean) ? words.map((word, w) => mask[tokenOf[w]!] === true && /^\p{Lu}/u.test(word)) : undefined);
  const inAnyName = anyName ? words.map((_, w) => anyName[tokenOf[w]!] === true) : undefined;
  const parse = model.parse(words, flagged(inName), flagged(anyName), inAnyName);
  const headOutside = (w: number): boolean => {
    const head = parse.heads[w]! - 1;
    return head < 0 || tokenOf[head] !== tokenOf[w];
  };
  // A token's word: the first of its words headed outside the token.
  const chosen = new Int32Array(n).fill(-1);
  const pieces = new Int32Array(n);
  for (let w = 0; w < words.length; w++) {
    const token = tokenOf[w]!;
    pieces[token]!++;
    if (chosen[token]! < 0 || (!headOutside(chosen[token]!) && headOutside(w))) chosen[token] = w;
  }
  for (let t = 0; t < n; t++) {
    const w = chosen[t]!;
    result.upos[t] = parse.upos[w]!;
    result.deprel[t] = parse.deprels[w]!;
    const head = parse.heads[w]! - 1;
    result.head[t] = head < 0 ? -1 : tokenOf[head]!;
    // A hyphenated token's lemma joins its words' ("well-known"); a contraction's is its head word's ("do").
    const hyphenated = pieces[t]! > 1 && forms[t]!.includes('-');
    result.lemma[t] = hyphenated ? words.map((_, v) => v).filter((v) => tokenOf[v] === t).map((v) => parse.lemmas[v]!).join('') : parse.lemmas[w]!;
  }
  return result;
}
