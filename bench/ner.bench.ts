/**
 * NER benchmark: entity F1 (exact span and type, the scorer of `kgraph eval ner`)
 * of our tagger and of compromise, side by side on the same files; tagging
 * throughput in tokens per second on one core with compromise as the baseline;
 * model load time.
 *
 * Data (CoNLL format):
 *   KGRAPH_CONLL_DEV or --conll-dev FILE   CoNLL-2003 eng.testa (not shipped: Reuters licence)
 *   KGRAPH_WIKIGOLD  or --wikigold FILE    wikigold; defaults to the CC BY 4.0 copy in tests/fixtures/ner
 * --model FILE measures another model file instead of the shipped one.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { readConllFile, type ConllDocument } from '../packages/core/src/nlp/ner/conll.js';
import { SHIPPED_MODEL_PATH, loadNerModel, readNerModel } from '../packages/core/src/nlp/ner/load.js';
import { EntityScorer, type EntityScore } from '../packages/core/src/nlp/ner/score.js';
import type { TypedSpan } from '../packages/core/src/nlp/ner/tags.js';
import { evaluateModel } from '../packages/core/src/nlp/ner/train.js';
import { DEFAULT_BEAM_WIDTH } from '../packages/core/src/nlp/ner/model.js';

const { values } = parseArgs({
  options: { 'conll-dev': { type: 'string' }, wikigold: { type: 'string' }, model: { type: 'string' }, json: { type: 'boolean' } },
  strict: false,
});
const defaultWikigold = fileURLToPath(new URL('../tests/fixtures/ner/wikigold.conll.txt', import.meta.url));
const datasets: { name: string; path: string | undefined; hint: string }[] = [
  { name: 'CoNLL-2003 eng.testa', path: (values['conll-dev'] as string | undefined) ?? process.env.KGRAPH_CONLL_DEV, hint: 'set KGRAPH_CONLL_DEV or --conll-dev FILE' },
  {
    name: 'wikigold',
    path: (values.wikigold as string | undefined) ?? process.env.KGRAPH_WIKIGOLD ?? (existsSync(defaultWikigold) ? defaultWikigold : undefined),
    hint: 'set KGRAPH_WIKIGOLD or --wikigold FILE',
  },
];

// ---- model load time -------------------------------------------------------
const modelPath = (values.model as string | undefined) ?? SHIPPED_MODEL_PATH;
let started = performance.now();
const model = values.model ? readNerModel(modelPath) : loadNerModel();
const firstLoadMs = performance.now() - started;
const reloads: number[] = [];
for (let n = 0; n < 5; n++) {
  started = performance.now();
  readNerModel(modelPath);
  reloads.push(performance.now() - started);
}
reloads.sort((a, b) => a - b);
console.log(`model: ${model.featureCount} features; first load ${firstLoadMs.toFixed(1)} ms, median reload ${reloads[2]!.toFixed(1)} ms`);

// ---- compromise as a tagger over given tokens -------------------------------
const COMPROMISE_TYPES = [
  ['people', 'PER'],
  ['places', 'LOC'],
  ['organizations', 'ORG'],
] as const;

interface CompromiseMatch {
  offset: { start: number; length: number };
}
type CompromiseView = Record<(typeof COMPROMISE_TYPES)[number][0], () => { json(options: object): CompromiseMatch[] }>;

/** compromise's people/places/organizations on the space-joined tokens, mapped back onto tokens. */
function compromiseSpans(tokens: readonly string[]): TypedSpan[] {
  const starts: number[] = [];
  let text = '';
  for (const token of tokens) {
    starts.push(text.length);
    text += `${token} `;
  }
  const doc = nlp(text) as unknown as CompromiseView;
  const spans: TypedSpan[] = [];
  for (const [method, type] of COMPROMISE_TYPES) {
    for (const match of doc[method]().json({ offset: true })) {
      const from = match.offset.start;
      const to = from + match.offset.length;
      let start = starts.findIndex((s) => s >= from);
      let end = start;
      while (end < tokens.length && starts[end]! < to) end++;
      // compromise keeps trailing punctuation tokens in its matches.
      while (end > start && !/[\p{L}\p{N}]/u.test(tokens[end - 1]!)) end--;
      while (start < end && !/[\p{L}\p{N}]/u.test(tokens[start]!)) start++;
      if (start >= 0 && end > start) spans.push({ start, end, type });
    }
  }
  return spans;
}

function scoreCompromise(documents: readonly ConllDocument[]): EntityScore {
  const scorer = new EntityScorer();
  for (const document of documents) for (const sentence of document.sentences) scorer.add(sentence.spans, compromiseSpans(sentence.tokens));
  return scorer.result();
}

// ---- quality ---------------------------------------------------------------
const fmt = (s: EntityScore): string =>
  `F1 ${s.f1.toFixed(4)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}; ` +
  Object.entries(s.perType).map(([type, t]) => `${type} ${t.f1.toFixed(3)}`).join(', ') + ')';

