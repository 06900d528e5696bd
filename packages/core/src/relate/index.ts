/**
 * relate: resolved mentions in their sentences → relation candidates, typed
 * from the closed vocabulary, each tied to the sentence it came from.
 * A sentence's stated relations depend on the rest of the corpus only through
 * its names (never its concepts, which no relation is stated with) and their
 * entities' types, which is all `statedRelations` is given: a build may keep
 * them per sentence under those inputs (extract/relation-cache.ts).
 * Co-occurrences need only the mentions.
 */
import type { AnalyzedDocument } from '../resolve/resolve-entities.js';
import { typesOf, type Entity, type ResolvedMention } from '../resolve/entity.js';
import type { Corpus } from '../util/corpus.js';
import { groupBy } from '../util/group-by.js';
import type { EntityType } from '../vocabulary/entity-types.js';
import { findCooccurrences } from './cooccurrence.js';
import type { RelationCandidate } from './relation.js';
import { findSentenceRelations } from './sentence-patterns.js';
import { createSentenceView, withoutOverlaps } from './sentence-view.js';
import { findSyntaxRelations } from './syntax-relations.js';

/**
 * Gives the stated relations of sentence `sentence` of document `index`, which `find` reads from the document; the
 * sentence's mentions and their entities' types are all `find` knows of the rest of the corpus, so a build may
 * answer from its cache under those inputs without reading the document.
 */
export type RelationMemo = (
  index: number,
  sentence: number,
  mentions: readonly ResolvedMention[],
  types: ReadonlyMap<string, EntityType>,
  find: () => RelationCandidate[],
) => RelationCandidate[];

/** What relate needs of a document without restoring it: its id, and which of its sentences are headings. */
export interface DocumentOutline {
  id: string;
  headings: readonly number[];
}

/**
 * The relations of every document, in order, a sentence at a time: those the sentence states, then its
 * co-occurrences (none in a heading). `outlines` are the documents' ids and headings, so that a document whose
 * every sentence's stated relations `rememberRelations` gives is never restored; the others are read once, one
 * at a time.
 */
export function relateDocuments(
  documents: Corpus<AnalyzedDocument>,
  outlines: readonly DocumentOutline[],
  mentions: readonly ResolvedMention[],
  entities: readonly Entity[],
  rememberRelations: RelationMemo = (_index, _sentence, _mentions, _types, find) => find(),
): RelationCandidate[] {
  const typeByKey = new Map(entities.map((e) => [e.key, e.type]));
  const byDocument = groupBy(mentions, (m) => m.docId);
  const relations: RelationCandidate[] = [];
  outlines.forEach(({ id, headings }, index) => {
    // Restored at the first sentence whose relations are not remembered, and let go with the next document.
    let document: AnalyzedDocument | undefined;
    const bySentence = groupBy(byDocument.get(id) ?? [], (m) => String(m.sentence));
    const sentences = [...bySentence.keys()].map(Number).sort((a, b) => a - b);
    for (const sentence of sentences) {
      const own = bySentence.get(String(sentence))!;
      if (own.length < 2) continue;
      // No relation is stated with a concept, so the reading never sees one: what a sentence states does not
      // change with the nouns the corpus happens to make concepts ("the Chilean city of A" in a large corpus).
      const names = own.filter((m) => typeByKey.get(m.entity) !== 'Concept');
      if (names.length >= 2) {
        const types = typesOf(names, (key) => typeByKey.get(key));
        const find = () => {
          document ??= documents.at(index)!;
          return statedRelations(document, sentence, names, types);
        };
        // One at a time: a long sentence's relations may be more than a call's arguments can hold.
        for (const relation of rememberRelations(index, sentence, names, types, find)) relations.push(relation);
      }
      if (!headings.includes(sentence)) for (const relation of findCooccurrences(id, sentence, withoutOverlaps(own))) relations.push(relation);
    }
  });
  return relations;
}

/** The relations one sentence states, as the syntax and the patterns read them. */
export function statedRelations(document: AnalyzedDocument, index: number, mentions: readonly ResolvedMention[], types: ReadonlyMap<string, EntityType>): RelationCandidate[] {
  const view = createSentenceView(document.id, document.sentences[index]!, mentions, (key) => types.get(key), document.syntax?.[index]);
  return [...findSyntaxRelations(view), ...findSentenceRelations(view)];
}

export type { RelationCandidate } from './relation.js';
