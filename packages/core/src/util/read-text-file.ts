import { readFile } from 'node:fs/promises';
import { KgraphError } from '../errors.js';

/** A data file's text (UTF-8); one that cannot be read is one line for the user, naming the kind of file and why. */
export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (error as Error).message;
    throw new KgraphError(`cannot read ${what} ${path}: ${reason}.`);
  }
}
