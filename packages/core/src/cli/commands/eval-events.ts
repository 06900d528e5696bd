/**
 * `kgraph eval events FILE.tsv [--json] [--errors]`: builds each coded sentence as a document of its own and
 * scores how many of the rows' events the graph states (eval/event-set.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGraphFromDocuments } from '../../build.js';
import { parseEventSet, scoreEventSet, type EventRow, type EventSetScore, type FoundEvent } from '../../eval/event-set.js';
import type { SourceDocument } from '../../ingest/index.js';
import type { KnowledgeGraph } from '../../io/graph-json.js';
import { loadGazetteer } from '../../nlp/gazetteer.js';
import { isSymmetric, type RelationType } from '../../vocabulary/relation-types.js';
import type { CommandIO, ParsedArgs } from '../command.js';

const percent = (x: number): string => (100 * x).toFixed(2).padStart(6);

function formatTable(file: string, score: EventSetScore): string {
  const row = (name: string, found: number, rows: number) => `${name.padEnd(10)}${String(found).padStart(6)}  ${String(rows).padStart(5)}  ${percent(rows ? found / rows : 0)}`;
  return [
    `Event scores for ${file} (rows whose actor, recipient and PLOVER type an edge of their sentence states)`,
    `${'type'.padEnd(10)} found   rows  recall`,
    row('overall', score.found, score.rows),
    ...Object.entries(score.perType).map(([type, s]) => row(type, s.found, s.rows)),
  ].join('\n') + '\n';
}

/** The typed edges of each row's document. */
function eventsByRow(graph: KnowledgeGraph, rows: readonly EventRow[]): FoundEvent[][] {
  const rowOf = new Map(rows.map((row, i) => [`row-${row.line}`, i]));
  const byRow: FoundEvent[][] = rows.map(() => []);
  const names = (node: string): string[] => {
    const { label, aliases } = graph.getNodeAttributes(node);
    return [label, ...(aliases ?? [])];
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!attributes.plover) return;
    const found = { plover: attributes.plover, symmetric: isSymmetric(attributes.type as RelationType), sourceNames: names(source), targetNames: names(target) };
    for (const doc of attributes.documents ?? []) {
      const i = rowOf.get(doc);
      if (i !== undefined) byRow[i]!.push(found);
    }
  });
  return byRow;
}

export async function runEventEval(file: string, args: ParsedArgs, io: CommandIO): Promise<number> {
  const rows = parseEventSet(readFileSync(resolve(io.cwd, file), 'utf8'), file);
  const documents: SourceDocument[] = rows.map((row) => ({ id: `row-${row.line}`, title: `Line ${row.line}`, text: `${row.sentence}\n`, source: `${file}#${row.line}` }));
  const graph = buildGraphFromDocuments(documents);
  const found = eventsByRow(graph, rows);
  const score = scoreEventSet(rows, found, loadGazetteer({ withAliases: true }));
  if (args.values.errors && !args.values.json) {
    const missed = new Set(score.missed);
    const lines = rows.filter((row) => missed.has(row.line)).map((row) => `${row.line} ${row.type} ${row.actor} -> ${row.recipient}: ${row.sentence}`);
    if (lines.length) io.stdout.write(`${lines.join('\n')}\n\n`);
  }
  io.stdout.write(args.values.json ? `${JSON.stringify(score)}\n` : formatTable(file, score));
  return 0;
}