const report: Record<string, unknown> = { loadMs: firstLoadMs, reloadMs: reloads[2] };
let speedDocuments: ConllDocument[] | undefined;
for (const { name, path, hint } of datasets) {
  if (!path || !existsSync(path)) {
    console.log(`${name}: skipped: no file (${hint})`);
    continue;
  }
  const documents = await readConllFile(path);
  speedDocuments ??= documents;
  const ours = evaluateModel(model, documents);
  const onePassScorer = new EntityScorer();
  for (const document of documents) {
    const predicted = model.spansDocument(document.sentences.map((s) => s.tokens), { secondPass: false });
    document.sentences.forEach((sentence, n) => onePassScorer.add(sentence.spans, predicted[n]!));
  }
  const oursOnePass = onePassScorer.result();
  const greedyScorer = new EntityScorer();
  for (const document of documents) {
    const predicted = model.spansDocument(document.sentences.map((s) => s.tokens), { beam: 1 });
    document.sentences.forEach((sentence, n) => greedyScorer.add(sentence.spans, predicted[n]!));
  }
  const oursGreedy = greedyScorer.result();
  const sentenceScorer = new EntityScorer();
  for (const document of documents) for (const sentence of document.sentences) sentenceScorer.add(sentence.spans, model.spans(sentence.tokens));
  const oursBySentence = sentenceScorer.result();
  const theirs = scoreCompromise(documents);
  console.log(`${name}: kgraph (document, 2 passes) ${fmt(ours)}`);
  console.log(`${name}: kgraph (document, greedy)  ${fmt(oursGreedy)}`);
  console.log(`${name}: kgraph (document, 1 pass)  ${fmt(oursOnePass)}`);
  console.log(`${name}: kgraph (sentence, 1 pass)   ${fmt(oursBySentence)}`);
  console.log(`${name}: compromise                  ${fmt(theirs)}`);
  report[name] = { kgraphDocument: ours, kgraphDocumentGreedy: oursGreedy, kgraphDocumentOnePass: oursOnePass, kgraphSentence: oursBySentence, compromise: theirs };
}

// ---- speed -----------------------------------------------------------------
// Tokens per CPU-second of this process (user + system), so that other work on
// a shared machine does not count against us; one thread, so one core.
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
if (speedDocuments) {
  const sentences = speedDocuments.flatMap((d) => d.sentences.map((s) => s.tokens));
  const documentTokens = speedDocuments.map((d) => d.sentences.map((s) => s.tokens));
  const tokenCount = sentences.reduce((n, s) => n + s.length, 0);
  const rate = (run: () => void, minSeconds: number): number => {
    run(); // warm-up
    let rounds = 0;
    const begin = process.cpuUsage();
    do {
      run();
      rounds++;
    } while (cpuSeconds(begin) < minSeconds);
    return (rounds * tokenCount) / cpuSeconds(begin);
  };
  const oursPerSentence = rate(() => {
    for (const tokens of sentences) model.spans(tokens);
  }, 3);
  const oursPerDocument = rate(() => {
    for (const document of documentTokens) model.spansDocument(document);
  }, 3);
  const oursPerDocumentGreedy = rate(() => {
    for (const document of documentTokens) model.spansDocument(document, { beam: 1 });
  }, 3);
  const oursPerDocumentOnePass = rate(() => {
    for (const document of documentTokens) model.spansDocument(document, { secondPass: false });
  }, 3);
  const sample = sentences.slice(0, 400);
  const sampleTokens = sample.reduce((n, s) => n + s.length, 0);
  const compromiseStart = process.cpuUsage();
  for (const tokens of sample) compromiseSpans(tokens);
  const compromiseRate = sampleTokens / cpuSeconds(compromiseStart);
  const k = (x: number): string => `${Math.round(x / 1000)}k`;
  console.log(
    `speed (${tokenCount} tokens, tokens per CPU-second, one thread): kgraph ${k(oursPerSentence)}/s sentence by sentence (spans), ` +
      `${k(oursPerDocument)}/s document by document (spansDocument, 2 passes, beam ${DEFAULT_BEAM_WIDTH}), ` +
      `${k(oursPerDocumentGreedy)}/s (the same, greedy), ` +
      `${k(oursPerDocumentOnePass)}/s (spansDocument, secondPass: false); compromise ${k(compromiseRate)}/s ` +
      `(${sampleTokens}-token sample) → kgraph is ${(oursPerSentence / compromiseRate).toFixed(0)}× / ${(oursPerDocument / compromiseRate).toFixed(0)}× compromise`,
  );
  report.speed = { kgraphSentence: oursPerSentence, kgraphDocument: oursPerDocument, kgraphDocumentGreedy: oursPerDocumentGreedy, kgraphDocumentOnePass: oursPerDocumentOnePass, compromise: compromiseRate };
}
if (values.json) console.log(JSON.stringify(report));
