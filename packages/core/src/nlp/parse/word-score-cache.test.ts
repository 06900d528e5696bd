import { describe, expect, it } from 'vitest';
import { readParserModel, SHIPPED_PARSER_PATH } from './load.js';

describe('the tagger\'s per-word cache', () => {
  it('tags a word the same whatever words the model tagged before, even one whose hashes it shares', () => {
    // "[" and "X" once shared a cache entry: after a bracket, the X of a name was tagged as punctuation.
    const sentence = ['Karo', 'X', 'spoke', 'in', 'Oslo', '.'];
    const fresh = readParserModel(SHIPPED_PARSER_PATH).parse(sentence).upos;
    const used = readParserModel(SHIPPED_PARSER_PATH);
    used.parse(['See', 'note', '[', '1', ']', '.']);
    expect(used.parse(sentence).upos).toEqual(fresh);
    expect(fresh[1]).toBe('PROPN');
  });
});
