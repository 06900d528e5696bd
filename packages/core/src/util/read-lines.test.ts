import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines } from './read-lines.js';

describe('readLines', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kgraph-lines-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives every line of a file larger than one piece, multi-byte characters across piece edges included', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `${i}\t${'ü€'.repeat(i % 300)}`);
    const path = join(folder, 'big.txt');
    writeFileSync(path, `${lines.join('\n')}\n`);
    expect([...readLines(path)]).toEqual(lines);
  });

  it('gives a last line without its newline, and nothing for an empty file', () => {
    writeFileSync(join(folder, 'a.txt'), 'one\ntwo');
    writeFileSync(join(folder, 'empty.txt'), '');
    expect([...readLines(join(folder, 'a.txt'))]).toEqual(['one', 'two']);
    expect([...readLines(join(folder, 'empty.txt'))]).toEqual([]);
  });
});
