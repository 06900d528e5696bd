import type { RelationCandidate } from './relation.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Every pair of distinct entities named in one body sentence: RELATED_TO, one count per sentence. Named, not
 * referred to: a pronoun's referent ("he", "its") is a guess that feeds stated relations only.
 */
export function findCooccurrences(view: SentenceView): RelationCandidate[] {
  if (view.sentence.isHeading) return [];
  const entities = [...new Set(view.mentions.filter((m) => !m.anaphor).map((m) => m.entity))].sort();
  const found: RelationCandidate[] = [];
  for (let i = 0; i < entities.length; i += 1) {
    for (let j = i + 1; j < entities.length; j += 1) {
      found.push({
        source: entities[i],
        target: entities[j],
        type: 'RELATED_TO',
        predicate: 'co-occurrence',
        confidence: 0.3,
        basis: 'cooccurrence',
        modality: 'asserted',
        docId: view.docId,
        sentence: view.sentence.index,
      });
    }
  }
  return found;
}
