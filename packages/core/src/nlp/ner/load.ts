/**
 * Loading the shipped model (packages/core/models/ner-conll2003.bin.gz),
 * once per process, on first use.
 */
import { fileURLToPath } from 'node:url';
import { readModelBytes } from '../../util/read-model-bytes.js';
import { decodeModel } from './model-file.js';
import { NerModel } from './model.js';

/** Where the shipped model lives: three folders up from src/nlp/ner or dist/nlp/ner. */
export const SHIPPED_MODEL_PATH = fileURLToPath(new URL('../../../models/ner-conll2003.bin.gz', import.meta.url));

let shipped: NerModel | undefined;

/** Reads a model file. */
export function readNerModel(path: string): NerModel {
  const bytes = readModelBytes(path, 'NER model');
  return new NerModel(decodeModel(bytes, path));
}

/** The shipped CoNLL-2003 model, loaded on the first call and cached. */
export function loadNerModel(): NerModel {
  shipped ??= readNerModel(SHIPPED_MODEL_PATH);
  return shipped;
}
