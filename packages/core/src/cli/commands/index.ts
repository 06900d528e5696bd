/** Every CLI command, in the order `kgraph --help` lists them. */
import type { CommandSpec } from '../command.js';

export const COMMANDS: readonly CommandSpec[] = [];
