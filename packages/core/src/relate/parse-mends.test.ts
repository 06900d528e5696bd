import { describe, expect, it } from 'vitest';
import type { TokenParse } from '../nlp/parse/index.js';
import { conjuncts, dependencyTree } from './dependency-tree.js';

/** A parse from rows of [word, upos, head, deprel]; the mends are read through the tree they are applied to. */
function parseOf(rows: readonly [string, string, number, string][]): TokenParse {
  return { upos: rows.map((r) => r[1]), lemma: rows.map((r) => r[0].toLowerCase()), head: Int32Array.from(rows.map((r) => r[2])), deprel: rows.map((r) => r[3]) };
}

describe('mended misreadings', () => {
  it('makes a name opening a headline, read as a compound of the verb, its subject', () => {
    const rows: [string, string, number, string][] = [
      ['Velt', 'PROPN', 1, 'compound'],
      ['condemns', 'VERB', -1, 'root'],
      ['Korr', 'PROPN', 1, 'obj'],
    ];
    expect(dependencyTree(parseOf(rows)).parse.deprel[0]).toBe('nsubj');
    // (Not a verb that has its subject.)
    const subjected: [string, string, number, string][] = [
      ['Velt', 'PROPN', 2, 'compound'],
      ['Korr', 'PROPN', 2, 'nsubj'],
      ['condemns', 'VERB', -1, 'root'],
    ];
    expect(dependencyTree(parseOf(subjected)).parse.deprel[0]).toBe('compound');
  });

  it('makes a name after "a" describe the noun the words after it end in, and the noun take the phrase\'s place', () => {
    // "Chile allowed a Velt Union monitoring mission to deploy", read with "Union" as the object and "monitoring" a clause.
    const rows: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['allowed', 'VERB', -1, 'root'],
      ['a', 'DET', 4, 'det'],
      ['Velt', 'PROPN', 4, 'compound'],
      ['Union', 'PROPN', 1, 'obj'],
      ['monitoring', 'VERB', 1, 'advcl'],
      ['mission', 'NOUN', 5, 'obj'],
      ['to', 'PART', 8, 'mark'],
      ['deploy', 'VERB', 6, 'acl'],
    ];
    const forms = rows.map((r) => r[0].toLowerCase());
    const tree = dependencyTree(parseOf(rows), forms, [{ start: 3, end: 5 }]);
    expect([tree.parse.head[6], tree.parse.deprel[6]]).toEqual([1, 'obj']);
    expect([tree.parse.head[4], tree.parse.deprel[4]]).toEqual([6, 'compound']);
    expect([tree.parse.head[5], tree.parse.head[2]]).toEqual([6, 6]);
    // Without the name's span nothing says the words are one phrase.
    expect(dependencyTree(parseOf(rows), forms).parse.head[6]).toBe(5);
  });

  it('makes an object read as a bare relative clause\'s oblique the verb\'s object, the clause describing it', () => {
    // "Velt released six soldiers it had captured", read with "soldiers" as an oblique of "captured", a clause of "released".
    const rows: [string, string, number, string][] = [
      ['Velt', 'PROPN', 1, 'nsubj'],
      ['released', 'VERB', -1, 'root'],
      ['six', 'NUM', 3, 'nummod'],
      ['soldiers', 'NOUN', 6, 'obl'],
      ['it', 'PRON', 6, 'nsubj'],
      ['had', 'AUX', 6, 'aux'],
      ['captured', 'VERB', 1, 'ccomp'],
    ];
    const tree = dependencyTree(parseOf(rows));
    expect([tree.parse.head[3], tree.parse.deprel[3]]).toEqual([1, 'obj']);
    expect([tree.parse.head[6], tree.parse.deprel[6]]).toEqual([3, 'acl:relcl']);
    // (Not a time: "a week after it withdrew".)
    const time = rows.map((r, i): [string, string, number, string] => (i === 3 ? ['week', 'NOUN', 6, 'obl'] : r));
    expect(dependencyTree(parseOf(time)).parse.head[3]).toBe(6);
  });

  it('makes a noun read as a compound across the next noun\'s preposition the verb\'s object ("opened fire on positions")', () => {
    const rows: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['opened', 'VERB', -1, 'root'],
      ['fire', 'NOUN', 4, 'compound'],
      ['on', 'ADP', 4, 'case'],
      ['positions', 'NOUN', 1, 'obl'],
    ];
    expect([dependencyTree(parseOf(rows)).parse.head[2], dependencyTree(parseOf(rows)).parse.deprel[2]]).toEqual([1, 'obj']);
    // (Not a noun with a preposition of its own: "on a case by case basis".)
    const own: [string, string, number, string][] = [
      ['decided', 'VERB', -1, 'root'],
      ['on', 'ADP', 2, 'case'],
      ['case', 'NOUN', 4, 'compound'],
      ['by', 'ADP', 4, 'case'],
      ['basis', 'NOUN', 0, 'obl'],
    ];
    expect(dependencyTree(parseOf(own)).parse.head[2]).toBe(4);
  });

  it('makes an infinitive of protest hung on a noun of a verb\'s phrase the verb\'s purpose', () => {
    // "Velt walked out in schools to protest against Korr", read with "to protest" describing "schools".
    const rows: [string, string, number, string][] = [
      ['Velt', 'PROPN', 1, 'nsubj'],
      ['walked', 'VERB', -1, 'root'],
      ['out', 'ADP', 1, 'compound:prt'],
      ['in', 'ADP', 4, 'case'],
      ['schools', 'NOUN', 1, 'obl'],
      ['to', 'PART', 6, 'mark'],
      ['protest', 'VERB', 4, 'acl'],
      ['against', 'ADP', 8, 'case'],
      ['Korr', 'PROPN', 6, 'obl'],
    ];
    const tree = dependencyTree(parseOf(rows));
    expect([tree.parse.head[6], tree.parse.deprel[6]]).toEqual([1, 'advcl']);
    // (Not a noun an infinitive completes: "the right to protest".)
    const right = rows.map((r, i): [string, string, number, string] => (i === 4 ? ['right', 'NOUN', 1, 'obl'] : r));
    expect(dependencyTree(parseOf(right)).parse.head[6]).toBe(4);
  });

  it('makes a name with "of" in it the possessor, whole, of the noun after its "\'s", and the noun take the name\'s place', () => {
    // "Chile cancelled the Republic of Velt's debt", read as "the Republic" + "of Velt's debt".
    const rows: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['cancelled', 'VERB', -1, 'root'],
      ['the', 'DET', 3, 'det'],
      ['Republic', 'PROPN', 1, 'obj'],
      ['of', 'ADP', 7, 'case'],
      ['Velt', 'PROPN', 7, 'nmod:poss'],
      ["'s", 'PART', 5, 'case'],
      ['debt', 'NOUN', 3, 'nmod'],
    ];
    const forms = rows.map((r) => r[0]);
    const tree = dependencyTree(parseOf(rows), forms, [{ start: 3, end: 6 }]);
    expect([tree.parse.head[7], tree.parse.deprel[7]]).toEqual([1, 'obj']);
    expect([tree.parse.head[3], tree.parse.deprel[3]]).toEqual([7, 'nmod:poss']);
    expect([tree.parse.head[5], tree.parse.head[4], tree.parse.head[6]]).toEqual([3, 5, 3]);
    // Without the name's span nothing says "of Velt" is inside a name.
    expect(dependencyTree(parseOf(rows), forms).parse.head[7]).toBe(3);
    // (Nor where a noun follows the possessed one, misread further: "the Republic of Velt's Korr province".)
    const further: [string, string, number, string][] = [...rows.slice(0, 7), ['Korr', 'PROPN', 3, 'nmod'], ['province', 'NOUN', 1, 'obl']];
    expect(dependencyTree(parseOf(further), further.map((r) => r[0]), [{ start: 3, end: 6 }]).parse.head[7]).toBe(3);
  });

  it('hangs a phrase the parser put under a time on the verb the time goes with ("met on Monday with B")', () => {
    const tree = dependencyTree(
      parseOf([
        ['Voss', 'PROPN', 1, 'nsubj'],
        ['met', 'VERB', -1, 'root'],
        ['on', 'ADP', 3, 'case'],
        ['Monday', 'PROPN', 1, 'obl'],
        ['with', 'ADP', 5, 'case'],
        ['Rell', 'PROPN', 3, 'nmod'],
      ]),
    );
    expect([tree.parse.head[5], tree.parse.deprel[5]]).toEqual([1, 'obl']);
    expect(tree.children[1]).toContain(5);
  });

  it('reads a clause with its own subject joined to a verb of saying without "and" as what is said', () => {
    const tree = dependencyTree(
      parseOf([
        ['Voss', 'PROPN', 1, 'nsubj'],
        ['allege', 'VERB', -1, 'root'],
        [',', 'PUNCT', 4, 'punct'],
        ['Rell', 'PROPN', 4, 'nsubj'],
        ['lied', 'VERB', 1, 'conj'],
      ]),
    );
    expect(tree.parse.deprel[4]).toBe('ccomp');
  });

  it('reads a past tense taken for a description of the first of two subjects of a verb of saying as the clause said', () => {
    // "The Velt Force on Tuesday arrested Pim Voss, his party said", read as "the Velt Force arrested (by) Pim Voss"
    // with both "Force" and "party" subjects of "said".
    const parse = parseOf([
      ['The', 'DET', 2, 'det'],
      ['Velt', 'PROPN', 2, 'compound'],
      ['Force', 'NOUN', 12, 'nsubj'],
      ['on', 'ADP', 4, 'case'],
      ['Tuesday', 'PROPN', 2, 'nmod'],
      ['arrested', 'VERB', 2, 'acl'],
      ['Pim', 'PROPN', 5, 'obl:agent'],
      ['Voss', 'PROPN', 6, 'flat'],
      [',', 'PUNCT', 2, 'punct'],
      ['his', 'PRON', 10, 'nmod:poss'],
      ['party', 'NOUN', 12, 'nsubj'],
      [',', 'PUNCT', 12, 'punct'],
      ['said', 'VERB', -1, 'root'],
    ]);
    parse.lemma[12] = 'say';
    const mended = dependencyTree(parse, ['the', 'velt', 'force', 'on', 'tuesday', 'arrested', 'pim', 'voss', ',', 'his', 'party', ',', 'said']).parse;
    expect([mended.head[2], mended.deprel[2]]).toEqual([5, 'nsubj']);
    expect([mended.head[5], mended.deprel[5]]).toEqual([12, 'ccomp']);
    expect([mended.head[6], mended.deprel[6]]).toEqual([5, 'obj']);
    // (Not a participle in "-ing", which does describe its noun: "the men carrying flags, police said".)
    const carrying = dependencyTree(
      parseOf([
        ['Men', 'NOUN', 5, 'nsubj'],
        ['carrying', 'VERB', 0, 'acl'],
        ['flags', 'NOUN', 1, 'obj'],
        [',', 'PUNCT', 0, 'punct'],
        ['police', 'NOUN', 5, 'nsubj'],
        ['say', 'VERB', -1, 'root'],
      ]),
      ['men', 'carrying', 'flags', ',', 'police', 'said'],
    ).parse;
    expect(carrying.deprel[1]).toBe('acl');
  });
  it('makes a name hung on a fronted phrase the subject of the subject-less verb right after it ("In May, A met B")', () => {
    // "During a visit in May, Ana Rell met Voss", with Ana and Rell read as conjuncts of May.
    const tree = dependencyTree(
      parseOf([
        ['During', 'ADP', 1, 'case'],
        ['visit', 'NOUN', 7, 'obl'],
        ['in', 'ADP', 3, 'case'],
        ['May', 'PROPN', 1, 'nmod'],
        [',', 'PUNCT', 5, 'punct'],
        ['Ana', 'PROPN', 3, 'conj'],
        ['Rell', 'PROPN', 3, 'conj'],
        ['met', 'VERB', -1, 'root'],
        ['Voss', 'PROPN', 7, 'obj'],
      ]),
    );
    expect([tree.parse.head[5], tree.parse.deprel[5]]).toEqual([7, 'nsubj']);
    expect([tree.parse.head[6], tree.parse.deprel[6]]).toEqual([5, 'flat']);
  });

  it('leaves a fronted phrase alone when the verb has a subject of its own', () => {
    const parse = parseOf([
      ['In', 'ADP', 1, 'case'],
      ['May', 'PROPN', 4, 'obl'],
      [',', 'PUNCT', 3, 'punct'],
      ['Rell', 'PROPN', 1, 'conj'],
      ['met', 'VERB', -1, 'root'],
      ['Voss', 'PROPN', 4, 'nsubj'],
    ]);
    expect(dependencyTree(parse).parse).toBe(parse);
  });

  it('makes the agent of a participle read as a second verb the first verb\'s object ("urged newly elected president A to act")', () => {
    const tree = dependencyTree(
      parseOf([
        ['Voss', 'PROPN', 1, 'nsubj'],
        ['urged', 'VERB', -1, 'root'],
        ['newly', 'ADV', 3, 'advmod'],
        ['elected', 'VERB', 1, 'conj'],
        ['president', 'NOUN', 5, 'nmod:desc'],
        ['Rell', 'PROPN', 3, 'obl:agent'],
        ['to', 'PART', 7, 'mark'],
        ['act', 'VERB', 1, 'xcomp'],
      ]),
      ['Voss', 'urged', 'newly', 'elected', 'president', 'Rell', 'to', 'act'],
    );
    expect([tree.parse.head[5], tree.parse.deprel[5]]).toEqual([1, 'obj']);
    expect([tree.parse.head[3], tree.parse.deprel[3]]).toEqual([5, 'amod']);
  });
  it('joins a name after a comma that the parser hung far off as a bare oblique to the list before it', () => {
    // "joined by Chile, Peru, the Kessel Union", with "Union" read as an oblique of an earlier verb.
    const tree = dependencyTree(
      parseOf([
        ['Voss', 'PROPN', 1, 'nsubj'],
        ['left', 'VERB', -1, 'root'],
        ['joined', 'VERB', 1, 'advcl'],
        ['by', 'ADP', 4, 'case'],
        ['Chile', 'PROPN', 2, 'obl:agent'],
        [',', 'PUNCT', 6, 'punct'],
        ['Peru', 'PROPN', 4, 'conj'],
        [',', 'PUNCT', 10, 'punct'],
        ['the', 'DET', 10, 'det'],
        ['Kessel', 'PROPN', 10, 'compound'],
        ['Union', 'PROPN', 1, 'obl'],
      ]),
    );
    expect([tree.parse.head[10], tree.parse.deprel[10]]).toEqual([4, 'conj']);
  });
});

