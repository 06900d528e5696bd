/**
 * Training the tagger, lemmatiser and parser on a treebank (pure: sentences
 * in, model out; `log` reports progress). The parser learns on tags the
 * tagger predicts for text it was not trained on (jackknifing: each fold
 * tagged by a tagger trained on the others), so it meets the tagger's errors
 * in training as it will in use. The tagger may also learn from extra tagged
 * text without trees (news, for instance); the parser and lemmatiser learn
 * from the treebank alone.
 */
import type { WordClasses } from '../ner/features.js';
import { seededRandom } from '../ner/seeded-random.js';
import type { TaggedSentence } from './conll2003-tags.js';
import type { UdSentence } from './conllu.js';
import { learnLemmatiser } from './lemmatiser.js';
import { AveragedWeights, type LinearWeights } from './linear-weights.js';
import { ParserModel, type ParserModelData } from './model.js';
import { tagSentence } from './pos-tagger.js';
import { ParseScorer, type ParseScore } from './score.js';
import { TRANSITIONS } from './arc-hybrid.js';
import { parseInput } from './transition-parser.js';
import { WordAttributes, type SentenceWords } from './word-attributes.js';
import type { WordCategories } from './word-categories.js';

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
  /** The dictionary's parts of speech the tagger reads (load.ts `loadWordCategories`). */
  wordCategories?: WordCategories;
  /** Tagged sentences without trees that the tagger (and the jackknife's taggers) also learn from. */
  extraTaggerData?: readonly TaggedSentence[];
  /** How many times each extra sentence is seen per epoch on average (a fraction: that share of them, drawn anew each epoch). */
  extraTaggerWeight?: number;
  log?: (line: string) => void;
}

