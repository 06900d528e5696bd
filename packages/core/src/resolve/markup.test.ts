import { describe, expect, it } from 'vitest';
import { buildGraphFromDocuments } from '../build.js';
import { documentId, type SourceDocument } from '../ingest/index.js';
import { splitSentences } from '../nlp/sentences.js';
import { graphOfTexts, labelsOfType, nodeByLabel } from '../testing.js';
import { labelAt } from './markup.js';

const labels = (graph: ReturnType<typeof graphOfTexts>) => graph.mapNodes((_, attributes) => attributes.label as string);

describe('corpus markup', () => {
  it('reads "((HN))", "TR:" and a leading "TR" as labels, and an ordinary sentence as none', () => {
    const opening = (text: string) => labelAt(splitSentences(text)[0]!)?.text;
    expect(opening('((HN))  What did you find?')).toBe('HN');
    expect(opening('TR: We found fish.')).toBe('TR');
    expect(opening('TR We found fish.')).toBe('TR');
    expect(opening('The fish sleep in groups.')).toBeUndefined();
  });

  it('gives an interview speaker label no node and keeps the speaker of its turns', () => {
    const graph = graphOfTexts(
      [
        'Tamsin Rook, a marine biologist, studies reef fish in Belize.',
        '((HN)) What did you find?',
        'TR: We found that reef fish sleep in groups.',
        '((HN)) Why does that matter?',
        'TR: Groups protect them from predators.',
        '((HN)) What comes next?',
        'TR: We will study the coast of Belize next year.',
      ].join('\n\n'),
    );
    expect(labels(graph)).not.toContain('HN');
    expect(labels(graph)).not.toContain('TR');
    expect(nodeByLabel(graph, 'Tamsin Rook')?.mentions).toBe(4);
  });

  it('does not make an entity of a publication\'s boilerplate repeated across ten documents', () => {
    const animals = ['goat', 'horse', 'sheep', 'llama', 'camel', 'donkey', 'pony', 'yak', 'alpaca', 'mule'];
    const graph = graphOfTexts(...animals.map((animal) => `The ${animal} show drew crowds in Belize on Monday.\n\nThis report was filed for the Morrow Ledger.`));
    expect(labels(graph)).not.toContain('Morrow Ledger');
    expect(labelsOfType(graph, 'Country')).toEqual(['Belize']);
  });

  it('does not make an entity of a photographer credited under each picture, nor a concept of the credit label', () => {
    const captions = ['A float on the main street.', 'Dancers at the square.', 'The band on stage.', 'A stall selling bread.'];
    const graph = graphOfTexts(
      ['The spring fair drew crowds in Belize on Saturday, and Tamsin Rook opened it.', ...captions.map((caption) => `${caption} Image: Orrin Castell.`)].join('\n\n'),
    );
    expect(labels(graph)).not.toContain('Orrin Castell');
    expect(labels(graph)).not.toContain('image');
    expect(labels(graph)).toEqual(expect.arrayContaining(['Tamsin Rook', 'Belize']));
    // A name written once after a colon is text, not a credit.
    const once = graphOfTexts('The fair drew crowds in Belize on Saturday. Its founder: Orrin Castell.');
    expect(labels(once)).toContain('Orrin Castell');
  });

  it('keeps the names of an article the corpus holds three copies of', () => {
    const article = 'Tamsin Rook opened the reef centre in Belize on Monday. Divers from Chile joined her.';
    const graph = graphOfTexts(`${article} It rained.`, `${article} It was sunny.`, `${article} It was windy.`);
    expect(labels(graph)).toContain('Tamsin Rook');
  });

  it("does not make an entity of the publication its documents' web address names", () => {
    const texts = ['Tamsin Rook told the Morrow Ledger that the reef in Belize was recovering.', 'Belize closed two beaches, the Morrow Ledger learned on Friday.'];
    const documents: SourceDocument[] = texts.map((text, i) => ({ id: documentId(text), title: `Story ${i + 1}`, text, source: `story-${i + 1}`, url: `https://www.morrowledger.example/story-${i + 1}` }));
    const graph = buildGraphFromDocuments(documents);
    expect(labels(graph)).not.toContain('Morrow Ledger');
    expect(labels(graph)).toContain('Tamsin Rook');
  });
});
