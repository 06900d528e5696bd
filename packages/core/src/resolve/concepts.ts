/**
 * Which concept candidates become nodes: lemmas frequent enough in the corpus
 * that stand alone as nouns somewhere, the most frequent first. The budget
 * grows with the corpus so a big corpus is not flooded.
 */
import type { Mention } from '../nlp/mentions.js';

export interface ConceptChoice {
  lemma: string;
  label: string;
  count: number;
}

export const MIN_CONCEPT_COUNT = 3;

export function conceptBudget(documentCount: number): number {
  return Math.min(400, 5 + 3 * documentCount);
}

export function selectConcepts(mentions: Iterable<Mention>, documentCount: number, excludedLabels: ReadonlySet<string>): ConceptChoice[] {
  const stats = new Map<string, { count: number; standalone: number; forms: Map<string, number> }>();
  for (const mention of mentions) {
    if (!mention.lemma) continue;
    const entry = stats.get(mention.lemma) ?? { count: 0, standalone: 0, forms: new Map() };
    entry.count += 1;
    if (mention.standalone) entry.standalone += 1;
    entry.forms.set(mention.text, (entry.forms.get(mention.text) ?? 0) + 1);
    stats.set(mention.lemma, entry);
  }
  const choices: ConceptChoice[] = [];
  for (const [lemma, entry] of stats) {
    if (entry.count < MIN_CONCEPT_COUNT || entry.standalone === 0) continue;
    const label = [...entry.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    if (excludedLabels.has(label.toLowerCase()) || excludedLabels.has(lemma)) continue;
    choices.push({ lemma, label, count: entry.count });
  }
  choices.sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma));
  return choices.slice(0, conceptBudget(documentCount));
}
