/**
 * Trains the UPOS tagger, lemmatiser and dependency parser on a UD treebank
 * and writes the model file, then scores the file as read back on the dev set.
 *
 *   npm run train:parser -- --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \
 *     [--out packages/core/models/parser-ud-ewt.bin.gz] [--tagger-epochs 6] [--parser-epochs 12]
 *     [--jackknife 5] [--explore 0.9] [--tags joint|upos] [--prune 1] [--seed 7] [--limit N] [--no-clusters] [--no-categories]
 *     [--extra-tagger-data eng.train] [--extra-tagger-weight 1] [--tagger-only MODEL]
 *
 * The word clusters and classes come from the shipped NER model, which must be
 * the one the parser is used with, and the tagger reads the shipped dictionary
 * of parts of speech (models/word-categories.txt.gz) unless `--no-categories`. `--extra-tagger-data` adds a CoNLL-2003
 * file (news with Penn Treebank tags, mapped to UD's) to the tagger's training
 * text, not the parser's; `--tagger-only MODEL` retrains just the tagger and
 * keeps MODEL's lemmatiser and parser.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadNerModel } from '../src/nlp/ner/load.js';
import { parseConll2003Tags } from '../src/nlp/parse/conll2003-tags.js';
import { readConlluFile } from '../src/nlp/parse/conllu.js';
import { decodeParserModel, encodeParserModel } from '../src/nlp/parse/model-file.js';
import { loadWordCategories } from '../src/nlp/parse/load.js';
import { ParserModel } from '../src/nlp/parse/model.js';
import { retrainTagger, scoreParser, trainParserModel } from '../src/nlp/parse/train.js';
import { readModelBytes } from '../src/util/read-model-bytes.js';
import { readTextFile } from '../src/util/read-text-file.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string' },
    dev: { type: 'string' },
    out: { type: 'string' },
    'tagger-epochs': { type: 'string', default: '6' },
    'parser-epochs': { type: 'string', default: '12' },
    jackknife: { type: 'string', default: '5' },
    explore: { type: 'string', default: '0.9' },
    prune: { type: 'string', default: '1' },
    seed: { type: 'string', default: '7' },
    limit: { type: 'string' },
    'no-clusters': { type: 'boolean', default: false },
    'no-categories': { type: 'boolean', default: false },
    tags: { type: 'string', default: 'joint' },
    'extra-tagger-data': { type: 'string' },
    'extra-tagger-weight': { type: 'string', default: '1' },
    'tagger-only': { type: 'string' },
  },
});
if (!values.train || !values.dev) {
  console.error('usage: npm run train:parser -- --train TRAIN.conllu --dev DEV.conllu [--out FILE]');
  process.exit(2);
}
const out = values.out ?? fileURLToPath(new URL('../models/parser-ud-ewt.bin.gz', import.meta.url));
const started = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}`);
let train = await readConlluFile(values.train);
const dev = await readConlluFile(values.dev);
if (values.limit) train = train.slice(0, Number(values.limit));
log(`train ${train.length} sentences, dev ${dev.length}`);
const wordClasses = values['no-clusters'] ? undefined : loadNerModel().data.wordClasses;
const wordCategories = values['no-categories'] ? undefined : loadWordCategories();
const extraPath = values['extra-tagger-data'];
const extraTaggerData = extraPath ? parseConll2003Tags(await readTextFile(extraPath, 'CoNLL-2003 file')) : undefined;
if (extraTaggerData) log(`extra tagger data ${extraPath}: ${extraTaggerData.length} sentences`);
const options = {
  taggerEpochs: Number(values['tagger-epochs']),
  parserEpochs: Number(values['parser-epochs']),
  jackknife: Number(values.jackknife),
  explore: Number(values.explore),
  tags: values.tags === 'upos' ? ('upos' as const) : ('joint' as const),
  prune: Number(values.prune),
  seed: Number(values.seed),
  wordClasses,
  wordCategories,
  extraTaggerData,
  extraTaggerWeight: Number(values['extra-tagger-weight']),
  log,
};
const kept = values['tagger-only'];
const data = kept
  ? retrainTagger(decodeParserModel(readModelBytes(kept, 'parser model'), kept), train, options)
  : trainParserModel(train, dev, options).data;
const bytes = encodeParserModel(data);
writeFileSync(out, bytes);
const readBack = new ParserModel(decodeParserModel(bytes, out), wordClasses, wordCategories);
const score = scoreParser(readBack, dev);
log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB; transitions ${readBack.data.transitions.rows} rows, labels ${readBack.data.labels.rows}, tagger ${readBack.data.tagger.rows}`);
log(`dev as read back: UPOS ${score.upos.toFixed(4)} lemma ${score.lemma.toFixed(4)} UAS ${score.uas.toFixed(4)} LAS ${score.las.toFixed(4)} (${score.words} words)`);