describe('repairs of names read as something else', () => {
  it('takes a name the parser read as a bare time before a subjectless verb for its subject', () => {
    const tree = dependencyTree(parseOf([
      ['Valdoria', 'PROPN', 1, 'obl:unmarked'],
      ['attacked', 'VERB', -1, 'root'],
      ['Kessel', 'PROPN', 1, 'obj'],
    ]));
    expect(tree.parse.deprel[0]).toBe('nsubj');
  });

  it('leaves a day before a subjectless verb a time', () => {
    const tree = dependencyTree(parseOf([
      ['Monday', 'PROPN', 1, 'obl:unmarked'],
      ['attacked', 'VERB', -1, 'root'],
      ['Kessel', 'PROPN', 1, 'obj'],
    ]));
    expect(tree.parse.deprel[0]).toBe('obl:unmarked');
  });

  it('splits two names joined by "and" that the parser read as one compound', () => {
    // "attacked Valdoria and North Kessel" with "Valdoria" a compound of "Kessel".
    const tree = dependencyTree(parseOf([
      ['attacked', 'VERB', -1, 'root'],
      ['Valdoria', 'PROPN', 4, 'compound'],
      ['and', 'CCONJ', 3, 'cc'],
      ['North', 'PROPN', 4, 'compound'],
      ['Kessel', 'PROPN', 0, 'obj'],
    ]));
    expect([tree.parse.head[1], tree.parse.deprel[1]]).toEqual([0, 'obj']);
    expect(conjuncts(tree, 1)).toEqual([1, 4]);
  });

  it('splits a second name the parser hung on the first as a bare modifier', () => {
    // "leaders of Valdoria and North Kessel" with "Kessel" an nmod of "Valdoria" without a preposition.
    const tree = dependencyTree(parseOf([
      ['leaders', 'NOUN', -1, 'root'],
      ['of', 'ADP', 2, 'case'],
      ['Valdoria', 'PROPN', 0, 'nmod'],
      ['and', 'CCONJ', 4, 'cc'],
      ['North', 'PROPN', 5, 'compound'],
      ['Kessel', 'PROPN', 2, 'nmod'],
    ]));
    expect(conjuncts(tree, 2)).toEqual([2, 5]);
  });

  it('keeps a name of two words after "of" whole', () => {
    // "the Bank of North Kessel": no "and", nothing to split.
    const tree = dependencyTree(parseOf([
      ['Bank', 'PROPN', -1, 'root'],
      ['of', 'ADP', 3, 'case'],
      ['North', 'PROPN', 3, 'compound'],
      ['Kessel', 'PROPN', 0, 'nmod'],
    ]));
    expect(conjuncts(tree, 0)).toEqual([0]);
    expect(tree.parse.deprel[3]).toBe('nmod');
  });
});

