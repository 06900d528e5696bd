/**
 * Runs the real `kgraph` CLI (the built packages/core/dist) as a user would,
 * and builds the seeds once per test process for tests that read a build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(REPO_ROOT, 'packages/core/dist/cli/main.js');
export const SEEDS = join(REPO_ROOT, 'seeds');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runKgraph(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function temporaryFolder(prefix = 'kgraph-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let seedsBuild: string | undefined;

/** The folder of a fresh `kgraph build seeds`, made once per test process. */
export function seedsBuildFolder(): string {
  if (seedsBuild) return seedsBuild;
  const out = join(temporaryFolder('kgraph-seeds-'), 'out');
  const run = runKgraph(['build', SEEDS, '--out', out, '--quiet']);
  if (run.code !== 0) throw new Error(`kgraph build seeds failed (${run.code}): ${run.stderr}`);
  seedsBuild = out;
  return out;
}
