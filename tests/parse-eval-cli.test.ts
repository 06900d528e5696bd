import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runKgraphInProcess } from './support/kgraph-in-process.js';

const fixtures = fileURLToPath(new URL('./fixtures/ud/', import.meta.url));
const kgraph = (...argv: string[]) => runKgraphInProcess(fixtures, ...argv);

describe('kgraph eval parse', () => {
  it('prints one JSON object with UPOS, lemma, UAS and LAS as fractions over every word of the file', async () => {
    const { code, stdout } = await kgraph('eval', 'parse', 'en_ewt-dev-excerpt.conllu', '--json');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as Record<string, number>;
    expect(Object.keys(result).sort()).toEqual(['las', 'lemma', 'sentences', 'uas', 'upos', 'words']);
    expect(result.sentences).toBe(80);
    // Words of the excerpt, multiword tokens counted as their words, the empty node not at all.
    expect(result.words).toBe(1881);
    // The shipped model on text it was not trained on (EWT dev): floors well under its dev figures.
    expect(result.upos).toBeGreaterThan(0.9);
    expect(result.lemma).toBeGreaterThan(0.9);
    expect(result.uas).toBeGreaterThan(0.75);
    expect(result.las).toBeGreaterThan(0.7);
    expect(result.las).toBeLessThanOrEqual(result.uas);
  });

  it('prints a table of the four scores', async () => {
    const { stdout } = await kgraph('eval', 'parse', 'en_ewt-dev-excerpt.conllu');
    for (const name of ['UPOS', 'lemma', 'UAS', 'LAS']) expect(stdout).toMatch(new RegExp(`^${name}\\s+\\d+\\.\\d\\d$`, 'm'));
  });

  it('reports a missing file in one line', async () => {
    const { code, stderr } = await kgraph('eval', 'parse', 'absent.conllu');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^kgraph eval: cannot read CoNLL-U file .*absent\.conllu: no such file\./);
  });
});
