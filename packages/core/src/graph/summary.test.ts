import { describe, expect, it } from 'vitest';
import { graphOfTexts } from '../testing.js';
import { prominence } from './prominence.js';
import { formatSummary, summarizeGraph } from './summary.js';

describe('the graph summary', () => {
  it('ranks named entities apart from concepts, so common nouns do not crowd out the names', () => {
    const graph = graphOfTexts(
      'Chile imposed sanctions on Peru. The sanctions hurt trade, and the sanctions angered Peru.',
      'Peru asked Chile to lift the sanctions. Chile said the sanctions would stay.',
    );
    const summary = summarizeGraph(graph);
    expect(summary.topEntities.map((e) => e.type)).not.toContain('Concept');
    expect(summary.topEntities.map((e) => e.label).sort()).toEqual(['Chile', 'Peru']);
    expect(summary.topConcepts.map((e) => e.label)).toContain('sanctions');
    expect(formatSummary(summary)).toMatch(/^key concepts: .*sanctions/m);
  });

  it('weighs the documents that name an entity above its mentions, and says so', () => {
    // Twelve mentions in one long document weigh less than six spread over three.
    expect(prominence(12, 1)).toBeLessThan(prominence(6, 3));
    const graph = graphOfTexts(
      'Tamsin Rook spoke in Belize. Rook said the reef was fine. Rook met divers. Rook left. Rook returned. Rook smiled. Rook waved.',
      'Chile and Peru met in Lima on Monday.',
      'Chile said on Friday that talks with Peru would go on.',
      'Officials in Chile agreed.',
      'Chile held a vote on Sunday.',
    );
    const summary = summarizeGraph(graph, 3);
    expect(summary.topEntities[0]?.label).toBe('Chile');
    expect(summary.topEntities.findIndex((e) => e.label === 'Tamsin Rook')).not.toBe(0);
    expect(formatSummary(summary)).toMatch(/^ranked by: +prominence: documents/m);
  });
});
