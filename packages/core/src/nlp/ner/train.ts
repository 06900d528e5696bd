/**
 * Training. In: CoNLL documents (train, optional dev). Out: an NerModel with
 * averaged-perceptron weights for one or two passes.
 *
 * The training data's own entity lists become a gazetteer; while training,
 * each document only sees the lists built from the other folds, so the model
 * learns how far to trust a list match on names it has not memorised. The
 * second pass is trained on first-pass tags of the same folds, each fold
 * tagged by a first pass trained without it, so it learns how far to trust
 * first-pass tags it has not memorised either.
 */
import type { ConllDocument } from './conll.js';
import { documentLabelGazetteer } from './document-labels.js';
import { FeatureTable } from './feature-table.js';
import { titleCaseCopies } from './headline-case.js';
import { FeatureExtractor, HISTORY_KEY_COUNT, SEEN_LOWER_CLASS, WordClasses, historyKeys } from './features.js';
import { Gazetteer, GazetteerBit } from './gazetteer.js';
import { LABEL_COUNT, labelsFromSpans } from './labels.js';
import type { PassWeights } from './linear-tagger.js';
import { NerModel, type NerSpan } from './model.js';
import { seededRandom } from './seeded-random.js';
import { EntityScorer, type EntityScore } from './score.js';
import type { NerType } from './tags.js';
import { Attr, CaseClass, TokenAttributeCache } from './token-form.js';

export interface TrainOptions {
  epochs?: number;
  /** Static features seen fewer times are dropped before training. */
  minCount?: number;
  /** Folds for the training-list gazetteer and the second pass (see the file comment). */
  folds?: number;
  /** A general gazetteer (e.g. countries) merged into the training lists. */
  generalGazetteer?: Gazetteer;
  /** Word classes of single words from a general lexicon. */
  wordClasses?: WordClasses;
  seed?: number;
  /** Probability of hiding each static feature of a token while training on it (a regulariser). */
  dropout?: number;
  /** Add title-case copies of headlines and first sentences (see headline-case.ts). */
  titleCase?: boolean;
  /** Train a second, document-aware pass. */
  twoPass?: boolean;
  /** Called after every epoch of the final passes with the dev score. */
  onEpoch?: (pass: number, epoch: number, dev: EntityScore | undefined, seconds: number) => void;
  /** Progress of the fold models of the second pass. */
  onFold?: (fold: number, seconds: number) => void;
}

