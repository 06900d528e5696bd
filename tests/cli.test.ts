import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runKgraph } from './support/kgraph-cli.js';

describe('the kgraph command', () => {
  it('is installed in node_modules/.bin so `npx kgraph` works after npm install', () => {
    const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/kgraph'), ['--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists every command in --help', () => {
    const run = runKgraph(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['build', 'stats', 'export', 'query', 'sync', 'view', 'eval']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('answers an unknown command or option with one line and exit code 2', () => {
    const unknownCommand = runKgraph(['frobnicate']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toBe('kgraph: unknown command "frobnicate". Run `kgraph --help` for the list.\n');
    const unknownOption = runKgraph(['build', 'seeds', '--colour']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknownOption.stderr).toMatch(/^kgraph build: Unknown option '--colour'/);
  });

  it('reports a missing build in one line', () => {
    const run = runKgraph(['stats', 'no-such-folder']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('kgraph stats: no-such-folder does not exist. Build a graph first: kgraph build <inputs> --out no-such-folder');
  });
});

describe('the README', () => {
  it('has a reference row for every command the CLI has', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const commands = [...runKgraph(['--help']).stdout.matchAll(/^  (\w+) /gm)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) expect(readme).toContain(`| \`kgraph ${command}`);
  });
});
