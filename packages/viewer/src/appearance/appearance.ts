/**
 * Colour and size per node for the chosen modes, computed once per mode change
 * (not per frame), plus the legend that explains the colours.
 */
import { nodeTypeOf, type GraphFacts } from '../model/graph-facts.js';
import type { ViewerGraph } from '../model/types.js';
import type { ColorMode, SizeMode } from '../state/view-state.js';
import { centralityOf } from '../story/story.js';
import { OTHER_COLOR, colorForType, communityColors } from './palette.js';

export interface LegendEntry {
  /** The type or community it stands for (what a filter toggles). */
  value: string;
  label: string;
  color: string;
  count: number;
}

export function computeNodeColors(graph: ViewerGraph, facts: GraphFacts, mode: ColorMode): Map<string, string> {
  const colors = new Map<string, string>();
  const byCommunity = mode === 'community' ? communityColors(facts.communities.keys()) : null;
  graph.forEachNode((key, node) => {
    if (mode === 'type') colors.set(key, colorForType(nodeTypeOf(node.type)));
    else if (byCommunity) colors.set(key, (node.community !== undefined && byCommunity.get(node.community)) || OTHER_COLOR);
    else colors.set(key, node.color);
  });
  return colors;
}

const MIN_SIZE = 3;
const MAX_SIZE = 20;

/** Node sizes scaled by square root into [MIN_SIZE, MAX_SIZE]; 'stored' keeps the file's sizes. */
export function computeNodeSizes(graph: ViewerGraph, mode: SizeMode, centrality = 'pagerank'): Map<string, number> {
  const sizes = new Map<string, number>();
  if (mode === 'stored') {
    // Gephi files often store sizes far above screen pixels: shrink them, keeping proportions.
    let largest = 0;
    graph.forEachNode((_key, node) => {
      largest = Math.max(largest, node.size);
    });
    const scale = largest > MAX_SIZE * 1.5 ? MAX_SIZE / largest : 1;
    graph.forEachNode((key, node) => sizes.set(key, Math.max(1, node.size * scale)));
    return sizes;
  }
  const metric = (key: string): number => {
    const node = graph.getNodeAttributes(key);
    if (mode === 'centrality') return centralityOf(node, centrality);
    return mode === 'pagerank' ? (node.pagerank ?? 0) : (node.degree ?? graph.degree(key));
  };
  let max = 0;
  graph.forEachNode((key) => {
    max = Math.max(max, metric(key));
  });
  graph.forEachNode((key) => {
    const share = max > 0 ? Math.sqrt(metric(key) / max) : 0;
    sizes.set(key, MIN_SIZE + share * (MAX_SIZE - MIN_SIZE));
  });
  return sizes;
}

export function legendEntries(facts: GraphFacts, mode: ColorMode): LegendEntry[] {
  if (mode === 'type') {
    return [...facts.entityTypes].map(([type, count]) => ({ value: type, label: type, color: colorForType(type), count }));
  }
  if (mode === 'community') {
    const colors = communityColors(facts.communities.keys());
    const entries = [...facts.communities].slice(0, 12).map(([community, count]) => ({
      value: community,
      label: `Community ${community}`,
      color: colors.get(community) ?? OTHER_COLOR,
      count,
    }));
    const rest = [...facts.communities].slice(12).reduce((sum, [, count]) => sum + count, 0);
    if (rest) entries.push({ value: '', label: 'Other communities', color: OTHER_COLOR, count: rest });
    return entries;
  }
  return [];
}
