/**
 * CoNLL-U reading. In: the text of a CoNLL-U file. Out: sentences of
 * syntactic words (form, lemma, UPOS, XPOS, head, relation). As the CoNLL 2018
 * shared task scores them, multiword-token range lines ("3-4 don't") and empty
 * nodes ("5.1") are skipped: the words inside a range are the ones scored.
 */
import { KgraphError } from '../../errors.js';
import { readTextFile } from '../../util/read-text-file.js';

export interface UdSentence {
  forms: string[];
  lemmas: string[];
  upos: string[];
  xpos: string[];
  /** Head of each word: 0 for the root, else the 1-based index of its head. */
  heads: number[];
  deprels: string[];
}

function emptySentence(): UdSentence {
  return { forms: [], lemmas: [], upos: [], xpos: [], heads: [], deprels: [] };
}

/** Parses CoNLL-U text; `source` names the file in errors. */
export function parseConllu(text: string, source = 'CoNLL-U'): UdSentence[] {
  const sentences: UdSentence[] = [];
  let current = emptySentence();
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      if (current.forms.length > 0) sentences.push(current);
      current = emptySentence();
      continue;
    }
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns.length < 8) throw new KgraphError(`${source}:${n + 1}: expected 10 tab-separated columns, found ${columns.length}.`);
    const id = columns[0]!;
    if (id.includes('-') || id.includes('.')) continue;
    current.forms.push(columns[1]!);
    current.lemmas.push(columns[2]!);
    current.upos.push(columns[3]!);
    current.xpos.push(columns[4]!);
    const head = Number(columns[6]);
    current.heads.push(Number.isInteger(head) ? head : 0);
    current.deprels.push(columns[7]!);
  }
  if (current.forms.length > 0) sentences.push(current);
  return sentences;
}

/** Reads and parses a CoNLL-U file. */
export async function readConlluFile(path: string): Promise<UdSentence[]> {
  const text = await readTextFile(path, 'CoNLL-U file');
  return parseConllu(text, path);
}
