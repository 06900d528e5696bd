/**
 * GEXF of the current view: only the nodes and edges the filters show, with
 * the colours, sizes and positions on screen, so Gephi opens what the user saw.
 */
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { Visibility } from '../filters/visibility.js';
import type { ViewerGraph } from '../model/types.js';

interface ViewColors {
  colors: Map<string, string>;
  sizes: Map<string, number>;
}

type Flat = Record<string, string | number>;

export function currentViewToGexf(graph: ViewerGraph, visibility: Visibility, view: ViewColors): string {
  const out = new MultiGraph<Flat, Flat>({ type: graph.type === 'undirected' ? 'undirected' : 'directed' });
  graph.forEachNode((key, node) => {
    if (visibility.hiddenNodes.has(key)) return;
    const attributes: Flat = {
      label: node.label,
      x: node.x,
      y: node.y,
      size: view.sizes.get(key) ?? node.size,
      color: view.colors.get(key) ?? node.color,
    };
    if (node.type) attributes.type = node.type;
    if (node.aliases.length) attributes.aliases = node.aliases.join('|');
    for (const metric of ['degree', 'pagerank', 'betweenness', 'mentions'] as const) {
      const value = node[metric];
      if (value !== undefined) attributes[metric] = value;
    }
    if (node.community !== undefined) attributes.community = node.community;
    out.addNode(key, attributes);
  });
  graph.forEachEdge((key, edge, source, target) => {
    if (visibility.hiddenEdges.has(key) || !out.hasNode(source) || !out.hasNode(target)) return;
    const attributes: Flat = { weight: edge.weight };
    // GEXF reserves an edge's "type" for directed/undirected; the relation goes under its own name.
    if (edge.type) attributes.relation = edge.type;
    if (edge.predicate) attributes.predicate = edge.predicate;
    if (edge.confidence !== undefined) attributes.confidence = edge.confidence;
    out.addEdgeWithKey(key, source, target, attributes);
  });
  return write(out, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, x, y, size, color, ...rest } = attributes;
      return { label: String(label), viz: { x: Number(x), y: Number(y), size: Number(size), color: String(color) }, attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { weight, ...rest } = attributes;
      return { weight: Number(weight), attributes: rest };
    },
  });
}
