/**
 * relate: resolved mentions in their sentences → relation candidates, typed
 * from the closed vocabulary, each tied to the sentence it came from.
 * A document's relations depend on the rest of the corpus only through its
 * mentions and their entities' types, which is all `relateDocument` is given:
 * a build may keep them per document under those inputs (extract/relation-cache.ts).
 */
import type { AnalyzedDocument } from '../resolve/resolve-entities.js';
import { typesOf, type Entity, type ResolvedMention } from '../resolve/entity.js';
import type { Corpus } from '../util/corpus.js';
import { groupBy } from '../util/group-by.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { findCooccurrences } from './cooccurrence.js';
import type { RelationCandidate } from './relation.js';
import { findSentenceRelations } from './sentence-patterns.js';
import { createSentenceView } from './sentence-view.js';
import { findSyntaxRelations } from './syntax-relations.js';

/**
 * Gives the relations of document `index`, which `find` reads from the document; its mentions (in document
 * order) and their entities' types are all `find` knows of the rest of the corpus, so a build may answer from
 * its cache under those inputs without reading the document.
 */
export type RelationMemo = (index: number, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>, find: () => RelationCandidate[]) => RelationCandidate[];

/**
 * The relations of every document, in order. `ids` are the documents' ids, so that a document whose relations
 * `rememberRelations` gives is never restored; the others are read once, one at a time.
 */
export function relateDocuments(
  documents: Corpus<AnalyzedDocument>,
  ids: readonly string[],
  mentions: readonly ResolvedMention[],
  entities: readonly Entity[],
  rememberRelations: RelationMemo = (_index, _mentions, _types, find) => find(),
): RelationCandidate[] {
  const typeByKey = new Map(entities.map((e) => [e.key, e.type]));
  const byDocument = groupBy(mentions, (m) => m.docId);
  const relations: RelationCandidate[] = [];
  ids.forEach((id, index) => {
    const own = byDocument.get(id) ?? [];
    const types = typesOf(own, (key) => typeByKey.get(key));
    // One at a time: a long document's relations may be more than a call's arguments can hold.
    for (const relation of rememberRelations(index, own, types, () => relateDocument(documents.at(index)!, own, types))) relations.push(relation);
  });
  return relations;
}

/** One document's relations: its mentions grouped by sentence, each sentence read by every reader. */
export function relateDocument(document: AnalyzedDocument, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>): RelationCandidate[] {
  const typeOf = (key: string) => types.get(key);
  const bySentence = groupBy(mentions, (m) => String(m.sentence));
  const relations: RelationCandidate[] = [];
  for (const sentence of document.sentences) {
    const own = bySentence.get(String(sentence.index));
    if (!own || own.length < 2) continue;
    const view = createSentenceView(document.id, sentence, own, typeOf, document.syntax?.[sentence.index]);
    relations.push(...findSyntaxRelations(view), ...findSentenceRelations(view), ...findCooccurrences(view));
  }
  return relations;
}

export type { RelationCandidate } from './relation.js';
