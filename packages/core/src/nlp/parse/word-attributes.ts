/**
 * What the tagger and parser see of each word of a sentence, as typed
 * arrays: hashes of the form, lower case, affixes and shape (the NER's
 * token attributes, `ner/token-form.ts`), and the word's clusters and
 * general word-class bits from the NER model's word classes (GloVe clusters,
 * lexicon bits; `ner/word-clusters.ts`), and the parts of speech a dictionary
 * gives it (`word-categories.ts`), so words never seen in the treebank still
 * fall into classes of similar words.
 */
import type { WordClasses } from '../ner/features.js';
import { Attr, computeAttributes, normaliseToken } from '../ner/token-form.js';
import { clusterKey, clusterOfPacked } from '../ner/word-clusters.js';
import type { WordScores } from './pos-tagger.js';
import { americanSpelling } from './american-spelling.js';
import type { WordCategories } from './word-categories.js';

/**
 * What is kept of a form between sentences: its attributes, and what the
 * tagger and the lemmatiser worked out for it with one model, so a word takes
 * one lookup of its form, not one per part.
 */
export interface FormEntry {
  readonly attributes: Int32Array;
  /** The tagger's summed weights of the word's own features. */
  scores: WordScores | undefined;
  /** Lemmas by UPOS number, as worked out. */
  lemmas: (string | undefined)[] | undefined;
}

export interface SentenceWords {
  length: number;
  /** The words as written: what a per-word cache must key on (two forms may share a hash). */
  forms: readonly string[];
  /** Each word's entry in the cache of forms (two forms never share one). */
  entries: readonly FormEntry[];
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
  /** The dictionary's parts of speech (WordCategories.codeOf; 0: none known). */
  category: Int32Array;
}

/** Where each value lies in a word's row of `WordAttributes`' cache. */
const enum Field {
  Word = 0,
  Lower = 1,
  Shape = 2,
  ShortShape = 3,
  Prefix = 4, // 3
  Suffix = 7, // 4
  CaseFlags = 11,
  Cluster = 12, // 3
  Lexicon = 15,
  Category = 16,
  Width = 17,
}

/**
 * What the tagger and parser see of each word, kept per form: a word's
 * hashes, clusters and word classes are looked up once, not at every
 * occurrence (three hash-table lookups a word).
 */
export class WordAttributes {
  private readonly cache = new Map<string, FormEntry>();

  /** `limit`: forms kept at most (each with its tagger scores, a few hundred bytes) before the cache starts again. */
  constructor(
    private readonly wordClasses: WordClasses | undefined,
    private readonly categories: WordCategories | undefined,
    private readonly limit = 100_000,
  ) {}

  of(forms: readonly string[]): SentenceWords {
    const n = forms.length;
    // One buffer for all the arrays: a typed array of more than a few numbers is allocated outside the heap, one by one.
    const buffer = new ArrayBuffer(n * Field.Width * 4);
    const part = (from: number, width: number): Int32Array => new Int32Array(buffer, from * n * 4, width * n);
    const entries = new Array<FormEntry>(n);
    const words: SentenceWords = {
      length: n,
      forms,
      entries,
      word: part(Field.Word, 1),
      lower: part(Field.Lower, 1),
      shape: part(Field.Shape, 1),
      shortShape: part(Field.ShortShape, 1),
      prefix: part(Field.Prefix, 3),
      suffix: part(Field.Suffix, 4),
      caseFlags: part(Field.CaseFlags, 1),
      cluster: part(Field.Cluster, 3),
      lexicon: part(Field.Lexicon, 1),
      category: part(Field.Category, 1),
    };
    for (let i = 0; i < n; i++) {
      const entry = this.entry(forms[i]!);
      entries[i] = entry;
      const a = entry.attributes;
      words.word[i] = a[Field.Word]!;
      words.lower[i] = a[Field.Lower]!;
      words.shape[i] = a[Field.Shape]!;
      words.shortShape[i] = a[Field.ShortShape]!;
      for (let k = 0; k < 3; k++) words.prefix[i * 3 + k] = a[Field.Prefix + k]!;
      for (let k = 0; k < 4; k++) words.suffix[i * 4 + k] = a[Field.Suffix + k]!;
      words.caseFlags[i] = a[Field.CaseFlags]!;
      for (let level = 0; level < 3; level++) words.cluster[i * 3 + level] = a[Field.Cluster + level]!;
      words.lexicon[i] = a[Field.Lexicon]!;
      words.category[i] = a[Field.Category]!;
    }
    return words;
  }

  private entry(form: string): FormEntry {
    const known = this.cache.get(form);
    if (known !== undefined) return known;
    const plain = foldLetters(normaliseToken(form));
    const a = computeAttributes(americanSpelling(plain));
    const row = new Int32Array(Field.Width);
    row[Field.Word] = a[Attr.Word]! | 0;
    row[Field.Lower] = a[Attr.Lower]! | 0;
    row[Field.Shape] = a[Attr.Shape]! | 0;
    row[Field.ShortShape] = a[Attr.ShortShape]! | 0;
    for (let k = 0; k < 3; k++) row[Field.Prefix + k] = a[Attr.Prefix1 + k]! | 0;
    for (let k = 0; k < 4; k++) row[Field.Suffix + k] = a[Attr.Suffix1 + k]! | 0;
    row[Field.CaseFlags] = (a[Attr.Case]! << 8) | a[Attr.Flags]!;
    if (this.wordClasses) {
      const packed = this.wordClasses.get(clusterKey(a[Attr.Plain]!)) ?? 0;
      for (let level = 0; level < 3; level++) row[Field.Cluster + level] = clusterOfPacked(packed, level);
      row[Field.Lexicon] = (this.wordClasses.get(a[Attr.Plain]!) ?? 0) | 0;
    }
    if (this.categories) row[Field.Category] = this.categories.codeOf(plain);
    if (this.cache.size >= this.limit) this.cache.clear();
    const entry: FormEntry = { attributes: row, scores: undefined, lemmas: undefined };
    this.cache.set(form, entry);
    return entry;
  }
}

/** Letters with no decomposition into a base letter and a mark, read as the base letter's spelling. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd' };

/**
 * A word as the treebank would likely have spelt it: the tagger and parser learnt from English text with few
 * accents, so "Paweł" and "Gdańsk" are read as "Pawel" and "Gdansk" (a name's letters, not its shape, were rare).
 */
export function foldLetters(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØđĐıßæÆœŒþÞð]/g, (c) => UNDECOMPOSED[c]!);
}

