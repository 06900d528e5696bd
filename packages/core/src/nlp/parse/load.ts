/**
 * Loading the shipped parser model (packages/core/models/parser-ud-ewt.bin.gz),
 * once per process, on first use. The parser reads words through the NER
 * model's word classes and clusters, so that model is loaded too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readModelBytes } from '../../util/read-model-bytes.js';
import { loadNerModel } from '../ner/load.js';
import { decodeParserModel } from './model-file.js';
import { ParserModel } from './model.js';
import { VerbDictionary } from './verb-dictionary.js';
import { WordCategories } from './word-categories.js';

/** Where the shipped model lives: three folders up from src/nlp/parse or dist/nlp/parse. */
export const SHIPPED_PARSER_PATH = fileURLToPath(new URL('../../../models/parser-ud-ewt.bin.gz', import.meta.url));

/** The lemmatiser's dictionary of verbs (scripts/verb-lemmas.ts). */
export const VERB_LEMMAS_PATH = fileURLToPath(new URL('../../../models/verb-lemmas.txt', import.meta.url));

/** The tagger's dictionary of parts of speech (scripts/word-categories.ts). */
export const WORD_CATEGORIES_PATH = fileURLToPath(new URL('../../../models/word-categories.txt.gz', import.meta.url));

let shipped: ParserModel | undefined;
let verbs: VerbDictionary | undefined;
let categories: WordCategories | undefined;

/** The shipped dictionary of verbs, read on the first call. */
export function loadVerbDictionary(): VerbDictionary {
  verbs ??= new VerbDictionary(readFileSync(VERB_LEMMAS_PATH, 'utf8'));
  return verbs;
}

/** The shipped dictionary of parts of speech, read on the first call. */
export function loadWordCategories(): WordCategories {
  categories ??= new WordCategories(gunzipSync(readModelBytes(WORD_CATEGORIES_PATH, 'word categories')).toString('utf8'), loadVerbDictionary());
  return categories;
}

/** Reads a parser model file; its lemmatiser checks verbs against the shipped dictionary. */
export function readParserModel(path: string): ParserModel {
  const bytes = readModelBytes(path, 'parser model');
  const data = decodeParserModel(bytes, path);
  return new ParserModel({ ...data, lemmatiser: data.lemmatiser.withVerbs(loadVerbDictionary()) }, loadNerModel().data.wordClasses, loadWordCategories());
}

/** The shipped UD English EWT model, loaded on the first call and cached. */
export function loadParserModel(): ParserModel {
  shipped ??= readParserModel(SHIPPED_PARSER_PATH);
  return shipped;
}
