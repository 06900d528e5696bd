import { describe, expect, it } from 'vitest';
import { loadParserModel } from './load.js';
import { regularVerbLemmas, VerbDictionary } from './verb-dictionary.js';

const dictionary = new VerbDictionary(['# a comment', 'raid', 'shell', 'stop', 'freeze froze frozen', 'find found', 'found', 'ally', 'halt'].join('\n'));

describe('the dictionary of verbs', () => {
  it('undoes regular endings, most likely first, and a doubled consonant last', () => {
    expect(regularVerbLemmas('raided')).toEqual(['raide', 'raid']);
    expect(regularVerbLemmas('allied')).toEqual(['ally', 'allie', 'alli']);
    expect(regularVerbLemmas('stopped')).toEqual(['stoppe', 'stopp', 'stop']);
  });

  it('mends a guessed lemma that is no verb to the first regular one it knows', () => {
    expect(dictionary.mend('raided', 'raide')).toBe('raid');
    expect(dictionary.mend('shelled', 'shel')).toBe('shell');
    expect(dictionary.mend('Allied', 'Allie')).toBe('ally');
  });

  it('gives an irregular form its lemma, but leaves a word that is also a lemma to the guess', () => {
    expect(dictionary.mend('froze', 'froze')).toBe('freeze');
    expect(dictionary.mend('found', 'find')).toBe('find');
    expect(dictionary.mend('found', 'found')).toBe('found');
  });

  it('takes a verb in its own lemma\'s form for itself where the guess is no verb', () => {
    expect(dictionary.mend('halt', 'hal')).toBe('halt');
    expect(dictionary.isLemma('halt')).toBe(true);
    expect(dictionary.isLemma('hal')).toBe(false);
  });

  it('keeps a guess it cannot mend', () => {
    expect(dictionary.mend('zorbled', 'zorble')).toBe('zorble');
  });

  it('mends the shipped lemmatiser\'s guesses on verbs the treebank never saw', () => {
    const lemmatiser = loadParserModel().data.lemmatiser;
    expect(['raided', 'shelled', 'boycotted', 'froze', 'traded'].map((verb) => lemmatiser.lemma(verb, 'VERB'))).toEqual(['raid', 'shell', 'boycott', 'freeze', 'trade']);
  });
});
