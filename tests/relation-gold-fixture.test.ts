import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelationGold } from '../packages/core/src/eval/relation-gold.js';
import { MODALITIES } from '../packages/core/src/vocabulary/relation-types.js';

const read = (name: string) => readFileSync(new URL(`./fixtures/relations/${name}`, import.meta.url), 'utf8');

describe('the Wikinews 2019 relation gold', () => {
  const gold = parseRelationGold(read('wikinews-2019.gold.jsonl'), 'wikinews-2019.gold.jsonl');
  const articles = new Map(
    read('wikinews-2019.articles.jsonl').trim().split('\n').map((line) => {
      const article = JSON.parse(line) as { url: string; text: string };
      return [article.url, article.text] as const;
    }),
  );

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
