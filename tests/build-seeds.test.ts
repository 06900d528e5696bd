import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAgainstGold, type Gold } from '../packages/core/src/eval/gold-score.js';
import { MODALITIES, ploverCode } from '../packages/core/src/vocabulary/relation-types.js';
import type { EntityType } from '../packages/core/src/vocabulary/entity-types.js';
import { runKgraph, SEEDS, seedsBuildFolder, temporaryFolder } from './support/kgraph-cli.js';

const gold = JSON.parse(readFileSync(new URL('./fixtures/gold/seeds.gold.json', import.meta.url), 'utf8')) as Gold;

describe('kgraph build seeds', () => {
  it('finds every required entity, correctly typed, with no duplicate, junk or over-merged node', () => {
    const graph = JSON.parse(readFileSync(join(seedsBuildFolder(), 'graph.json'), 'utf8'));
    const score = scoreAgainstGold(gold, graph);
    expect(score.missingEntities).toEqual([]);
    expect(score.mistypedEntities).toEqual([]);
    expect(score.entitiesTyped).toBe(score.requiredEntities);
    expect(score.duplicateDetail).toEqual([]);
    expect(score.forbidden).toEqual([]);
    expect(score.overmerged).toBe(0);
  });

  it('finds every required relation of the gold annotation', () => {
    const graph = JSON.parse(readFileSync(join(seedsBuildFolder(), 'graph.json'), 'utf8'));
    expect(scoreAgainstGold(gold, graph).missingRelations).toEqual([]);
  });

  it('keeps the evidence sentence of every edge, taken verbatim from its document', () => {
    const graph = JSON.parse(readFileSync(join(seedsBuildFolder(), 'graph.json'), 'utf8'));
    const texts = new Map(readdirSync(SEEDS).map((f) => [f, readFileSync(join(SEEDS, f), 'utf8')]));
    const documents = new Map<string, string>(graph.attributes.documents.map((d: { id: string; source: string }) => [d.id, d.source.split('/').at(-1)]));
    for (const edge of graph.edges) {
      expect(edge.attributes.evidence.length).toBeGreaterThan(0);
      for (const evidence of edge.attributes.evidence) {
        const text = texts.get(documents.get(evidence.docId)!)!;
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      }
    }
  });

  it('marks every edge with its basis and modality, and every event edge with its PLOVER type', () => {
    const graph = JSON.parse(readFileSync(join(seedsBuildFolder(), 'graph.json'), 'utf8'));
    const typeOf = new Map<string, EntityType>(graph.nodes.map((n: { key: string; attributes: { type: EntityType } }) => [n.key, n.attributes.type]));
    for (const { attributes, target } of graph.edges) {
      // RELATED_TO is co-occurrence or a stated verb outside the vocabulary; typed edges are read off the parse or a pattern.
      expect(attributes.type === 'RELATED_TO' ? ['cooccurrence', 'syntax'] : ['syntax', 'pattern']).toContain(attributes.basis);
      expect(MODALITIES).toContain(attributes.modality);
      expect(attributes.plover).toBe(ploverCode(attributes.type, attributes.modality, attributes.predicate, typeOf.get(target)));
    }
    expect(graph.edges.filter((e: { attributes: { plover?: string } }) => e.attributes.plover).length).toBeGreaterThan(0);
  });

  it('gives byte-identical files for the same input, built twice', () => {
    const first = join(temporaryFolder(), 'a');
    const second = join(temporaryFolder(), 'b');
    expect(runKgraph(['build', SEEDS, '--out', first, '--quiet', '--formats', 'json,gexf,graphml,csv']).code).toBe(0);
    expect(runKgraph(['build', SEEDS, '--out', second, '--quiet', '--formats', 'json,gexf,graphml,csv']).code).toBe(0);
    const files = readdirSync(first).sort();
    expect(files).toEqual(['documents.jsonl', 'edges.csv', 'extraction-cache.jsonl', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv', 'relation-cache.jsonl']);
    for (const file of files) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file)))).toBe(true);
  });

  it('prints a summary of documents, entities and relations by type, and where the files are', () => {
    const out = join(temporaryFolder(), 'out');
    const run = runKgraph(['build', SEEDS, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^documents: +2$/m);
    expect(run.stdout).toMatch(/^entities: +\d+ \(.*Country 3/m);
    expect(run.stdout).toMatch(/^relations: +\d+ \(.*RELATED_TO \d+/m);
    expect(run.stdout).toContain(join(out, 'graph.gexf'));
  });
});
