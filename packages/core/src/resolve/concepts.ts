/**
 * Which concept candidates become nodes: lemmas frequent enough in the corpus
 * that stand alone as nouns somewhere, the most salient first: frequent, and
 * concentrated in some documents rather than spread over all (tf–idf), so a
 * corpus's "impeachment" or "hurricane" comes before its every article's
 * "government" or "press". The budget grows with the corpus so a big corpus
 * is not flooded. Candidates are tallied document by document, so the corpus
 * never holds them all at once.
 */
import type { Mention } from '../nlp/mentions.js';

export interface ConceptChoice {
  lemma: string;
  label: string;
  count: number;
  salience: number;
}

interface LemmaStats {
  count: number;
  /** Documents it occurs in. */
  documents: number;
  standalone: number;
  /** Uses where only a noun can stand (see Mention.nominal). */
  nominal: number;
  forms: Map<string, number>;
}

/** Running counts of concept candidates over a corpus. */
export type ConceptTally = Map<string, LemmaStats>;

export const MIN_CONCEPT_COUNT = 3;

export function conceptBudget(documentCount: number): number {
  return Math.min(150, 8 + Math.ceil(documentCount / 2));
}

/** Adds the concept candidates of one document to the tally. */
export function tallyConcepts(tally: ConceptTally, mentions: Iterable<Mention>): void {
  const seen = new Set<string>();
  for (const mention of mentions) {
    if (!mention.lemma) continue;
    let entry = tally.get(mention.lemma);
    if (!entry) {
      entry = { count: 0, documents: 0, standalone: 0, nominal: 0, forms: new Map() };
      tally.set(mention.lemma, entry);
    }
    if (!seen.has(mention.lemma)) {
      seen.add(mention.lemma);
      entry.documents += 1;
    }
    entry.count += 1;
    if (mention.standalone) entry.standalone += 1;
    if (mention.nominal) entry.nominal += 1;
    entry.forms.set(mention.text, (entry.forms.get(mention.text) ?? 0) + 1);
  }
}

/**
 * A lemma's salience in a corpus of `documentCount` documents: the documents it occurs in, times a smoothed
 * inverse document frequency, times a little more for each further mention per document — so a word one long
 * article repeats ranks below a topic several articles share.
 */
export function salience(entry: Pick<LemmaStats, 'count' | 'documents'>, documentCount: number): number {
  const documents = Math.max(1, entry.documents);
  return documents * Math.log(1 + documentCount / documents) * (1 + Math.log(entry.count / documents));
}

/**
 * A concept is a noun: it stands alone somewhere, and at least a sixth of its uses are where only a noun can
 * stand (after a determiner or an adjective, or in the plural), which "back", "current" or "military" as
 * written in news are not. (A part-of-speech tagger should replace this evidence once one lands.)
 */
const isNoun = (entry: LemmaStats): boolean => entry.standalone > 0 && entry.nominal * 6 >= entry.count;

/** The salient lemmas, before names are known: the most the final choice can need, with room for exclusions. */
export function conceptShortlist(tally: ConceptTally, documentCount: number): Set<string> {
  return new Set(
    [...tally]
      .filter(([, entry]) => entry.count >= MIN_CONCEPT_COUNT && isNoun(entry))
      .sort((a, b) => salience(b[1], documentCount) - salience(a[1], documentCount) || a[0].localeCompare(b[0]))
      .slice(0, conceptBudget(documentCount) * 2)
      .map(([lemma]) => lemma),
  );
}

export function selectConcepts(tally: ConceptTally, documentCount: number, excludedLabels: ReadonlySet<string>): ConceptChoice[] {
  const choices: ConceptChoice[] = [];
  for (const [lemma, entry] of tally) {
    if (entry.count < MIN_CONCEPT_COUNT || !isNoun(entry)) continue;
    const label = [...entry.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    if (excludedLabels.has(label.toLowerCase()) || excludedLabels.has(lemma)) continue;
    choices.push({ lemma, label, count: entry.count, salience: salience(entry, documentCount) });
  }
  choices.sort((a, b) => b.salience - a.salience || a.lemma.localeCompare(b.lemma));
  return choices.slice(0, conceptBudget(documentCount));
}
