/**
 * Entity scoring with conlleval semantics. In: gold and predicted spans per
 * sentence. Out: precision, recall and F1 overall and per type; a predicted
 * entity counts only when its start, end and type all match a gold one.
 */
import type { TypedSpan } from './tags.js';

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityScore extends PrecisionRecall {
  perType: Record<string, PrecisionRecall>;
}

interface Counts {
  correct: number;
  gold: number;
  predicted: number;
}

/** Accumulates sentence after sentence; `result()` gives the figures. */
export class EntityScorer {
  private readonly total: Counts = { correct: 0, gold: 0, predicted: 0 };
  private readonly byType = new Map<string, Counts>();

  add(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
    const goldKeys = new Set(gold.map(spanKey));
    for (const span of gold) this.counts(span.type).gold++;
    for (const span of predicted) {
      this.counts(span.type).predicted++;
      if (goldKeys.has(spanKey(span))) {
        this.counts(span.type).correct++;
        this.total.correct++;
      }
    }
    this.total.gold += gold.length;
    this.total.predicted += predicted.length;
  }

  result(): EntityScore {
    const perType: Record<string, PrecisionRecall> = {};
    for (const type of [...this.byType.keys()].sort()) perType[type] = figures(this.byType.get(type)!);
    return { ...figures(this.total), perType };
  }

  private counts(type: string): Counts {
    let counts = this.byType.get(type);
    if (!counts) {
      counts = { correct: 0, gold: 0, predicted: 0 };
      this.byType.set(type, counts);
    }
    return counts;
  }
}

function spanKey(span: TypedSpan): string {
  return `${span.start}:${span.end}:${span.type}`;
}

/** conlleval's figures: 0 when there is nothing to divide by. */
function figures({ correct, gold, predicted }: Counts): PrecisionRecall {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores a whole corpus of (gold, predicted) sentence pairs. */
export function scoreEntities(
  sentences: Iterable<{ gold: readonly TypedSpan[]; predicted: readonly TypedSpan[] }>,
): EntityScore {
  const scorer = new EntityScorer();
  for (const { gold, predicted } of sentences) scorer.add(gold, predicted);
  return scorer.result();
}
