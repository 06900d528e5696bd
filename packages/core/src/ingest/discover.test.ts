import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles, globToRegExp } from './discover.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'kgraph-discover-'));
  mkdirSync(join(root, 'news', 'deep'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(root, 'news', 'a.txt'), 'A');
  writeFileSync(join(root, 'news', 'b.md'), 'B');
  writeFileSync(join(root, 'news', 'notes.pdf'), 'P');
  writeFileSync(join(root, 'news', 'deep', 'c.html'), '<p>C</p>');
  writeFileSync(join(root, 'empty', 'image.png'), 'x');
  return root;
}

describe('discoverFiles', () => {
  it('walks folders recursively and keeps supported files in a stable order', () => {
    const root = tree();
    const { files, issues } = discoverFiles(['news'], root);
    expect(files.map((f) => f.display)).toEqual(['news/a.txt', 'news/b.md', 'news/deep/c.html']);
    expect(issues).toEqual([]);
  });

  it('expands globs, with ** crossing folders', () => {
    const root = tree();
    expect(discoverFiles(['news/**/*.html'], root).files.map((f) => f.display)).toEqual(['news/deep/c.html']);
    expect(discoverFiles(['news/*.txt'], root).files.map((f) => f.display)).toEqual(['news/a.txt']);
  });

  it('names a missing path, an unsupported file and a folder with nothing to read', () => {
    const root = tree();
    const { files, issues } = discoverFiles(['missing', 'news/notes.pdf', 'empty', 'news/a.txt'], root);
    expect(files.map((f) => f.display)).toEqual(['news/a.txt']);
    expect(issues.map((i) => [i.source, i.reason.split(' (')[0].split(';')[0]])).toEqual([
      ['missing', 'no such file or folder'],
      ['news/notes.pdf', 'unsupported file type ".pdf"'],
      ['empty', 'folder has no supported files'],
    ]);
  });

  it('reads a file named twice only once', () => {
    const root = tree();
    expect(discoverFiles(['news/a.txt', 'news', './news/a.txt'], root).files).toHaveLength(3);
  });
});

describe('globToRegExp', () => {
  it('keeps * inside one folder and lets ** cross folders', () => {
    expect(globToRegExp('a/*.txt').test('a/b.txt')).toBe(true);
    expect(globToRegExp('a/*.txt').test('a/b/c.txt')).toBe(false);
    expect(globToRegExp('a/**/*.txt').test('a/b/c.txt')).toBe(true);
    expect(globToRegExp('a/**/*.txt').test('a/c.txt')).toBe(true);
  });
});