/** What the tagger learns from: a sentence's words and their gold tag numbers. */
interface TaggerExample {
  words: SentenceWords;
  tags: Int32Array;
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

/** The extra examples of one epoch: each `weight` times on average (whole copies, then a random share for the fraction). */
function extraOfEpoch(extra: readonly TaggerExample[], weight: number, random: () => number): TaggerExample[] {
  const whole = Math.floor(weight);
  const share = weight - whole;
  const chosen: TaggerExample[] = [];
  for (const example of extra) {
    for (let copy = 0; copy < whole; copy++) chosen.push(example);
    if (share > 0 && random() < share) chosen.push(example);
  }
  return chosen;
}

function trainTagger(
  sentences: readonly TaggerExample[],
  classes: number,
  epochs: number,
  random: () => number,
  prune = 0,
  extra: { examples: readonly TaggerExample[]; weight: number } = { examples: [], weight: 0 },
): LinearWeights {
  const weights = new AveragedWeights(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const examples = [...sentences, ...extraOfEpoch(extra.examples, extra.weight, random)];
    for (const s of shuffled(examples, random)) tagSentence(weights, classes, s.words, { weights, gold: s.tags });
  }
  return weights.averaged(prune);
}

/** The extra sentences as tag numbers of `tagNumber`; a sentence with a pair the tagset lacks is left out. */
function extraExamples(extra: readonly TaggedSentence[], tagNumber: ReadonlyMap<string, number>, joint: boolean, attributes: WordAttributes): TaggerExample[] {
  const examples: TaggerExample[] = [];
  for (const s of extra) {
    const tags = s.upos.map((upos, i) => tagNumber.get(joint ? `${upos}\t${s.xpos[i]}` : upos));
    if (tags.some((tag) => tag === undefined)) continue;
    examples.push({ words: attributes.of(s.forms), tags: Int32Array.from(tags as number[]) });
  }
  return examples;
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
  const attributes = new WordAttributes(options.wordClasses, options.wordCategories);
  const prepared: Prepared[] = train.map((s) => ({
    words: attributes.of(s.forms),
    tags: Int32Array.from(s.upos, (_, i) => tagNumber.get(tagOf(s, i))!),
    heads: Int32Array.from(s.heads, (head) => (head === 0 ? s.forms.length : head - 1)),
    labels: Int32Array.from(s.deprels, (label) => deprelNumber.get(label) ?? 0),
  }));

  const lemmatiser = learnLemmatiser(train.flatMap((s) => s.forms.map((form, i) => ({ form, upos: s.upos[i]!, lemma: s.lemmas[i]! }))));
  log(`lemmatiser: ${lemmatiser.tables.keys.length} entries, ${lemmatiser.tables.edits.length} edits`);

  const extra = { examples: extraExamples(options.extraTaggerData ?? [], tagNumber, joint, attributes), weight: options.extraTaggerWeight ?? 1 };
  if (options.extraTaggerData) log(`extra tagger data: ${extra.examples.length} of ${options.extraTaggerData.length} sentences in the tagset, weight ${extra.weight}`);
  const prune = options.prune ?? 1;
  const tagger = trainTagger(prepared, upos.length, taggerEpochs, random, prune, extra);
  log(`tagger: ${tagger.rows} features`);

  // The parser's training tags.
  const folds = options.jackknife ?? 5;
  const parserTags: Int32Array[] = prepared.map((s) => s.tags);
  if (folds > 1) {
    for (let fold = 0; fold < folds; fold++) {
      const foldTagger = trainTagger(prepared.filter((_, n) => n % folds !== fold), upos.length, taggerEpochs, random, 0, extra);
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
  const info = {
    treebank: 'UD English EWT',
    ...(extra.examples.length > 0 ? { extraTaggerSentences: extra.examples.length, extraTaggerWeight: extra.weight } : {}),
    tags: joint ? 'joint' : 'upos',
    taggerEpochs,
    parserEpochs,
    jackknife: folds,
    explore,
    prune,
    seed: options.seed ?? 7,
  };
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
      model = new ParserModel({ upos, xpos, deprels, tagger, transitions: transitions.averaged(prune), labels: labels.averaged(prune), lemmatiser, info }, options.wordClasses, options.wordCategories);
      if (dev.length > 0) {
        const score = scoreParser(model, dev);
        log(`epoch ${epoch + 1}: dev UPOS ${score.upos.toFixed(4)} lemma ${score.lemma.toFixed(4)} UAS ${score.uas.toFixed(4)} LAS ${score.las.toFixed(4)}`);
      }
    }
  }
  return model!;
}

/**
 * Retrains only the tagger of a model (on `train` and the extra sentences),
 * keeping its tagset, lemmatiser and parser: the parser reads the same tag
 * numbers, now predicted by the new tagger.
 */
export function retrainTagger(data: ParserModelData, train: readonly UdSentence[], options: ParserTrainOptions = {}): ParserModelData {
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed ?? 7);
  const joint = data.xpos.some((tag) => tag !== '');
  const tagNumber = new Map(data.upos.map((upos, n) => [joint ? `${upos}\t${data.xpos[n]}` : upos, n]));
  const attributes = new WordAttributes(options.wordClasses, options.wordCategories);
  const examples = extraExamples(train.map((s) => ({ forms: s.forms, upos: s.upos, xpos: s.xpos })), tagNumber, joint, attributes);
  const extra = { examples: extraExamples(options.extraTaggerData ?? [], tagNumber, joint, attributes), weight: options.extraTaggerWeight ?? 1 };
  log(`tagger only: ${examples.length} treebank sentences, ${extra.examples.length} extra, weight ${extra.weight}`);
  const taggerEpochs = options.taggerEpochs ?? 6;
  const tagger = trainTagger(examples, data.upos.length, taggerEpochs, random, options.prune ?? 1, extra);
  log(`tagger: ${tagger.rows} features`);
  const info = { ...data.info, taggerRetrained: { taggerEpochs, extraTaggerSentences: extra.examples.length, extraTaggerWeight: extra.weight, seed: options.seed ?? 7 } };
  return { ...data, tagger, info };
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
