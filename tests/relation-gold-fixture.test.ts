import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelationGold } from '../packages/core/src/eval/relation-gold.js';
import { MODALITIES } from '../packages/core/src/vocabulary/relation-types.js';

const read = (name: string) => readFileSync(new URL(`./fixtures/relations/${name}`, import.meta.url), 'utf8');

function sample(name: string) {
  const gold = parseRelationGold(read(`${name}.gold.jsonl`), `${name}.gold.jsonl`);
  const articles = new Map(
    read(`${name}.articles.jsonl`).trim().split('\n').map((line) => {
      const article = JSON.parse(line) as { url: string; text: string };
      return [article.url, article.text] as const;
    }),
  );
  return { gold, articles };
}

describe('the Wikinews 2019 relation gold', () => {
  const { gold, articles } = sample('wikinews-2019');

  it('has at least 300 sentences, each found verbatim at its offsets in its article', () => {
    expect(gold.length).toBeGreaterThanOrEqual(300);
    for (const sentence of gold) expect(articles.get(sentence.url)?.slice(sentence.start, sentence.end), `sentence ${sentence.id}`).toBe(sentence.sentence);
  });

  it('keeps sentences that state no relation, to measure precision', () => {
    expect(gold.filter((s) => s.relations.length === 0).length).toBeGreaterThan(100);
    expect(gold.flatMap((s) => s.relations).length).toBeGreaterThanOrEqual(100);
  });

  it('uses only the modalities of the vocabulary', () => {
    const modalities = new Set(gold.flatMap((s) => s.relations.map((r) => r.modality)));
    for (const modality of modalities) expect(MODALITIES).toContain(modality);
  });
});

// Each later sample continues the seeded draw past the samples before it, once those had been tuned on.
describe.each([
  { name: 'wikinews-2019-second', before: ['wikinews-2019'] },
  { name: 'wikinews-2019-third', before: ['wikinews-2019', 'wikinews-2019-second'] },
  { name: 'wikinews-2019-fourth', before: ['wikinews-2019', 'wikinews-2019-second', 'wikinews-2019-third'] },
  {
    name: 'wikinews-2019-fifth',
    before: ['wikinews-2019', 'wikinews-2019-second', 'wikinews-2019-third', 'wikinews-2019-fourth'],
  },
  {
    name: 'wikinews-2019-sixth',
    before: ['wikinews-2019', 'wikinews-2019-second', 'wikinews-2019-third', 'wikinews-2019-fourth', 'wikinews-2019-fifth'],
  },
])('the later Wikinews 2019 sample $name', ({ name, before }) => {
  const { gold, articles } = sample(name);

  it('has 150 sentences, each found verbatim at its offsets in its article, none of them in an earlier sample', () => {
    expect(gold).toHaveLength(150);
    const taken = new Set(before.flatMap((earlier) => sample(earlier).gold.map((s) => `${s.url} ${s.start}`)));
    for (const sentence of gold) {
      expect(articles.get(sentence.url)?.slice(sentence.start, sentence.end), `sentence ${sentence.id}`).toBe(sentence.sentence);
      expect(taken.has(`${sentence.url} ${sentence.start}`), `sentence ${sentence.id}`).toBe(false);
    }
  });

  it('uses only the modalities of the vocabulary', () => {
    for (const modality of new Set(gold.flatMap((s) => s.relations.map((r) => r.modality)))) expect(MODALITIES).toContain(modality);
  });
});
