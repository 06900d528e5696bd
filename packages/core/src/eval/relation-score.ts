/**
 * Scores extracted relations against a hand-annotated gold, sentence by
 * sentence. Extractor-agnostic: a prediction is a typed relation whose
 * evidence lies in the sentence, with the names (label and aliases) of its
 * two ends. An end matches a gold argument when one of its names occurs in
 * the sentence over the argument's span (case-insensitive, whole words).
 */
import { isRelationType, isSymmetric, type RelationType } from '../vocabulary/relation-types.js';

export interface GoldSpan {
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** The entity's name when the text is a form no alias need carry (a demonym: "Ruritanian" for Ruritania). */
  refers?: string;
}

export interface GoldRelation {
  type: string;
  source: GoldSpan;
  target: GoldSpan;
  modality: string;
  negated: boolean;
}

export interface GoldSentence {
  id: number;
  /** The article it comes from. */
  url: string;
  /** Offsets of the sentence in the article's text. */
  start: number;
  end: number;
  sentence: string;
  relations: GoldRelation[];
}

export interface PredictedRelation {
  type: RelationType;
  /** Every name the source entity goes by (label and aliases). */
  source: readonly string[];
  target: readonly string[];
}

export interface TypeScore {
  /** Predictions that match a gold relation. */
  correct: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface RelationScore extends TypeScore {
  sentences: number;
  /** Predictions whose ends match a gold pair of another type. */
  wrongType: number;
  /** Predictions of the right directed type with source and target swapped. */
  reversed: number;
  perType: Record<string, TypeScore>;
}

/** Not annotated in the gold (statements about, co-occurrence), so not scored either way. */
export const UNSCORED_TYPES: ReadonlySet<RelationType> = new Set(['STATEMENT_ABOUT', 'RELATED_TO']);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where any of `names` occurs in `sentence` as whole words. */
function occurrences(sentence: string, names: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const name of names) {
    if (!name.trim()) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of sentence.matchAll(pattern)) found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** An end matches a gold argument when one of its names lies over the span, or is the name the span refers to. */
function fits(names: readonly string[], places: readonly [number, number][], span: GoldSpan): boolean {
  if (places.some(([start, end]) => start < span.end && span.start < end)) return true;
  const refers = span.refers?.toLowerCase();
  return refers !== undefined && names.some((name) => name.toLowerCase() === refers);
}

function ratios(correctPredicted: number, predicted: number, correctGold: number, gold: number): Pick<TypeScore, 'precision' | 'recall' | 'f1'> {
  const precision = predicted ? correctPredicted / predicted : 0;
  const recall = gold ? correctGold / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** How one sentence's predictions meet its gold: what each prediction matched, and the gold nobody found. */
export interface SentenceMatch {
  /** Per scored prediction: its outcome. */
  predictions: { relation: PredictedRelation; outcome: 'correct' | 'reversed' | 'wrong type' | 'spurious' }[];
  /** Gold relations (not negated) that no prediction matched. */
  missed: GoldRelation[];
  /** Gold relations that count (negated ones count as no relation). */
  gold: GoldRelation[];
}

/** Matches a sentence's predictions to its gold, each gold relation at most once. */
export function matchSentence(gold: GoldSentence, predicted: readonly PredictedRelation[]): SentenceMatch {
  const golds = gold.relations.filter((r) => !r.negated);
  const taken = new Set<number>();
  const predictions: SentenceMatch['predictions'] = [];
  for (const p of predicted) {
    if (UNSCORED_TYPES.has(p.type)) continue;
    const source = occurrences(gold.sentence, p.source);
    const target = occurrences(gold.sentence, p.target);
    const straight = (r: GoldRelation) => fits(p.source, source, r.source) && fits(p.target, target, r.target);
    const swapped = (r: GoldRelation) => fits(p.source, source, r.target) && fits(p.target, target, r.source);
    const symmetric = isRelationType(p.type) && isSymmetric(p.type);
    const match = golds.findIndex((r, i) => !taken.has(i) && r.type === p.type && (straight(r) || (symmetric && swapped(r))));
    if (match >= 0) taken.add(match);
    const outcome =
      match >= 0 ? 'correct'
      : golds.some((r) => r.type === p.type && swapped(r)) ? 'reversed'
      : golds.some((r) => straight(r) || swapped(r)) ? 'wrong type'
      : 'spurious';
    predictions.push({ relation: p, outcome });
  }
  return { predictions, missed: golds.filter((_, i) => !taken.has(i)), gold: golds };
}

/** Precision, recall and F1 overall and per type; negated gold relations count as no relation. */
export function scoreRelations(items: readonly { gold: GoldSentence; predicted: readonly PredictedRelation[] }[]): RelationScore {
  const tally = new Map<string, { correct: number; predicted: number; gold: number }>();
  const count = (type: string) => {
    const entry = tally.get(type) ?? { correct: 0, predicted: 0, gold: 0 };
    tally.set(type, entry);
    return entry;
  };
  let wrongType = 0;
  let reversed = 0;
  for (const { gold, predicted } of items) {
    const match = matchSentence(gold, predicted);
    for (const r of match.gold) count(r.type).gold += 1;
    for (const { relation, outcome } of match.predictions) {
      count(relation.type).predicted += 1;
      if (outcome === 'correct') count(relation.type).correct += 1;
      else if (outcome === 'reversed') reversed += 1;
      else if (outcome === 'wrong type') wrongType += 1;
    }
  }
  const perType: Record<string, TypeScore> = {};
  for (const type of [...tally.keys()].sort()) {
    const t = tally.get(type)!;
    perType[type] = { ...t, ...ratios(t.correct, t.predicted, t.correct, t.gold) };
  }
  const totals = [...tally.values()].reduce((a, t) => ({ correct: a.correct + t.correct, predicted: a.predicted + t.predicted, gold: a.gold + t.gold }), { correct: 0, predicted: 0, gold: 0 });
  return {
    sentences: items.length,
    ...totals,
    ...ratios(totals.correct, totals.predicted, totals.correct, totals.gold),
    wrongType,
    reversed,
    perType,
  };
}
