import { describe, expect, it } from 'vitest';
import { parseRelationGold } from './relation-gold.js';
import { matchSentence, scoreRelations, type GoldRelation, type GoldSentence, type PredictedRelation } from './relation-score.js';

function arg(sentence: string, text: string) {
  const start = sentence.indexOf(text);
  return { text, start, end: start + text.length };
}

function gold(sentence: string, relations: [string, string, string][], negated = false): GoldSentence {
  return {
    id: 1,
    url: 'https://example.org/a',
    start: 0,
    end: sentence.length,
    sentence,
    relations: relations.map(([source, type, target]): GoldRelation => ({ type, source: arg(sentence, source), target: arg(sentence, target), modality: 'asserted', negated })),
  };
}

const edge = (source: string[], type: PredictedRelation['type'], target: string[]): PredictedRelation => ({ source, type, target });

describe('scoreRelations', () => {
  const sentence = 'Borovia attacked Quentland after Mara Velt met Ivo Brask in Kessel, Borovia.';
  const g = gold(sentence, [
    ['Borovia', 'ATTACKS', 'Quentland'],
    ['Mara Velt', 'MEETS', 'Ivo Brask'],
    ['Kessel', 'LOCATED_IN', 'Borovia'],
  ]);

  it('counts a right edge, a wrong type, a reversed direction and a missing gold relation', () => {
    const score = scoreRelations([{
      gold: g,
      predicted: [
        edge(['Republic of Borovia', 'Borovia'], 'ATTACKS', ['Quentland']),
        edge(['Mara Velt'], 'CRITICIZES', ['Ivo Brask']),
        edge(['Borovia'], 'LOCATED_IN', ['Kessel']),
      ],
    }]);
    expect(score).toMatchObject({ correct: 1, predicted: 3, gold: 3, wrongType: 1, reversed: 1 });
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.perType.ATTACKS).toMatchObject({ correct: 1, predicted: 1, gold: 1, precision: 1, recall: 1, f1: 1 });
    expect(score.perType.MEETS).toMatchObject({ correct: 0, predicted: 0, gold: 1, recall: 0 });
    expect(score.perType.CRITICIZES).toMatchObject({ correct: 0, predicted: 1, gold: 0, precision: 0 });
  });

  it('accepts either order for a symmetric type and matches names case-insensitively over the gold span', () => {
    const score = scoreRelations([{ gold: g, predicted: [edge(['ivo brask'], 'MEETS', ['Mara Velt'])] }]);
    expect(score).toMatchObject({ correct: 1, predicted: 1 });
  });

  it('matches a demonym by the entity name the gold says it refers to', () => {
    const sentence = 'Borovian President Mara Velt spoke.';
    const demonym = gold(sentence, [['Mara Velt', 'LEADS', 'Borovian']]);
    const score = (refers?: string) => {
      const relation = demonym.relations[0]!;
      const target = refers ? { ...relation.target, refers } : relation.target;
      return scoreRelations([{ gold: { ...demonym, relations: [{ ...relation, target }] }, predicted: [edge(['Mara Velt'], 'LEADS', ['Borovia'])] }]).correct;
    };
    expect(score()).toBe(0);
    expect(score('Borovia')).toBe(1);
  });

  it('needs the name over the annotated span, not elsewhere in the sentence, and as whole words', () => {
    // The gold's Borovia at the start is the attacker; "Borov" is no name of it.
    const score = scoreRelations([{ gold: g, predicted: [edge(['Borov'], 'ATTACKS', ['Quentland']), edge(['Kessel'], 'ATTACKS', ['Quentland'])] }]);
    expect(score.correct).toBe(0);
  });

  it('counts an edge for a negated relation as a false positive and the negated relation as no gold', () => {
    const negated = gold('Borovia did not attack Quentland.', [['Borovia', 'ATTACKS', 'Quentland']], true);
    const score = scoreRelations([{ gold: negated, predicted: [edge(['Borovia'], 'ATTACKS', ['Quentland'])] }]);
    expect(score).toMatchObject({ correct: 0, predicted: 1, gold: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('leaves co-occurrence and statements out, and matches each gold relation once', () => {
    const score = scoreRelations([{
      gold: g,
      predicted: [
        edge(['Borovia'], 'RELATED_TO', ['Quentland']),
        edge(['Borovia'], 'STATEMENT_ABOUT', ['Quentland']),
        edge(['Borovia'], 'ATTACKS', ['Quentland']),
        edge(['Borovia'], 'ATTACKS', ['Quentland']),
      ],
    }]);
    expect(score).toMatchObject({ correct: 1, predicted: 2, gold: 3 });
  });
});

describe('parseRelationGold', () => {
  it('reads sentences with their relations, and rejects an argument whose offsets miss its text', () => {
    const sentence = 'Borovia attacked Quentland.';
    const line = { id: 7, url: 'u', start: 10, end: 37, sentence, relations: [{ type: 'ATTACKS', source: arg(sentence, 'Borovia'), target: arg(sentence, 'Quentland'), modality: 'asserted', negated: false }] };
    expect(parseRelationGold(`${JSON.stringify(line)}\n\n`, 'g.jsonl')).toEqual([line]);
    const shifted = { ...line, relations: [{ ...line.relations[0], target: { text: 'Quentland', start: 0, end: 9 } }] };
    expect(() => parseRelationGold(JSON.stringify(shifted), 'g.jsonl')).toThrow(/g\.jsonl#1: "Quentland" is not at 0–9/);
    expect(() => parseRelationGold(JSON.stringify({ ...line, relations: [{ ...line.relations[0], type: 'LIKES' }] }), 'g.jsonl')).toThrow(/vocabulary/);
  });
});

describe('matchSentence', () => {
  it('tells each prediction\'s outcome and lists the gold relations nobody found', () => {
    const sentence = 'Borovia attacked Quentland after Mara Velt met Ivo Brask.';
    const g = gold(sentence, [
      ['Borovia', 'ATTACKS', 'Quentland'],
      ['Mara Velt', 'MEETS', 'Ivo Brask'],
    ]);
    const match = matchSentence(g, [edge(['Borovia'], 'ATTACKS', ['Quentland']), edge(['Quentland'], 'SUPPORTS', ['Ivo Brask'])]);
    expect(match.predictions.map((p) => p.outcome)).toEqual(['correct', 'spurious']);
    expect(match.missed.map((r) => r.type)).toEqual(['MEETS']);
  });
});
