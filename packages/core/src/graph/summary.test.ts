import { describe, expect, it } from 'vitest';
import { graphOfTexts } from '../testing.js';
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
});
