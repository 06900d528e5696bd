/**
 * Loading the shipped model (packages/core/models/ner-conll2003.bin.gz),
 * once per process, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KgraphError } from '../../errors.js';
import { decodeModel } from './model-file.js';
import { NerModel } from './model.js';

/** Where the shipped model lives: three folders up from src/nlp/ner or dist/nlp/ner. */
export const SHIPPED_MODEL_PATH = fileURLToPath(new URL('../../../models/ner-conll2003.bin.gz', import.meta.url));

let shipped: NerModel | undefined;

/** Reads a model file. */
export function readNerModel(path: string): NerModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new KgraphError(`cannot read NER model ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  return new NerModel(decodeModel(bytes, path));
}

/** The shipped CoNLL-2003 model, loaded on the first call and cached. */
export function loadNerModel(): NerModel {
  shipped ??= readNerModel(SHIPPED_MODEL_PATH);
  return shipped;
}
