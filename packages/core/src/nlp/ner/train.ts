/**
 * Training. In: CoNLL documents (train, optional dev). Out: an NerModel with
 * averaged-perceptron weights. The training data's own entity lists become
 * a gazetteer; while training, each document only sees the lists built from
 * the other folds, so the model learns how far to trust a list match on
 * names it has not memorised.
 */
import type { ConllDocument } from './conll.js';
import { FeatureTable } from './feature-table.js';
import { FeatureExtractor, HISTORY_KEY_COUNT, historyKeys, type WordClasses } from './features.js';
import { Gazetteer, GazetteerBit } from './gazetteer.js';
import { LABEL_COUNT, labelsFromSpans, spansFromLabels } from './labels.js';
import { NerModel } from './model.js';
import { EntityScorer, type EntityScore } from './score.js';
import type { NerType } from './tags.js';
import { TokenAttributeCache } from './token-form.js';

export interface TrainOptions {
  epochs?: number;
  /** Static features seen fewer times are dropped before training. */
  minCount?: number;
  /** Folds for the training-list gazetteer (see the file comment). */
  folds?: number;
  /** A general gazetteer (e.g. countries) merged into the training lists. */
  generalGazetteer?: Gazetteer;
  /** Word classes of single words from a general lexicon. */
  wordClasses?: WordClasses;
  seed?: number;
  /** Probability of hiding each static feature of a token while training on it (a regulariser). */
  dropout?: number;
  /** Called after every epoch with the dev score of the averaged weights. */
  onEpoch?: (epoch: number, dev: EntityScore | undefined, seconds: number) => void;
}

interface Example {
  keys: Int32Array;
  offsets: Int32Array;
  attrs: Uint32Array[];
  gold: Int32Array;
}

const TRAIN_BITS: Record<NerType, number> = {
  PER: GazetteerBit.TrainPER,
  LOC: GazetteerBit.TrainLOC,
  ORG: GazetteerBit.TrainORG,
  MISC: GazetteerBit.TrainMISC,
};

/** The entity names of some documents as a gazetteer. */
export function entityListGazetteer(documents: readonly ConllDocument[], cache: TokenAttributeCache): Gazetteer {
  const gazetteer = new Gazetteer();
  for (const document of documents) {
    for (const sentence of document.sentences) {
      for (const span of sentence.spans) {
        const bit = TRAIN_BITS[span.type as NerType];
        if (bit !== undefined) gazetteer.add(sentence.tokens.slice(span.start, span.end), bit, cache);
      }
    }
  }
  return gazetteer;
}

