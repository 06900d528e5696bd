import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLineBytes } from './line-bytes.js';

describe('readLineBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kgraph-lines-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const linesOf = (content: string, piece?: number) => {
    const path = join(dir, 'file.jsonl');
    writeFileSync(path, content);
    return [...readLineBytes(path, piece)].map((line) => line.toString('utf8'));
  };

  it('gives each line without its line feed, and no last empty line', () => {
    expect(linesOf('one\ntwo\n\nfour\n')).toEqual(['one', 'two', '', 'four']);
    expect(linesOf('one\nlast without a feed')).toEqual(['one', 'last without a feed']);
  });

  it('gives lines that span pieces whole, a character of several bytes included', () => {
    const content = 'a line longer than a piece\nshort\nRuritania’s “offer” stands\n';
    expect(linesOf(content, 5)).toEqual(['a line longer than a piece', 'short', 'Ruritania’s “offer” stands']);
  });

  it('keeps every line given as it was, however many pieces were read after it', () => {
    const path = join(dir, 'many.jsonl');
    writeFileSync(path, Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n'));
    const held = [...readLineBytes(path, 16)];
    expect(held.map((line) => line.toString())).toEqual(Array.from({ length: 50 }, (_, i) => `line ${i}`));
  });
});
