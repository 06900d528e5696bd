/**
 * What the tagger and parser see of each word of a sentence, as typed
 * arrays: hashes of the form, lower case, affixes and shape (the NER's
 * token attributes, `ner/token-form.ts`), and the word's clusters and
 * general word-class bits from the NER model's word classes (GloVe clusters,
 * lexicon bits; `ner/word-clusters.ts`), so words never seen in the treebank
 * still fall into classes of similar words.
 */
import type { WordClasses } from '../ner/features.js';
import { Attr, TokenAttributeCache } from '../ner/token-form.js';
import { clusterKey, clusterOfPacked } from '../ner/word-clusters.js';

export interface SentenceWords {
  length: number;
  /** The words as written: what a per-word cache must key on (two forms may share a hash). */
  forms: readonly string[];
  word: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  shortShape: Int32Array;
  prefix: Int32Array; // 3 per word (1–3 characters)
  suffix: Int32Array; // 4 per word (1–4 characters)
  caseFlags: Int32Array;
  /** Cluster numbers + 1 of the three sets (0: none), 3 per word. */
  cluster: Int32Array;
  lexicon: Int32Array;
}

/** Word classes looked up per lower-case word (shared with the NER model). */
export class WordAttributes {
  private readonly cache = new TokenAttributeCache();

  constructor(private readonly wordClasses: WordClasses | undefined) {}

  of(forms: readonly string[]): SentenceWords {
    const n = forms.length;
    const words: SentenceWords = {
      length: n,
      forms,
      word: new Int32Array(n),
      lower: new Int32Array(n),
      shape: new Int32Array(n),
      shortShape: new Int32Array(n),
      prefix: new Int32Array(n * 3),
      suffix: new Int32Array(n * 4),
      caseFlags: new Int32Array(n),
      cluster: new Int32Array(n * 3),
      lexicon: new Int32Array(n),
    };
    for (let i = 0; i < n; i++) {
      const a = this.cache.get(forms[i]!);
      words.word[i] = a[Attr.Word]! | 0;
      words.lower[i] = a[Attr.Lower]! | 0;
      words.shape[i] = a[Attr.Shape]! | 0;
      words.shortShape[i] = a[Attr.ShortShape]! | 0;
      for (let k = 0; k < 3; k++) words.prefix[i * 3 + k] = a[Attr.Prefix1 + k]! | 0;
      for (let k = 0; k < 4; k++) words.suffix[i * 4 + k] = a[Attr.Suffix1 + k]! | 0;
      words.caseFlags[i] = (a[Attr.Case]! << 8) | a[Attr.Flags]!;
      if (this.wordClasses) {
        const packed = this.wordClasses.get(clusterKey(a[Attr.Plain]!)) ?? 0;
        for (let level = 0; level < 3; level++) words.cluster[i * 3 + level] = clusterOfPacked(packed, level);
        words.lexicon[i] = (this.wordClasses.get(a[Attr.Plain]!) ?? 0) | 0;
      }
    }
    return words;
  }
}
