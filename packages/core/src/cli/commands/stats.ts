/** `kgraph stats [DIR]`: what a build holds, without opening it. */
import { formatSummary, summarizeGraph } from '../../graph/summary.js';
import { readGraph } from '../../io/graph-json.js';
import type { CommandSpec } from '../command.js';

export const statsCommand: CommandSpec = {
  name: 'stats',
  summary: 'summarise a built graph: entities and relations by type, the most prominent entities and concepts (by the measure it names)',
  usage: 'kgraph stats [DIR] [--top N] [--json]',
  options: {
    top: { type: 'string', value: 'N', description: 'how many prominent entities to list', default: '10' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  async run({ positionals, values }, io) {
    const graph = readGraph(positionals[0] ?? 'out');
    const top = Math.max(1, Number(values.top ?? 10) || 10);
    const summary = summarizeGraph(graph, top);
    io.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`);
    return 0;
  },
};
