import { describe, expect, it } from 'vitest';
import { guessNameType } from './mentions.js';

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

  it('keeps a person a person', () => {
    expect(type('Walter Brandt', 'PER')).toBe('Person');
  });
});
