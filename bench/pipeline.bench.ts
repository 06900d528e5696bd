/**
 * The whole build over the Brown corpus (bench/brown-corpus.ts) at several
 * sizes — 1×, 4× and 16× by default, each copy a distinct document — with
 * time per stage, words per second and peak memory; and, over the same 1×
 * text in the same run, a baseline: compromise, the JavaScript NLP library,
 * finding people, places and organisations. Each size and the baseline run
 * in a process of their own, so each peak RSS is that run's own.
 *
 *   npm run bench -- pipeline                      # 1×, 4×, 16×
 *   npm run bench -- pipeline --scales 1 --json    # last line: one JSON object
 *   npm run bench -- pipeline --threads 1          # extraction in one thread (default: one per core)
 *   npm run bench -- pipeline --incremental        # a build of 1×, then the same folder with 5 files added
 *
 * `--incremental` times whole `kgraph build` processes of the built CLI (`npm run build` first): a build of
 * 1× into an empty folder, then, into that folder, a build of the same files and 5 new ones (the first five
 * samples' second copies), which takes the other 500 from the extraction and relation caches; then a clean build
 * of all 505 (`--no-cache`), whose outputs the rebuild's must equal byte for byte. Each is timed in wall and CPU
 * seconds (the CPU of the finished child, as Linux counts it), and the figure is the rebuild's CPU over the clean
 * build's. `--rounds N` repeats the three.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildGraph } from '../packages/core/src/build.js';
import { writeBuildOutputs } from '../packages/core/src/io/write-outputs.js';
import { brownTexts, countWords } from './brown-corpus.js';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,4,16' },
    worker: { type: 'string' },
    scale: { type: 'string', default: '1' },
    threads: { type: 'string' },
    json: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '1' },
  },
  allowPositionals: true,
  // `npm run bench -- <filter> --flags` hands every bench the same flags; ignore the ones meant for others.
  strict: false,
});

const STAGES = ['ingest', 'nlp', 'resolve', 'relate', 'assemble', 'metrics', 'layout', 'export'] as const;
type Stage = (typeof STAGES)[number];

interface Run {
  kind: 'kgraph' | 'compromise';
  scale: number;
  documents: number;
  words: number;
  seconds: number;
  /** User + system CPU time of the whole process: less swayed than wall time by other jobs on the machine. */
  cpuSeconds: number;
  peakRssMB: number;
  stages: Partial<Record<Stage, number>>;
  /** CPU seconds per stage. */
  stagesCpu: Partial<Record<Stage, number>>;
  /** Peak RSS so far (MB) as each stage ends: the stage where it jumps is the one that set the peak. */
  stagesPeakRssMB: Partial<Record<Stage, number>>;
  detail: string;
}

const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Writes the corpus as .txt files, then times a build the way `kgraph build` runs it (per-document extraction
 * on `threads` worker threads, no cache), stage by stage. CPU time is the whole process's, workers included.
 */