interface Example {
  keys: Uint32Array;
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

/** Averaged-perceptron training of one pass over precomputed static features. */
function trainPass(
  examples: readonly Example[],
  options: { epochs: number; minCount: number; seed: number; dropout: number },
  onEpoch?: (epoch: number, pass: PassWeights, seconds: number) => void,
): PassWeights {
  const counts = new Map<number, number>();
  for (const example of examples) for (const key of example.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const table = new FeatureTable(counts.size);
  for (const [key, count] of counts) if (count >= options.minCount) table.add(key);
  counts.clear();
  const rows = examples.map(({ keys }) => Int32Array.from(keys, (key) => table.get(key)));

  let capacity = table.size + 100_000;
  let weights = new Float32Array(capacity * LABEL_COUNT);
  let totals = new Float64Array(capacity * LABEL_COUNT);
  const ensure = (needed: number): void => {
    if (needed <= capacity) return;
    capacity = Math.max(needed, capacity * 2);
    const w = new Float32Array(capacity * LABEL_COUNT);
    w.set(weights);
    const t = new Float64Array(capacity * LABEL_COUNT);
    t.set(totals);
    weights = w;
    totals = t;
  };
  const next = seededRandom(options.seed);
  const order = examples.map((_, n) => n);
  const scores = new Float64Array(LABEL_COUNT);
  const history = new Uint32Array(HISTORY_KEY_COUNT);
  const historyRows = new Int32Array(HISTORY_KEY_COUNT);
  const dropped = new Uint8Array(Math.max(1, ...rows.map((r) => r.length)));
  let step = 1;
  const update = (row: number, gold: number, guess: number): void => {
    const base = row * LABEL_COUNT;
    weights[base + gold] += 1;
    totals[base + gold] += step;
    weights[base + guess] -= 1;
    totals[base + guess] -= step;
  };
  const averaged = (): PassWeights => {
    const result = new Float32Array(table.size * LABEL_COUNT);
    for (let j = 0; j < result.length; j++) result[j] = weights[j]! - totals[j]! / step;
    return { keys: table.entries(), weights: result };
  };

  let pass: PassWeights | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    for (let n = order.length - 1; n > 0; n--) {
      const m = Math.floor(next() * (n + 1));
      [order[n], order[m]] = [order[m]!, order[n]!];
    }
    for (const index of order) {
      const { offsets, attrs, gold } = examples[index]!;
      const keys = rows[index]!;
      if (options.dropout > 0) for (let k = 0; k < keys.length; k++) dropped[k] = next() < options.dropout ? 1 : 0;
      let previous = -1;
      let beforePrevious = -1;
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
    if (onEpoch || epoch === options.epochs) {
      pass = averaged();
      onEpoch?.(epoch, pass, (performance.now() - started) / 1000);
    }
  }
  return pass!;
}

export function trainNerModel(corpus: readonly ConllDocument[], dev: readonly ConllDocument[] | undefined, options: TrainOptions = {}): NerModel {
  const augment = seededRandom((options.seed ?? 7) + 1);
  const train = options.titleCase
    ? corpus.map((document) => ({ sentences: [...document.sentences, ...titleCaseCopies(document, augment)] }))
    : corpus;
  const settings = {
    epochs: options.epochs ?? 10,
    minCount: options.minCount ?? 1,
    seed: options.seed ?? 7,
    dropout: options.dropout ?? 0,
  };
  const folds = Math.max(2, Math.min(options.folds ?? 5, train.length));
  const foldOf = (n: number): number => n % folds;
  const cache = new TokenAttributeCache(1_000_000);
  const general = options.generalGazetteer ?? new Gazetteer();
  const wordClasses = new WordClasses(options.wordClasses?.entries());
  // Words the training text writes in lower case are common words, not names.
  for (const document of train) {
    for (const sentence of document.sentences) {
      for (const token of sentence.tokens) {
        const attrs = cache.get(token);
        if (attrs[Attr.Case] !== CaseClass.Lower) continue;
        const hash = attrs[Attr.Plain]!;
        wordClasses.set(hash, (wordClasses.get(hash) ?? 0) | (1 << SEEN_LOWER_CLASS));
      }
    }
  }
  const finalGazetteer = general.union(entityListGazetteer(train, cache));
  const foldGazetteers = Array.from({ length: folds }, (_, fold) =>
    general.union(entityListGazetteer(train.filter((_, n) => foldOf(n) !== fold), cache)),
  );
  const contexts = train.map((document) => new FeatureExtractor(general, wordClasses, cache).documentContext(document.sentences.map((s) => s.tokens)));
  const golds = train.map((document) => document.sentences.map((s) => labelsFromSpans(s.spans, s.tokens.length)));

  /** Static features of every training sentence, under its fold's gazetteer (and document labels for pass 2). */
  const buildExamples = (documentLabels?: (n: number) => Gazetteer): Example[][] =>
    train.map((document, n) => {
      const extractor = new FeatureExtractor(foldGazetteers[foldOf(n)]!, wordClasses, cache);
      const labels = documentLabels?.(n);
      return document.sentences.map((sentence, s) => ({ ...extractor.sentence(sentence.tokens, contexts[n], labels), gold: golds[n]![s]! }));
    });
  const makeModel = (passes: PassWeights[], gazetteer = finalGazetteer): NerModel =>
    new NerModel({ passes, gazetteer, wordClasses, info: {} });
  const devScore = (passes: PassWeights[]): EntityScore | undefined => (dev ? evaluateModel(makeModel(passes), dev) : undefined);

  const firstExamples = buildExamples();
  const report = options.onEpoch;
  const first = trainPass(
    firstExamples.flat(),
    settings,
    report && ((epoch, pass, seconds) => report(1, epoch, devScore([pass]), seconds)),
  );
  if (!options.twoPass) return makeModel([first]);

  // First-pass tags of each fold by a first pass trained on the other folds.
  const firstTags: NerSpan[][][] = new Array(train.length);
  for (let fold = 0; fold < folds; fold++) {
    const started = performance.now();
    const foldPass = trainPass(
      firstExamples.filter((_, n) => foldOf(n) !== fold).flat(),
      { ...settings, epochs: Math.min(settings.epochs, 5) },
    );
    const foldModel = makeModel([foldPass], foldGazetteers[fold]);
    train.forEach((document, n) => {
      if (foldOf(n) === fold) firstTags[n] = foldModel.firstPassDocument(document.sentences.map((s) => s.tokens));
    });
    options.onFold?.(fold, (performance.now() - started) / 1000);
  }
  const secondExamples = buildExamples((n) =>
    documentLabelGazetteer(train[n]!.sentences.map((s) => s.tokens.map((token) => cache.get(token))), firstTags[n]!),
  );
  const second = trainPass(
    secondExamples.flat(),
    settings,
    report && ((epoch, pass, seconds) => report(2, epoch, devScore([first, pass]), seconds)),
  );
  return makeModel([first, second]);
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
