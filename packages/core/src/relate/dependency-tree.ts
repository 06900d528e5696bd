/**
 * A sentence's dependency parse as a tree to walk: each token's dependents, by relation, and the few questions the
 * relation reader asks of them (the preposition of a nominal, its conjuncts, whether a word is negated), built from
 * the parse with its known misreadings mended first (`parse-mends.ts`).
 */
import type { TokenParse } from '../nlp/parse/index.js';
import { mendedParse, repairedLemmas, repairedRelations, type NameSpan } from './parse-mends.js';
import { NEGATION_WORDS } from './syntax-words.js';

export interface DependencyTree {
  readonly parse: TokenParse;
  /** Dependents of each token, in token order. */
  readonly children: readonly (readonly number[])[];
}

export function dependencyTree(parsed: TokenParse, forms: readonly string[] = [], names: readonly NameSpan[] = []): DependencyTree {
  const parse = mendedParse(parsed, forms, names);
  const children: number[][] = parse.deprel.map(() => []);
  parse.head.forEach((head, token) => {
    if (head >= 0 && head < children.length) children[head]!.push(token);
  });
  const deprel = repairedRelations(parse, children, forms);
  const lemma = repairedLemmas(parse, children, forms);
  return { parse: deprel === parse.deprel && lemma === parse.lemma ? parse : { ...parse, deprel, lemma }, children };
}

/** The relation without its subtype: "nsubj:pass" → "nsubj". */
export const baseRelation = (deprel: string): string => deprel.split(':', 1)[0]!;

/** Dependents of `token` whose relation is one of `relations` (exactly, subtype included: "obl:agent"). */
export function dependents(tree: DependencyTree, token: number, ...relations: string[]): number[] {
  return tree.children[token]!.filter((child) => relations.includes(tree.parse.deprel[child]!));
}

export const lemmaOf = (tree: DependencyTree, token: number): string => tree.parse.lemma[token]!.toLowerCase();

/** The preposition introducing a nominal ("with", "out of", "according to"), lower-cased, if any. */
export function prepositionOf(tree: DependencyTree, token: number): string | undefined {
  // The parser sometimes hangs the preposition on a word before the head ("of Senator A" with "of" under "Senator"),
  // on a title before the name ("by the President of B A"), or on a number ("to 40 B fishermen").
  const opening = dependents(tree, token, 'compound', 'flat', 'nmod:desc', 'nummod').filter((c) => c < token);
  // (A possessive's "'s" is a case too, but no preposition; a "to" the tagger took for an infinitive's is one.)
  const cases = [token, ...opening].flatMap((t) => dependents(tree, t, 'case')).filter((c) => (tree.parse.upos[c] !== 'PART' || lemmaOf(tree, c) === 'to') && c < token);
  if (!cases.length) return undefined;
  // Prepositions joined by "and" or "or" ("flights to and from B") are read as the first.
  const first = Math.min(...cases);
  const joined = dependents(tree, token, 'cc').some((c) => c > first && c < Math.max(...cases));
  // A multiword preposition is a case with its "fixed" parts: "out of", "according to", "on behalf of".
  const words = (joined ? [first] : cases).flatMap((c) => [c, ...dependents(tree, c, 'fixed')]).sort((a, b) => a - b);
  return words.map((w) => lemmaOf(tree, w)).join(' ');
}

/**
 * The token and every nominal coordinated with it ("A, B and C"), in token order. An apposition that opens
 * with "and" or "or" is a conjunct the parser misread ("President A and Foreign Minister B" read with the
 * second title in apposition to the first name); a conjunct with "a" is an apposition it misread.
 */
export function conjuncts(tree: DependencyTree, token: number): number[] {
  const found = [token];
  for (let i = 0; i < found.length; i += 1) found.push(...coordinated(tree, found[i]!));
  return found.sort((a, b) => a - b);
}

/** The nominals coordinated directly under `token` (see `conjuncts`). */
export function coordinated(tree: DependencyTree, token: number): number[] {
  // A list ends with "and" or "or" on its last conjunct: "conjuncts" with none ("A, son of B, …") are a misread apposition.
  const closes = (c: number, depth = 0): boolean => dependents(tree, c, 'cc').length > 0 || (depth < 8 && dependents(tree, c, 'conj').some((d) => closes(d, depth + 1)));
  const conjs = dependents(tree, token, 'conj');
  // The list's "and" may have gone with a last item the parser hung elsewhere ("A, B, C, the D and E").
  const last = Math.max(...conjs);
  const nominal = (t: number) => t >= 0 && ['NOUN', 'PROPN'].includes(tree.parse.upos[t]!);
  const andAfter =
    conjs.length > 0 &&
    tree.parse.upos.slice(last + 1, last + 8).some((upos, i) => {
      const t = last + 1 + i;
      // An "and" that joins names, not clauses ("…, and placed on probation").
      return upos === 'CCONJ' && ['and', 'or'].includes(tree.parse.lemma[t]!.toLowerCase()) && nominal(tree.parse.head[t]!);
    });
  const listed = conjs.some((c) => closes(c)) || andAfter;
  return tree.children[token]!.filter((c) => {
    const relation = tree.parse.deprel[c];
    // "A, an ethnic Chilean, …" read as a conjunct is an apposition: a list's names take no "a".
    if (relation === 'conj') return listed && !dependents(tree, c, 'det').some((d) => lemmaOf(tree, d) === 'a');
    return relation === 'appos' && dependents(tree, c, 'cc').length > 0;
  });
}

/**
 * The nominal of the prepositional phrase that opens at `token` ("in B" at "in"), wherever the parser hung
 * it: the reader uses it where a phrase right after a word more likely belongs to that word.
 */
export function phraseOpeningAt(tree: DependencyTree, token: number): number[] {
  const head = tree.parse.head[token];
  return tree.parse.deprel[token] === 'case' && head !== undefined && head > token ? [head] : [];
}

/** Whether a predicate is negated: "not", "never", "n't" on a verb, "no" on a noun. */
export function isNegated(tree: DependencyTree, token: number): boolean {
  return tree.children[token]!.some((child) => {
    const relation = tree.parse.deprel[child]!;
    return (relation === 'advmod' || relation === 'det' || relation === 'neg' || relation === 'cc:preconj') && NEGATION_WORDS.has(lemmaOf(tree, child));
  });
}