async function kgraphRun(scale: number, threads: number): Promise<Run> {
  const work = mkdtempSync(join(tmpdir(), 'kgraph-bench-'));
  try {
    const inputs = join(work, 'in');
    mkdirSync(inputs);
    let words = 0;
    for (const { name, text } of brownTexts(scale)) {
      writeFileSync(join(inputs, name), text);
      words += countWords(text);
    }
    const stages: Partial<Record<Stage, number>> = {};
    const stagesCpu: Partial<Record<Stage, number>> = {};
    const stagesPeakRssMB: Partial<Record<Stage, number>> = {};
    let mark = performance.now();
    let cpuMark = cpuSeconds();
    const lap = (stage: Stage) => {
      const now = performance.now();
      const cpuNow = cpuSeconds();
      stages[stage] = (stages[stage] ?? 0) + (now - mark) / 1000;
      stagesCpu[stage] = (stagesCpu[stage] ?? 0) + (cpuNow - cpuMark);
      stagesPeakRssMB[stage] = peakRssMB();
      mark = now;
      cpuMark = cpuNow;
    };
    const started = mark;
    const cpuStarted = cpuSeconds();
    // The build reports each stage as it ends.
    const { graph, documents } = await buildGraph([inputs], { threads, onStageTime: (stage) => lap(stage) });
    writeBuildOutputs(graph, join(work, 'out'), ['json', 'gexf', 'graphml']);
    lap('export');
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds() - cpuStarted;
    return { kind: 'kgraph', scale, documents: documents.length, words, seconds, cpuSeconds: cpu, peakRssMB: peakRssMB(), stages, stagesCpu, stagesPeakRssMB, detail: `${graph.order} nodes, ${graph.size} edges` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function compromiseRun(): Promise<Run> {
  const texts = brownTexts(1);
  const words = texts.reduce((sum, { text }) => sum + countWords(text), 0);
  const { default: nlp } = await import('compromise');
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  let found = 0;
  for (const { text } of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { kind: 'compromise', scale: 1, documents: texts.length, words, seconds, cpuSeconds: cpuSeconds() - cpuStarted, peakRssMB: peakRssMB(), stages: {}, stagesCpu: {}, stagesPeakRssMB: {}, detail: `${found} names` };
}

const threads = Number(values.threads ?? availableParallelism());

function inChildProcess(kind: string, scale: number): Run {
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const args = [fileURLToPath(import.meta.url), '--worker', kind, '--scale', String(scale), '--threads', String(threads)];
  const result = spawnSync(tsx, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`pipeline bench: the ${kind} ${scale}× run failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Run;
}

const seconds = (value: number | undefined) => `${(value ?? 0).toFixed(2)}`.padStart(7);

/** The outputs a rebuild must give exactly as a clean build does. */
const COMPARED_FILES = ['graph.json', 'graph.gexf', 'graph.graphml', 'documents.jsonl'];
const ADDED_FILES = 5;

interface Timed {
  seconds: number;
  /** User + system CPU seconds of the build process: less swayed than wall time by other jobs on the machine. */
  cpuSeconds: number;
}

interface IncrementalRound {
  full: Timed;
  incremental: Timed;
  clean: Timed;
  /** Outputs of the rebuild that differ from the clean build's. */
  differing: string[];
}

/** CPU seconds of this process's finished children, as Linux counts them (/proc/self/stat, in ticks of 1/100 s); NaN elsewhere. */
function childrenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // cutime and cstime are the 16th and 17th fields of the whole line, the 14th and 15th after the command's name.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Wall and CPU seconds of one `kgraph build` process; a failed build ends the bench. */
function timedBuild(cli: string, input: string, out: string, ...flags: string[]): Timed {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const result = spawnSync(process.execPath, [cli, 'build', input, '--out', out, '--quiet', '--threads', String(threads), ...flags], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`pipeline bench: kgraph build ${input} failed: ${result.stderr}`);
  return { seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore };
}

function incrementalRound(cli: string): IncrementalRound {
  const work = mkdtempSync(join(tmpdir(), 'kgraph-bench-'));
  try {
    const inputs = join(work, 'in');
    mkdirSync(inputs);
    for (const { name, text } of brownTexts(1)) writeFileSync(join(inputs, name), text);
    const out = join(work, 'out');
    const full = timedBuild(cli, inputs, out);
    for (const { name, text } of brownTexts(2).slice(500, 500 + ADDED_FILES)) writeFileSync(join(inputs, name), text);
    const incremental = timedBuild(cli, inputs, out);
    const cleanOut = join(work, 'clean');
    const clean = timedBuild(cli, inputs, cleanOut, '--no-cache');
    const differing = COMPARED_FILES.filter((file) => !readFileSync(join(out, file)).equals(readFileSync(join(cleanOut, file))));
    return { full, incremental, clean, differing };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function incrementalBench(): void {
  const cli = fileURLToPath(new URL('../packages/core/dist/cli/main.js', import.meta.url));
  if (!existsSync(cli)) {
    console.log('skipped: the incremental scenario times the built CLI; run `npm run build` first');
    return;
  }
  console.log(`Brown corpus 1× and 5 files more, ${availableParallelism()} cores, extraction on ${threads} threads; seconds of whole \`kgraph build\` processes, wall / CPU:`);
  console.log('round  full 1×          +5 files         clean 505        +5 / clean, CPU  rebuild = clean');
  const both = (timed: Timed) => `${seconds(timed.seconds)} /${seconds(timed.cpuSeconds)}`;
  const rounds = Array.from({ length: Number(values.rounds) }, (_, round) => {
    const run = incrementalRound(cli);
    const same = run.differing.length ? `no: ${run.differing.join(', ')} differ` : `yes (${COMPARED_FILES.join(', ')})`;
    const ratio = run.incremental.cpuSeconds / run.clean.cpuSeconds;
    console.log(`${String(round + 1).padEnd(5)}  ${both(run.full)}  ${both(run.incremental)}  ${both(run.clean)}  ${ratio.toFixed(3).padStart(15)}  ${same}`);
    return { ...run, ratio };
  });
  if (values.json) console.log(JSON.stringify({ cores: availableParallelism(), threads, rounds }));
  // A rebuild that differs from a clean build is a broken build, not a slow one.
  if (rounds.some((run) => run.differing.length)) process.exitCode = 1;
}

if (values.incremental && !values.worker) {
  incrementalBench();
} else if (values.worker) {
  const run = values.worker === 'kgraph' ? await kgraphRun(Number(values.scale), threads) : await compromiseRun();
  console.log(JSON.stringify(run));
} else {
  const scales = String(values.scales).split(',').map(Number);
  const wps = (run: Run) => run.words / run.seconds;
  console.log(`Brown corpus, ${availableParallelism()} cores, extraction on ${threads} threads; seconds per stage:`);
  console.log(`scale  docs      words ${STAGES.map((s) => s.padStart(7)).join(' ')}   total     cpu  words/s  peak RSS`);
  // Each line as soon as its run ends: the 16× run takes many minutes.
  const runs = scales.map((scale) => {
    const run = inChildProcess('kgraph', scale);
    console.log(
      `${`${run.scale}×`.padEnd(5)} ${String(run.documents).padStart(5)} ${String(run.words).padStart(10)} ${STAGES.map((s) => seconds(run.stages[s])).join(' ')} ${seconds(run.seconds)} ${seconds(run.cpuSeconds)} ${Math.round(wps(run)).toLocaleString('en').padStart(8)} ${String(run.peakRssMB).padStart(6)} MB  (${run.detail})`,
    );
    console.log(`      peak RSS (MB) as each stage ends: ${STAGES.map((s) => `${s} ${run.stagesPeakRssMB[s] ?? '-'}`).join(', ')}`);
    return run;
  });
  const baseline = inChildProcess('compromise', 1);
  console.log(`compromise 1×: ${baseline.words} words in ${baseline.seconds.toFixed(2)} s (${baseline.cpuSeconds.toFixed(2)} s CPU) = ${Math.round(wps(baseline)).toLocaleString('en')} words/s, peak RSS ${baseline.peakRssMB} MB (${baseline.detail})`);
  const first = runs[0];
  console.log(`speed ratio kgraph/compromise at ${first.scale}×: ${(wps(first) / wps(baseline)).toFixed(2)}× by wall time, ${(first.words / first.cpuSeconds / (baseline.words / baseline.cpuSeconds)).toFixed(2)}× by CPU time (same text, same run)`);
  console.log(
    `layout share at ${first.scale}×: ${((100 * (first.stages.layout ?? 0)) / first.seconds).toFixed(1)} % of the build's wall time, ` +
      `${((100 * (first.stagesCpu.layout ?? 0)) / first.cpuSeconds).toFixed(1)} % of its CPU time`,
  );
  for (const run of runs.slice(1)) {
    console.log(`${run.scale}× vs ${first.scale}×: time ${(run.seconds / first.seconds).toFixed(1)}× (CPU ${(run.cpuSeconds / first.cpuSeconds).toFixed(1)}×), peak RSS ${(run.peakRssMB / first.peakRssMB).toFixed(1)}×`);
  }
  if (values.json) {
    console.log(
      JSON.stringify({
        wordsPerSecond: Math.round(wps(first)),
        baselineWordsPerSecond: Math.round(wps(baseline)),
        peakRssMB: first.peakRssMB,
        cores: availableParallelism(),
        threads,
        stages: first.stages,
        scales: runs,
        baseline,
      }),
    );
  }
}
