import { describe, expect, it } from 'vitest';
import { Attr, TokenAttributeCache } from './token-form.js';
import { wordClusters } from './word-clusters.js';

describe('word clusters', () => {
  const cache = new TokenAttributeCache();
  // Two kinds of words in two kinds of company: cities after "in", verbs after "they".
  const sentences: string[][] = [];
  for (const city of ['Lyon', 'Porto', 'Graz', 'Turku']) for (let n = 0; n < 4; n++) sentences.push(['she', 'lives', 'in', city, '.']);
  for (const verb of ['sing', 'swim', 'cook', 'read']) for (let n = 0; n < 4; n++) sentences.push(['they', verb, 'every', 'day', '.']);
  const cluster = (clusters: Map<number, number>, word: string): number | undefined => clusters.get(cache.get(word)[Attr.Plain]!);

  it('puts words that keep the same company together and others apart, the same way every time', () => {
    const clusters = wordClusters(sentences, cache, { clusters: 4, minCount: 3 });
    expect(new Set(['Lyon', 'Porto', 'Graz', 'Turku'].map((w) => cluster(clusters, w))).size).toBe(1);
    expect(new Set(['sing', 'swim', 'cook', 'read'].map((w) => cluster(clusters, w))).size).toBe(1);
    expect(cluster(clusters, 'Lyon')).not.toBe(cluster(clusters, 'sing'));
    expect([...wordClusters(sentences, cache, { clusters: 4, minCount: 3 })]).toEqual([...clusters]);
  });

  it('leaves out words seen fewer than minCount times', () => {
    const clusters = wordClusters([...sentences, ['she', 'lives', 'in', 'Oulu', '.']], cache, { clusters: 4, minCount: 3 });
    expect(cluster(clusters, 'Oulu')).toBeUndefined();
  });
});
