import { describe, expect, it } from 'vitest';
import { guessNameType } from './mentions.js';
import { graphOfTexts, labelsOfType } from '../testing.js';

const type = (name: string, label?: 'PER' | 'LOC' | 'ORG' | 'MISC') => guessNameType(name.split(' '), label, []);

describe('the type of a name', () => {
  it('comes from its head noun before what the tagger guessed', () => {
    expect(type('Federal Aviation Administration', 'MISC')).toBe('Organization');
    expect(type('Strait of Hormuz', 'ORG')).toBe('Location');
    expect(type('Joint Comprehensive Plan of Action', 'ORG')).toBe('Agreement');
  });

  it('finds the head before a complement opened by "of", "for" or "on"', () => {
    expect(type('Cooperative Institute for Research in Environmental Sciences')).toBe('Organization');
    expect(type('Commission on International Religious Freedom', 'MISC')).toBe('Organization');
  });

  it('makes a place a city or a region where reference lists say so, but never a building or a street', () => {
    const lists = (words: readonly string[]) => ({ 'Lake Forest': 'City', 'Rhode Island': 'Region', 'Hyde Park': 'City', Ruritania: 'Region' } as const)[words.join(' ') as 'Lake Forest'];
    const typed = (name: string, label: 'LOC' | 'MISC') => guessNameType(name.split(' '), label, [], lists);
    expect(typed('Lake Forest', 'LOC')).toBe('City');
    expect(typed('Rhode Island', 'LOC')).toBe('Region');
    expect(typed('Hyde Park', 'LOC')).toBe('Location');
    expect(typed('Ruritania', 'MISC')).toBe('Other');
    expect(typed('Quux City', 'LOC')).toBe('City');
    expect(typed('Long Island', 'LOC')).toBe('Location');
  });

  it('does not make a region of a compass word before a demonym ("South American")', () => {
    expect(type('South American', 'MISC')).toBe('Other');
    expect(type('South Quuxland', 'LOC')).toBe('Region');
  });

  it('keeps a person a person', () => {
    expect(type('Walter Brandt', 'PER')).toBe('Person');
  });
});

describe('name mentions', () => {
  it('keep a name written with an en dash whole ("Export–Import Bank"), but not two places joined by one', () => {
    const graph = graphOfTexts('Benedict Oramah, president of the African Export–Import Bank, said the loan was approved.', 'The Russia–Ukraine talks ended on Monday.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['Export-Import Bank']);
    expect(labelsOfType(graph, 'Country')).toEqual(['Russia', 'Ukraine']);
  });

  it('take in the head noun and its complement after a name ("United States" + "Department" + "of Justice")', () => {
    const graph = graphOfTexts('On Friday the company said the United States Department of Justice was performing a criminal investigation.', 'The US Department of Justice declined to comment.');
    expect(labelsOfType(graph, 'Organization')).toEqual(['United States Department of Justice']);
  });

  it('do not strip a title word off an organisation ("Foreign Ministry")', () => {
    const graph = graphOfTexts('The Foreign Ministry of Chile denied the report.');
    expect(labelsOfType(graph, 'Person')).toEqual([]);
    expect(labelsOfType(graph, 'Organization')).toEqual(['Foreign Ministry (Chile)']);
  });
});
