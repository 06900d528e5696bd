import { describe, expect, it } from 'vitest';
import { applyEdit, editOf, learnLemmatiser } from './lemmatiser.js';

const triples = [
  ['studies', 'NOUN', 'study'],
  ['parties', 'NOUN', 'party'],
  ['cities', 'NOUN', 'city'],
  ['ladies', 'NOUN', 'lady'],
  ['walked', 'VERB', 'walk'],
  ['jumped', 'VERB', 'jump'],
  ['played', 'VERB', 'play'],
  ['went', 'VERB', 'go'],
  ['went', 'VERB', 'go'],
  ['Was', 'AUX', 'be'],
  ['was', 'AUX', 'be'],
  ['Tarvik', 'PROPN', 'Tarvik'],
  ['Olben', 'PROPN', 'Olben'],
].map(([form, upos, lemma]) => ({ form: form!, upos: upos!, lemma: lemma! }));

describe('the lemmatiser', () => {
  it('writes a lemma as an edit of the word and applies it back', () => {
    expect(editOf('studies', 'study')).toBe('l3|y');
    expect(applyEdit('Studies', 'l3|y')).toBe('study');
  });

  it('generalises word endings to words it never saw ("berries" → "berry", "talked" → "talk")', () => {
    const lemmatiser = learnLemmatiser(triples);
    expect(lemmatiser.lemma('berries', 'NOUN')).toBe('berry');
    expect(lemmatiser.lemma('talked', 'VERB')).toBe('talk');
  });

  it('keeps irregular words as exceptions and proper nouns as written', () => {
    const lemmatiser = learnLemmatiser(triples);
    expect(lemmatiser.lemma('went', 'VERB')).toBe('go');
    expect(lemmatiser.lemma('WAS', 'AUX')).toBe('be');
    expect(lemmatiser.lemma('Quellan', 'PROPN')).toBe('Quellan');
  });

  it('keeps a first name as written where the treebank lemmatised it with an e-mail signature', () => {
    const lemmatiser = learnLemmatiser([...triples, { form: 'Torvald', upos: 'PROPN', lemma: 'TorvaldQuell@EXAMPLECORP' }]);
    expect(lemmatiser.lemma('Torvald', 'PROPN')).toBe('Torvald');
    expect(lemmatiser.lemma('torvald@example.org', 'PROPN')).toBe('torvald@example.org');
  });

  it('spells out an abbreviation it learnt but leaves a longer name that ends like it as written', () => {
    const lemmatiser = learnLemmatiser([...triples, ...['Dec', 'Dec', 'Dec'].map((form) => ({ form, upos: 'PROPN', lemma: 'December' }))]);
    expect(lemmatiser.lemma('Dec', 'PROPN')).toBe('December');
    expect(lemmatiser.lemma('Voldec', 'PROPN')).toBe('Voldec');
  });

  it('works out the same lemma afresh as it keeps from before', () => {
    const lemmatiser = learnLemmatiser(triples);
    for (const [form, upos] of [['berries', 'NOUN'], ['went', 'VERB'], ['WAS', 'AUX'], ['Quellan', 'PROPN']] as const) {
      expect(lemmatiser.lemmaOf(form, upos)).toBe(lemmatiser.lemma(form, upos));
      expect(lemmatiser.lemmaOf(form, upos)).toBe(lemmatiser.lemma(form, upos));
    }
  });
});
