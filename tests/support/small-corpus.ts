/**
 * A small made-up news corpus in several input formats, for tests of whole
 * builds: enough documents to spread over worker threads and to add to.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLES: readonly string[] = [
  'Ruritania and Borduria resume border talks\nForeign Minister Anna Kovacs of Ruritania met Borduria\'s envoy Pavel Dragan in Geneva on Monday. Switzerland hosted the talks between Ruritania and Borduria.\nKovacs said the Treaty of Zenda would guide the negotiations.',
  'Borduria criticises the Zenda Trade Union\nBorduria criticised the Zenda Trade Union (ZTU) for its new tariffs. The ZTU said the tariffs protect farmers in Ruritania.\nPavel Dragan called the sanctions unfair.',
  'Floods hit Strelsau\nHeavy rain flooded Strelsau, the capital of Ruritania, on Tuesday. The Red Cross sent volunteers to the city.\nMayor Ilse Brandt thanked Borduria for its help.',
  'Sylvania joins the talks\nSylvania joined the talks between Ruritania and Borduria in Geneva. Sylvanian President Marko Petrov met Anna Kovacs.\nPetrov said Sylvania supports the Treaty of Zenda.',
  'Markets fall in Borduria\nShares in Szohod fell after the Bordurian central bank raised interest rates. Analysts at Quill Capital expected more increases.\nThe Bank of Borduria said inflation was too high.',
  'Ruritania signs the Zenda accord\nRuritania signed the Treaty of Zenda on Friday. Anna Kovacs and Pavel Dragan shook hands in Geneva.\nSwitzerland welcomed the agreement between Ruritania and Borduria.',
  'Sylvanian farmers protest\nFarmers in Sylvania protested against the tariffs of the Zenda Trade Union. Marko Petrov promised subsidies.\nThe farmers blocked roads near the border with Borduria.',
  'A new railway for Strelsau\nRuritania and Sylvania agreed to build a railway from Strelsau to the Sylvanian coast. Engineers from Quill Capital will finance it.\nIlse Brandt said the railway would bring jobs.',
  'Borduria expels diplomats\nBorduria expelled two diplomats of Sylvania on Wednesday. Sylvania called the decision a mistake.\nMarko Petrov warned Borduria against further sanctions.',
];

/**
 * Writes articles `from`..`to` (exclusive) into `folder`, one file each, as plain text, JSON Lines or CSV in
 * turn; with `editions` above 1, each article again that many times, a line added, as distinct documents.
 */
export function writeSmallCorpus(folder: string, from = 0, to = ARTICLES.length, editions = 1): void {
  mkdirSync(folder, { recursive: true });
  for (let edition = 0; edition < editions; edition += 1) {
    for (let i = from; i < to; i += 1) {
      const text = edition ? `${ARTICLES[i]}\nUpdated in edition ${edition + 1} of the Quill Gazette.` : ARTICLES[i];
      const title = text.split('\n')[0];
      const name = `${edition ? `e${edition + 1}-` : ''}${i}`;
      if (i % 3 === 0) writeFileSync(join(folder, `article-${name}.txt`), `${text}\n`);
      else if (i % 3 === 1) writeFileSync(join(folder, `feed-${name}.jsonl`), `${JSON.stringify({ title, text })}\n`);
      else writeFileSync(join(folder, `table-${name}.csv`), `title,text\n"${title}","${text.replace(/"/g, '""')}"\n`);
    }
  }
}

export const SMALL_CORPUS_SIZE = ARTICLES.length;
