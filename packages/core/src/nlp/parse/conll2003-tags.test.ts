import { describe, expect, it } from 'vitest';
import { parseConll2003Tags } from './conll2003-tags.js';

/** Made-up sentences in the CoNLL-2003 layout: token, PTB tag, chunk, entity tag (O unless given: "Kessel/NNP/I-LOC"). */
const conll = (...sentences: string[]): string =>
  sentences
    .map((s) => s.split(' ').map((item) => { const [word, tag, entity] = item.split('/'); return `${word} ${tag} O ${entity ?? 'O'}`; }).join('\n'))
    .join('\n\n');

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

  it('reads a nationality the news tags NNP as an adjective, JJ alone and NNP inside a name', () => {
    const sentences = parseConll2003Tags(
      conll(
        'The/DT Valdorian/JJ/I-MISC army/NN left/VBD ./.',
        'Valdorian/NNP/I-MISC Chancellor/NNP Karo/NNP/I-PER Tessel/NNP/I-PER spoke/VBD ./.',
        'He/PRP joined/VBD the/DT Valdorian/NNP/I-ORG Senate/NNP/I-ORG ./.',
      ),
    );
    const tagged = (s: (typeof sentences)[number]): string[] => s.forms.map((form, i) => `${form}/${s.upos[i]}/${s.xpos[i]}`);
    expect(tagged(sentences[1]!).slice(0, 4)).toEqual(['Valdorian/ADJ/JJ', 'Chancellor/PROPN/NNP', 'Karo/PROPN/NNP', 'Tessel/PROPN/NNP']);
    expect(tagged(sentences[2]!).slice(3, 5)).toEqual(['Valdorian/ADJ/NNP', 'Senate/PROPN/NNP']);
  });

  it('reads an adjective opening a title as an adjective, but keeps places, persons and the head of a name as names', () => {
    const sentences = parseConll2003Tags(
      conll(
        'The/DT foreign/JJ press/NN and/CC foreign/JJ aid/NN and/CC foreign/JJ debt/NN grew/VBD ./.',
        'Foreign/NNP Minister/NNP Ana/NNP/I-PER Rell/NNP/I-PER met/VBD Valdorian/NNP/I-PER Pim/NNP/I-PER ./.',
        'Valdorian/NNP officials/NNS left/VBD ./.',
        'Tessel/NNP/I-ORG Valdorian/NNP/I-ORG won/VBD the/DT Kessel/NNP/I-MISC Valdorian/NNP/I-MISC in/IN Valdorian/NNP/I-LOC ./.',
        'South/NNP/I-LOC Kessel/NNP/I-LOC is/VBZ a/DT Valdorian/JJ/I-MISC land/NN with/IN a/DT Valdorian/JJ/I-MISC king/NN ./.',
        'In/IN South/NNP Kessel/NNP the/DT south/JJ wind/NN ,/, south/JJ coast/NN and/CC south/JJ side/NN met/VBD ./.',
      ),
    );
    const upos = (s: (typeof sentences)[number]): string[] => s.forms.map((form, i) => `${form}/${s.upos[i]}`);
    expect(upos(sentences[1]!).slice(0, 2)).toEqual(['Foreign/ADJ', 'Minister/PROPN']);
    expect(upos(sentences[1]!)[5]).toBe('Valdorian/PROPN');
    expect(upos(sentences[2]!)[0]).toBe('Valdorian/ADJ');
    expect(upos(sentences[3]!).filter((t) => t.startsWith('Valdorian'))).toEqual(['Valdorian/PROPN', 'Valdorian/PROPN', 'Valdorian/PROPN']);
    expect(upos(sentences[4]!)[0]).toBe('South/PROPN');
    expect(upos(sentences[5]!)[1]).toBe('South/PROPN');
  });
});
