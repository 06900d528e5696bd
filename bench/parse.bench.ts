/**
 * Parser benchmark: tagging and parsing throughput in tokens per CPU-second on
 * one core, with the NER tagger's rate on the same sentences as the baseline
 * (same process, alternating rounds); model file size; load time (first load,
 * which also reads the NER model whose word clusters the parser uses, and reloads
 * of the parser file alone); and the scores of `kgraph eval parse` on the file.
 *
 * Data (CoNLL-U): KGRAPH_UD_DEV or --ud-dev FILE (UD English EWT dev); without
 * it, the EWT excerpt in tests/fixtures/ud (80 sentences: rates are noisier).
 * --model FILE measures another model file instead of the shipped one.
 *
 * And the parser's share of a whole build: the Wikinews 2019 articles of
 * tests/fixtures/relations built in one thread without cache (CPU seconds,
 * words per CPU-second), then the parser alone over the same sentences, so
 * the build's words per second with the parser and without its time come from
 * the same run. Skipped with --model (the build reads the shipped model).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildGraph } from '../packages/core/src/build.js';
import { loadNerModel } from '../packages/core/src/nlp/ner/load.js';
import { parseSentence } from '../packages/core/src/nlp/parse/parse-sentence.js';
import { splitSentences } from '../packages/core/src/nlp/sentences.js';
import { countWords } from './brown-corpus.js';
import { readConlluFile } from '../packages/core/src/nlp/parse/conllu.js';
import { SHIPPED_PARSER_PATH, loadParserModel, readParserModel } from '../packages/core/src/nlp/parse/load.js';
import { scoreParser } from '../packages/core/src/nlp/parse/train.js';

const { values } = parseArgs({ options: { 'ud-dev': { type: 'string' }, model: { type: 'string' }, json: { type: 'boolean' } }, strict: false });
const excerpt = fileURLToPath(new URL('../tests/fixtures/ud/en_ewt-dev-excerpt.conllu', import.meta.url));
const dataPath = (values['ud-dev'] as string | undefined) ?? process.env.KGRAPH_UD_DEV ?? excerpt;
if (dataPath === excerpt) console.log('data: the 80-sentence EWT excerpt (set KGRAPH_UD_DEV or --ud-dev FILE for the dev set)');

// ---- load time -------------------------------------------------------------
const modelPath = (values.model as string | undefined) ?? SHIPPED_PARSER_PATH;
let started = performance.now();
const model = values.model ? readParserModel(modelPath) : loadParserModel();
const firstLoadMs = performance.now() - started;
const reloads: number[] = [];
for (let n = 0; n < 5; n++) {
  started = performance.now();
  readParserModel(modelPath);
  reloads.push(performance.now() - started);
}
reloads.sort((a, b) => a - b);
const sizeMb = statSync(modelPath).size / 1e6;
console.log(
  `model: ${sizeMb.toFixed(2)} MB on disk; ${model.data.transitions.rows} transition, ${model.data.labels.rows} relation, ` +
    `${model.data.tagger.rows} tagger features; first load ${firstLoadMs.toFixed(0)} ms (with the NER model), median reload ${reloads[2]!.toFixed(0)} ms`,
);

// ---- speed -----------------------------------------------------------------
const sentences = await readConlluFile(dataPath);
const forms = sentences.map((s) => s.forms);
const tokenCount = forms.reduce((n, s) => n + s.length, 0);
const ner = loadNerModel();

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
/** Tokens per CPU-second of one run of `work` over the whole text. */
function rate(work: () => void): number {
  const begin = process.cpuUsage();
  work();
  return tokenCount / cpuSeconds(begin);
}
const runs = { parse: [] as number[], tag: [] as number[], ner: [] as number[] };
const minRounds = Math.max(3, Math.ceil(200_000 / tokenCount));
for (let round = 0; round < minRounds; round++) {
  runs.parse.push(rate(() => forms.forEach((s) => model.parse(s))));
  runs.tag.push(rate(() => forms.forEach((s) => model.tagNumbers(s))));
  runs.ner.push(rate(() => forms.forEach((s) => ner.spans(s))));
}
const best = (xs: number[]): number => Math.max(...xs);
const k = (x: number): string => `${(x / 1000).toFixed(0)}k`;
console.log(
  `speed (${tokenCount} tokens × ${minRounds} rounds, tokens per CPU-second, one thread, best round): ` +
    `tag + lemmatise + parse ${k(best(runs.parse))}/s; tag only ${k(best(runs.tag))}/s; ` +
    `baseline NER tagger (spans per sentence) ${k(best(runs.ner))}/s on the same sentences`,
);

// ---- share of a whole build ------------------------------------------------
if (!values.model) {
  const articles = fileURLToPath(new URL('../tests/fixtures/relations/wikinews-2019.articles.jsonl', import.meta.url));
  const texts = readFileSync(articles, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const words = texts.reduce((n, text) => n + countWords(text), 0);
  const sentences = texts.flatMap((text) => splitSentences(text).map((sentence) => sentence.tokens));
  const builds: number[] = [];
  const parses: number[] = [];
  for (let round = 0; round < 3; round++) {
    let begin = process.cpuUsage();
    await buildGraph([articles], { threads: 1 });
    builds.push(cpuSeconds(begin));
    begin = process.cpuUsage();
    for (const tokens of sentences) parseSentence(tokens);
    parses.push(cpuSeconds(begin));
  }
  const build = Math.min(...builds);
  const parse = Math.min(...parses);
  console.log(
    `whole build (Wikinews 2019, ${texts.length} articles, ${words} words, one thread, no cache, best of 3): ${build.toFixed(2)} CPU-s, ` +
      `${k(words / build)} words/s; the parser alone on its ${sentences.length} sentences ${parse.toFixed(2)} CPU-s = ` +
      `${((100 * parse) / build).toFixed(1)} % of the build; the build without the parser's time ${k(words / (build - parse))} words/s`,
  );
}

// ---- accuracy ----------------------------------------------------------------
const score = scoreParser(model, sentences);
console.log(
  `accuracy (${score.words} words, gold tokenisation): UPOS ${score.upos.toFixed(4)}, lemma ${score.lemma.toFixed(4)}, ` +
    `UAS ${score.uas.toFixed(4)}, LAS ${score.las.toFixed(4)}`,
);
if (values.json) {
  console.log(JSON.stringify({ sizeMb, firstLoadMs, reloadMs: reloads[2], tokensPerSecond: best(runs.parse), tagTokensPerSecond: best(runs.tag), nerTokensPerSecond: best(runs.ner), ...score }));
}