describe('a second subject between commas', () => {
  it('describes the first subject it follows: "The Bn prime minister, A, visited C"', () => {
    const tree = dependencyTree(parseOf([
      ['The', 'DET', 1, 'det'],
      ['minister', 'NOUN', 6, 'nsubj'],
      [',', 'PUNCT', 1, 'punct'],
      ['Mette', 'PROPN', 4, 'compound'],
      ['Lund', 'PROPN', 6, 'nsubj'],
      [',', 'PUNCT', 6, 'punct'],
      ['visited', 'VERB', -1, 'root'],
    ]));
    expect([tree.parse.head[4], tree.parse.deprel[4]]).toEqual([1, 'appos']);
  });
});

describe('a name, a title and a name read as two subjects', () => {
  it('are one subject, the last name\'s: "B District Court Judge A ruled"', () => {
    const tree = dependencyTree(parseOf([
      ['Marlow', 'PROPN', 6, 'nsubj'],
      ['District', 'PROPN', 2, 'compound'],
      ['Court', 'PROPN', 3, 'compound'],
      ['Judge', 'PROPN', 0, 'appos'],
      ['Ana', 'PROPN', 3, 'flat'],
      ['Rell', 'PROPN', 6, 'nsubj'],
      ['ruled', 'VERB', -1, 'root'],
    ]));
    expect([tree.parse.head[0], tree.parse.deprel[0]]).toEqual([5, 'compound']);
  });

  it('is the name after the title where the parser made it an apposition of the first word ("South B Foreign Minister A criticised C")', () => {
    const tree = dependencyTree(parseOf([
      ['South', 'PROPN', 6, 'nsubj'],
      ['Valdorian', 'PROPN', 0, 'flat'],
      ['Foreign', 'ADJ', 3, 'amod'],
      ['Minister', 'PROPN', 4, 'compound'],
      ['Ana', 'PROPN', 0, 'appos'],
      ['Rell', 'PROPN', 4, 'flat'],
      ['criticised', 'VERB', -1, 'root'],
      ['Peru', 'PROPN', 6, 'obj'],
    ]));
    expect([tree.parse.head[4], tree.parse.deprel[4]]).toEqual([6, 'nsubj']);
    expect([tree.parse.head[0], tree.parse.deprel[0]]).toEqual([4, 'compound']);
  });

  it('but not two names with a comma or a conjunction between', () => {
    const tree = dependencyTree(parseOf([
      ['Marlow', 'PROPN', 3, 'nsubj'],
      ['and', 'CCONJ', 2, 'cc'],
      ['Rell', 'PROPN', 3, 'nsubj'],
      ['ruled', 'VERB', -1, 'root'],
    ]));
    expect([tree.parse.head[0], tree.parse.deprel[0]]).toEqual([3, 'nsubj']);
  });
});

