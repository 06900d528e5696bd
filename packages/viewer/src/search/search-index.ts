/**
 * Suggestions for the search box: labels and aliases, matched without case or
 * accents. Ranked exact > prefix > word prefix > substring, then by degree.
 */
import type { ViewerGraph } from '../model/types.js';

export interface Suggestion {
  key: string;
  label: string;
  type?: string;
  /** The alias that matched, when it was not the label. */
  via?: string;
}

interface Entry {
  key: string;
  label: string;
  type?: string;
  degree: number;
  names: Array<{ text: string; folded: string }>;
}

export interface SearchIndex {
  suggest(query: string, limit?: number): Suggestion[];
}

export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

function rank(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return 2;
  return folded.includes(query) ? 3 : -1;
}

export function buildSearchIndex(graph: ViewerGraph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((key, node) => {
    const names = [node.label, ...node.aliases].map((text) => ({ text, folded: fold(text) }));
    entries.push({ key, label: node.label, type: node.type, degree: graph.degree(key), names });
  });
  return {
    suggest(query, limit = 8) {
      const q = fold(query);
      if (!q) return [];
      const scored: Array<{ entry: Entry; score: number; via?: string }> = [];
      for (const entry of entries) {
        let best = -1;
        let via: string | undefined;
        entry.names.forEach((name, index) => {
          const score = rank(name.folded, q);
          if (score >= 0 && (best < 0 || score < best)) {
            best = score;
            via = index === 0 ? undefined : name.text;
          }
        });
        if (best >= 0) scored.push({ entry, score: best, via });
      }
      scored.sort((a, b) => a.score - b.score || b.entry.degree - a.entry.degree || a.entry.label.localeCompare(b.entry.label));
      return scored.slice(0, limit).map(({ entry, via }) => ({
        key: entry.key,
        label: entry.label,
        ...(entry.type ? { type: entry.type } : {}),
        ...(via ? { via } : {}),
      }));
    },
  };
}
