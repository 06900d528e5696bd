/**
 * A dictionary of English verbs for the lemmatiser: which words are verbs' lemmas, and the forms that no
 * regular ending leads back from ("froze" → "freeze", "sought" → "seek"). A treebank's endings guess wrong on
 * verbs it never saw ("raided" → "raide", "shelled" → "shel"); a guess that is no verb is mended by undoing
 * a regular ending as WordNet's morphology does, to the first lemma the dictionary knows.
 */

/**
 * Regular endings to undo, in the order WordNet's morphology tries them, with "-ied" (which WordNet lists as
 * exceptions); then a doubled consonant ("stopped").
 */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];
const DOUBLED = /^(.*([bdgklmnprtvz]))\2(?:ed|ing)$/;

/** The lemmas a lower-case verb form may come from by a regular ending, most likely first. */
export function regularVerbLemmas(form: string): string[] {
  const found: string[] = [];
  for (const [ending, replacement] of ENDINGS) {
    if (form.length > ending.length + 1 && form.endsWith(ending)) found.push(form.slice(0, form.length - ending.length) + replacement);
  }
  const doubled = DOUBLED.exec(form);
  if (doubled) found.push(doubled[1]!);
  return found;
}

/**
 * Verbs whose past is their lemma ("B shut its shops", "B cut its rates"), which the dictionary, listing only forms
 * that differ from the lemma, cannot tell.
 */
const UNCHANGED_PASTS: ReadonlySet<string> = new Set(
  'beat bet broadcast burst cast cost cut forecast hit hurt let put quit set shed shut split spread thrust upset'.split(' '),
);

export class VerbDictionary {
  private readonly lemmas = new Set<string>();
  private readonly irregular = new Map<string, string>();

  /** From the dictionary's text: one verb a line, its lemma then its irregular forms; "#" opens a comment. */
  constructor(text: string) {
    const ambiguous = new Set<string>();
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [lemma, ...forms] = line.split(' ');
      this.lemmas.add(lemma!);
      for (const form of forms) {
        const other = this.irregular.get(form);
        if (other !== undefined && other !== lemma) ambiguous.add(form);
        this.irregular.set(form, lemma!);
      }
    }
    // "lay" is a lemma and a form of "lie", "found" of "find" and a lemma: such a word is left to the guess.
    for (const form of this.irregular.keys()) if (ambiguous.has(form) || this.lemmas.has(form)) this.irregular.delete(form);
  }

  /** The verb a lower-case irregular form comes from ("drew" → "draw"), if the dictionary knows it and it is no other word's. */
  irregularLemma(word: string): string | undefined {
    return this.irregular.get(word);
  }

  /** Whether a lower-case word is the lemma of a verb the dictionary knows ("halt", "extradite"). */
  isLemma(word: string): boolean {
    return this.lemmas.has(word);
  }

  /** Whether a lower-case word is a past form of a verb the dictionary knows: irregular ("froze"), or in "-ed" ("joined"). */
  isPastForm(word: string): boolean {
    if (this.irregular.has(word)) return true;
    return word.endsWith('ed') && regularVerbLemmas(word).some((lemma) => this.lemmas.has(lemma));
  }

  /** Whether a lower-case word is a verb's past that is also its lemma ("shut", "cut"). */
  isUnchangedPast(word: string): boolean {
    return UNCHANGED_PASTS.has(word);
  }

  /** Whether a lower-case word is the third person of a verb the dictionary knows, in "-s" ("jails", "pardons", "urges"). */
  isThirdPersonForm(word: string): boolean {
    return word.endsWith('s') && !word.endsWith('ss') && regularVerbLemmas(word).some((lemma) => this.lemmas.has(lemma));
  }

  /** The lemma of a verb form given the lemmatiser's guess: the guess where it is a verb, else the dictionary's. */
  mend(form: string, guess: string): string {
    const lower = form.toLowerCase();
    const irregular = this.irregular.get(lower);
    if (irregular !== undefined) return irregular;
    if (this.lemmas.has(guess.toLowerCase())) return guess;
    // A verb in its own lemma's form ("halt", read "hal" by its ending) is itself.
    if (this.lemmas.has(lower)) return lower;
    return regularVerbLemmas(lower).find((lemma) => this.lemmas.has(lemma)) ?? guess;
  }
}