describe('a phrase after the comma that closes an apposition', () => {
  it('is the verb\'s, even where the parser hung it on the apposed name as an oblique ("held two ministers, A and B, in contempt")', () => {
    const tree = dependencyTree(parseOf([
      ['Parliament', 'PROPN', 1, 'nsubj'],
      ['held', 'VERB', -1, 'root'],
      ['two', 'NUM', 3, 'nummod'],
      ['ministers', 'NOUN', 1, 'obj'],
      [',', 'PUNCT', 5, 'punct'],
      ['Pim', 'PROPN', 3, 'appos'],
      ['Voss', 'PROPN', 5, 'flat'],
      [',', 'PUNCT', 9, 'punct'],
      ['in', 'ADP', 9, 'case'],
      ['contempt', 'NOUN', 5, 'obl'],
      ['.', 'PUNCT', 1, 'punct'],
    ]));
    expect([tree.parse.head[9], tree.parse.deprel[9]]).toEqual([1, 'obl']);
  });
});

describe('clauses hung where no clause can hang', () => {
  it('makes a first subject with a preposition of its own, before a subject without one, a phrase of the noun before it', () => {
    // "Chile sent ships into waters southeast of Peru, Peru's ministry said", with the second "Peru" read as a subject of "said".
    const rows: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['sent', 'VERB', 12, 'ccomp'],
      ['ships', 'NOUN', 1, 'obj'],
      ['into', 'ADP', 4, 'case'],
      ['waters', 'NOUN', 2, 'nmod'],
      ['southeast', 'ADV', 7, 'advmod'],
      ['of', 'ADP', 7, 'case'],
      ['Peru', 'PROPN', 12, 'nsubj'],
      [',', 'PUNCT', 7, 'punct'],
      ['Peru', 'PROPN', 11, 'nmod:poss'],
      ["'s", 'PART', 9, 'case'],
      ['ministry', 'NOUN', 12, 'nsubj'],
      ['said', 'VERB', -1, 'root'],
    ];
    const mended = dependencyTree(parseOf(rows)).parse;
    expect([mended.head[7], mended.deprel[7]]).toEqual([4, 'nmod']);
    expect([mended.head[11], mended.deprel[11]]).toEqual([12, 'nsubj']);
  });

  it('makes an infinitive hung on a span of time the purpose of the clause the span is in', () => {
    // "Members blocked highways for a third day to press Velt", with "to press" describing "day".
    const rows: [string, string, number, string][] = [
      ['Members', 'NOUN', 1, 'nsubj'],
      ['blocked', 'VERB', -1, 'root'],
      ['highways', 'NOUN', 1, 'obj'],
      ['for', 'ADP', 6, 'case'],
      ['a', 'DET', 6, 'det'],
      ['third', 'ADJ', 6, 'amod'],
      ['day', 'NOUN', 1, 'obl'],
      ['to', 'PART', 8, 'mark'],
      ['press', 'VERB', 6, 'acl'],
      ['Velt', 'PROPN', 8, 'obj'],
    ];
    const mended = dependencyTree(parseOf(rows)).parse;
    expect([mended.head[8], mended.deprel[8]]).toEqual([1, 'advcl']);
    // (Not an infinitive that describes a noun of another kind: "a plan to press Velt".)
    const plan = rows.map((r): [string, string, number, string] => (r[0] === 'day' ? ['plan', 'NOUN', 1, 'obl'] : r));
    expect(dependencyTree(parseOf(plan)).parse.deprel[8]).toBe('acl');
  });

  it('makes a predicate with its copula, hung on the subject before a verb of saying, what the verb reports', () => {
    // "Voss, a journalist, has been on strike, his lawyers say", with "strike" read as Voss's apposition.
    const rows: [string, string, number, string][] = [
      ['Voss', 'PROPN', 11, 'nsubj'],
      [',', 'PUNCT', 3, 'punct'],
      ['a', 'DET', 3, 'det'],
      ['journalist', 'NOUN', 0, 'appos'],
      [',', 'PUNCT', 8, 'punct'],
      ['has', 'AUX', 8, 'aux'],
      ['been', 'AUX', 8, 'cop'],
      ['on', 'ADP', 8, 'case'],
      ['strike', 'NOUN', 0, 'appos'],
      [',', 'PUNCT', 0, 'punct'],
      ['lawyers', 'NOUN', 11, 'nsubj'],
      ['say', 'VERB', -1, 'root'],
    ];
    const mended = dependencyTree(parseOf(rows)).parse;
    expect([mended.head[0], mended.deprel[0]]).toEqual([8, 'nsubj']);
    expect([mended.head[8], mended.deprel[8]]).toEqual([11, 'ccomp']);
    // (Not an apposition without a copula: "Voss, a journalist, his lawyers say" has nothing to report.)
    const plain = rows.filter((_r, i) => i < 4 || i > 8).map((r): [string, string, number, string] => [r[0], r[1], r[2] > 8 ? r[2] - 5 : r[2], r[3]]);
    expect(dependencyTree(parseOf(plain)).parse.deprel[0]).toBe('nsubj');
  });

  it('reads "persona non grata" as what the person before it is declared', () => {
    // "Chile declared Peru's ambassador persona non grata", read with "persona" as the object and "grata" an oblique.
    const rows: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['declared', 'VERB', -1, 'root'],
      ['Peru', 'PROPN', 5, 'nmod:poss'],
      ["'s", 'PART', 2, 'case'],
      ['ambassador', 'NOUN', 5, 'compound'],
      ['persona', 'NOUN', 1, 'obj'],
      ['non', 'X', 7, 'compound'],
      ['grata', 'NOUN', 1, 'obl'],
    ];
    const mended = dependencyTree(parseOf(rows)).parse;
    expect([mended.head[4], mended.deprel[4]]).toEqual([1, 'obj']);
    expect([mended.head[2], mended.deprel[2]]).toEqual([4, 'nmod:poss']);
    expect([mended.head[5], mended.deprel[5], mended.head[7], mended.deprel[7]]).toEqual([1, 'xcomp', 5, 'fixed']);
  });

  it('hangs a "from" phrase right after the people a verb of meeting meets on those people', () => {
    // "Negotiators met their counterparts from Peru", with "from Peru" read as the verb's.
    const rows: [string, string, number, string][] = [
      ['Negotiators', 'NOUN', 1, 'nsubj'],
      ['met', 'VERB', -1, 'root'],
      ['their', 'PRON', 3, 'nmod:poss'],
      ['counterparts', 'NOUN', 1, 'obj'],
      ['from', 'ADP', 5, 'case'],
      ['Peru', 'PROPN', 1, 'obl'],
    ];
    const lemmas = (r: [string, string, number, string][]) => ({ ...parseOf(r), lemma: r.map((x) => (x[0] === 'met' ? 'meet' : x[0] === 'counterparts' ? 'counterpart' : x[0].toLowerCase())) });
    expect(dependencyTree(lemmas(rows)).parse.head[5]).toBe(3);
    // (Not after a verb of another kind: "took their savings from Peru".)
    const took = rows.map((r): [string, string, number, string] => (r[0] === 'met' ? ['took', 'VERB', -1, 'root'] : r));
    expect(dependencyTree(lemmas(took)).parse.head[5]).toBe(1);
  });

  it('reads a participle between commas after a name, before a verb with its own auxiliary, as describing the name', () => {
    // "Voss, wanted in Peru, was extradited", read with "wanted" as the sentence's verb.
    const rows: [string, string, number, string][] = [
      ['Voss', 'PROPN', 2, 'nsubj'],
      [',', 'PUNCT', 0, 'punct'],
      ['wanted', 'VERB', -1, 'root'],
      ['in', 'ADP', 4, 'case'],
      ['Peru', 'PROPN', 2, 'obl'],
      [',', 'PUNCT', 7, 'punct'],
      ['was', 'AUX', 7, 'aux:pass'],
      ['extradited', 'VERB', 2, 'conj'],
    ];
    const mended = dependencyTree(parseOf(rows), rows.map((r) => r[0])).parse;
    expect([mended.head[7], mended.deprel[7]]).toEqual([-1, 'root']);
    expect([mended.head[0], mended.deprel[0]]).toEqual([7, 'nsubj:pass']);
    expect([mended.head[2], mended.deprel[2]]).toEqual([0, 'acl']);
  });

  it('hangs a phrase the parser put on "in absentia" on what the adverbial goes with', () => {
    // "issued a warrant in absentia for Voss", with "for Voss" under "absentia".
    const rows: [string, string, number, string][] = [
      ['Court', 'PROPN', 1, 'nsubj'],
      ['issued', 'VERB', -1, 'root'],
      ['a', 'DET', 3, 'det'],
      ['warrant', 'NOUN', 1, 'obj'],
      ['in', 'ADP', 5, 'case'],
      ['absentia', 'NOUN', 3, 'nmod'],
      ['for', 'ADP', 7, 'case'],
      ['Voss', 'PROPN', 5, 'nmod'],
    ];
    expect(dependencyTree(parseOf(rows)).parse.head[7]).toBe(3);
    // (Not under another noun: "a warrant in the case of Voss".)
    const other = rows.map((r): [string, string, number, string] => (r[0] === 'absentia' ? ['case', 'NOUN', 3, 'nmod'] : r));
    expect(dependencyTree(parseOf(other)).parse.head[7]).toBe(5);
  });

  it('hangs a subject the parser hung on an adverb on the verb the adverb goes with, but not an adverb that is the predicate', () => {
    // "The country later accused Peru."
    const rows: [string, string, number, string][] = [
      ['The', 'DET', 1, 'det'],
      ['country', 'NOUN', 2, 'nsubj'],
      ['later', 'ADV', 3, 'advmod'],
      ['accused', 'VERB', -1, 'root'],
      ['Peru', 'PROPN', 3, 'obj'],
    ];
    expect(dependencyTree(parseOf(rows)).parse.head[1]).toBe(3);
    // "Voss is here."
    const predicate: [string, string, number, string][] = [
      ['Voss', 'PROPN', 2, 'nsubj'],
      ['is', 'AUX', 2, 'cop'],
      ['here', 'ADV', -1, 'root'],
    ];
    expect(dependencyTree(parseOf(predicate)).parse.head[0]).toBe(2);
  });

  it('reads a noun after a verb with no preposition and no object as its object', () => {
    // "Chile allowed a mission to deploy", read with "mission" an oblique.
    const rows: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['allowed', 'VERB', -1, 'root'],
      ['a', 'DET', 3, 'det'],
      ['mission', 'NOUN', 1, 'obl'],
      ['to', 'PART', 5, 'mark'],
      ['deploy', 'VERB', 3, 'acl'],
    ];
    expect(dependencyTree(parseOf(rows)).parse.deprel[3]).toBe('obj');
    // (Not a time: "met Monday".)
    const time = rows.map((r): [string, string, number, string] => (r[0] === 'mission' ? ['Monday', 'NOUN', 1, 'obl'] : r));
    expect(dependencyTree(parseOf(time)).parse.deprel[3]).toBe('obl');
  });

  it('reads a name after a verb with no preposition as its object, its title before it included', () => {
    // "The Velt Office charged former mayor Pim Voss with fraud", read with "Voss" an oblique and "mayor" describing it.
    const rows: [string, string, number, string][] = [
      ['Office', 'PROPN', 1, 'nsubj'],
      ['charged', 'VERB', -1, 'root'],
      ['former', 'ADJ', 3, 'amod'],
      ['mayor', 'NOUN', 4, 'nmod:desc'],
      ['Voss', 'PROPN', 1, 'obl'],
      ['with', 'ADP', 6, 'case'],
      ['fraud', 'NOUN', 1, 'obl'],
    ];
    expect(dependencyTree(parseOf(rows)).parse.deprel[4]).toBe('obj');
    // (Not a name after a phrase of the verb's own: "charged on Monday Voss".)
    const apart: [string, string, number, string][] = [
      ['Office', 'PROPN', 1, 'nsubj'],
      ['charged', 'VERB', -1, 'root'],
      ['on', 'ADP', 3, 'case'],
      ['Monday', 'PROPN', 1, 'obl'],
      ['Voss', 'PROPN', 1, 'obl'],
    ];
    expect(dependencyTree(parseOf(apart)).parse.deprel[4]).toBe('obl');
  });

  it('makes an "-ing" word after an article, read as a clausal subject with a noun phrase as its object, describe that noun, the subject', () => {
    // "The ruling Velt Party expelled Voss", read with "ruling" a clause and the party its object.
    const rows: [string, string, number, string][] = [
      ['The', 'DET', 4, 'det'],
      ['ruling', 'VERB', 4, 'csubj'],
      ['Velt', 'PROPN', 3, 'compound'],
      ['Party', 'PROPN', 1, 'obj'],
      ['expelled', 'VERB', -1, 'root'],
      ['Voss', 'PROPN', 4, 'obj'],
    ];
    const forms = rows.map((r) => r[0]);
    const tree = dependencyTree(parseOf(rows), forms);
    expect([tree.parse.head[3], tree.parse.deprel[3], tree.parse.head[1], tree.parse.deprel[1], tree.parse.head[0]]).toEqual([4, 'nsubj', 3, 'amod', 3]);
    // (Or a phrase: "against the ruling Velt Party", read as an adverbial clause.)
    const phrase: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['protested', 'VERB', -1, 'root'],
      ['against', 'ADP', 4, 'case'],
      ['the', 'DET', 4, 'det'],
      ['ruling', 'VERB', 1, 'advcl'],
      ['Velt', 'PROPN', 6, 'compound'],
      ['Party', 'PROPN', 4, 'obj'],
    ];
    const mended = dependencyTree(parseOf(phrase), phrase.map((r) => r[0])).parse;
    expect([mended.head[6], mended.deprel[6], mended.head[2], mended.head[4]]).toEqual([1, 'obl', 6, 6]);
    // (Not a clause with no article before it: "Ruling the party was hard".)
    const bare = rows.slice(1).map((r): [string, string, number, string] => [r[0], r[1], r[2] - 1, r[3]]);
    expect(dependencyTree(parseOf(bare), bare.map((r) => r[0])).parse.deprel[0]).toBe('csubj');
  });

  it('makes "alongside" read as an adverb the preposition of the noun phrase right after it', () => {
    // "Chile worked alongside the Velt Service", read with "alongside" an adverb and the service an object.
    const rows: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['worked', 'VERB', -1, 'root'],
      ['alongside', 'ADV', 1, 'advmod'],
      ['the', 'DET', 5, 'det'],
      ['Velt', 'PROPN', 5, 'compound'],
      ['Service', 'PROPN', 1, 'obj'],
    ];
    const tree = dependencyTree(parseOf(rows));
    expect([tree.parse.head[2], tree.parse.deprel[2], tree.parse.deprel[5]]).toEqual([5, 'case', 'obl']);
    // (Not an adverb with no phrase after it: "worked alongside".)
    const alone = rows.slice(0, 3);
    expect(dependencyTree(parseOf(alone)).parse.deprel[2]).toBe('advmod');
  });

  it('hangs a comparative of place read as describing the object on the verb, with its phrase', () => {
    // "Chile moved units closer to the line."
    const rows: [string, string, number, string][] = [
      ['Chile', 'PROPN', 1, 'nsubj'],
      ['moved', 'VERB', -1, 'root'],
      ['units', 'NOUN', 1, 'obj'],
      ['closer', 'ADJ', 2, 'amod'],
      ['to', 'ADP', 6, 'case'],
      ['the', 'DET', 6, 'det'],
      ['line', 'NOUN', 3, 'obl'],
    ];
    const forms = rows.map((r) => r[0].toLowerCase());
    const tree = dependencyTree(parseOf(rows), forms);
    expect([tree.parse.head[3], tree.parse.head[6]]).toEqual([1, 1]);
  });

  it('reads a description between commas after a name, read as the next clause\'s subject, as the name\'s', () => {
    // "Voss, a founding member, is from Bergen."
    const rows: [string, string, number, string][] = [
      ['Voss', 'PROPN', -1, 'root'],
      [',', 'PUNCT', 8, 'punct'],
      ['a', 'DET', 4, 'det'],
      ['founding', 'NOUN', 4, 'compound'],
      ['member', 'NOUN', 8, 'nsubj'],
      [',', 'PUNCT', 4, 'punct'],
      ['is', 'AUX', 8, 'cop'],
      ['from', 'ADP', 8, 'case'],
      ['Bergen', 'PROPN', 0, 'appos'],
    ];
    const tree = dependencyTree(parseOf(rows));
    expect([tree.parse.head[4], tree.parse.deprel[4]]).toEqual([0, 'appos']);
    expect([tree.parse.head[0], tree.parse.deprel[0], tree.parse.head[8]]).toEqual([8, 'nsubj', -1]);
  });

  it('reads a name right before a noun subject and its modifiers, read as a second subject, as the noun\'s modifier', () => {
    // "Velt military jets bombed Korr."
    const rows: [string, string, number, string][] = [
      ['Velt', 'PROPN', 3, 'nsubj'],
      ['military', 'ADJ', 2, 'amod'],
      ['jets', 'NOUN', 3, 'nsubj'],
      ['bombed', 'VERB', -1, 'root'],
      ['Korr', 'PROPN', 3, 'obj'],
    ];
    const tree = dependencyTree(parseOf(rows));
    expect([tree.parse.head[0], tree.parse.deprel[0], tree.parse.deprel[2]]).toEqual([2, 'compound', 'nsubj']);
  });

  it('reads a verb with an auxiliary hung on a root name as a relative clause with no subject as the name\'s verb', () => {
    // "Minister Voss has invited Korr."
    const rows: [string, string, number, string][] = [
      ['Minister', 'NOUN', 1, 'nmod:desc'],
      ['Voss', 'PROPN', -1, 'root'],
      ['has', 'AUX', 3, 'aux'],
      ['invited', 'VERB', 1, 'acl:relcl'],
      ['Korr', 'PROPN', 3, 'obj'],
    ];
    const tree = dependencyTree(parseOf(rows));
    expect([tree.parse.head[3], tree.parse.head[1], tree.parse.deprel[1]]).toEqual([-1, 3, 'nsubj']);
    // (Not a clause with a subject of its own: "Voss, whom Korr has invited".)
    const relative: [string, string, number, string][] = [
      ['Voss', 'PROPN', -1, 'root'],
      ['whom', 'PRON', 4, 'obj'],
      ['Korr', 'PROPN', 4, 'nsubj'],
      ['has', 'AUX', 4, 'aux'],
      ['invited', 'VERB', 0, 'acl:relcl'],
    ];
    expect(dependencyTree(parseOf(relative)).parse.head[4]).toBe(0);
  });
});
