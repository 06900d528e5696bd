/**
 * `kgraph eval parse FILE.conllu [--json] [--model PATH]`: tags, lemmatises
 * and parses every sentence of a CoNLL-U file from its gold words and scores
 * UPOS, lemma, UAS and LAS over all words, punctuation included (multiword
 * token ranges and empty nodes skipped, as the CoNLL 2018 shared task does).
 */
import { resolve } from 'node:path';
import type { CommandIO, ParsedArgs } from '../command.js';
import { readConlluFile } from '../../nlp/parse/conllu.js';
import { loadParserModel, readParserModel } from '../../nlp/parse/load.js';
import { scoreParser } from '../../nlp/parse/train.js';

const percent = (x: number): string => (100 * x).toFixed(2).padStart(6);

export async function runParseEval(file: string, args: ParsedArgs, io: CommandIO): Promise<number> {
  const sentences = await readConlluFile(resolve(io.cwd, file));
  const modelPath = args.values.model;
  const model = typeof modelPath === 'string' ? readParserModel(resolve(io.cwd, modelPath)) : loadParserModel();
  const score = scoreParser(model, sentences);
  if (args.values.json) {
    io.stdout.write(`${JSON.stringify({ upos: score.upos, lemma: score.lemma, uas: score.uas, las: score.las, words: score.words, sentences: sentences.length })}\n`);
  } else {
    io.stdout.write(
      [
        `Parse scores for ${file} (${sentences.length} sentences, ${score.words} words, gold tokenisation)`,
        `UPOS   ${percent(score.upos)}`,
        `lemma  ${percent(score.lemma)}`,
        `UAS    ${percent(score.uas)}`,
        `LAS    ${percent(score.las)}`,
      ].join('\n') + '\n',
    );
  }
  return 0;
}