/** A small seeded generator, so training is reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

export function trainNerModel(train: readonly ConllDocument[], dev: readonly ConllDocument[] | undefined, options: TrainOptions = {}): NerModel {
  const epochs = options.epochs ?? 10;
  const minCount = options.minCount ?? 1;
  const folds = Math.max(2, Math.min(options.folds ?? 5, train.length));
  const cache = new TokenAttributeCache(1_000_000);
  const general = options.generalGazetteer ?? new Gazetteer();
  const wordClasses = options.wordClasses ?? new Map<number, number>();

  // Static features of every training token, under its fold's gazetteer.
  const rawExamples: { keys: Uint32Array; offsets: Int32Array; attrs: Uint32Array[]; gold: Int32Array }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const others = train.filter((_, n) => n % folds !== fold);
    const extractor = new FeatureExtractor(general.union(entityListGazetteer(others, cache)), wordClasses, cache);
    train.forEach((document, n) => {
      if (n % folds !== fold) return;
      const context = extractor.documentContext(document.sentences.map((s) => s.tokens));
      for (const sentence of document.sentences) {
        const features = extractor.sentence(sentence.tokens, context);
        rawExamples.push({ ...features, gold: labelsFromSpans(sentence.spans, sentence.tokens.length) });
      }
    });
  }
  const counts = new Map<number, number>();
  for (const example of rawExamples) for (const key of example.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const table = new FeatureTable(counts.size);
  for (const [key, count] of counts) if (count >= minCount) table.add(key);
  const examples: Example[] = rawExamples.map(({ keys, offsets, attrs, gold }) => ({
    keys: Int32Array.from(keys, (key) => table.get(key)),
    offsets,
    attrs,
    gold,
  }));
  counts.clear();
  rawExamples.length = 0;

  let capacity = table.size + 100_000;
  let weights = new Float32Array(capacity * LABEL_COUNT);
  let totals = new Float64Array(capacity * LABEL_COUNT);
  const ensure = (rows: number): void => {
    if (rows <= capacity) return;
    capacity = Math.max(rows, capacity * 2);
    const w = new Float32Array(capacity * LABEL_COUNT);
    w.set(weights);
    const t = new Float64Array(capacity * LABEL_COUNT);
    t.set(totals);
    weights = w;
    totals = t;
  };

  const finalGazetteer = general.union(entityListGazetteer(train, cache));
  const next = random(options.seed ?? 7);
  const order = examples.map((_, n) => n);
  const scores = new Float64Array(LABEL_COUNT);
  const history = new Uint32Array(HISTORY_KEY_COUNT);
  const historyRows = new Int32Array(HISTORY_KEY_COUNT);
  let step = 1;
  const update = (row: number, gold: number, guess: number): void => {
    const base = row * LABEL_COUNT;
    weights[base + gold] += 1;
    totals[base + gold] += step;
    weights[base + guess] -= 1;
    totals[base + guess] -= step;
  };

  const dropout = options.dropout ?? 0;
  const dropped = new Uint8Array(Math.max(...examples.map((e) => e.keys.length)));
  let model: NerModel | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = performance.now();
    for (let n = order.length - 1; n > 0; n--) {
      const m = Math.floor(next() * (n + 1));
      [order[n], order[m]] = [order[m]!, order[n]!];
    }
    for (const index of order) {
      const { keys, offsets, attrs, gold } = examples[index]!;
      let previous = -1;
      let beforePrevious = -1;
      if (dropout > 0) {
        for (let k = 0; k < keys.length; k++) dropped[k] = next() < dropout ? 1 : 0;
      }
      for (let i = 0; i < gold.length; i++) {
        scores.fill(0);
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
          const row = keys[k]!;
          if (row < 0 || dropped[k]) continue;
          const base = row * LABEL_COUNT;
          for (let label = 0; label < LABEL_COUNT; label++) scores[label] += weights[base + label]!;
        }
        historyKeys(history, attrs[i]!, previous, beforePrevious);
        for (let k = 0; k < HISTORY_KEY_COUNT; k++) {
          const row = table.get(history[k]!);
          historyRows[k] = row;
          if (row < 0) continue;
          const base = row * LABEL_COUNT;
          for (let label = 0; label < LABEL_COUNT; label++) scores[label] += weights[base + label]!;
        }
        let guess = 0;
        for (let label = 1; label < LABEL_COUNT; label++) if (scores[label]! > scores[guess]!) guess = label;
        const truth = gold[i]!;
        if (guess !== truth) {
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (keys[k]! >= 0 && !dropped[k]) update(keys[k]!, truth, guess);
          for (let k = 0; k < HISTORY_KEY_COUNT; k++) {
            let row = historyRows[k]!;
            if (row < 0) {
              row = table.add(history[k]!);
              ensure(row + 1);
            }
            update(row, truth, guess);
          }
        }
        step++;
        beforePrevious = previous;
        previous = guess;
      }
    }
    const averaged = new Float32Array(table.size * LABEL_COUNT);
    for (let j = 0; j < averaged.length; j++) averaged[j] = weights[j]! - totals[j]! / step;
    model = new NerModel({ keys: table.entries(), weights: averaged, gazetteer: finalGazetteer, wordClasses, info: { epochs: epoch } });
    const devScore = dev ? evaluateModel(model, dev) : undefined;
    options.onEpoch?.(epoch, devScore, (performance.now() - started) / 1000);
  }
  return model!;
}

/** Entity scores of a model on CoNLL documents, tagged document by document. */
export function evaluateModel(model: NerModel, documents: readonly ConllDocument[]): EntityScore {
  const scorer = new EntityScorer();
  for (const document of documents) {
    const predicted = model.spansDocument(document.sentences.map((s) => s.tokens));
    document.sentences.forEach((sentence, n) => scorer.add(sentence.spans, predicted[n]!));
  }
  return scorer.result();
}

export { spansFromLabels };
