/**
 * Loading the shipped parser model (packages/core/models/parser-ud-ewt.bin.gz),
 * once per process, on first use. The parser reads words through the NER
 * model's word classes and clusters, so that model is loaded too.
 */
import { fileURLToPath } from 'node:url';
import { readModelBytes } from '../../util/read-model-bytes.js';
import { loadNerModel } from '../ner/load.js';
import { decodeParserModel } from './model-file.js';
import { ParserModel } from './model.js';

/** Where the shipped model lives: three folders up from src/nlp/parse or dist/nlp/parse. */
export const SHIPPED_PARSER_PATH = fileURLToPath(new URL('../../../models/parser-ud-ewt.bin.gz', import.meta.url));

let shipped: ParserModel | undefined;

/** Reads a parser model file. */
export function readParserModel(path: string): ParserModel {
  const bytes = readModelBytes(path, 'parser model');
  return new ParserModel(decodeParserModel(bytes, path), loadNerModel().data.wordClasses);
}

/** The shipped UD English EWT model, loaded on the first call and cached. */
export function loadParserModel(): ParserModel {
  shipped ??= readParserModel(SHIPPED_PARSER_PATH);
  return shipped;
}
