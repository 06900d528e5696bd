/**
 * Which concept candidates become nodes: lemmas frequent enough in the corpus
 * that stand alone as nouns somewhere, the most frequent first. The budget
 * grows with the corpus so a big corpus is not flooded. Candidates are
 * tallied document by document, so the corpus never holds them all at once.
 */
import type { Mention } from '../nlp/mentions.js';

export interface ConceptChoice {
  lemma: string;
  label: string;
  count: number;
}

interface LemmaStats {
  count: number;
  standalone: number;
  forms: Map<string, number>;
}

/** Running counts of concept candidates over a corpus. */
export type ConceptTally = Map<string, LemmaStats>;

export const MIN_CONCEPT_COUNT = 3;

export function conceptBudget(documentCount: number): number {
  return Math.min(150, 8 + Math.ceil(documentCount / 2));
}

export function tallyConcepts(tally: ConceptTally, mentions: Iterable<Mention>): void {
  for (const mention of mentions) {
    if (!mention.lemma) continue;
    let entry = tally.get(mention.lemma);
    if (!entry) {
      entry = { count: 0, standalone: 0, forms: new Map() };
      tally.set(mention.lemma, entry);
    }
    entry.count += 1;
    if (mention.standalone) entry.standalone += 1;
    entry.forms.set(mention.text, (entry.forms.get(mention.text) ?? 0) + 1);
  }
}

/** The frequent lemmas, before names are known: the most the final choice can need, with room for exclusions. */
export function conceptShortlist(tally: ConceptTally, documentCount: number): Set<string> {
  return new Set(
    [...tally]
      .filter(([, entry]) => entry.count >= MIN_CONCEPT_COUNT && entry.standalone > 0)
      .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
      .slice(0, conceptBudget(documentCount) * 2)
      .map(([lemma]) => lemma),
  );
}

export function selectConcepts(tally: ConceptTally, documentCount: number, excludedLabels: ReadonlySet<string>): ConceptChoice[] {
  const choices: ConceptChoice[] = [];
  for (const [lemma, entry] of tally) {
    if (entry.count < MIN_CONCEPT_COUNT || entry.standalone === 0) continue;
    const label = [...entry.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    if (excludedLabels.has(label.toLowerCase()) || excludedLabels.has(lemma)) continue;
    choices.push({ lemma, label, count: entry.count });
  }
  choices.sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma));
  return choices.slice(0, conceptBudget(documentCount));
}
