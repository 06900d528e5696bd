/**
 * Runs the CLI's commands in this test process, from the TypeScript sources,
 * with an empty environment: for commands whose output a test reads whole.
 */
import { PassThrough } from 'node:stream';
import { COMMANDS } from '../../packages/core/src/cli/commands/index.js';
import { runCli } from '../../packages/core/src/cli/run-cli.js';
import type { CliRun } from './kgraph-cli.js';

export async function runKgraphInProcess(cwd: string, ...argv: string[]): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const code = await runCli(argv, COMMANDS, 'test', { stdout, stderr, env: {}, cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
