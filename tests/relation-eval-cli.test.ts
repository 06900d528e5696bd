import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runKgraphInProcess } from './support/kgraph-in-process.js';

const fixtures = fileURLToPath(new URL('./fixtures/relations/', import.meta.url));
const kgraph = (...argv: string[]) => runKgraphInProcess(fixtures, ...argv);

describe('kgraph eval relations', () => {
  it('builds the gold articles and prints one JSON object scoring the edges found in the gold sentences', async () => {
    const { code, stdout } = await kgraph('eval', 'relations', 'made-up.gold.jsonl', '--json');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const score = JSON.parse(lines[0]!) as Record<string, number> & { perType: Record<string, Record<string, number>> };
    // Four relations stated; the negated meeting is no gold relation.
    expect(score).toMatchObject({ sentences: 3, gold: 4 });
    // "Kessel, Borovia" is read by any extractor worth scoring, and its evidence is the gold sentence.
    expect(score.perType.LOCATED_IN).toMatchObject({ correct: 1, gold: 1 });
    for (const name of ['precision', 'recall', 'f1']) {
      expect(score[name]).toBeGreaterThan(0);
      expect(score[name]).toBeLessThanOrEqual(1);
    }
  });

  it('prints a table with the overall row and one row per type', async () => {
    const { code, stdout } = await kgraph('eval', 'relations', 'made-up.gold.jsonl');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^overall /m);
    expect(stdout).toMatch(/^MEDIATES /m);
  });

  it('lists with --errors, sentence by sentence, what it missed and what matched no gold relation', async () => {
    const { code, stdout } = await kgraph('eval', 'relations', 'made-up.gold.jsonl', '--errors');
    expect(code).toBe(0);
    const errors = stdout.slice(0, stdout.indexOf('Relation scores'));
    for (const line of errors.split('\n').filter(Boolean)) expect(line).toMatch(/^#\d+ |^  (missed|spurious|reversed|wrong type) /);
    expect(stdout).toMatch(/^overall /m);
  });

  it('refuses a file not named NAME.gold.jsonl, since its articles are found by that name', async () => {
    const { code, stderr } = await kgraph('eval', 'relations', 'README.md');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/NAME\.gold\.jsonl/);
  });
});
