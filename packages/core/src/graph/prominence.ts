/**
 * How much of a corpus a node stands for: the documents that mention it count most, and further mentions
 * within a document add only a little, so the subject of one long interview does not outrank what many
 * articles share. Computed from the node attributes `mentions` and `documents` every build writes, so any
 * reader (the viewer's size-by, `kgraph stats`) can rank by it the same way.
 */

/** What `prominence` computes, in words a user reads. */
export const PROMINENCE_MEASURE = 'prominence: documents × log2(1 + mentions per document)';

export function prominence(mentions: number, documents: number): number {
  if (documents <= 0) return 0;
  return Math.round(documents * Math.log2(1 + mentions / documents) * 1000) / 1000;
}
