import { describe, expect, it } from 'vitest';
import { labelsOfType, graphOfTexts } from '../testing.js';
import { conceptShortlist, selectConcepts, tallyConcepts, type ConceptTally } from './concepts.js';
import type { Mention } from '../nlp/mentions.js';

/** Concept candidates of one document: each word is a standalone noun, written where only a noun can stand. */
const candidates = (words: string): Mention[] =>
  words.split(' ').map((lemma, i) => ({ sentence: 0, tokenStart: i, tokenEnd: i + 1, start: 0, end: 0, text: lemma, type: 'Concept', via: 'concept', lemma, standalone: true, nominal: true, inHeading: false }));

describe('concept nodes', () => {
  it('are nouns that recur in the corpus, never words a general lexicon knows only as adjectives', () => {
    const graph = graphOfTexts(
      'In late May, Norway imposed sanctions on Chile. The sanctions were great news for some.',
      'Chile said the sanctions came too late. The vote was late this week, and the result was great.',
      'Talks on the sanctions ended late on Friday. Great crowds gathered as the vote closed.',
    );
    const concepts = labelsOfType(graph, 'Concept');
    expect(concepts).toContain('sanctions');
    expect(concepts).not.toContain('late');
    expect(concepts).not.toContain('great');
  });

  it('are never an adverb after a verb or an adjective that mostly stands before a noun', () => {
    const graph = graphOfTexts(
      'The current plan failed in Chile. The team came back on Monday, and the plans were current.',
      'The current rules held. Ministers went back to Chile, and the rules stayed current.',
      'Under the current law, the floods came back. The law is current, said the minister.',
    );
    const concepts = labelsOfType(graph, 'Concept');
    expect(concepts).not.toContain('current');
    expect(concepts).not.toContain('back');
  });

  it('rank a topic several documents share above a word one long document repeats', () => {
    const tally: ConceptTally = new Map();
    const documents = ['penguin penguin penguin penguin penguin penguin penguin penguin penguin penguin', 'flood flood', 'flood flood', 'flood flood', 'flood flood', 'court', 'court', 'court', 'court', 'court'];
    for (const document of documents) tallyConcepts(tally, candidates(document));
    expect(selectConcepts(tally, documents.length, new Set()).map((choice) => choice.lemma)).toEqual(['flood', 'penguin', 'court']);
  });

  it('come most salient first: a word concentrated in some documents before one as frequent in all of them', () => {
    const tally: ConceptTally = new Map();
    const documents = ['storm storm storm storm storm government', 'storm storm storm storm government', 'government', 'government', 'government', 'government', 'government', 'government', 'government', 'government'];
    for (const document of documents) tallyConcepts(tally, candidates(document));
    // The storm: nine mentions in two documents of ten; the government: ten, one in each.
    expect(tally.get('storm')).toMatchObject({ count: 9, documents: 2 });
    expect(tally.get('government')).toMatchObject({ count: 10, documents: 10 });
    expect(selectConcepts(tally, documents.length, new Set()).map((choice) => choice.lemma)).toEqual(['storm', 'government']);
    expect([...conceptShortlist(tally, documents.length)]).toEqual(['storm', 'government']);
  });
});
