import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph, type KnowledgeGraph } from '../io/graph-json.js';
import { DEFAULT_ANALYZE_OPTIONS, placeNodes, projectionInput } from './analyze.js';
import { startAnalysisWorker } from './analysis-thread.js';
import type { EdgeAttributes, NodeAttributes } from './attributes.js';

/** Two clusters big enough for ForceAtlas2, joined by one link, with parallel edges of other types whose weights add up. */
function clusteredGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const node = (key: string) => graph.mergeNode(key, { label: key } as NodeAttributes);
  const link = (a: string, b: string, weight: number, type = 'RELATED_TO') => {
    node(a);
    node(b);
    graph.addDirectedEdgeWithKey(`${a}|${type}|${b}`, a, b, { type, weight } as EdgeAttributes);
  };
  for (const prefix of ['east', 'west']) {
    for (let i = 0; i < 16; i++) for (let j = i + 1; j < 16; j += 3) link(`${prefix}${i}`, `${prefix}${j}`, 1 + ((i + j) % 3));
    for (let i = 0; i < 15; i++) link(`${prefix}${i}`, `${prefix}${i + 1}`, 1, 'MEMBER_OF');
  }
  link('east0', 'west0', 2);
  node('alone');
  return graph;
}

describe('startAnalysisWorker', () => {
  it('places every node in a worker thread exactly as placeNodes does in this one', async () => {
    const graph = clusteredGraph();
    const here = placeNodes(projectionInput(graph), DEFAULT_ANALYZE_OPTIONS);
    const worker = startAnalysisWorker();
    try {
      // The input's arrays are handed to the worker, so it is made afresh.
      const { placement: there, milliseconds } = await worker.place(projectionInput(graph), DEFAULT_ANALYZE_OPTIONS);
      expect(there).toEqual(here);
      expect(new Set(here.community).size).toBeGreaterThan(1);
      expect(milliseconds.layout).toBeGreaterThan(0);
      expect(new Set(here.x).size).toBeGreaterThan(graph.order / 2);
    } finally {
      await worker.close();
    }
  });
});
