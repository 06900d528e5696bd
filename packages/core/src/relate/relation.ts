import type { Modality, RelationBasis, RelationType } from '../vocabulary/relation-types.js';

/** One relation found in one sentence; the graph stage aggregates them into weighted edges. */
export interface RelationCandidate {
  source: string;
  target: string;
  type: RelationType;
  /** The lemma of the verb or noun that expressed it ("withdraw", "mediation"). */
  predicate: string;
  /** 0..1: how sure the pattern that found it is. */
  confidence: number;
  /** Stated by the sentence (`pattern`, `syntax`) or only named together (`cooccurrence`). */
  basis: RelationBasis;
  /** As fact, as planned, as reported, … (vocabulary/relation-types.ts). */
  modality: Modality;
  docId: string;
  sentence: number;
}
