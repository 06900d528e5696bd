import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConllFile } from './conll.js';
import { loadNerModel } from './load.js';
import { decodeModel, encodeModel } from './model-file.js';
import { NerModel } from './model.js';
import { trainNerModel } from './train.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../../../tests/fixtures/ner/${name}`, import.meta.url));

const entities = (model: NerModel, sentence: string): string[] => {
  const tokens = sentence.split(' ');
  return model.spans(tokens).map((span) => `${tokens.slice(span.start, span.end).join(' ')}/${span.type}`);
};

describe('NER tagger round trip', () => {
  it('learns a tiny corpus, survives encoding, and tags its names in a new sentence', async () => {
    const documents = await readConllFile(fixture('tiny-train.conll'));
    const trained = trainNerModel(documents, undefined, { epochs: 8 });
    const reloaded = new NerModel(decodeModel(encodeModel(trained.data), 'tiny model'));
    const sentence = 'Ines Duarte visited Hanoi on Tuesday .';
    expect(entities(trained, sentence)).toEqual(['Ines Duarte/PER', 'Hanoi/LOC']);
    expect(entities(reloaded, sentence)).toEqual(entities(trained, sentence));
    expect(reloaded.tag(sentence.split(' '))).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O']);
  });
});

describe('two-pass NER tagger', () => {
  it('trains a document-aware second pass and keeps both passes through encoding', async () => {
    const documents = await readConllFile(fixture('tiny-train.conll'));
    const trained = trainNerModel(documents, undefined, { epochs: 6, twoPass: true, folds: 2 });
    expect(trained.data.passes).toHaveLength(2);
    const reloaded = new NerModel(decodeModel(encodeModel(trained.data), 'tiny model'));
    const document = ['Ines Duarte visited Hanoi on Tuesday .', 'Orbit Labs hired Ines Duarte as chief executive .'].map((s) => s.split(' '));
    expect(reloaded.tagDocument(document)).toEqual(trained.tagDocument(document));
    expect(reloaded.tagDocument(document)[1]).toEqual(['B-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O']);
  });
});

describe('shipped CoNLL-2003 model', () => {
  const model = loadNerModel();

  it('finds people, places and organisations in an ordinary news sentence', () => {
    expect(entities(model, 'Kenyan President William Ruto met executives of Toyota in Nairobi on Monday .')).toEqual([
      'Kenyan/MISC',
      'William Ruto/PER',
      'Toyota/ORG',
      'Nairobi/LOC',
    ]);
    expect(entities(model, 'The European Central Bank kept rates unchanged , Christine Lagarde told reporters in Frankfurt .')).toEqual([
      'European Central Bank/ORG',
      'Christine Lagarde/PER',
      'Frankfurt/LOC',
    ]);
  });

  it('reads curly quotes and split possessives as CoNLL writes them', () => {
    const tokens = ['Brazil', '’s', 'president', 'said', '“', 'we', 'will', 'win', '”', 'in', 'Brasilia', '.'];
    expect(model.spans(tokens).map(({ start, end, type }) => ({ start, end, type }))).toEqual([
      { start: 0, end: 1, type: 'LOC' },
      { start: 10, end: 11, type: 'LOC' },
    ]);
  });

  it('gives each span a score between 0 and 1', () => {
    for (const span of model.spans('Maria Fernandes joined Siemens in Munich .'.split(' '))) {
      expect(span.score).toBeGreaterThan(0);
      expect(span.score).toBeLessThanOrEqual(1);
    }
  });

  it('tags a whole document sentence by sentence, BIO tags matching its spans', () => {
    const document = [
      'Norway beat Sweden 2-1 in Oslo on Sunday .',
      'Erling Haaland scored twice for Norway , coach Stale Solbakken said .',
    ].map((s) => s.split(' '));
    const spans = model.spansDocument(document);
    const tags = model.tagDocument(document);
    expect(tags.map((t) => t.length)).toEqual(document.map((s) => s.length));
    spans.forEach((sentenceSpans, n) => {
      for (const span of sentenceSpans) expect(tags[n]![span.start]).toBe(`B-${span.type}`);
    });
    expect(spans[1]!.map((s) => `${document[1]!.slice(s.start, s.end).join(' ')}/${s.type}`)).toEqual([
      'Erling Haaland/PER',
      'Norway/LOC',
      'Stale Solbakken/PER',
    ]);
  });

  it('does not turn every word of a title-case headline into an entity', () => {
    const headline = 'Chile And Peru Agree To Reopen Border Crossings Near Lima'.split(' ');
    const found = model.spansDocument([headline, 'Officials said the crossings would open on Monday .'.split(' ')])[0]!;
    expect(found.map((s) => `${headline.slice(s.start, s.end).join(' ')}/${s.type}`)).toEqual(['Chile/LOC', 'Peru/LOC', 'Lima/LOC']);
  });

  it('closes entities that greedy decoding, once inside them, carries over lower-case words', async () => {
    // Connectors that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
    const connectors = new Set('of the and for on in at to a an de du des la le del da do dos das di von van der den y et al el bin'.split(' '));
    const documents = await readConllFile(fixture('wikigold.conll.txt'));
    const runOn = (beam: number): number => {
      let count = 0;
      for (const document of documents) {
        const sentences = document.sentences.map((sentence) => sentence.tokens);
        model.spansDocument(sentences, { beam }).forEach((spans, n) => {
          for (const span of spans) {
            if (sentences[n]!.slice(span.start + 1, span.end).some((word) => /^\p{Ll}+$/u.test(word) && !connectors.has(word))) count++;
          }
        });
      }
      return count;
    };
    const greedy = runOn(1);
    expect(greedy).toBeGreaterThan(10);
    // (The span rules cut tails in lower case with nothing capitalised after them, greedy or not: 31 and 12 without.)
    expect(runOn(2)).toBeLessThanOrEqual(greedy / 2);
    const tokens = 'The City Of Marlow opened Riverside Hall in honor of its 100th Birthday .'.split(' ');
    expect(model.spansDocument([tokens])).toEqual(model.spansDocument([tokens], { beam: 2 }));
  });

  it('tells a settlement from a region by its reference lists, and says nothing when they disagree', () => {
    expect(model.placeKind(['Toronto'])).toBe('City');
    expect(model.placeKind(['Saskatchewan'])).toBe('Region');
    expect(model.placeKind(['New', 'Mexico'])).toBe('Region');
    expect(model.placeKind(['Nevada'])).toBe('Region'); // a state, though GeoNames also lists a town of that name
    expect(model.placeKind(['Victoria'])).toBeUndefined(); // a city and a state
    expect(model.placeKind(['Danube'])).toBeUndefined(); // a river
    expect(model.placeKind(['Quux', 'Ville'])).toBeUndefined();
  });

  it('returns nothing for an empty sentence', () => {
    expect(model.spans([])).toEqual([]);
    expect(model.tag([])).toEqual([]);
  });
});
