/**
 * Scores of a parse against gold, over all syntactic words (punctuation
 * included), as the CoNLL 2018 shared task counts them with gold
 * tokenisation: UPOS accuracy, lemma accuracy, UAS (right head) and LAS
 * (right head and full relation, subtype included).
 */
export interface ParseScore {
  words: number;
  upos: number;
  lemma: number;
  uas: number;
  las: number;
}

export interface ParsedWords {
  upos: readonly string[];
  lemmas: readonly string[];
  heads: ArrayLike<number>;
  deprels: readonly string[];
}

/** Accumulates counts sentence by sentence. */
export class ParseScorer {
  private words = 0;
  private upos = 0;
  private lemma = 0;
  private uas = 0;
  private las = 0;

  add(gold: ParsedWords, predicted: ParsedWords): void {
    const n = gold.upos.length;
    if (predicted.upos.length !== n) throw new Error(`parse scorer: ${predicted.upos.length} predicted words for ${n} gold ones`);
    for (let i = 0; i < n; i++) {
      this.words++;
      if (predicted.upos[i] === gold.upos[i]) this.upos++;
      if (predicted.lemmas[i] === gold.lemmas[i]) this.lemma++;
      if (predicted.heads[i] === gold.heads[i]) {
        this.uas++;
        if (predicted.deprels[i] === gold.deprels[i]) this.las++;
      }
    }
  }

  score(): ParseScore {
    const of = (count: number): number => (this.words === 0 ? 0 : count / this.words);
    return { words: this.words, upos: of(this.upos), lemma: of(this.lemma), uas: of(this.uas), las: of(this.las) };
  }
}
