/**
 * The attributes kgraph stores on its graphology graph. This is the contract
 * every consumer reads: `graph.json` (graphology's `export()`), the GEXF and
 * GraphML writers, the Cypher stores and the viewer.
 */
import type { EntityType } from '../vocabulary/entity-types.js';
import type { Modality, PloverType, RelationBasis, RelationType } from '../vocabulary/relation-types.js';

/** One sentence that supports a node or an edge, with its place in the document text. */
export interface Evidence {
  docId: string;
  sentence: string;
  /** Character offsets of the sentence in the document's text. */
  start: number;
  end: number;
}

/** A source document, stored once in the graph attributes and referred to by id. */
export interface DocumentInfo {
  id: string;
  title: string;
  /** Path relative to the input it was read from, or a `file#line` reference for JSONL. */
  source: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  published?: string;
}

export interface NodeAttributes {
  label: string;
  type: EntityType;
  /** 0..1: the weighted share of the node's mentions whose tagged type agrees with `type`; low marks a close call. */
  typeConfidence?: number;
  aliases: string[];
  /** Number of mentions across all documents. */
  mentions: number;
  /** Ids of the documents that mention it, sorted. */
  documents: string[];
  firstSeen?: string;
  lastSeen?: string;
  /** Free-form facts from titles and appositions, e.g. `{ role: "former president" }`. */
  roles?: string[];
  evidence: Evidence[];
  degree: number;
  pagerank: number;
  /** Normalised betweenness by hops; exact up to about 4·10⁷ steps of search (a few thousand entities), above that
   * estimated from a seeded sample of source nodes (graph/betweenness.ts), so only the ranking of large values counts. */
  betweenness: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  type: RelationType;
  /** The verb or noun as written, lemmatised ("mediate", "withdraw from", "co-occurrence"). */
  predicate: string;
  /** The PLOVER event type the relation type codes; absent for standing relations and co-occurrence. */
  plover?: PloverType;
  /** Stated (`syntax`, `pattern`) or only named together (`cooccurrence`); the strongest over its sentences.
   * Every build sets it; optional so graphs from older builds still read. */
  basis?: RelationBasis;
  /** `asserted`, `reported`, `planned`, `demanded` or `hypothetical`; the strongest over its sentences.
   * Every build sets it; optional so graphs from older builds still read. */
  modality?: Modality;
  /** Number of sentences that support it. */
  weight: number;
  /** 0..1: how sure the pattern that found it is. */
  confidence: number;
  evidence: Evidence[];
  documents: string[];
  firstSeen?: string;
  lastSeen?: string;
  size: number;
  color: string;
}

export interface GraphAttributes {
  name: string;
  /** The kgraph version that built it. */
  generator: string;
  documents: DocumentInfo[];
}
