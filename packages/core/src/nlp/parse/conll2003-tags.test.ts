import { describe, expect, it } from 'vitest';
import { parseConll2003Tags } from './conll2003-tags.js';

/** Made-up sentences in the CoNLL-2003 layout: token, PTB tag, chunk, entity tag. */
const conll = (...sentences: string[]): string =>
  sentences.map((s) => s.split(' ').map((pair) => { const [word, tag] = pair.split('/'); return `${word} ${tag} O O`; }).join('\n')).join('\n\n');

const tagsOf = (sentence: string): string[] => {
  const [s] = parseConll2003Tags(conll(sentence));
  return s!.upos.map((upos, i) => `${s!.forms[i]}/${upos}/${s!.xpos[i]}`);
};

describe('parseConll2003Tags', () => {
  it('reads a verb as a verb and forms of "be" as auxiliaries', () => {
    expect(tagsOf('Valdoria/NNP threatened/VBD Kessel/NNP and/CC is/VBZ angry/JJ ./.')).toEqual([
      'Valdoria/PROPN/NNP', 'threatened/VERB/VBD', 'Kessel/PROPN/NNP', 'and/CCONJ/CC', 'is/AUX/VBZ', 'angry/ADJ/JJ', './PUNCT/.',
    ]);
  });

  it('reads "have" and "do" as auxiliaries only before a verb', () => {
    expect(tagsOf('Tessel/NNP has/VBZ not/RB signed/VBN ,/, but/CC has/VBZ a/DT plan/NN ./.').map((t) => t.split('/')[1])).toEqual([
      'PROPN', 'AUX', 'PART', 'VERB', 'PUNCT', 'CCONJ', 'VERB', 'DET', 'NOUN', 'PUNCT',
    ]);
    expect(tagsOf("We/PRP do/VBP n't/RB agree/VB ./.")[1]).toBe('do/AUX/VBP');
  });

  it('tells the infinitive "to" from the preposition and a subordinator from a preposition', () => {
    expect(tagsOf('Kessel/NNP agreed/VBD to/TO sign/VB after/IN talks/NNS with/IN Valdoria/NNP ./.')).toEqual([
      'Kessel/PROPN/NNP', 'agreed/VERB/VBD', 'to/PART/TO', 'sign/VERB/VB', 'after/ADP/IN', 'talks/NOUN/NNS', 'with/ADP/IN', 'Valdoria/PROPN/NNP', './PUNCT/.',
    ]);
    expect(tagsOf('He/PRP left/VBD after/IN the/DT talks/NNS ended/VBD to/TO Kessel/NNP ./.').slice(2, 7)).toEqual([
      'after/SCONJ/IN', 'the/DET/DT', 'talks/NOUN/NNS', 'ended/VERB/VBD', 'to/ADP/IN',
    ]);
    expect(tagsOf('He/PRP said/VBD that/IN Tessel/NNP won/VBD ./.')[2]).toBe('that/SCONJ/IN');
  });

  it('gives brackets and quotes the treebank\'s own tags', () => {
    expect(tagsOf('"/" Kessel/NNP "/" (/( Valdoria/NNP )/)').map((t) => t.split('/').slice(1).join('/'))).toEqual([
      'PUNCT/``', 'PROPN/NNP', "PUNCT/''", 'PUNCT/-LRB-', 'PROPN/NNP', 'PUNCT/-RRB-',
    ]);
  });

  it('reads a demonstrative alone as a pronoun and before a noun as a determiner', () => {
    expect(tagsOf('This/DT is/VBZ that/DT plan/NN ./.').map((t) => t.split('/')[1])).toEqual(['PRON', 'AUX', 'DET', 'NOUN', 'PUNCT']);
  });

  it('leaves out document markers, headlines in capitals and score tables', () => {
    const sentences = parseConll2003Tags(
      conll('-DOCSTART-/-X-', 'KESSEL/NNP BEAT/VBD VALDORIA/NNP', 'Kessel/NNP 2/CD Valdoria/NNP 1/CD', 'Karo/NNP Tessel/NNP won/VBD ./.'),
    );
    expect(sentences.map((s) => s.forms.join(' '))).toEqual(['Karo Tessel won .']);
  });
});
