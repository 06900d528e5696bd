import { describe, expect, it } from 'vitest';
import { parseConll } from './conll.js';
import { titleCaseCopies } from './headline-case.js';

const document = parseConll(
  ['RUGBY B-MISC', 'LEAGUE I-MISC', '- O', 'NATO B-ORG', 'SIDE O', 'BEATS O', 'OSLO B-LOC', 'TEAM O', '', 'The O', 'NATO B-ORG', 'side O', 'won O', 'in O', 'Oslo B-LOC', '. O'].join('\n'),
)[0]!;

describe('title-case training copies', () => {
  it('title-cases a capitals headline but keeps words the body writes in capitals', () => {
    const copies = titleCaseCopies(document, () => 0.9);
    expect(copies[0]!.tokens).toEqual(['Rugby', 'League', '-', 'NATO', 'Side', 'Beats', 'Oslo', 'Team']);
    expect(copies[0]!.spans).toEqual(document.sentences[0]!.spans);
  });

  it('capitalises the first body sentence, short words too or not at all', () => {
    expect(titleCaseCopies(document, () => 0.9)[1]!.tokens).toEqual(['The', 'NATO', 'Side', 'Won', 'In', 'Oslo', '.']);
    expect(titleCaseCopies(document, () => 0.1)[1]!.tokens).toEqual(['The', 'NATO', 'Side', 'Won', 'in', 'Oslo', '.']);
  });
});
