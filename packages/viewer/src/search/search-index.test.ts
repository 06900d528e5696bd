import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { normaliseGraph } from '../model/normalise.js';
import type { ViewerGraph } from '../model/types.js';
import { buildSearchIndex } from './search-index.js';

describe('search suggestions', () => {
  const graph = new MultiGraph();
  graph.addNode('1', { label: 'Côte d’Ivoire', aliases: ['Ivory Coast'] });
  graph.addNode('2', { label: 'Coterie' });
  graph.addNode('3', { label: 'The Coast Guard' });
  graph.addNode('4', { label: 'Coast' });
  graph.addEdge('3', '4');
  const index = buildSearchIndex(normaliseGraph(graph as unknown as ViewerGraph));

  it('matches without accents and ranks exact, then prefix, then word prefix, then alias substring', () => {
    expect(index.suggest('cote').map((s) => s.label)).toEqual(['Côte d’Ivoire', 'Coterie']);
    expect(index.suggest('coast').map((s) => s.label)).toEqual(['Coast', 'The Coast Guard', 'Côte d’Ivoire']);
  });

  it('says which alias matched', () => {
    expect(index.suggest('ivory')[0]).toMatchObject({ label: 'Côte d’Ivoire', via: 'Ivory Coast' });
  });

  it('suggests nothing for an empty query', () => {
    expect(index.suggest('   ')).toEqual([]);
  });
});
