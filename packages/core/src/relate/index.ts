/**
 * relate: resolved mentions in their sentences → relation candidates, typed
 * from the closed vocabulary, each tied to the sentence it came from.
 */
import type { AnalyzedDocument } from '../resolve/resolve-entities.js';
import type { Entity, ResolvedMention } from '../resolve/entity.js';
import { groupBy } from '../util/group-by.js';
import { findCooccurrences } from './cooccurrence.js';
import type { RelationCandidate } from './relation.js';
import { findSentenceRelations } from './sentence-patterns.js';
import { createSentenceView } from './sentence-view.js';
import { findSyntaxRelations } from './syntax-relations.js';

/** Reads `documents` once, in order, keeping nothing of one past its turn. */
export function relateDocuments(
  documents: Iterable<AnalyzedDocument>,
  mentions: readonly ResolvedMention[],
  entities: readonly Entity[],
): RelationCandidate[] {
  const typeByKey = new Map(entities.map((e) => [e.key, e.type]));
  const typeOf = (key: string) => typeByKey.get(key);
  const byDocument = groupBy(mentions, (m) => m.docId);
  const relations: RelationCandidate[] = [];
  for (const document of documents) {
    // By sentence one document at a time: a key for every sentence of the corpus would be held all through relate.
    const bySentence = groupBy(byDocument.get(document.id) ?? [], (m) => String(m.sentence));
    for (const sentence of document.sentences) {
      const own = bySentence.get(String(sentence.index));
      if (!own || own.length < 2) continue;
      const view = createSentenceView(document.id, sentence, own, typeOf, document.syntax?.[sentence.index]);
      relations.push(...findSyntaxRelations(view), ...findSentenceRelations(view), ...findCooccurrences(view));
    }
  }
  return relations;
}

export type { RelationCandidate } from './relation.js';
