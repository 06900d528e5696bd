/**
 * What the viewer holds: one graphology graph whose attributes follow kgraph's
 * contract when it comes from a build, or whatever a GEXF file carried. The
 * loader normalises both into these shapes.
 */
import type { AbstractGraph } from 'graphology-types';
import type { DocumentInfo, Evidence } from './contract.js';

export interface ViewerNode {
  label: string;
  /** kgraph entity type; absent for most GEXF files. */
  type?: string;
  aliases: string[];
  x: number;
  y: number;
  size: number;
  color: string;
  degree?: number;
  pagerank?: number;
  betweenness?: number;
  /** Louvain community (kgraph) or Gephi's modularity_class, as text. */
  community?: string;
  mentions?: number;
  /** kgraph: the share (0..1) of the mentions whose own tag agrees with `type`; low marks a close call. */
  typeConfidence?: number;
  roles: string[];
  documents: string[];
  evidence: Evidence[];
  firstSeen?: string;
  lastSeen?: string;
  [extra: string]: unknown;
}

export interface ViewerEdge {
  /** kgraph relation type (UPPER_SNAKE); absent for most GEXF files. */
  type?: string;
  predicate?: string;
  /** What the edge rests on (kgraph): `cooccurrence`, `syntax` or `pattern`. */
  basis?: string;
  /** How its sentences put it (kgraph): `asserted`, `reported`, `planned`, `demanded`, `hypothetical`. */
  modality?: string;
  weight: number;
  confidence?: number;
  size?: number;
  color?: string;
  evidence: Evidence[];
  documents: string[];
  [extra: string]: unknown;
}

export interface ViewerGraphAttributes {
  name?: string;
  documents: DocumentInfo[];
  [extra: string]: unknown;
}

export type ViewerGraph = AbstractGraph<ViewerNode, ViewerEdge, ViewerGraphAttributes>;
