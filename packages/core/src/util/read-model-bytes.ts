import { readFileSync } from 'node:fs';
import { KgraphError } from '../errors.js';

/** A model file's bytes; a file that cannot be read is one line for the user, naming the model and why. */
export function readModelBytes(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new KgraphError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}
