/**
 * Documents read one at a time, as often as a corpus-wide step needs: an
 * array, or a view that rebuilds each document from its compact extraction
 * when it is reached, so that a large build holds one document's tokens at a
 * time. A reader keeps nothing of a document past its turn but what it
 * summarises.
 */
export interface Corpus<D> extends Iterable<D> {
  readonly length: number;
}

/** The documents `documentAt(0 … length − 1)` makes afresh on every reading. */
export function lazyCorpus<D>(length: number, documentAt: (index: number) => D): Corpus<D> {
  return {
    length,
    *[Symbol.iterator]() {
      for (let index = 0; index < length; index += 1) yield documentAt(index);
    },
  };
}
