import { describe, expect, it } from 'vitest';
import { labelsOfType, graphOfTexts } from '../testing.js';

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
});
