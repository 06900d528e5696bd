/**
 * Training the tagger, lemmatiser and parser on a treebank (pure: sentences
 * in, model out; `log` reports progress). The parser learns on tags the
 * tagger predicts for text it was not trained on (jackknifing: each fold
 * tagged by a tagger trained on the others), so it meets the tagger's errors
 * in training as it will in use.
 */
import type { WordClasses } from '../ner/features.js';
import { seededRandom } from '../ner/seeded-random.js';
import type { UdSentence } from './conllu.js';
import { learnLemmatiser } from './lemmatiser.js';
import { AveragedWeights, type LinearWeights } from './linear-weights.js';
import { ParserModel } from './model.js';
import { tagSentence } from './pos-tagger.js';
import { ParseScorer, type ParseScore } from './score.js';
import { TRANSITIONS } from './arc-hybrid.js';
import { parseInput } from './transition-parser.js';
import { WordAttributes, type SentenceWords } from './word-attributes.js';

export interface ParserTrainOptions {
  taggerEpochs?: number;
  parserEpochs?: number;
  /** Folds for the parser's training tags; 0 or 1 trains the parser on gold tags. */
  jackknife?: number;
  /** `joint`: the tagger predicts UPOS and XPOS together (one class per pair seen), and the parser reads the pair. */
  tags?: 'joint' | 'upos';
  /** Probability of following the parser's own wrong choice after the first epoch. */
  explore?: number;
  seed?: number;
  /** Rows of weights whose largest (averaged) weight is at most this are dropped from the model. */
  prune?: number;
  wordClasses?: WordClasses;
  log?: (line: string) => void;
}

interface Prepared {
  words: SentenceWords;
  tags: Int32Array;
  heads: Int32Array;
  labels: Int32Array;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function trainTagger(sentences: readonly Prepared[], classes: number, epochs: number, random: () => number, prune = 0): LinearWeights {
  const weights = new AveragedWeights(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const s of shuffled(sentences, random)) tagSentence(weights, classes, s.words, { weights, gold: s.tags });
  }
  return weights.averaged(prune);
}

function labelNumbers(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function trainParserModel(train: readonly UdSentence[], dev: readonly UdSentence[], options: ParserTrainOptions = {}): ParserModel {
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed ?? 7);
  const taggerEpochs = options.taggerEpochs ?? 6;
  const parserEpochs = options.parserEpochs ?? 12;
  const explore = options.explore ?? 0.9;
  const joint = (options.tags ?? 'joint') === 'joint';
  const tagOf = (s: UdSentence, i: number): string => (joint ? `${s.upos[i]}\t${s.xpos[i]}` : s.upos[i]!);
  const tagset = labelNumbers(train.flatMap((s) => s.upos.map((_, i) => tagOf(s, i))));
  const upos = tagset.map((tag) => tag.split('\t')[0]!);
  const xpos = tagset.map((tag) => tag.split('\t')[1] ?? '');
  const deprels = labelNumbers(train.flatMap((s) => s.deprels));
  const tagNumber = new Map(tagset.map((tag, n) => [tag, n]));
  const deprelNumber = new Map(deprels.map((label, n) => [label, n]));
  const attributes = new WordAttributes(options.wordClasses);
  const prepared: Prepared[] = train.map((s) => ({
    words: attributes.of(s.forms),
    tags: Int32Array.from(s.upos, (_, i) => tagNumber.get(tagOf(s, i))!),
    heads: Int32Array.from(s.heads, (head) => (head === 0 ? s.forms.length : head - 1)),
    labels: Int32Array.from(s.deprels, (label) => deprelNumber.get(label) ?? 0),
  }));

  const lemmatiser = learnLemmatiser(train.flatMap((s) => s.forms.map((form, i) => ({ form, upos: s.upos[i]!, lemma: s.lemmas[i]! }))));
  log(`lemmatiser: ${lemmatiser.tables.keys.length} entries, ${lemmatiser.tables.edits.length} edits`);

  const prune = options.prune ?? 1;
  const tagger = trainTagger(prepared, upos.length, taggerEpochs, random, prune);
  log(`tagger: ${tagger.rows} features`);

  // The parser's training tags.
  const folds = options.jackknife ?? 5;
  const parserTags: Int32Array[] = prepared.map((s) => s.tags);
  if (folds > 1) {
    for (let fold = 0; fold < folds; fold++) {
      const foldTagger = trainTagger(prepared.filter((_, n) => n % folds !== fold), upos.length, taggerEpochs, random);
      prepared.forEach((s, n) => {
        if (n % folds === fold) parserTags[n] = tagSentence(foldTagger, upos.length, s.words);
      });
      log(`jackknife fold ${fold + 1}/${folds} tagged`);
    }
  }

  const transitions = new AveragedWeights(TRANSITIONS);
  const labels = new AveragedWeights(deprels.length);
  const rootLabel = deprelNumber.get('root') ?? 0;
  const order = prepared.map((_, n) => n);
  const info = { treebank: 'UD English EWT', tags: joint ? 'joint' : 'upos', taggerEpochs, parserEpochs, jackknife: folds, explore, prune, seed: options.seed ?? 7 };
  let model: ParserModel | undefined;
  for (let epoch = 0; epoch < parserEpochs; epoch++) {
    for (const n of shuffled(order, random)) {
      const s = prepared[n]!;
      parseInput(
        { transitions, labels, labelCount: deprels.length, rootLabel },
        { words: s.words, tags: parserTags[n]! },
        { transitions, labels, goldHeads: s.heads, goldLabels: s.labels, explore: epoch === 0 ? 0 : explore, random },
      );
    }
    if (dev.length > 0 || epoch === parserEpochs - 1) {
      model = new ParserModel({ upos, xpos, deprels, tagger, transitions: transitions.averaged(prune), labels: labels.averaged(prune), lemmatiser, info }, options.wordClasses);
      if (dev.length > 0) {
        const score = scoreParser(model, dev);
        log(`epoch ${epoch + 1}: dev UPOS ${score.upos.toFixed(4)} lemma ${score.lemma.toFixed(4)} UAS ${score.uas.toFixed(4)} LAS ${score.las.toFixed(4)}`);
      }
    }
  }
  return model!;
}

/** Scores a model on gold-tokenised sentences. */
export function scoreParser(model: ParserModel, sentences: readonly UdSentence[]): ParseScore {
  const scorer = new ParseScorer();
  for (const s of sentences) {
    const parse = model.parse(s.forms);
    scorer.add({ upos: s.upos, lemmas: s.lemmas, heads: s.heads, deprels: s.deprels }, parse);
  }
  return scorer.score();
}
