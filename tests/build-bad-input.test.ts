import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKgraph, temporaryFolder } from './support/kgraph-cli.js';

const ARTICLE = 'Ministers from Norway and Chile met in Geneva on Monday.\nThe talks between Norway and Chile covered trade.\n';

/** A corpus with one of every kind of bad input next to good articles. */
function badCorpus(): string {
  const root = temporaryFolder('kgraph-bad-');
  const news = join(root, 'news');
  mkdirSync(news);
  writeFileSync(join(news, 'good.txt'), ARTICLE);
  writeFileSync(join(news, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  writeFileSync(join(news, 'empty.txt'), '');
  writeFileSync(join(news, 'latin1.txt'), Buffer.from('Brazil and Peru signed a caf\xe9 agreement in Lima.\n', 'latin1'));
  writeFileSync(join(news, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '));
  writeFileSync(
    join(news, 'feed.jsonl'),
    [JSON.stringify({ title: 'Kenya', text: 'Kenya and Uganda held talks in Nairobi.' }), '{"title": "broken', JSON.stringify({ title: 'Ghana', text: 'Ghana hosted Togo.' })].join('\n'),
  );
  mkdirSync(join(root, 'pictures'));
  writeFileSync(join(root, 'pictures', 'photo.png'), 'not really a png');
  return root;
}

describe('kgraph build on bad input', () => {
  const root = badCorpus();
  const out = join(root, 'out');
  const run = runKgraph(['build', 'news', 'missing-folder', 'pictures', '--out', out], { cwd: root });
  const lines = run.stderr.split('\n').filter((l) => l.startsWith('kgraph build:'));
  const lineFor = (name: string) => lines.filter((l) => l.includes(name));

  it('completes the build and says with exit code 3 that inputs were skipped', () => {
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^skipped: +6 inputs$/m);
  });

  it('gives one clear line naming each bad input and its reason', () => {
    expect(lineFor('binary.txt')).toEqual(['kgraph build: skipped news/binary.txt: binary file (contains NUL bytes), not text']);
    expect(lineFor('empty.txt')).toEqual(['kgraph build: skipped news/empty.txt: empty file']);
    expect(lineFor('huge.txt')).toEqual(['kgraph build: skipped news/huge.txt: 50.0 MB is over the 16.0 MB limit per file; split it or raise --max-file-size']);
    expect(lineFor('missing-folder')).toEqual(['kgraph build: skipped missing-folder: no such file or folder']);
    expect(lineFor('pictures')).toHaveLength(1);
    expect(lineFor('pictures')[0]).toMatch(/^kgraph build: skipped pictures: folder has no supported files/);
    expect(lineFor('feed.jsonl#2')).toHaveLength(1);
    expect(lineFor('feed.jsonl#2')[0]).toMatch(/^kgraph build: skipped news\/feed.jsonl#2: line 2 is not valid JSON/);
    expect(lineFor('latin1.txt')).toEqual(['kgraph build: warning news/latin1.txt: not valid UTF-8 (first bad byte at offset 28); read as Windows-1252']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('loses nothing that could be read: the good file, the good JSONL lines and the Latin-1 file are in the graph', () => {
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    const sources = graph.attributes.documents.map((d: { source: string }) => d.source).sort();
    expect(sources).toEqual(['news/feed.jsonl#1', 'news/feed.jsonl#3', 'news/good.txt', 'news/latin1.txt']);
    const labels = graph.nodes.map((n: { attributes: { label: string } }) => n.attributes.label);
    expect(labels).toEqual(expect.arrayContaining(['Norway', 'Chile', 'Kenya', 'Uganda', 'Brazil', 'Peru', 'Ghana', 'Togo']));
  });

  it('takes its size limit from --max-file-size, in megabytes', () => {
    const strict = runKgraph(['build', 'news/good.txt', '--out', join(root, 'strict'), '--max-file-size', '0.00001'], { cwd: root });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('kgraph build: skipped news/good.txt: 107 bytes is over the 10 bytes limit per file; split it or raise --max-file-size');
    const relaxed = runKgraph(['build', 'news/good.txt', '--out', join(root, 'relaxed'), '--max-file-size', '1', '--quiet'], { cwd: root });
    expect(relaxed.code).toBe(0);
  });

  it('writes nothing and exits 2 when no input can be read, keeping an earlier build intact', () => {
    const before = readFileSync(join(out, 'graph.json'));
    const none = runKgraph(['build', 'news/empty.txt', '--out', out], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('kgraph build: no documents to build from (1 input skipped); nothing was written.');
    expect(readFileSync(join(out, 'graph.json')).equals(before)).toBe(true);
  });

  it('explains itself when given no input at all', () => {
    const empty = runKgraph(['build'], { cwd: root });
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim()).toBe('kgraph build: give at least one file, folder or glob to read, e.g. `kgraph build seeds --out out`.');
  });
});
