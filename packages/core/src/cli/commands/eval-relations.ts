/**
 * `kgraph eval relations GOLD [--json]`: builds the gold's articles with the
 * whole pipeline and scores the typed edges found in each gold sentence.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGraph } from '../../build.js';
import { articlesPathOf, parseRelationGold, predictionsInSentences } from '../../eval/relation-gold.js';
import { matchSentence, scoreRelations, type GoldSentence, type PredictedRelation, type RelationScore } from '../../eval/relation-score.js';
import type { CommandIO, ParsedArgs } from '../command.js';

const percent = (x: number): string => (100 * x).toFixed(2).padStart(6);

function formatTable(file: string, score: RelationScore): string {
  const row = (name: string, s: { precision: number; recall: number; f1: number; correct: number; predicted: number; gold: number }) =>
    `${name.padEnd(18)}${percent(s.precision)}  ${percent(s.recall)}  ${percent(s.f1)}  ${String(s.correct).padStart(7)}  ${String(s.predicted).padStart(9)}  ${String(s.gold).padStart(4)}`;
  return [
    `Relation scores for ${file} (${score.sentences} sentences; typed relations, ends by name over the gold span)`,
    `${'type'.padEnd(18)}precision  recall      F1  correct  predicted  gold`,
    row('overall', score),
    ...Object.entries(score.perType).map(([type, s]) => row(type, s)),
    `wrong type: ${score.wrongType}, reversed: ${score.reversed}`,
  ].join('\n') + '\n';
}

/** Each sentence with a missed gold relation or an unmatched prediction: what was missed and what was found instead. */
function formatErrors(items: readonly { gold: GoldSentence; predicted: readonly PredictedRelation[] }[]): string {
  const lines: string[] = [];
  for (const { gold, predicted } of items) {
    const match = matchSentence(gold, predicted);
    const wrong = match.predictions.filter((p) => p.outcome !== 'correct');
    if (!match.missed.length && !wrong.length) continue;
    lines.push(`#${gold.id} ${gold.sentence}`);
    for (const r of match.missed) lines.push(`  missed  ${r.source.text} -${r.type}${r.modality === 'asserted' ? '' : ` (${r.modality})`}-> ${r.target.text}`);
    for (const { relation, outcome } of wrong) lines.push(`  ${outcome.padEnd(7)} ${relation.source[0]} -${relation.type}-> ${relation.target[0]}`);
  }
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

export async function runRelationEval(file: string, args: ParsedArgs, io: CommandIO): Promise<number> {
  const goldPath = resolve(io.cwd, file);
  const articlesPath = articlesPathOf(goldPath);
  const gold = parseRelationGold(readFileSync(goldPath, 'utf8'), file);
  // Every evidence sentence is kept, so no edge is missed because its evidence list was capped.
  const { graph, documents } = await buildGraph([articlesPath], { evidenceLimit: Number.MAX_SAFE_INTEGER });
  const documentOf = new Map(documents.flatMap((d) => (d.url ? [[d.url, { id: d.id, bodyStart: d.bodyStart }] as const] : [])));
  const predicted = predictionsInSentences(graph, documentOf, gold);
  const items = gold.map((g, i) => ({ gold: g, predicted: predicted[i]! }));
  const score = scoreRelations(items);
  if (args.values.errors && !args.values.json) io.stdout.write(formatErrors(items));
  io.stdout.write(args.values.json ? `${JSON.stringify(score)}\n` : formatTable(file, score));
  return 0;
}
