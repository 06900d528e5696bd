/**
 * Parses argv, dispatches to a command and turns errors into one clear line
 * and an exit code. Kept free of `process` so tests can run it in-process.
 */
import { parseArgs } from 'node:util';
import type { CommandIO, CommandSpec } from './command.js';
import { KgraphError } from '../errors.js';
import { formatCommandHelp, formatMainHelp } from './help.js';

export async function runCli(
  argv: readonly string[],
  commands: readonly CommandSpec[],
  version: string,
  io: CommandIO,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(formatMainHelp(commands, version));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`kgraph: unknown command "${name}". Run \`kgraph --help\` for the list.\n`);
    return 2;
  }
  try {
    const options = Object.fromEntries(
      Object.entries(command.options).map(([key, spec]) => [
        key,
        { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) },
      ]),
    );
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        allowNegative: true,
        strict: true,
      });
    } catch (error) {
      throw new KgraphError(`${(error as Error).message.replace(/\. To specify.*$/s, '')}. See \`kgraph ${name} --help\`.`);
    }
    if (parsed.values.help) {
      io.stdout.write(formatCommandHelp(command));
      return 0;
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values }, io);
  } catch (error) {
    if (error instanceof KgraphError) {
      io.stderr.write(`kgraph ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`kgraph ${name}: unexpected error: ${message}\n`);
    if (io.env.KGRAPH_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('Set KGRAPH_DEBUG=1 to see the stack trace.\n');
    return 1;
  }
}
