import { describe, expect, it } from 'vitest';
import { definedNames, withDefinedNames, withSurnames } from './definitions.js';
import type { NerSpan } from './model.js';

const sentences = (...texts: string[]): string[][] => texts.map((text) => text.split(' '));
const names = (...texts: string[]): string[] => definedNames(sentences(...texts)).map(({ words, type }) => `${words.join(' ')}/${type}`);

describe('names a document defines', () => {
  it('by a copula and a kind noun at the start of a sentence', () => {
    expect(names('Brensbach is a municipality in the Odenwaldkreis district .')).toEqual(['Brensbach/LOC']);
    expect(names('Dark Room Notes are a four-piece electro band based in Dublin .')).toEqual(['Dark Room Notes/ORG']);
    expect(names('Digilogue is the twentieth album by Erwin Gutawa .')).toEqual(['Digilogue/MISC']);
    expect(names('Agnieszka Baranowska ( 1819 - 1890 ) was a Polish playwright and poet .')).toEqual(['Agnieszka Baranowska/PER']);
    expect(names('Connecticut Classic Lotto is one of the games offered by the state lottery .')).toEqual(['Connecticut Classic Lotto/MISC']);
  });

  it('by the last kind noun of the phrase, two-word kinds first', () => {
    expect(names('The Echelon is a publicity street team for the band .')).toEqual(['Echelon/ORG']);
    expect(names('Coronado Unified is the school district in Coronado .')).toEqual(['Coronado Unified/ORG']);
    expect(names('Atwick is a village and civil parish in Holderness .')).toEqual(['Atwick/LOC']);
  });

  it('by apposition and by a kind noun right before the name', () => {
    expect(names('It was recorded by Runemagick , a Swedish death metal band .')).toEqual(['Runemagick/ORG']);
    expect(names('He grew up in the village of Aisby .')).toEqual(['Aisby/LOC']);
    expect(names('She signed with record label Distance Records in 2001 .')).toEqual(['Distance Records/ORG']);
  });

  it('not a pronoun, a title after the kind, a month, or a sentence without a kind noun', () => {
    expect(names('It is a village in Hesse .')).toEqual([]);
    expect(names('The party President Ana Lima spoke .')).toEqual([]);
    expect(names('Ana Lima is a very kind person .')).toEqual([]);
    expect(names('The town on Monday voted .')).toEqual([]);
  });
});

describe('a defined name across its document', () => {
  const span = (start: number, end: number, type: NerSpan['type']): NerSpan => ({ start, end, type, score: 0.8 });

  it('takes its defined type wherever it is repeated, over what the tagger found', () => {
    const doc = sentences('Crazyhead are an English punk rock band .', 'Crazyhead toured with Kerrang .', 'Later , Crazyhead split .');
    const tagged = [[span(0, 1, 'PER')], [span(0, 1, 'LOC'), span(3, 4, 'PER')], []];
    const result = withDefinedNames(doc, tagged).map((spans, n) => spans.map((s) => `${doc[n]!.slice(s.start, s.end).join(' ')}/${s.type}`));
    expect(result).toEqual([['Crazyhead/ORG'], ['Crazyhead/ORG', 'Kerrang/PER'], ['Crazyhead/ORG']]);
  });

  it('replaces the pieces the tagger cut the name into', () => {
    const doc = sentences('30 Seconds to Mars is an American rock band .', 'Fans of 30 Seconds to Mars waited .');
    const tagged = [[span(3, 4, 'LOC')], [span(5, 6, 'LOC')]];
    expect(withDefinedNames(doc, tagged)[1]).toEqual([{ start: 2, end: 6, type: 'ORG', score: 1 }]);
  });

  it('leaves a document without definitions as the tagger left it', () => {
    const doc = sentences('Rain fell on Oslo .');
    expect(withDefinedNames(doc, [[span(3, 4, 'LOC')]])).toEqual([[span(3, 4, 'LOC')]]);
  });
});

describe('a surname after the full name', () => {
  const span = (start: number, end: number, type: NerSpan['type']): NerSpan => ({ start, end, type, score: 0.8 });
  const shown = (doc: string[][], spans: NerSpan[][]) => spans.map((s, n) => s.map((x) => `${doc[n]!.slice(x.start, x.end).join(' ')}/${x.type}`));

  it('is the person where the tagger left it out', () => {
    const doc = sentences('Ben Player won the title .', 'This month Player returns to Hawaii .', '" Never , " says Player .');
    const tagged = [[span(0, 2, 'PER')], [span(5, 6, 'LOC')], []];
    expect(shown(doc, withSurnames(doc, tagged))).toEqual([['Ben Player/PER'], ['Player/PER', 'Hawaii/LOC'], ['Player/PER']]);
  });

  it('but not inside another name, where the tagger typed it otherwise, or when it is a month', () => {
    const doc = sentences('Bill May pitched .', 'He won the Player Award in May .', 'Player Inc. rose .', 'In March , May retired .');
    const tagged = [[span(0, 2, 'PER')], [span(3, 5, 'MISC')], [span(0, 2, 'ORG')], []];
    expect(shown(doc, withSurnames(doc, tagged))).toEqual([['Bill May/PER'], ['Player Award/MISC'], ['Player Inc./ORG'], []]);
  });
});

describe('what defines no name', () => {
  const span = (start: number, end: number, type: NerSpan['type']): NerSpan => ({ start, end, type, score: 0.8 });

  it('an opening adverbial before an apposition, or a date', () => {
    expect(names('On Friday , an environmental group filed a motion .')).toEqual([]);
    expect(names('A building collapsed on Monday in Magnitogorsk , a city in Russia .')).toEqual(['Magnitogorsk/LOC']);
  });

  it('words the tagger read as two names', () => {
    const doc = sentences('Doug Miller of Milltech Marine , a boat company , spoke .', 'Milltech Marine grew .');
    const tagged = [[span(0, 2, 'PER'), span(3, 5, 'ORG')], [span(0, 2, 'ORG')]];
    expect(withDefinedNames(doc, tagged)).toEqual(tagged);
  });
});

describe('a defined name inside a longer one', () => {
  it('leaves the longer name as the tagger found it', () => {
    const doc = sentences('Professor Jean-Jacques Muyembe spoke .', 'It was under professor Muyembe that the trial ran .');
    const tagged: NerSpan[][] = [[{ start: 1, end: 3, type: 'PER', score: 0.9 }], []];
    expect(withDefinedNames(doc, tagged)).toEqual([[{ start: 1, end: 3, type: 'PER', score: 0.9 }], [{ start: 4, end: 5, type: 'PER', score: 1 }]]);
  });
});
