import { describe, expect, it } from 'vitest';
import { initialisms, loadGazetteer, matchGazetteerAt } from './gazetteer.js';

const gazetteer = loadGazetteer();
const canonical = (phrase: string) => gazetteer.entries.get(phrase)?.canonical;

describe('the country gazetteer', () => {
  it('knows a country by its name, official name, initialisms and dotted initialisms', () => {
    for (const name of ['United Kingdom', 'UK', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland']) expect(canonical(name)).toBe('United Kingdom');
    expect(canonical('UAE')).toBe('United Arab Emirates');
  });

  it('maps capitals and demonyms to their country, preferring the sovereign state', () => {
    expect(gazetteer.entries.get('Canberra')).toMatchObject({ kind: 'capital', canonical: 'Australia' });
    expect(gazetteer.entries.get('Norwegian')).toMatchObject({ kind: 'demonym', canonical: 'Norway' });
    expect(gazetteer.entries.get('American')).toMatchObject({ kind: 'demonym', canonical: 'United States' });
  });

  it('knows each word for the people of a country of two parts, and the adjectives WordNet gives a country', () => {
    expect(gazetteer.entries.get('Bosnian')).toMatchObject({ kind: 'demonym', canonical: 'Bosnia and Herzegovina' });
    expect(gazetteer.entries.get('Herzegovinian')).toMatchObject({ kind: 'demonym', canonical: 'Bosnia and Herzegovina' });
    expect(gazetteer.entries.get('Icelandic')).toMatchObject({ kind: 'demonym', canonical: 'Iceland' });
    expect(gazetteer.entries.get('Soviet')).toBeUndefined(); // WordNet's Soviet Union is also "Russia"
  });

  it('knows the adjective a state\'s own name is made of as its demonym ("Kyrgyz Republic")', () => {
    expect(gazetteer.entries.get('Kyrgyz')).toMatchObject({ kind: 'demonym', canonical: 'Kyrgyzstan' });
    expect(gazetteer.entries.get('Hellenic')).toMatchObject({ kind: 'demonym', canonical: 'Greece' });
  });

  it('knows a country by the short name inside a listed "Republic of …", unless another country shares it', () => {
    expect(canonical('Turkey')).toBe('Türkiye');
    expect(canonical('Korea')).toBeUndefined(); // "Republic of Korea": North Korea's name holds it too
  });

  it('knows a country by its other names in WordNet ("Britain"), but not by a big city\'s name or a region\'s', () => {
    expect(canonical('Britain')).toBe('United Kingdom');
    expect(canonical('Siam')).toBe('Thailand');
    expect(canonical('Gold Coast')).toBeUndefined();
    expect(canonical('Central Africa')).toBeUndefined();
  });

  it('knows the words WordNet gives for a country\'s people, and their plurals ("Swede", "Swedes")', () => {
    expect(gazetteer.entries.get('Swede')).toMatchObject({ kind: 'demonym', canonical: 'Sweden' });
    expect(gazetteer.entries.get('Swedes')).toMatchObject({ kind: 'demonym', canonical: 'Sweden' });
    expect(gazetteer.entries.get('Britons')).toMatchObject({ kind: 'demonym', canonical: 'United Kingdom' });
  });

  it('does not take two-letter codes that are English words for countries', () => {
    for (const word of ['IT', 'NO', 'IN', 'AT', 'BE', 'IS']) expect(gazetteer.entries.has(word)).toBe(false);
  });

  it('keeps look-alike countries apart', () => {
    expect(canonical('Iraq')).toBe('Iraq');
    expect(canonical('Niger')).toBe('Niger');
    expect(canonical('Nigeria')).toBe('Nigeria');
  });

  it('finds the longest place name starting at a token', () => {
    const words = ['the', 'United', 'Arab', 'Emirates', 'said'];
    expect(matchGazetteerAt(gazetteer, words, 1)?.[0]).toBe(4);
    expect(matchGazetteerAt(gazetteer, words, 0)).toBeUndefined();
  });

  it('builds initialisms only from capitalised words of a name', () => {
    expect(initialisms('United States of America')).toEqual(['USA', 'U.S.A.']);
    expect(initialisms('Chad')).toEqual([]);
  });
});
