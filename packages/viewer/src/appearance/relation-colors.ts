/**
 * One colour per relation type, so a reader tells LEADS from SANCTIONS on the
 * canvas. Co-occurrence keeps the theme's faint edge colour; types outside the
 * vocabulary (GEXF files) keep the typed-edge grey.
 */
import { mixColors } from './palette.js';

const RELATION_COLORS: Readonly<Record<string, string>> = {
  // Cooperation in greens and blues, conflict in oranges, pinks and reds, as PLOVER's quad classes group them.
  AGREES_WITH: '#35978f',
  MEDIATES: '#1b9e77',
  HOSTS: '#66a61e',
  NEGOTIATES_WITH: '#7570b3',
  MEETS: '#6a8fd0',
  VISITS: '#8c96c6',
  COOPERATES_WITH: '#1f78b4',
  SUPPORTS: '#33a02c',
  CONCEDES_TO: '#a6d96a',
  RELEASES: '#80cdc1',
  AIDS: '#4393c3',
  REQUESTS: '#bf812d',
  CRITICIZES: '#e7298a',
  ACCUSES: '#ae017e',
  REJECTS: '#f46d43',
  THREATENS: '#d95f02',
  PROTESTS_AGAINST: '#fdae61',
  SANCTIONS: '#b2182b',
  MOBILIZES_AGAINST: '#d6604d',
  COERCES: '#8e0152',
  ATTACKS: '#67001f',
  WITHDREW_FROM: '#8c510a',
  SIGNED: '#01665e',
  LEADS: '#2166ac',
  MEMBER_OF: '#5e3c99',
  LOCATED_IN: '#7f7f7f',
  PART_OF: '#a0a0a0',
  STATEMENT_ABOUT: '#c51b7d',
};

export function relationColor(type: string | undefined, fallback: string): string {
  return (type && RELATION_COLORS[type]) || fallback;
}

/** Modality the build may carry on an edge (planned, reported, denied, …): anything but a plain statement is drawn faded. */
export function isHedged(modality: unknown): boolean {
  return typeof modality === 'string' && modality !== '' && modality !== 'asserted' && modality !== 'stated';
}

export const fadeHedged = (color: string, background: string): string => mixColors(color, background, 0.55);
