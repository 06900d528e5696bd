/** Colours that are not entity types: communities and unknown types. */
import { ENTITY_TYPE_COLORS, isEntityType } from '../model/contract.js';

/** A qualitative palette (Tableau-like), readable on light and dark backgrounds. */
export const CATEGORY_PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948',
  '#b07aa1', '#ff9da7', '#9c755f', '#2ca02c', '#17becf', '#bcbd22',
] as const;
export const OTHER_COLOR = '#a0a4ab';

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The type's own colour from the vocabulary, or a stable palette colour for a foreign type. */
export function colorForType(type: string): string {
  if (isEntityType(type)) return ENTITY_TYPE_COLORS[type];
  return CATEGORY_PALETTE[hash(type) % CATEGORY_PALETTE.length];
}

/** Communities get palette colours by size rank; the long tail shares one grey. */
export function communityColors(communitiesBySize: Iterable<string>): Map<string, string> {
  const colors = new Map<string, string>();
  let rank = 0;
  for (const community of communitiesBySize) {
    colors.set(community, rank < CATEGORY_PALETTE.length ? CATEGORY_PALETTE[rank] : OTHER_COLOR);
    rank++;
  }
  return colors;
}

/** Mixes a #rrggbb colour towards another; used to fade what is out of focus. */
export function mixColors(color: string, towards: string, amount: number): string {
  const parse = (c: string): [number, number, number] | null => {
    const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
    if (!m) return null;
    const n = parseInt(m[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  };
  const a = parse(color);
  const b = parse(towards);
  if (!a || !b) return towards;
  const mixed = a.map((v, i) => Math.round(v + (b[i] - v) * amount));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
