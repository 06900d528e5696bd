import { describe, expect, it } from 'vitest';
import { parseConllu } from './conllu.js';
import { decodeParserModel, encodeParserModel } from './model-file.js';
import { ParserModel } from './model.js';
import { trainParserModel } from './train.js';

// Made-up sentences in CoNLL-U: enough for a tiny model to learn them by heart.
const rows = (words: string[][]): string => words.map((w, i) => [i + 1, w[0], w[1], w[2], w[3], '_', w[4], w[5], '_', '_'].join('\t')).join('\n');
const TREEBANK = [
  rows([
    ['Tova', 'Tova', 'PROPN', 'NNP', '2', 'nsubj'],
    ['signed', 'sign', 'VERB', 'VBD', '0', 'root'],
    ['the', 'the', 'DET', 'DT', '4', 'det'],
    ['pact', 'pact', 'NOUN', 'NN', '2', 'obj'],
    ['.', '.', 'PUNCT', '.', '2', 'punct'],
  ]),
  rows([
    ['The', 'the', 'DET', 'DT', '2', 'det'],
    ['pact', 'pact', 'NOUN', 'NN', '4', 'nsubj:pass'],
    ['was', 'be', 'AUX', 'VBD', '4', 'aux:pass'],
    ['signed', 'sign', 'VERB', 'VBN', '0', 'root'],
    ['by', 'by', 'ADP', 'IN', '6', 'case'],
    ['Brann', 'Brann', 'PROPN', 'NNP', '4', 'obl:agent'],
    ['.', '.', 'PUNCT', '.', '4', 'punct'],
  ]),
  rows([
    ['Brann', 'Brann', 'PROPN', 'NNP', '2', 'nsubj'],
    ['met', 'meet', 'VERB', 'VBD', '0', 'root'],
    ['Tova', 'Tova', 'PROPN', 'NNP', '2', 'obj'],
    ['.', '.', 'PUNCT', '.', '2', 'punct'],
  ]),
].join('\n\n');

describe('the parser model file', () => {
  it('reads back a model that tags, lemmatises and parses as the trained one does', () => {
    const sentences = parseConllu(TREEBANK);
    const trained = trainParserModel(sentences, [], { taggerEpochs: 5, parserEpochs: 8, jackknife: 0, prune: 0 });
    const bytes = encodeParserModel(trained.data);
    const readBack = new ParserModel(decodeParserModel(bytes, 'test'), undefined);
    for (const s of sentences) {
      const parse = readBack.parse(s.forms);
      expect(parse).toEqual(trained.parse(s.forms));
      expect([...parse.heads]).toEqual(s.heads);
      expect(parse.deprels).toEqual(s.deprels);
      expect(parse.lemmas).toEqual(s.lemmas);
    }
  });

  it('refuses a file that is not a parser model, naming it', () => {
    expect(() => decodeParserModel(new Uint8Array([1, 2, 3]), 'odd.bin')).toThrow(/odd\.bin: not a parser model file/);
  });
});
