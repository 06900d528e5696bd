import { describe, expect, it } from 'vitest';
import { withPunctuationReattached } from './punctuation-heads.js';

/** Heads after the rule, for a sentence written as words, its heads (−1 the root) and which words are marks. */
function reattached(sentence: string, heads: number[]): number[] {
  const forms = sentence.split(' ');
  const marks = forms.map((form) => /^\p{P}+$/u.test(form));
  return Array.from(withPunctuationReattached(Int32Array.from(heads), forms, marks));
}

describe('withPunctuationReattached', () => {
  it('hangs a comma between conjuncts on the conjunct after it', () => {
    //                     Chile ,  Peru and Bolivia signed .
    expect(reattached('Chile , Peru and Bolivia signed .', [5, 5, 0, 4, 0, -1, 0])).toEqual([5, 2, 0, 4, 0, -1, 5]);
  });

  it('hangs the full stop on the root, however deep the word before it', () => {
    //                     Kit  met the envoy  of   Velt .
    expect(reattached('Kit met the envoy of Velt .', [1, -1, 3, 1, 5, 3, 5])).toEqual([1, -1, 3, 1, 5, 3, 1]);
  });

  it('hangs both brackets on the head of what they enclose', () => {
    //                     Velt (  a   port ) grew .
    expect(reattached('Velt ( a port ) grew .', [5, 5, 3, 0, 5, -1, 5])).toEqual([5, 3, 3, 0, 3, -1, 5]);
  });

  it('hangs the comma closing a relative clause on the noun the clause describes', () => {
    //                     Pim Voss , who  left , came .
    expect(reattached('Pim Voss , who left , came .', [1, 6, 6, 4, 1, 4, -1, 6])).toEqual([1, 6, 4, 4, 1, 1, -1, 6]);
  });

  it('leaves a mark that heads a word where the parser put it', () => {
    //                     Kit said : go  .
    expect(reattached('Kit said : go .', [1, -1, 1, 2, 1])).toEqual([1, -1, 1, 2, 1]);
  });
});
