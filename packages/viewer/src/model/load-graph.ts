/**
 * Turns file text into the viewer's graph: graphology's JSON export (kgraph's
 * graph.json) or GEXF (Gephi's format, parsed by graphology-gexf's browser
 * parser). In: text and where it came from. Out: a normalised graph, or an
 * error that names the file and what is wrong with it.
 */
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import type { SerializedGraph } from 'graphology-types';
import { normaliseGraph } from './normalise.js';
import type { ViewerGraph } from './types.js';

export class GraphLoadError extends Error {
  override name = 'GraphLoadError';
}

export function graphFromJson(source: string, origin: string): ViewerGraph {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new GraphLoadError(`${origin} is not valid JSON (${(error as Error).message}).`);
  }
  const shape = data as Partial<SerializedGraph>;
  if (!shape || typeof shape !== 'object' || !Array.isArray(shape.nodes) || !Array.isArray(shape.edges)) {
    throw new GraphLoadError(`${origin} is not a graph export: it needs "nodes" and "edges" arrays.`);
  }
  // A multigraph of mixed type accepts any export; the file's own options win when present.
  const options = { type: 'mixed' as const, multi: true, allowSelfLoops: true, ...(shape.options ?? {}) };
  const graph = new MultiGraph({ ...options, multi: true });
  try {
    graph.import(shape as SerializedGraph);
  } catch (error) {
    throw new GraphLoadError(`${origin} could not be read as a graph: ${(error as Error).message}`);
  }
  return normaliseGraph(graph as unknown as ViewerGraph);
}

export function graphFromGexf(source: string, origin: string): ViewerGraph {
  let graph: ViewerGraph;
  try {
    graph = parseGexf(MultiGraph, source, { addMissingNodes: true, allowUndeclaredAttributes: true }) as unknown as ViewerGraph;
  } catch (error) {
    throw new GraphLoadError(`${origin} is not a readable GEXF file: ${(error as Error).message}`);
  }
  return normaliseGraph(graph);
}

/** Picks the parser from the file name, or from the first character when the name says nothing. */
export function graphFromFileText(source: string, fileName: string): ViewerGraph {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.gexf') || lower.endsWith('.xml')) return graphFromGexf(source, fileName);
  if (lower.endsWith('.json')) return graphFromJson(source, fileName);
  return source.trimStart().startsWith('<') ? graphFromGexf(source, fileName) : graphFromJson(source, fileName);
}
