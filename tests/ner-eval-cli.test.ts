import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runKgraphInProcess } from './support/kgraph-in-process.js';

const fixtures = fileURLToPath(new URL('./fixtures/ner/', import.meta.url));
const kgraph = (...argv: string[]) => runKgraphInProcess(fixtures, ...argv);

describe('kgraph eval ner', () => {
  it('prints one JSON object with precision, recall, f1 and per-type figures', async () => {
    const { code, stdout } = await kgraph('eval', 'ner', 'iob2-2col.conll', '--json');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(['f1', 'perType', 'precision', 'recall']);
    const perType = result.perType as Record<string, Record<string, number>>;
    expect(Object.keys(perType).sort()).toEqual(['LOC', 'MISC', 'ORG', 'PER']);
    for (const figures of [result, ...Object.values(perType)] as Record<string, number>[]) {
      for (const name of ['precision', 'recall', 'f1']) {
        expect(figures[name]).toBeGreaterThanOrEqual(0);
        expect(figures[name]).toBeLessThanOrEqual(1);
      }
    }
  });

  it('scores an IOB1 file and the same text in IOB2 identically', async () => {
    const iob1 = await kgraph('eval', 'ner', 'iob1-4col.conll', '--json');
    const iob2 = await kgraph('eval', 'ner', 'iob2-2col.conll', '--json');
    expect(iob1.stdout).toBe(iob2.stdout);
  });

  it('prints a table with an overall row and a row per type', async () => {
    const { stdout } = await kgraph('eval', 'ner', 'iob1-4col.conll');
    expect(stdout).toMatch(/^overall\s+[\d.]+\s+[\d.]+\s+[\d.]+$/m);
    for (const type of ['PER', 'LOC', 'ORG', 'MISC']) expect(stdout).toMatch(new RegExp(`^${type}\\s+[\\d.]+`, 'm'));
  });

  it('reports a missing file in one line', async () => {
    const { code, stderr } = await kgraph('eval', 'ner', 'absent.conll');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^kgraph eval: cannot read CoNLL file .*absent\.conll: no such file\./);
  });

  it('reports a malformed file with its line number', async () => {
    const { code, stderr } = await kgraph('eval', 'ner', 'malformed-missing-tag.conll');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^kgraph eval: .*malformed-missing-tag\.conll:2: expected a token and a tag/);
  });
});
