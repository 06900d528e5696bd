import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS, splitSentences, statesRelations } from './sentences.js';

describe('splitSentences', () => {
  it('ends sentences at full stops but not after "U.S." inside a sentence', () => {
    const sentences = splitSentences('Talks between the U.S. and Chile resumed. Peru said “it is good.” Then it rained.');
    expect(sentences.map((s) => s.text)).toEqual(['Talks between the U.S. and Chile resumed.', 'Peru said “it is good.”', 'Then it rained.']);
  });

  it('marks short lines without closing punctuation as headings', () => {
    const sentences = splitSentences('Chile’s Quiet Role in Peru Diplomacy\nChile has played a role.');
    expect(sentences.map((s) => s.isHeading)).toEqual([true, false]);
  });

  it('lets a headline state relations but no section head', () => {
    const sentences = splitSentences('Chile Recalls Its Envoy\nChile recalled its envoy on Monday.\nReactions\nPeru said nothing.');
    expect(sentences.map((s) => [s.isHeading, statesRelations(s)])).toEqual([[true, true], [false, true], [true, false], [false, true]]);
  });

  it('keeps offsets that point into the document text', () => {
    const text = 'First line here.\nSecond line, with more. And a third.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('sets a wire dateline opening a paragraph apart from the sentence after it', () => {
    const text = 'LIMA, Peru, May 2 — Chile recalled its envoy.\nSANTIAGO (Agency) -- Peru said nothing.\nNATO said nothing. UN — the body met.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'LIMA, Peru, May 2 —',
      'Chile recalled its envoy.',
      'SANTIAGO (Agency) --',
      'Peru said nothing.',
      'NATO said nothing.',
      'UN — the body met.',
    ]);
  });

  it('cuts a run of text with no punctuation into pieces the tagger can handle', () => {
    const sentences = splitSentences('word '.repeat(1000));
    expect(sentences.length).toBeGreaterThan(1000 / MAX_SENTENCE_TOKENS);
    expect(Math.max(...sentences.map((s) => s.tokens.length))).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });
});
