import type { ResolvedMention } from '../resolve/entity.js';
import type { RelationCandidate } from './relation.js';

/**
 * Every pair of distinct entities named in one body sentence (`sentence` of document `docId`, a heading's left
 * out by the caller): RELATED_TO, one count per sentence. Named, not referred to: a pronoun's referent ("he",
 * "its") is a guess that feeds stated relations only. A function of the mentions alone, so a build works it out
 * afresh rather than keeping it.
 */
export function findCooccurrences(docId: string, sentence: number, mentions: readonly ResolvedMention[]): RelationCandidate[] {
  const entities = [...new Set(mentions.filter((m) => !m.anaphor).map((m) => m.entity))].sort();
  const found: RelationCandidate[] = [];
  for (let i = 0; i < entities.length; i += 1) {
    for (let j = i + 1; j < entities.length; j += 1) {
      found.push({
        source: entities[i]!,
        target: entities[j]!,
        type: 'RELATED_TO',
        predicate: 'co-occurrence',
        confidence: 0.3,
        basis: 'cooccurrence',
        modality: 'asserted',
        docId,
        sentence,
      });
    }
  }
  return found;
}
