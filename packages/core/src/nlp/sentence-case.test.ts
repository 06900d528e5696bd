import { describe, expect, it } from 'vitest';
import { extractDocument, restoreSyntax } from '../extract/document-extraction.js';
import { defaultMentionContext } from './mentions.js';
import { isTitleCaseHeading, loadWordCase, readInSentenceCase, WordCase } from './sentence-case.js';
import { splitSentences } from './sentences.js';

const norms = (text: string) => {
  return readInSentenceCase(splitSentences(text)[0]!, loadWordCase()).tokens.map((t) => t.norm);
};

describe('WordCase', () => {
  const table = ['# a comment', 'council', 'Legion', 'urge'].join('\n');

  it('lowers the words the table writes in lower case', () => {
    const wordCase = new WordCase(table);
    expect(['Council', 'COUNCIL', 'Urge'].map((w) => wordCase.isLowerCase(w))).toEqual([true, true, true]);
  });

  it('lowers the forms of the shipped table\'s words that the dictionary leads back to', () => {
    expect(['Deports', 'Bloggers', 'Shelled'].map((w) => loadWordCase().isLowerCase(w))).toEqual([true, true, true]);
  });

  it('keeps the capital of a word the table writes capitalised, though a dictionary knows it', () => {
    expect(new WordCase(table, { isWord: () => true }).isLowerCase('Legion')).toBe(false);
  });

  it('asks the dictionary about words the table never met, and keeps a capital neither knows', () => {
    expect(new WordCase(table, { isWord: (w) => w === 'blogger' }).isLowerCase('Blogger')).toBe(true);
    expect(new WordCase(table, { isWord: (w) => w === 'blogger' }).isLowerCase('Quorvath')).toBe(false);
  });

  it('keeps the capitals of places the dictionary lists in lower case', () => {
    // WordNet writes countries in lower case ("niger"); the shipped table must not lower them.
    expect(['Niger', 'Belize', 'Vanuatu'].map((w) => loadWordCase().isLowerCase(w))).toEqual([false, false, false]);
  });
});

describe('readInSentenceCase', () => {
  it('writes a title-case headline in sentence case, its names kept', () => {
    expect(norms('Valdoria Deports Kesselian Blogger to Quorvath\n')).toEqual(['Valdoria', 'deports', 'Kesselian', 'blogger', 'to', 'Quorvath']);
  });

  it('leaves a headline in sentence case, in capitals, or a sentence of running text as written', () => {
    expect(norms('Valdoria attends Kessel Fair in Quorvath\n')).toEqual(['Valdoria', 'attends', 'Kessel', 'Fair', 'in', 'Quorvath']);
    expect(norms('VALDORIA DEPORTS BLOGGER TO QUORVATH\n')).toEqual(['VALDORIA', 'DEPORTS', 'BLOGGER', 'TO', 'QUORVATH']);
    expect(norms('Valdoria Deports The Blogger To Quorvath Again.')).toEqual(['Valdoria', 'Deports', 'The', 'Blogger', 'To', 'Quorvath', 'Again', '.']);
  });

  it('keeps the capitals of a body\'s name of common words after a name, not of a verb before the body', () => {
    expect(norms('Valdoria Teachers Union Demands Back Pay\n')).toEqual(['Valdoria', 'Teachers', 'Union', 'demands', 'back', 'pay']);
    expect(norms("Valdoria's Energy Ministry Cancels Licence\n")).toEqual(['Valdoria', "'s", 'Energy', 'Ministry', 'cancels', 'licence']);
    expect(norms('Valdoria Backs Trade Alliance\n')).toEqual(['Valdoria', 'backs', 'trade', 'alliance']);
  });

  it('keeps the capital of a place the counted text writes in lower case', () => {
    expect(loadWordCase().isLowerCase('Fiji')).toBe(false);
  });

  it('counts a headline with function words in lower case as title case', () => {
    const [heading] = splitSentences('Valdoria Holds Talks with Kessel on Fishing Quotas\n');
    expect(isTitleCaseHeading(heading!)).toBe(true);
  });
});

describe('a title-case headline in the build', () => {
  const context = defaultMentionContext();

  it('is parsed in sentence case: its verb a verb, the person it names proper nouns', () => {
    const text = 'Valdoria Deports Kesselian Blogger Pim Voss to Kessel\n';
    const [parse] = restoreSyntax(extractDocument(text, context));
    expect(parse!.upos[1]).toBe('VERB');
    expect(parse!.lemma[1]).toBe('deport');
    expect(parse!.head[1]).toBe(-1);
    expect([parse!.upos[4], parse!.upos[5]]).toEqual(['PROPN', 'PROPN']);
  });

  it('finds the names a headline-only document states, quoted as it writes them', () => {
    const names = extractDocument('Quorvath Union Urges Valdoria to Free Detained Reporters\n', context).names;
    expect(names.map((m) => [m.text, m.inDoubtfulHeading])).toEqual([
      ['Quorvath Union', false],
      ['Valdoria', false],
    ]);
  });
});
