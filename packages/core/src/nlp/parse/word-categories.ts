/**
 * Which parts of speech a general dictionary gives a word, and how common each is there: the tagger's evidence for
 * words the treebank never saw ("granted asylum to B": WordNet knows "asylum" only as a noun). Read from a table of
 * WordNet 3.1's one-word lemmas (scripts/word-categories.ts); a form is looked up as written in lower case and by the
 * lemmas its regular endings lead back to, as WordNet's own morphology does.
 */
import { regularVerbLemmas, type VerbDictionary } from './verb-dictionary.js';

/** The parts of speech of the table, in the order of its digits: noun, verb, adjective, adverb. */
export const CATEGORY_PARTS = ['n', 'v', 'a', 'r'] as const;

/**
 * How a part of speech stands for one word, two bits each: 0 not given, 1 given but never met in WordNet's
 * sense-tagged text, 2 met there, 3 the word's most often met part.
 */
export type CategoryLevel = 0 | 1 | 2 | 3;

/** Nouns' plural endings, undone in WordNet's order. */
const NOUN_ENDINGS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
];
/** Adjectives' comparative and superlative endings. */
const ADJECTIVE_ENDINGS: readonly (readonly [string, string])[] = [
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
  ['ier', 'y'],
  ['iest', 'y'],
];

export class WordCategories {
  /** Each word's four levels packed in a byte: noun in the lowest two bits, then verb, adjective, adverb. */
  private readonly codes = new Map<string, number>();

  /**
   * `table`: one word a line, its lemma then four digits 0–3 (noun, verb, adjective, adverb); "#" lines are comments.
   * `verbs`: the irregular forms of verbs ("drew"), which no ending leads back from and which would otherwise look
   * like the words no dictionary gives (names).
   */
  constructor(
    table: string,
    private readonly verbs?: VerbDictionary,
  ) {
    for (const line of table.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const space = line.indexOf(' ');
      const digits = line.slice(space + 1);
      let code = 0;
      for (let p = 0; p < 4; p++) code |= (digits.charCodeAt(p) - 48) << (2 * p);
      this.codes.set(line.slice(0, space), code);
    }
  }

  get size(): number {
    return this.codes.size;
  }

  /**
   * A form's categories as one number (0 for a word the table cannot reach): the lemma's own levels where the form
   * is a lemma, and for each part of speech the highest level a lemma its endings lead back to has ("asylums" a
   * noun, "raided" and "drew" verbs, "greener" an adjective), the inflected parts marked apart (bit 8).
   */
  codeOf(form: string): number {
    const lower = form.toLowerCase();
    const own = this.codes.get(lower) ?? 0;
    let inflected = 0;
    const take = (lemma: string, part: number) => {
      const level = ((this.codes.get(lemma) ?? 0) >> (2 * part)) & 3;
      if (level > ((inflected >> (2 * part)) & 3)) inflected = (inflected & ~(3 << (2 * part))) | (level << (2 * part));
    };
    for (const [ending, base] of NOUN_ENDINGS) if (lower.length > ending.length + 1 && lower.endsWith(ending)) take(lower.slice(0, -ending.length) + base, 0);
    for (const lemma of regularVerbLemmas(lower)) take(lemma, 1);
    const irregular = this.verbs?.irregularLemma(lower);
    if (irregular !== undefined) take(irregular, 1);
    for (const [ending, base] of ADJECTIVE_ENDINGS) if (lower.length > ending.length + 2 && lower.endsWith(ending)) take(lower.slice(0, -ending.length) + base, 2);
    if (own === 0 && inflected === 0) return 0;
    return own | (inflected << 8) | (1 << 16);
  }
}
