/** Every CLI command, in the order `kgraph --help` lists them. */
import type { CommandSpec } from '../command.js';
import { viewCommand } from './view.js';
import { exportCommand } from './export.js';
import { evalCommand } from './eval.js';

export const COMMANDS: readonly CommandSpec[] = [
  exportCommand,
  evalCommand,
  viewCommand,
];
