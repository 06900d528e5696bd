import { describe, expect, it } from 'vitest';
import { defaultMentionContext } from '../nlp/mentions.js';
import { extractDocument } from './document-extraction.js';
import { readExtraction, writtenExtraction } from './written-extraction.js';

const TEXT = 'Quill Talks Resume\nForeign Minister Anna Kovacs of Ruritania met the envoy of Borduria in Geneva on Monday. “Ruritania’s offer stands,” she said.';

describe('writtenExtraction', () => {
  const extraction = extractDocument(TEXT, defaultMentionContext());
  const roundTrip = (written: unknown) => readExtraction(JSON.parse(JSON.stringify(written)));

  it('reads back, through JSON, exactly the extraction it wrote', () => {
    expect(roundTrip(writtenExtraction(extraction))).toEqual(extraction);
  });

  it('reads back an empty document', () => {
    const empty = extractDocument('', defaultMentionContext());
    expect(roundTrip(writtenExtraction(empty))).toEqual(empty);
  });

  it('reads nothing where the counts disagree: a sentence longer than the tokens written, a tag code past the labels', () => {
    const written = writtenExtraction(extraction);
    expect(roundTrip({ ...written, sentenceLengths: [written.sentenceLengths[0]! + 1, ...written.sentenceLengths.slice(1)] })).toBeUndefined();
    expect(roundTrip({ ...written, syntax: { ...written.syntax, labels: written.syntax.labels.slice(0, 1) } })).toBeUndefined();
    expect(roundTrip({ ...written, syntax: { ...written.syntax, lemma: `${written.syntax.lemma} extra` } })).toBeUndefined();
  });
});
