import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKgraph, temporaryFolder } from './support/kgraph-cli.js';
import { writeSmallCorpus } from './support/small-corpus.js';

const FILES = ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv'];

describe('kgraph build --threads', () => {
  const root = temporaryFolder('kgraph-threads-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeSmallCorpus(join(root, 'news'));
  const build = (threads: string) => runKgraph(['build', 'news', '--out', `out-${threads}`, '--threads', threads, '--formats', 'json,gexf,graphml,csv', '--no-cache', '--quiet'], { cwd: root });
  const one = build('1');
  const two = build('2');

  it('builds the corpus with one thread and with two', () => {
    expect([one.code, one.stderr, two.code, two.stderr]).toEqual([0, '', 0, '']);
    const graph = JSON.parse(readFileSync(join(root, 'out-1', 'graph.json'), 'utf8')) as { nodes: unknown[]; attributes: { documents: unknown[] } };
    expect(graph.attributes.documents).toHaveLength(9);
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
