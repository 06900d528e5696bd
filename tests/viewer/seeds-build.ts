/**
 * The graph the viewer tests look at: the real build of seeds/, made by the
 * CLI the user runs (`kgraph build seeds --out DIR`), into a fresh folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, REPO } from './harness.js';

export function buildSeedsGraph(): string {
  const out = mkdtempSync(join(tmpdir(), 'kgraph-viewer-seeds-'));
  execFileSync(process.execPath, [CLI, 'build', join(REPO, 'seeds'), '--out', out, '--formats', 'json', '--quiet'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
  return out;
}
