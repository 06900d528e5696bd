import { describe, expect, it } from 'vitest';
import { extractDocument, restoreSentences, restoreSyntax } from '../extract/index.js';
import { documentId } from '../ingest/index.js';
import { defaultMentionContext } from '../nlp/mentions.js';
import { labelsOfType, graphOfTexts } from '../testing.js';
import type { ConceptSource } from './concept-candidates.js';
import { findConcepts, salience } from './concepts.js';

function conceptSource(text: string): ConceptSource {
  const extraction = extractDocument(text, defaultMentionContext());
  return { id: documentId(text), sentences: restoreSentences(text, extraction), names: extraction.names, syntax: restoreSyntax(extraction) };
}

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

  it('are multiword where the corpus uses a phrase as a unit ("tidal energy"), not where an adjective grades what it describes ("new turbines")', () => {
    const graph = graphOfTexts(
      'Valdoria will invest in tidal energy next year. The tidal energy plant at Korvik opened on Monday. The new turbines are new to the coast.',
      'Engineers in Borduria studied tidal energy for a decade. Critics said the new turbines harm fish, but tidal energy is cheap.',
      'Minister Karo Tessel of Sylvania praised tidal energy on Friday. New turbines will serve the harbour.',
    );
    const concepts = labelsOfType(graph, 'Concept');
    expect(concepts).toContain('tidal energy');
    expect(concepts).not.toContain('energy');
    expect(concepts).not.toContain('new turbines');
  });

  it('are never verbs, even those written like nouns ("plans to", "remain", "hopes")', () => {
    const graph = graphOfTexts(
      'Valdoria plans to reopen the mine. Its miners remain on strike, and the union hopes for a deal. The strike hurts exports.',
      'Borduria plans to close its border. Exports remain low, and the minister hopes to talk. The strike spread to the port.',
      'Sylvania plans new taxes. Prices remain high; the government hopes the strike ends. Exports fell in March.',
    );
    const concepts = labelsOfType(graph, 'Concept');
    expect(concepts).toEqual(expect.arrayContaining(['exports', 'strike']));
    for (const verb of ['plans', 'plan', 'remain', 'hopes', 'hope']) expect(concepts).not.toContain(verb);
  });

  it('rank a topic several documents share above a word one long document repeats', () => {
    const documentCount = 10;
    const penguin = salience({ count: 10, documents: 1, words: 1 }, documentCount);
    const flood = salience({ count: 8, documents: 4, words: 1 }, documentCount);
    expect(flood).toBeGreaterThan(penguin);
  });

  it('come most salient first: a word concentrated in some documents before one as frequent in all of them', () => {
    const storm = salience({ count: 9, documents: 2, words: 1 }, 10);
    const government = salience({ count: 10, documents: 10, words: 1 }, 10);
    expect(storm).toBeGreaterThan(government);
  });

  it('rank a phrase above a single noun used as often, for it says more ("death toll", "death")', () => {
    expect(salience({ count: 6, documents: 3, words: 2 }, 20)).toBeGreaterThan(salience({ count: 6, documents: 3, words: 1 }, 20));
  });

  it('count a copy of an article (the same text, so the same id) once among the documents a concept is in, and its uses every time', () => {
    const sources = [
      'Valdoria imposed sanctions on Borduria. The sanctions hit grain exports.',
      'Borduria said the sanctions were unlawful.',
      'Minister Karo Tessel asked for new sanctions on Sylvania.',
    ].map(conceptSource);
    const sanctions = (documents: readonly ConceptSource[]) => findConcepts(documents, new Set()).chosen.find((concept) => concept.label === 'sanctions')!;
    const once = sanctions(sources);
    const withCopy = sanctions([...sources, sources[0]!]);
    expect(once.documents).toBe(3);
    expect(withCopy.documents).toBe(3);
    expect(withCopy.count).toBe(once.count + 2);
  });
});
