/**
 * Writes models/word-case.txt.gz: each word as running news and web text mostly writes it, in lower case or
 * capitalised, counted inside sentences (not at their start, nor after a colon or an opening quote) of the
 * CoNLL-2003 English training set and the UD English EWT training treebank; lines mostly capitalised (headlines)
 * are left out. A headline in title case is read in sentence case by it (src/nlp/sentence-case.ts).
 *
 *   npm run word-case -- --conll eng.train --ud en_ewt-ud-train.conllu
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readConllFile } from '../src/nlp/ner/conll.js';
import { readConlluFile } from '../src/nlp/parse/conllu.js';
import { WORD_CASE_PATH } from '../src/nlp/sentence-case.js';

const { values } = parseArgs({ options: { conll: { type: 'string' }, ud: { type: 'string' }, out: { type: 'string', default: WORD_CASE_PATH } } });
if (!values.conll || !values.ud) {
  console.error('usage: npm run word-case -- --conll CONLL2003_TRAIN --ud EWT_TRAIN_CONLLU');
  process.exit(2);
}

const lower = new Map<string, number>();
const capitalised = new Map<string, number>();
/** Tokens after which a capital says nothing: a sentence or quotation may open there. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '``', "''", "'", '(', '[', '--', '-', '…']);
const WORD = /^\p{L}[\p{L}'’-]*$/u;

function count(words: readonly string[]): void {
  const letters = words.filter((w) => /^\p{L}/u.test(w));
  if (letters.length && letters.filter((w) => /^\p{Lu}/u.test(w)).length / letters.length > 0.6) return;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (!WORD.test(word) || OPENERS.has(words[i - 1]!)) continue;
    // A word in capitals is an acronym or shouting, neither a name's capital nor a common word's case.
    if (word.length > 1 && word === word.toUpperCase()) continue;
    const key = word.toLowerCase();
    const tally = word === key ? lower : /^\p{Lu}/u.test(word) ? capitalised : undefined;
    tally?.set(key, (tally.get(key) ?? 0) + 1);
  }
}

for (const document of await readConllFile(values.conll)) for (const sentence of document.sentences) count(sentence.tokens);
for (const sentence of await readConlluFile(values.ud)) count(sentence.forms);

// Ties go to the capital: a word a name is as often as not is no word to take a headline's capital from.
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const words = [...new Set([...lower.keys(), ...capitalised.keys()])]
  .sort()
  .map((word) => ((lower.get(word) ?? 0) > (capitalised.get(word) ?? 0) ? word : capital(word)));
const header = [
  '# Each word as written most often inside sentences (lower case, or capitalised) of the CoNLL-2003 English training',
  '# set (Reuters news, as the NER model) and UD English EWT train (CC BY-SA 4.0); written by scripts/word-case.ts.',
];
writeFileSync(values.out!, gzipSync(`${[...header, ...words].join('\n')}\n`, { level: 9 }));
console.log(`wrote ${words.length} words to ${values.out}`);
