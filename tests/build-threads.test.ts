import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKgraph, temporaryFolder } from './support/kgraph-cli.js';
import { MIN_DOCUMENTS_PER_WORKER } from '../packages/core/src/extract/index.js';
import { SMALL_CORPUS_SIZE, writeSmallCorpus } from './support/small-corpus.js';

// Enough documents for two workers, below which extraction stays in one thread.
const EDITIONS = Math.ceil((2 * MIN_DOCUMENTS_PER_WORKER) / SMALL_CORPUS_SIZE);

const FILES = ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv'];

describe('kgraph build --threads', () => {
  const root = temporaryFolder('kgraph-threads-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeSmallCorpus(join(root, 'news'), 0, SMALL_CORPUS_SIZE, EDITIONS);
  const build = (threads: string) => runKgraph(['build', 'news', '--out', `out-${threads}`, '--threads', threads, '--formats', 'json,gexf,graphml,csv', '--no-cache', '--quiet'], { cwd: root });
  const one = build('1');
  const two = build('2');

  it('builds a corpus large enough for two workers with one thread and with two', () => {
    expect([one.code, one.stderr, two.code, two.stderr]).toEqual([0, '', 0, '']);
    const graph = JSON.parse(readFileSync(join(root, 'out-1', 'graph.json'), 'utf8')) as { nodes: unknown[]; attributes: { documents: unknown[] } };
    expect(graph.attributes.documents).toHaveLength(SMALL_CORPUS_SIZE * EDITIONS);
    expect(graph.nodes.length).toBeGreaterThan(10);
  });

  it.each(FILES)('writes the same %s, byte for byte, with two threads as with one', (file) => {
    expect(readFileSync(join(root, 'out-2', file)).equals(readFileSync(join(root, 'out-1', file)))).toBe(true);
  });

  it('says in one line that the thread count must be a whole number', () => {
    const run = runKgraph(['build', 'news', '--out', 'out-x', '--threads', '1.5'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kgraph build: --threads needs a whole number, not "1.5".\n');
  });
});
