/**
 * Lemmas as edits of the word: "studies"/NOUN → cut 3, add "y"; "Was"/AUX →
 * lower-case, cut 3, add "be". Learnt from a treebank: the most frequent edit
 * for each UPOS and word ending (1–6 letters, the longest ending seen wins),
 * and exceptions for the words whose own most frequent edit differs from
 * their ending's ("went" → "go"). Only hashes of endings and words are kept,
 * with the edits, which hold a few letters each.
 */
import { featureKey, hashString } from '../ner/hash.js';
import { FeatureIndex } from './feature-index.js';
import type { VerbDictionary } from './verb-dictionary.js';

const MAX_SUFFIX = 6;

/** An edit: `l` lower-cases the word first, `k` keeps its case; then cut, then append. */
export function editOf(form: string, lemma: string): string {
  const lower = form.toLowerCase();
  const option = (base: string, tag: string): string => {
    let p = 0;
    while (p < base.length && p < lemma.length && base[p] === lemma[p]) p++;
    return `${tag}${base.length - p}|${lemma.slice(p)}`;
  };
  const lowered = option(lower, 'l');
  const kept = option(form, 'k');
  return kept.length < lowered.length ? kept : lowered;
}

export function applyEdit(form: string, edit: string): string {
  const bar = edit.indexOf('|');
  const cut = Number(edit.slice(1, bar));
  const base = edit[0] === 'l' ? form.toLowerCase() : form;
  if (cut >= base.length && base.length > 0 && edit.length === bar + 1) return form;
  return base.slice(0, Math.max(0, base.length - cut)) + edit.slice(bar + 1);
}

const suffixKey = (upos: string, suffix: string): number => featureKey(suffix.length, hashString(`${upos}\t${suffix}`));
const wordKey = (upos: string, form: string): number => featureKey(99, hashString(`${upos}\t${form}`));

/** What a lemmatiser model holds: edit strings, and hashed keys → edit numbers. */
export interface LemmaTables {
  edits: string[];
  keys: Int32Array;
  values: Uint16Array;
}

export class Lemmatiser {
  private readonly index: FeatureIndex;
  /** Lemmas already found, by form and UPOS: text repeats its words (keyed by the strings given, so no key is built per word). */
  private readonly known = new Map<string, Map<string, string>>();
  private knownCount = 0;

  constructor(
    readonly tables: LemmaTables,
    private readonly verbs?: VerbDictionary,
  ) {
    this.index = new FeatureIndex(tables.keys.length);
    for (let n = 0; n < tables.keys.length; n++) this.index.findOrAdd(tables.keys[n]!);
  }

  /** The same tables, with a verb's lemma guessed by its ending checked against a dictionary. */
  withVerbs(verbs: VerbDictionary): Lemmatiser {
    return new Lemmatiser(this.tables, verbs);
  }

  /** Whether it has a dictionary of verbs to check its guesses against. */
  knowsVerbs(): boolean {
    return this.verbs !== undefined;
  }

  /** Whether a lower-case word is the lemma of a verb its dictionary knows (false without one). */
  isVerbLemma(word: string): boolean {
    return this.verbs?.isLemma(word) ?? false;
  }

  /** Whether a lower-case word is a past form of a verb its dictionary knows (false without one). */
  isPastVerbForm(word: string): boolean {
    return this.verbs?.isPastForm(word) ?? false;
  }

  /** Whether a lower-case word is a verb's past that is also its lemma ("shut", "cut"; false without a dictionary). */
  isUnchangedPast(word: string): boolean {
    return this.verbs?.isUnchangedPast(word) ?? false;
  }

  /** Whether a lower-case word is the third person in "-s" of a verb its dictionary knows (false without one). */
  isThirdPersonVerbForm(word: string): boolean {
    return this.verbs?.isThirdPersonForm(word) ?? false;
  }

  lemma(form: string, upos: string): string {
    let byTag = this.known.get(form);
    let lemma = byTag?.get(upos);
    if (lemma === undefined) {
      lemma = this.lemmaOf(form, upos);
      if (this.knownCount >= 100_000) {
        this.known.clear();
        this.knownCount = 0;
        byTag = undefined;
      }
      if (byTag === undefined) this.known.set(form, (byTag = new Map()));
      byTag.set(upos, lemma);
      this.knownCount++;
    }
    return lemma;
  }

