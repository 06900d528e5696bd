import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { collectGraphFacts } from '../model/graph-facts.js';
import { normaliseGraph } from '../model/normalise.js';
import type { ViewerGraph } from '../model/types.js';
import { computeVisibility, type FilterState } from './visibility.js';

function sample(): ViewerGraph {
  const graph = new MultiGraph();
  graph.replaceAttributes({
    documents: [
      { id: 'spring', title: 'Spring', published: '2025-04-01' },
      { id: 'autumn', title: 'Autumn', published: '2025-10-01' },
      { id: 'undated', title: 'Undated' },
    ],
  });
  graph.addNode('a', { label: 'A', type: 'Country', documents: ['spring'] });
  graph.addNode('b', { label: 'B', type: 'Concept', documents: ['autumn'] });
  graph.addNode('c', { label: 'C', type: 'Person', documents: ['undated'] });
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', { type: 'RELATED_TO', weight: 1, documents: ['spring'] });
  graph.addDirectedEdgeWithKey('ac', 'a', 'c', { type: 'MEETS', weight: 3, documents: ['spring'] });
  return normaliseGraph(graph as unknown as ViewerGraph);
}

const none: FilterState = { hiddenTypes: [], hiddenRelations: [], minWeight: 1, community: null, dateFrom: null, dateTo: null, cooccurrence: true, assertedOnly: false, isolates: true, neighbourhood: null };

describe('visibility under filters', () => {
  const graph = sample();
  const facts = collectGraphFacts(graph);

  it('hides a type and the edges that touch it', () => {
    const v = computeVisibility(graph, facts, { ...none, hiddenTypes: ['Concept'] });
    expect([...v.hiddenNodes]).toEqual(['b']);
    expect([...v.hiddenEdges]).toEqual(['ab']);
  });

  it('hides relation types and light edges but keeps their nodes', () => {
    const v = computeVisibility(graph, facts, { ...none, minWeight: 2 });
    expect([...v.hiddenEdges]).toEqual(['ab']);
    expect(v.shownNodes).toBe(3);
    expect([...computeVisibility(graph, facts, { ...none, hiddenRelations: ['MEETS'] }).hiddenEdges]).toEqual(['ac']);
  });

  it('keeps only what dated articles inside the range support, and never hides undated evidence', () => {
    const v = computeVisibility(graph, facts, { ...none, dateFrom: '2025-09-01' });
    expect([...v.hiddenNodes]).toEqual(['a']);
    expect(v.hiddenEdges.size).toBe(2);
    expect(facts.dateRange).toEqual(['2025-04-01', '2025-10-01']);
  });

  it('sets co-occurrence edges aside on request, and with them the entities left without a shown relation', () => {
    const v = computeVisibility(graph, facts, { ...none, cooccurrence: false, isolates: false });
    expect([...v.hiddenEdges]).toEqual(['ab']);
    expect([...v.hiddenNodes]).toEqual(['b']);
    expect(v.isolated).toBe(1);
    expect(computeVisibility(graph, facts, { ...none, cooccurrence: false }).hiddenNodes.size).toBe(0);
  });

  it('keeps only a node and what lies within the focus depth of it', () => {
    const v = computeVisibility(graph, facts, { ...none, neighbourhood: { key: 'b', depth: 1 } });
    expect([...v.hiddenNodes]).toEqual(['c']);
    expect(computeVisibility(graph, facts, { ...none, neighbourhood: { key: 'b', depth: 2 } }).hiddenNodes.size).toBe(0);
  });
});

describe('visibility of stated relations', () => {
  // kgraph marks what each edge rests on and how its sentences put it.
  const graph = new MultiGraph();
  graph.replaceAttributes({ documents: [{ id: 'd1', title: 'One' }] });
  for (const key of ['a', 'b', 'c']) graph.addNode(key, { label: key.toUpperCase(), type: 'Organization', documents: ['d1'] });
  graph.addDirectedEdgeWithKey('together', 'a', 'b', { type: 'RELATED_TO', basis: 'cooccurrence', weight: 2, documents: ['d1'] });
  graph.addDirectedEdgeWithKey('acquired', 'a', 'b', { type: 'RELATED_TO', basis: 'syntax', predicate: 'acquire', modality: 'asserted', weight: 1, documents: ['d1'] });
  graph.addDirectedEdgeWithKey('will-visit', 'a', 'c', { type: 'VISITS', basis: 'syntax', modality: 'planned', weight: 1, documents: ['d1'] });
  const viewer = normaliseGraph(graph as unknown as ViewerGraph);
  const facts = collectGraphFacts(viewer);

  it('keeps a stated untyped relation when co-occurrence is set aside', () => {
    expect([...computeVisibility(viewer, facts, { ...none, cooccurrence: false }).hiddenEdges]).toEqual(['together']);
    expect(facts.cooccurrenceEdges).toBe(1);
  });

  it('sets aside, on request, what the sentences do not state as fact', () => {
    expect([...computeVisibility(viewer, facts, { ...none, assertedOnly: true }).hiddenEdges]).toEqual(['will-visit']);
    expect(facts.hedgedEdges).toBe(1);
  });
});

