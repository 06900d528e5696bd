#!/usr/bin/env node
import { runCli } from './run-cli.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

const code = await runCli(process.argv.slice(2), COMMANDS, VERSION, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
