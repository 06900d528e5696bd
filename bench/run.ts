/**
 * Runs every benchmark: each `bench/<name>.bench.ts` is a standalone script
 * that prints its own report. They run one after another, each in its own
 * `tsx` process (a fresh heap, one core's worth of work at a time), in
 * alphabetical order.
 *
 *   npm run bench                  # all of them
 *   npm run bench -- ner           # only those whose name contains "ner"
 *   npm run bench -- ner --json    # flags after the name filter are passed to each script
 *
 * Convention for a new benchmark: add `bench/<name>.bench.ts`; read data paths
 * from environment variables or flags and print a clear "skipped: …" line when
 * they are absent; report speed as a ratio against a baseline measured in the
 * same run. Exit non-zero only when the benchmark itself breaks.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const filter = args[0] && !args[0].startsWith('-') ? args.shift() : undefined;
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts') && (!filter || name.includes(filter)))
  .sort();
if (benches.length === 0) {
  console.error(`bench: no bench/*.bench.ts${filter ? ` matching "${filter}"` : ''}`);
  process.exit(2);
}
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(tsx, [join(here, name), ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`bench: ${name} exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failed ? 1 : 0);
