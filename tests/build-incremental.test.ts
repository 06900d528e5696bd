import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKgraph, temporaryFolder } from './support/kgraph-cli.js';
import { SMALL_CORPUS_SIZE, writeSmallCorpus } from './support/small-corpus.js';

const FILES = ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv'];
const CACHE = 'extraction-cache.jsonl';
const RELATION_CACHE = 'relation-cache.jsonl';

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
    expect(() => readFileSync(join(root, 'clean', RELATION_CACHE))).toThrow();
  });

  it('gives, built again with nothing changed, what a clean build gives, every document from the caches', () => {
    const run = build('out');
    expect(extractedLine(run.stdout)).toBe(`extracted:  0 of ${SMALL_CORPUS_SIZE} documents (the others from the cache)`);
    expect(same('out', 'clean')).toEqual([]);
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

  it('discards a damaged relation cache with one warning line and still builds the right graph', () => {
    const path = join(root, 'out', RELATION_CACHE);
    const lines = readFileSync(path, 'utf8').split('\n');
    // One entry's document changed: still JSON, but no longer what was written.
    const damaged = lines.findIndex((line, index) => index > 0 && line.includes('"docId":"'));
    lines[damaged] = lines[damaged]!.replace('"docId":"', '"docId":"x');
    writeFileSync(path, lines.join('\n'));
    const run = build('out', '--quiet');
    expect(run.stderr).toBe(`kgraph build: warning ${path} is damaged (line ${damaged + 1}); relating every document again\n`);
    expect(same('out', 'clean')).toEqual([]);
  });

  it('discards a file that is not a cache with one warning line', () => {
    const path = join(root, 'out', CACHE);
    writeFileSync(path, 'id,name\n1,something else\n');
    const run = build('out', '--quiet');
    expect(run.stderr).toBe(`kgraph build: warning ${path} is not an extraction cache; extracting every document again\n`);
    expect(same('out', 'clean')).toEqual([]);
  });
});

describe('kgraph build into a folder it built before, after an added document changed what an earlier one names', () => {
  const root = temporaryFolder('kgraph-incremental-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const build = (out: string, ...flags: string[]) => runKgraph(['build', 'news', '--out', out, '--quiet', ...flags], { cwd: root });
  const edges = (out: string) => {
    const graph = JSON.parse(readFileSync(join(root, out, 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { label: string } }[]; edges: { source: string; target: string; attributes: { type: string } }[] };
    const label = new Map(graph.nodes.map((node) => [node.key, node.attributes.label]));
    return graph.edges.map((edge) => `${label.get(edge.source)} ${edge.attributes.type} ${label.get(edge.target)}`);
  };

  // Alone, "Orlin" reads as a place the council is in and "Tessel" as a person of that name; the added article
  // makes Orlin a company (so the council is no longer located in it) and Tessel the corpus's Karo Tessel.
  mkdirSync(join(root, 'news'));
  writeFileSync(join(root, 'news', 'a.txt'), 'Valdoria hosts trade talks\nMinister Tessel visited Valdoria on Monday. Tessel met the Kessel Trade Council in Orlin.\n');
  const first = build('out');
  const before = edges('out');
  writeFileSync(
    join(root, 'news', 'b.txt'),
    'Karo Tessel named envoy\nThe company Orlin named Karo Tessel its trade envoy on Friday. Orlin said its profits grew. Shares in Orlin rose after Orlin bought the Varga Group. Orlin employs 400 people.\n',
  );
  const again = build('out');
  const clean = build('clean', '--no-cache');

  it('finds the earlier document\'s relations again from its new entities, as a clean build does', () => {
    expect([first.code, again.code, clean.code]).toEqual([0, 0, 0]);
    expect(before).toContain('Kessel Trade Council LOCATED_IN Orlin');
    expect(before).toContain('Kessel Trade Council MEETS Tessel');
    expect(edges('out')).not.toContain('Kessel Trade Council LOCATED_IN Orlin');
    expect(edges('out')).toContain('Kessel Trade Council MEETS Karo Tessel');
    expect(FILES.slice(0, 3).filter((file) => !readFileSync(join(root, 'out', file)).equals(readFileSync(join(root, 'clean', file))))).toEqual([]);
  });
});
