/**
 * Pipeline throughput and peak memory: `buildGraphFromDocuments` over a corpus
 * many times the seeds (each copy made a distinct document), side by side with
 * a baseline run over the same text in the same script: compromise, the
 * JavaScript NLP library, finding people, places and organisations. Each runs
 * in its own process so its peak memory is its own.
 *
 *   npm run bench -- pipeline                    # 100 copies of the seeds
 *   npm run bench -- pipeline --copies 400
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraphFromDocuments } from '../packages/core/src/build.js';
import { documentId, type SourceDocument } from '../packages/core/src/ingest/index.js';

const seedsDir = fileURLToPath(new URL('../seeds', import.meta.url));
const argValue = (flag: string, fallback: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const copies = Number(argValue('--copies', '100'));

function corpus(): SourceDocument[] {
  const seeds = readdirSync(seedsDir).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const documents: SourceDocument[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const [i, seed] of seeds.entries()) {
      const text = `${seed}\nCopy ${copy + 1} of article ${i + 1}.`;
      documents.push({ id: documentId(text), title: `copy ${copy + 1}`, text, source: `seed-${i}-${copy}.txt` });
    }
  }
  return documents;
}

const countWords = (documents: readonly SourceDocument[]) => documents.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);

async function worker(kind: string): Promise<void> {
  const documents = corpus();
  const words = countWords(documents);
  const started = process.hrtime.bigint();
  let detail = '';
  if (kind === 'kgraph') {
    const graph = buildGraphFromDocuments(documents);
    detail = `${graph.order} nodes, ${graph.size} edges`;
  } else {
    const { default: nlp } = await import('compromise');
    let found = 0;
    for (const document of documents) {
      const doc = nlp(document.text);
      found += doc.people().length + doc.places().length + doc.organizations().length;
    }
    detail = `${found} names`;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ kind, words, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, detail }));
}

function runWorker(kind: string): { kind: string; words: number; seconds: number; maxRssMb: number; detail: string } {
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const result = spawnSync(tsx, [fileURLToPath(import.meta.url), '--worker', kind, '--copies', String(copies)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${kind} worker failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

if (process.argv.includes('--worker')) {
  await worker(argValue('--worker', 'kgraph'));
} else {
  console.log(`corpus: ${copies} copies of the ${readdirSync(seedsDir).length} seed articles`);
  const rows = ['kgraph', 'compromise'].map(runWorker);
  for (const row of rows) {
    console.log(
      `${row.kind.padEnd(11)} ${row.words} words in ${row.seconds.toFixed(2)} s = ${Math.round(row.words / row.seconds).toLocaleString('en')} words/s, peak RSS ${row.maxRssMb.toFixed(0)} MB (${row.detail})`,
    );
  }
  const [ours, baseline] = rows;
  console.log(`speed ratio kgraph/compromise: ${(ours.words / ours.seconds / (baseline.words / baseline.seconds)).toFixed(2)}× (one core each, same corpus, same run)`);
}