  /** The lemma of a word, worked out afresh (`lemma` keeps what it worked out). */
  lemmaOf(form: string, upos: string): string {
    const edit = this.editFor(form, upos);
    // The treebank's e-mail signatures join a first name and an address into one "lemma"; no word's lemma is that.
    const lemma = edit === undefined || (edit.includes('@') && !form.includes('@')) ? form : applyEdit(form, edit);
    // A verb the treebank saw keeps its own lemma; one guessed by its ending is checked.
    if (upos === 'VERB' && this.verbs && this.index.find(wordKey(upos, form)) < 0) return this.verbs.mend(form, lemma);
    return lemma;
  }

  /** The edit for a word: its exception (by exact form), else its longest known ending's. */
  editFor(form: string, upos: string, exceptions = true): string | undefined {
    const lower = form.toLowerCase();
    let row = exceptions ? this.index.find(wordKey(upos, form)) : -1;
    for (let length = Math.min(MAX_SUFFIX, lower.length); row < 0 && length >= 0; length--) {
      row = this.index.find(suffixKey(upos, lower.slice(lower.length - length)));
    }
    return row < 0 ? undefined : this.tables.edits[this.tables.values[row]!]!;
  }
}

/** Whether an edit keeps the whole word and only adds letters to it. */
function expandsOnly(edit: string): boolean {
  const bar = edit.indexOf('|');
  return edit.slice(1, bar) === '0' && bar < edit.length - 1;
}

function majority(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [edit, count] of counts) {
    if (count > bestCount || (count === bestCount && edit < best)) {
      best = edit;
      bestCount = count;
    }
  }
  return best;
}

function count(table: Map<string, Map<string, number>>, key: string, edit: string): void {
  let counts = table.get(key);
  if (!counts) table.set(key, (counts = new Map()));
  counts.set(edit, (counts.get(edit) ?? 0) + 1);
}

/** Learns the tables from (form, UPOS, lemma) triples of a treebank. */
export function learnLemmatiser(words: Iterable<{ form: string; upos: string; lemma: string }>): Lemmatiser {
  const bySuffix = new Map<string, Map<string, number>>();
  const byWord = new Map<string, Map<string, number>>();
  for (const { form, upos, lemma } of words) {
    const edit = editOf(form, lemma);
    const lower = form.toLowerCase();
    count(byWord, `${upos}\t${form}`, edit);
    // An edit that only adds letters spells out an abbreviation ("Nov" → "November"): it belongs to that word
    // alone, never to the words that end like it ("Ivanov").
    if (expandsOnly(edit)) continue;
    for (let length = 0; length <= Math.min(MAX_SUFFIX, lower.length); length++) count(bySuffix, `${upos}\t${lower.slice(lower.length - length)}`, edit);
  }
  const edits: string[] = [];
  const editNumber = new Map<string, number>();
  const numberOf = (edit: string): number => {
    let n = editNumber.get(edit);
    if (n === undefined) editNumber.set(edit, (n = edits.push(edit) - 1));
    return n;
  };
  const keys: number[] = [];
  const values: number[] = [];
  const suffixMajority = new Map<string, string>();
  for (const [key, counts] of [...bySuffix].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // An ending seen once is a word, not a rule: the exceptions cover it.
    let total = 0;
    for (const n of counts.values()) total += n;
    if (total >= 2 || key.endsWith('\t')) suffixMajority.set(key, majority(counts));
  }
  // An ending is kept only where its edit differs from the next shorter ending's.
  for (const [key, edit] of suffixMajority) {
    const [upos, suffix] = key.split('\t') as [string, string];
    let parent: string | undefined;
    for (let cut = 1; parent === undefined && cut <= suffix.length; cut++) parent = suffixMajority.get(`${upos}\t${suffix.slice(cut)}`);
    if (parent === edit) continue;
    keys.push(suffixKey(upos, suffix));
    values.push(numberOf(edit));
  }
  const partial = new Lemmatiser({ edits, keys: Int32Array.from(keys), values: Uint16Array.from(values) });
  for (const [key, counts] of [...byWord].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [upos, form] = key.split('\t') as [string, string];
    const edit = majority(counts);
    if (partial.editFor(form, upos, false) === edit) continue;
    keys.push(wordKey(upos, form));
    values.push(numberOf(edit));
  }
  return new Lemmatiser({ edits, keys: Int32Array.from(keys), values: Uint16Array.from(values) });
}
