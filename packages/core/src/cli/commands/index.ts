/** Every CLI command, in the order `kgraph --help` lists them. */
import type { CommandSpec } from '../command.js';
import { buildCommand } from './build.js';
import { statsCommand } from './stats.js';
import { viewCommand } from './view.js';
import { exportCommand } from './export.js';
import { evalCommand } from './eval.js';
import { queryCommand } from './query.js';
import { syncCommand } from './sync.js';

export const COMMANDS: readonly CommandSpec[] = [
  buildCommand,
  statsCommand,
  exportCommand,
  queryCommand,
  syncCommand,
  evalCommand,
  viewCommand,
];
