/**
 * Documents read one at a time, as often as a corpus-wide step needs: an
 * array, or a view that rebuilds each document from its compact extraction
 * when it is reached, so that a large build holds one document's tokens at a
 * time. A reader keeps nothing of a document past its turn but what it
 * summarises; one that can skip a document (its result is cached) reaches the
 * others by `at`, so the skipped one is never rebuilt.
 */
export interface Corpus<D> extends Iterable<D> {
  readonly length: number;
  /** The document at `index`, made afresh by a lazy corpus; undefined past the end. */
  at(index: number): D | undefined;
}

/** The documents `documentAt(0 … length − 1)` makes afresh on every reading. */
export function lazyCorpus<D>(length: number, documentAt: (index: number) => D): Corpus<D> {
  return {
    length,
    at: (index) => (index >= 0 && index < length ? documentAt(index) : undefined),
    *[Symbol.iterator]() {
      for (let index = 0; index < length; index += 1) yield documentAt(index);
    },
  };
}
