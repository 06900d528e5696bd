import { describe, expect, it } from 'vitest';
import type { TokenParse } from '../nlp/parse/index.js';
import { conjuncts, dependencyTree } from './dependency-tree.js';

/** A parse from rows of [word, upos, head, deprel]. */
function parseOf(rows: readonly [string, string, number, string][]): TokenParse {
  return { upos: rows.map((r) => r[1]), lemma: rows.map((r) => r[0].toLowerCase()), head: Int32Array.from(rows.map((r) => r[2])), deprel: rows.map((r) => r[3]) };
}

describe('conjuncts', () => {
  // "Pim Voss and President Ana Rell spoke", as the parser sometimes reads it: the second title in
  // apposition to the first name, with the "and" under it.
  const misread = parseOf([
    ['Pim', 'PROPN', 5, 'nsubj'],
    ['Voss', 'PROPN', 0, 'flat'],
    ['and', 'CCONJ', 3, 'cc'],
    ['President', 'PROPN', 0, 'appos'],
    ['Rell', 'PROPN', 3, 'flat'],
    ['spoke', 'VERB', -1, 'root'],
  ]);

  it('counts an apposition that opens with "and" as a conjunct (the name, which takes its title\'s place)', () => {
    expect(conjuncts(dependencyTree(misread), 0)).toEqual([0, 4]);
  });

  it('reads a root noun with a subject and a verb among its modifiers as that verb\'s object ("A criticised B\'s record")', () => {
    const tree = dependencyTree(parseOf([
      ['Velt', 'PROPN', 4, 'nsubj'],
      ['criticised', 'VERB', 4, 'amod'],
      ['Korr', 'PROPN', 4, 'nmod:poss'],
      ["'s", 'PART', 2, 'case'],
      ['record', 'NOUN', -1, 'root'],
      ['.', 'PUNCT', 4, 'punct'],
    ]));
    expect([...tree.parse.head]).toEqual([1, -1, 4, 2, 1, 1]);
    expect(tree.parse.deprel).toEqual(['nsubj', 'root', 'nmod:poss', 'case', 'obj', 'punct']);
    // With a copula the noun is the predicate: "Velt is a criticised record" stays as read.
    const copula = parseOf([
      ['Velt', 'PROPN', 4, 'nsubj'],
      ['is', 'AUX', 4, 'cop'],
      ['a', 'DET', 4, 'det'],
      ['criticised', 'VERB', 4, 'amod'],
      ['record', 'NOUN', -1, 'root'],
    ]);
    expect(dependencyTree(copula).parse.head).toEqual(copula.head);
  });

  it('reads a title between commas after a name, read as its conjunct in a list with no "and", as the name\'s apposition', () => {
    // "Ana Rell, the Zenithic Speaker of the House, spoke", with "Speaker" a conjunct of "Ana".
    const rows: [string, string, number, string][] = [
      ['Ana', 'PROPN', 10, 'nsubj'],
      ['Rell', 'PROPN', 0, 'flat'],
      [',', 'PUNCT', 5, 'punct'],
      ['the', 'DET', 5, 'det'],
      ['Zenithic', 'ADJ', 5, 'amod'],
      ['Speaker', 'PROPN', 0, 'conj'],
      ['of', 'ADP', 8, 'case'],
      ['the', 'DET', 8, 'det'],
      ['House', 'NOUN', 5, 'nmod'],
      [',', 'PUNCT', 0, 'punct'],
      ['spoke', 'VERB', -1, 'root'],
    ];
    expect(dependencyTree(parseOf(rows)).parse.deprel[5]).toBe('appos');
    // "Ana Rell, the Speaker and Pim Voss spoke": a list with "and" stays a list.
    const listed = parseOf([...rows.slice(0, 6), ['and', 'CCONJ', 7, 'cc'], ['Voss', 'PROPN', 0, 'conj'], ['spoke', 'VERB', -1, 'root']].map((r, i) => (i === 0 ? ['Ana', 'PROPN', 8, 'nsubj'] : r)) as [string, string, number, string][]);
    expect(dependencyTree(listed).parse.deprel[5]).toBe('conj');
  });

  it('makes a subject written before its own clause\'s "of" the object of the verb the clause hangs on', () => {
    // "Velt accused the Korr Alliance of rigging it", read with the Alliance as the subject of "rigging".
    const tree = dependencyTree(parseOf([
      ['Velt', 'PROPN', 1, 'nsubj'],
      ['accused', 'VERB', -1, 'root'],
      ['the', 'DET', 4, 'det'],
      ['Korr', 'PROPN', 4, 'compound'],
      ['Alliance', 'PROPN', 6, 'nsubj'],
      ['of', 'SCONJ', 6, 'mark'],
      ['rigging', 'VERB', 1, 'advcl'],
      ['it', 'PRON', 6, 'obj'],
    ]));
    expect([tree.parse.head[4], tree.parse.deprel[4]]).toEqual([1, 'obj']);
  });

  it('puts a name read flat under its capitalised title in the title\'s place, with what joins the phrase', () => {
    // "Following it, Justice Secretary Ana Rell was sworn in", read with the title as the subject.
    const tree = dependencyTree(parseOf([
      ['Following', 'VERB', 8, 'advcl'],
      ['it', 'PRON', 0, 'obj'],
      [',', 'PUNCT', 4, 'punct'],
      ['Justice', 'PROPN', 4, 'compound'],
      ['Secretary', 'PROPN', 8, 'nsubj:pass'],
      ['Ana', 'PROPN', 4, 'flat'],
      ['Rell', 'PROPN', 4, 'flat'],
      ['was', 'AUX', 8, 'aux:pass'],
      ['sworn', 'VERB', -1, 'root'],
    ]));
    expect([...tree.parse.head.slice(2, 7)]).toEqual([5, 4, 5, 8, 5]);
    expect(tree.parse.deprel.slice(2, 7)).toEqual(['punct', 'compound', 'compound', 'nsubj:pass', 'flat']);
    // "Secretary Voss and Senator Rell spoke": the second name joins the first, not the first's title.
    const joined = dependencyTree(parseOf([
      ['Secretary', 'PROPN', 5, 'nsubj'],
      ['Voss', 'PROPN', 0, 'flat'],
      ['and', 'CCONJ', 3, 'cc'],
      ['Senator', 'PROPN', 0, 'conj'],
      ['Rell', 'PROPN', 3, 'flat'],
      ['spoke', 'VERB', -1, 'root'],
    ]));
    expect([...joined.parse.head.slice(0, 5)]).toEqual([1, 5, 4, 4, 1]);
    expect(conjuncts(joined, 1)).toEqual([1, 4]);
  });

  it('does not count a plain apposition as a conjunct', () => {
    const plain = parseOf([
      ['Voss', 'PROPN', 3, 'nsubj'],
      ['the', 'DET', 2, 'det'],
      ['mayor', 'NOUN', 0, 'appos'],
      ['spoke', 'VERB', -1, 'root'],
    ]);
    expect(conjuncts(dependencyTree(plain), 0)).toEqual([0]);
  });

  it('counts the conjuncts of a list that ends with "and", even chained one under the next', () => {
    // "Voss, Rell and Tessel spoke", with "Tessel" hung under "Rell".
    const list = parseOf([
      ['Voss', 'PROPN', 6, 'nsubj'],
      [',', 'PUNCT', 2, 'punct'],
      ['Rell', 'PROPN', 0, 'conj'],
      ['and', 'CCONJ', 4, 'cc'],
      ['Tessel', 'PROPN', 2, 'conj'],
      ['.', 'PUNCT', 6, 'punct'],
      ['spoke', 'VERB', -1, 'root'],
    ]);
    expect(conjuncts(dependencyTree(list), 0)).toEqual([0, 2, 4]);
  });

  it('does not count a "conjunct" without "and" or "or" anywhere, a misread apposition ("A, son of B, died")', () => {
    const misreadApposition = parseOf([
      ['Rell', 'PROPN', 7, 'nsubj'],
      [',', 'PUNCT', 2, 'punct'],
      ['son', 'NOUN', 0, 'appos'],
      ['of', 'ADP', 5, 'case'],
      ['the', 'DET', 5, 'det'],
      ['founder', 'NOUN', 6, 'nmod:desc'],
      ['Voss', 'PROPN', 0, 'conj'],
      ['died', 'VERB', -1, 'root'],
    ]);
    expect(conjuncts(dependencyTree(misreadApposition), 0)).toEqual([0]);
  });
});
