import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runKgraphInProcess } from './support/kgraph-in-process.js';

const fixtures = fileURLToPath(new URL('./fixtures/events/', import.meta.url));
const kgraph = (...argv: string[]) => runKgraphInProcess(fixtures, ...argv);

describe('kgraph eval events', () => {
  it('builds each coded sentence and prints one JSON object counting the rows whose event the graph states', async () => {
    const { code, stdout } = await kgraph('eval', 'events', 'made-up.tsv', '--json');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const score = JSON.parse(lines[0]!) as { rows: number; found: number; missed: number[]; perType: Record<string, { rows: number; found: number }> };
    expect(score.rows).toBe(3);
    // "Chile accused Peru" is read by any reader worth scoring; a sentence naming the two together states no aid.
    expect(score.perType.ACCUSE).toEqual({ rows: 1, found: 1 });
    expect(score.perType.AID).toEqual({ rows: 1, found: 0 });
    expect(score.missed).toContain(3);
  });

  it('prints a table with the overall row, and with --errors the rows not found first', async () => {
    const { code, stdout } = await kgraph('eval', 'events', 'made-up.tsv', '--errors');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^3 AID Chile -> Peru: The weather/m);
    expect(stdout).toMatch(/^overall +\d+ +3 /m);
  });

  it('refuses a file that is not an event set with one line naming the line at fault', async () => {
    const { code, stderr } = await kgraph('eval', 'events', 'README.md');
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/README\.md:\d+: expected TYPE/);
  });
});
