import { describe, expect, it } from 'vitest';
import { definedNames, withDefinedNames, withSurnames } from './definitions.js';
import type { NerSpan } from './model.js';

// Every name here is made up: the rules must work on names no list holds.
const sentences = (...texts: string[]): string[][] => texts.map((text) => text.split(' '));
const names = (...texts: string[]): string[] => definedNames(sentences(...texts)).map(({ words, type }) => `${words.join(' ')}/${type}`);
const span = (start: number, end: number, type: NerSpan['type']): NerSpan => ({ start, end, type, score: 0.8 });
const shown = (doc: string[][], spans: NerSpan[][]) => spans.map((s, n) => s.map((x) => `${doc[n]!.slice(x.start, x.end).join(' ')}/${x.type}`));

describe('names a document defines', () => {
  it('by a copula and a kind noun at the start of a sentence', () => {
    expect(names('Orlenbach is a municipality in the Talkreis district .')).toEqual(['Orlenbach/LOC']);
    expect(names('Grey Lantern Club are a four-piece electro band based in Ardenport .')).toEqual(['Grey Lantern Club/ORG']);
    expect(names('Saltwater Hours is the third album by Mira Tolland .')).toEqual(['Saltwater Hours/MISC']);
    expect(names('Jadwiga Morenska ( 1802 - 1871 ) was a Polish playwright and poet .')).toEqual(['Jadwiga Morenska/PER']);
    expect(names('River State Jackpot is one of the games offered by the state lottery .')).toEqual(['River State Jackpot/MISC']);
  });

  it('both names of "X or Y were …", and a person by "( born …" whatever follows', () => {
    expect(names('Vardes or Varrins were a discriminated minority in the Alps .')).toEqual(['Vardes/MISC', 'Varrins/MISC']);
    expect(names('40 Rooms to Jupiter ( or Forty Rooms to Jupiter ) is an American rock band .')).toEqual(['40 Rooms to Jupiter/ORG']);
    expect(names('Tom Arkwell ( pronounced ARK-well ) ( born March 24 , 1983 ) pitched for Linmouth .')).toEqual(['Tom Arkwell/PER']);
  });

  it('by the last kind noun of the phrase, two-word kinds first', () => {
    expect(names('The Lanterns is a publicity street team for the band .')).toEqual(['Lanterns/ORG']);
    expect(names('Harlow Valley Unified is the school district in Harlow .')).toEqual(['Harlow Valley Unified/ORG']);
    expect(names('Essby is a village and civil parish in Northmoor .')).toEqual(['Essby/LOC']);
  });

  it('by apposition and by a kind noun right before the name', () => {
    expect(names('It was recorded by Grimhallow , a Swedish death metal band .')).toEqual(['Grimhallow/ORG']);
    expect(names('He grew up in the village of Ottley .')).toEqual(['Ottley/LOC']);
    expect(names('She signed with record label Velvet Pier Records in 2001 .')).toEqual(['Velvet Pier Records/ORG']);
  });

  it('not a pronoun, a title after the kind, a month, or a sentence without a kind noun', () => {
    expect(names('It is a village in Velden .')).toEqual([]);
    expect(names('The party President Ana Lima spoke .')).toEqual([]);
    expect(names('Ana Lima is a very kind person .')).toEqual([]);
    expect(names('The town on Monday voted .')).toEqual([]);
  });

  it('not an opening adverbial before an apposition, nor a date', () => {
    expect(names('On Friday , an environmental group filed a motion .')).toEqual([]);
    expect(names('A building collapsed on Monday in Brackwater , a city in the north .')).toEqual(['Brackwater/LOC']);
  });
});

describe('a defined name across its document', () => {
  it('takes its defined type wherever it is repeated, over what the tagger found', () => {
    const doc = sentences('Ravenfold are an English punk rock band .', 'Ravenfold toured with Tessaly .', 'Later , Ravenfold split .');
    const tagged = [[span(0, 1, 'PER')], [span(0, 1, 'LOC'), span(3, 4, 'PER')], []];
    expect(shown(doc, withDefinedNames(doc, tagged))).toEqual([['Ravenfold/ORG'], ['Ravenfold/ORG', 'Tessaly/PER'], ['Ravenfold/ORG']]);
  });

  it('replaces the pieces the tagger cut the name into', () => {
    const doc = sentences('40 Rooms to Jupiter is an American rock band .', 'Fans of 40 Rooms to Jupiter waited .');
    const tagged = [[span(3, 4, 'LOC')], [span(5, 6, 'LOC')]];
    expect(withDefinedNames(doc, tagged)[1]).toEqual([{ start: 2, end: 6, type: 'ORG', score: 1 }]);
  });

  it('leaves a longer name that holds it as the tagger found it', () => {
    const doc = sentences('Professor Jean-Paul Mabeko spoke .', 'It was under professor Mabeko that the trial ran .');
    const tagged = [[span(1, 3, 'PER')], []];
    expect(withDefinedNames(doc, tagged)).toEqual([[span(1, 3, 'PER')], [{ start: 4, end: 5, type: 'PER', score: 1 }]]);
  });

  it('is not defined by words the tagger read as two names', () => {
    const doc = sentences('Dana Whitfield of Harborline Marine , a boat company , spoke .', 'Harborline Marine grew .');
    const tagged = [[span(0, 2, 'PER'), span(3, 5, 'ORG')], [span(0, 2, 'ORG')]];
    expect(withDefinedNames(doc, tagged)).toEqual(tagged);
  });

  it('leaves a document without definitions as the tagger left it', () => {
    const doc = sentences('Rain fell on Velden .');
    expect(withDefinedNames(doc, [[span(3, 4, 'LOC')]])).toEqual([[span(3, 4, 'LOC')]]);
  });
});

describe('a surname after the full name', () => {
  it('is the person where the tagger left it out', () => {
    const doc = sentences('Lena Quarrell won the title .', 'This month Quarrell returns to Linmouth .', '" Never , " says Quarrell .');
    const tagged = [[span(0, 2, 'PER')], [span(5, 6, 'LOC')], []];
    expect(shown(doc, withSurnames(doc, tagged))).toEqual([['Lena Quarrell/PER'], ['Quarrell/PER', 'Linmouth/LOC'], ['Quarrell/PER']]);
  });

  it('but not inside another name, where the tagger typed it otherwise, or when it is a month', () => {
    const doc = sentences('Bill May pitched .', 'He won the Quarrell Award in May .', 'Quarrell Inc. rose .', 'In March , May retired .');
    const withFull = [[span(0, 2, 'PER')], [span(3, 5, 'MISC')], [span(0, 2, 'ORG')], []];
    expect(shown(doc, withSurnames(doc, withFull))).toEqual([['Bill May/PER'], ['Quarrell Award/MISC'], ['Quarrell Inc./ORG'], []]);
  });
});
