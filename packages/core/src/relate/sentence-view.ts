/**
 * One sentence as the relation patterns see it: lower-cased words and, for
 * each token, the entity mention covering it.
 */
import type { TokenParse } from '../nlp/parse/index.js';
import type { Sentence } from '../nlp/sentences.js';
import type { ResolvedMention } from '../resolve/entity.js';
import type { EntityType } from '../vocabulary/entity-types.js';

export interface SentenceView {
  docId: string;
  sentence: Sentence;
  words: readonly string[];
  /** Mentions in token order, none sharing a character (two may share a token: "US-China"). */
  mentions: readonly ResolvedMention[];
  /** The (first) mention covering each token. */
  mentionAt: readonly (ResolvedMention | undefined)[];
  typeOf(entity: string): EntityType | undefined;
  /** The sentence's syntactic reading, token by token, when the document has one. */
  parse?: TokenParse | undefined;
}

export function createSentenceView(
  docId: string,
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
  typeOf: (entity: string) => EntityType | undefined,
  parse?: TokenParse,
): SentenceView {
  const kept = withoutOverlaps(mentions);
  const mentionAt: (ResolvedMention | undefined)[] = new Array(sentence.tokens.length).fill(undefined);
  for (const mention of kept) for (let i = mention.tokenStart; i < mention.tokenEnd; i += 1) mentionAt[i] ??= mention;
  return { docId, sentence, words: sentence.tokens.map((t) => t.norm.toLowerCase()), mentions: kept, mentionAt, typeOf, parse };
}

/** A sentence's mentions in order, each that overlaps one before it (the longer first) left out. */
export function withoutOverlaps(mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const ordered = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd || a.start - b.start);
  const kept: ResolvedMention[] = [];
  for (const mention of ordered) {
    // Overlap is judged by characters: the parts of "US-China" share a token but not a letter.
    if (!kept.some((other) => other.start < mention.end && mention.start < other.end)) kept.push(mention);
  }
  return kept;
}
