/**
 * How a CLI command is declared. Commands are data: the argument parser and
 * `--help` are generated from these declarations, and a test checks that the
 * README's reference names every command.
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** Shown in --help; the command applies it itself. */
  default?: string | boolean;
  multiple?: boolean;
  /** Placeholder shown in --help, e.g. DIR. */
  value?: string;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

/** Where a command writes. Passed in so tests can capture output. */
export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** e.g. "kgraph build <inputs...> [--out DIR]" */
  usage: string;
  /** Longer help text shown under the usage line. */
  details?: string;
  options: Record<string, OptionSpec>;
  /** Returns the process exit code. Throws KgraphError for bad input. */
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}
