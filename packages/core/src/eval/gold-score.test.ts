import { describe, expect, it } from 'vitest';
import { scoreAgainstGold, type Gold } from './gold-score.js';

const gold: Gold = {
  entities: [
    { id: 'ruritania', type: ['Country'], required: true, names: ['Ruritania', 'RU'] },
    { id: 'borduria', type: ['Country'], required: true, names: ['Borduria'] },
    { id: 'jane', type: ['Person'], required: true, names: ['Jane Doe', 'Doe'] },
    { id: 'strel', type: ['City'], required: false, mergeableInto: 'ruritania', names: ['Strel'] },
  ],
  forbidden: ['Moreover', "Ruritania's"],
  relations: [
    { head: 'ruritania', tail: 'borduria', directed: false, required: true, types: ['NEGOTIATES_WITH'] },
    { head: 'jane', tail: 'ruritania', directed: true, required: true, types: ['*'] },
  ],
};

const node = (key: string, label: string, type: string, aliases: string[] = []) => ({ key, attributes: { label, type, aliases } });

describe('scoreAgainstGold', () => {
  it('counts found, typed, duplicate and forbidden nodes', () => {
    const score = scoreAgainstGold(gold, {
      nodes: [
        node('a', 'Ruritania', 'Country', ['Strel']),
        node('b', 'RU', 'Organization'),
        node('c', 'Jane Doe', 'Other'),
        node('d', 'Moreover', 'Other'),
        node('e', 'Ruritania’s', 'Other'),
      ],
      edges: [],
    });
    expect(score).toMatchObject({ entitiesFound: 2, entitiesTyped: 1, duplicates: 1, overmerged: 0, missingEntities: ['borduria'], mistypedEntities: ['jane'] });
    expect(score.forbidden).toEqual(['Moreover', 'Ruritania’s']);
  });

  it('flags a node whose names belong to two things that must stay apart', () => {
    const score = scoreAgainstGold(gold, { nodes: [node('a', 'Ruritania', 'Country', ['Borduria'])], edges: [] });
    expect(score.overmerged).toBe(1);
  });

  it('accepts an undirected relation either way and a wildcard type, but not the wrong direction of a directed one', () => {
    const nodes = [node('r', 'Ruritania', 'Country'), node('b', 'Borduria', 'Country'), node('j', 'Doe', 'Person')];
    const both = scoreAgainstGold(gold, {
      nodes,
      edges: [
        { source: 'b', target: 'r', attributes: { type: 'NEGOTIATES_WITH' } },
        { source: 'j', target: 'r', attributes: { type: 'RELATED_TO' } },
      ],
    });
    expect(both.relationsFound).toBe(2);
    const reversed = scoreAgainstGold(gold, { nodes, edges: [{ source: 'r', target: 'j', attributes: { type: 'LEADS' } }] });
    expect(reversed.relationsFound).toBe(0);
    expect(reversed.missingRelations).toEqual(['ruritania NEGOTIATES_WITH borduria', 'jane * ruritania']);
  });
});
