import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKgraph, temporaryFolder } from './support/kgraph-cli.js';
import { SMALL_CORPUS_SIZE, writeSmallCorpus } from './support/small-corpus.js';

const FILES = ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv'];
const CACHE = 'extraction-cache.jsonl';

describe('kgraph build into a folder it built before', () => {
  const root = temporaryFolder('kgraph-incremental-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const build = (out: string, ...flags: string[]) => runKgraph(['build', 'news', '--out', out, '--formats', 'json,gexf,graphml,csv', ...flags], { cwd: root });
  const extractedLine = (stdout: string) => /^extracted: .*$/m.exec(stdout)?.[0];
  const same = (a: string, b: string) => FILES.filter((file) => !readFileSync(join(root, a, file)).equals(readFileSync(join(root, b, file))));
  const cachedTexts = (out: string) => readFileSync(join(root, out, CACHE), 'utf8').trim().split('\n').length - 1;

  writeSmallCorpus(join(root, 'news'), 0, 5);
  const first = build('out');
  writeSmallCorpus(join(root, 'news'), 5, SMALL_CORPUS_SIZE);
  const again = build('out');
  const clean = build('clean', '--no-cache', '--quiet');

  it('extracts only the added documents and keeps one cached extraction per document', () => {
    expect([first.code, again.code]).toEqual([0, 0]);
    expect(extractedLine(first.stdout)).toBe('extracted:  5 of 5 documents (the others from the cache)');
    expect(extractedLine(again.stdout)).toBe('extracted:  4 of 9 documents (the others from the cache)');
    expect(cachedTexts('out')).toBe(SMALL_CORPUS_SIZE);
  });

  it('gives, after files were added, exactly what a clean build of all files gives', () => {
    expect(clean.code).toBe(0);
    expect(same('out', 'clean')).toEqual([]);
  });

  it('writes no cache with --no-cache', () => {
    expect(() => readFileSync(join(root, 'clean', CACHE))).toThrow();
  });

  it('drops the extractions of documents no longer read', () => {
    rmSync(join(root, 'news', 'article-0.txt'));
    expect(build('out', '--quiet').code).toBe(0);
    expect(cachedTexts('out')).toBe(SMALL_CORPUS_SIZE - 1);
    writeSmallCorpus(join(root, 'news'), 0, 1);
  });

  it('discards a damaged cache with one warning line and still builds the right graph', () => {
    const path = join(root, 'out', CACHE);
    const lines = readFileSync(path, 'utf8').split('\n');
    // A number changed inside one extraction: still JSON, but no longer what was written.
    lines[2] = lines[2].replace(/\[(\d+),/, (_match, n: string) => `[${Number(n) + 1},`);
    writeFileSync(path, lines.join('\n'));
    const run = build('out', '--quiet');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`kgraph build: warning ${path} is damaged (line 3); extracting every document again\n`);
    expect(same('out', 'clean')).toEqual([]);
    expect(cachedTexts('out')).toBe(SMALL_CORPUS_SIZE);
  });

  it('discards a file that is not a cache with one warning line', () => {
    const path = join(root, 'out', CACHE);
    writeFileSync(path, 'id,name\n1,something else\n');
    const run = build('out', '--quiet');
    expect(run.stderr).toBe(`kgraph build: warning ${path} is not an extraction cache; extracting every document again\n`);
    expect(same('out', 'clean')).toEqual([]);
  });
});
