/**
 * `kgraph eval ner FILE [--json] [--model PATH]`: tags a CoNLL file (IOB1 or
 * IOB2, 2 or 4 columns) with the NER model and scores it against the file's
 * own tags: entity precision, recall and F1, overall and per type, exact span
 * and type (conlleval semantics). `eval parse` and `eval relations` live in
 * their own modules (eval-parse.ts, eval-relations.ts, eval-events.ts).
 */
import { resolve } from 'node:path';
import type { CommandIO, CommandSpec, ParsedArgs } from '../command.js';
import { KgraphError } from '../../errors.js';
import { readConllFile } from '../../nlp/ner/conll.js';
import { loadNerModel, readNerModel } from '../../nlp/ner/load.js';
import type { EntityScore } from '../../nlp/ner/score.js';
import { evaluateModel } from '../../nlp/ner/train.js';
import { runEventEval } from './eval-events.js';
import { runParseEval } from './eval-parse.js';
import { runRelationEval } from './eval-relations.js';

/** The evaluations other than NER, each in its own module. */
const OTHER_EVALS: Record<string, (file: string, args: ParsedArgs, io: CommandIO) => Promise<number>> = { parse: runParseEval, relations: runRelationEval, events: runEventEval };

const percent = (x: number): string => (100 * x).toFixed(2).padStart(6);

function formatTable(file: string, score: EntityScore): string {
  const rows = [
    `NER scores for ${file} (exact span and type)`,
    `${'type'.padEnd(8)} precision  recall      F1`,
    `${'overall'.padEnd(8)}    ${percent(score.precision)}  ${percent(score.recall)}  ${percent(score.f1)}`,
    ...Object.entries(score.perType).map(
      ([type, s]) => `${type.padEnd(8)}    ${percent(s.precision)}  ${percent(s.recall)}  ${percent(s.f1)}`,
    ),
  ];
  return rows.join('\n') + '\n';
}

export const evalCommand: CommandSpec = {
  name: 'eval',
  summary: 'score the NER tagger (CoNLL), the parser (CoNLL-U), the relations (a relation gold) or the events (PLOVER-coded sentences)',
  usage: 'kgraph eval ner|parse|relations|events FILE [--json] [--model PATH] [--errors]',
  details:
    'Tags every sentence of FILE (document by document) and compares the entities with the file\'s last column.\n' +
    'FILE: one token per line, tag last (IOB1 or IOB2), 2 or 4 columns, blank lines between sentences,\n' +
    '-DOCSTART- between documents. An entity counts only with exact start, end and type.\n' +
    'eval relations NAME.gold.jsonl: builds NAME.articles.jsonl and scores the typed edges whose evidence lies in\n' +
    'each gold sentence: type, ends (a name of the entity over the gold span) and direction for directed types.\n' +
    'STATEMENT_ABOUT and RELATED_TO are not scored (--json: {precision, recall, f1, perType, wrongType, reversed, ...});\n' +
    '--errors also lists, sentence by sentence, each missed gold relation and each prediction that matched none.\n' +
    'eval parse FILE.conllu: tags, lemmatises and parses the gold words of FILE and prints UPOS, lemma, UAS and LAS\n' +
    'accuracy over all words, punctuation included (--json: {upos, lemma, uas, las, words, sentences}).\n' +
    'eval events FILE.tsv: one coded sentence a line, TYPE<TAB>ACTOR<TAB>RECIPIENT<TAB>SENTENCE (a PLOVER event type, the\n' +
    'two parties as written); builds each sentence as a document and counts the rows whose sentence gives an edge from\n' +
    'the actor to the recipient (either way if symmetric) with that plover type (--json: {rows, found, recall, perType,\n' +
    'missed}); --errors lists the rows not found.',
  options: {
    json: { type: 'boolean', description: 'print one JSON object ({precision, recall, f1, perType} for ner)' },
    model: { type: 'string', value: 'PATH', description: 'a model file instead of the shipped one' },
    errors: { type: 'boolean', description: 'eval relations: list the missed and the unmatched relations of each sentence; eval events: the rows not found' },
  },
  async run(args, io) {
    const [what, file, ...rest] = args.positionals;
    const other = what !== undefined && Object.hasOwn(OTHER_EVALS, what) ? OTHER_EVALS[what] : undefined;
    if (other) {
      if (!file) throw new KgraphError(`missing FILE: kgraph eval ${what} FILE.`);
      if (rest.length > 0) throw new KgraphError(`one file at a time; unexpected "${rest[0]}".`);
      return other(file, args, io);
    }
    if (what !== 'ner') throw new KgraphError(`expected "kgraph eval ner|parse|relations|events FILE"${what ? `, got "${what}"` : ''}.`);
    if (!file) throw new KgraphError('missing FILE: kgraph eval ner FILE.');
    if (rest.length > 0) throw new KgraphError(`one file at a time; unexpected "${rest[0]}".`);
    const documents = await readConllFile(resolve(io.cwd, file));
    const modelPath = args.values.model;
    const model = typeof modelPath === 'string' ? readNerModel(resolve(io.cwd, modelPath)) : loadNerModel();
    const score = evaluateModel(model, documents);
    io.stdout.write(args.values.json ? `${JSON.stringify(score)}\n` : formatTable(file, score));
    return 0;
  },
};
