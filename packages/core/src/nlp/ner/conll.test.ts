import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConll, readConllFile } from './conll.js';
import { KgraphError } from '../../errors.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../../../tests/fixtures/ner/${name}`, import.meta.url));

describe('CoNLL reader', () => {
  it('reads a 4-column IOB1 file into documents, sentences and spans', async () => {
    const documents = await readConllFile(fixture('iob1-4col.conll'));
    expect(documents).toHaveLength(2);
    expect(documents[0]!.sentences).toHaveLength(2);
    const [first, second] = documents[0]!.sentences;
    expect(first!.tokens).toEqual(['Maria', 'Lopez', 'flew', 'to', 'Lisbon', '.']);
    expect(first!.spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
    // In IOB1, B- only separates two adjacent entities of one type.
    expect(second!.spans).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 3, end: 5, type: 'ORG' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
    expect(documents[1]!.sentences[0]!.spans.map((s) => s.type)).toEqual(['MISC', 'MISC']);
  });

  it('reads the same sentences written in 2-column IOB2 into the same spans', async () => {
    const iob1 = (await readConllFile(fixture('iob1-4col.conll'))).flatMap((d) => d.sentences);
    const iob2 = (await readConllFile(fixture('iob2-2col.conll'))).flatMap((d) => d.sentences);
    expect(iob2.map((s) => s.tokens)).toEqual(iob1.map((s) => s.tokens));
    expect(iob2.map((s) => s.spans)).toEqual(iob1.map((s) => s.spans));
  });

  it('treats a file without -DOCSTART- lines as one document', async () => {
    const text = await readFile(fixture('iob2-2col.conll'), 'utf8');
    expect(parseConll(text)).toHaveLength(1);
  });

  it('names the file and line of a token without a tag', async () => {
    await expect(readConllFile(fixture('malformed-missing-tag.conll'))).rejects.toThrow(/malformed-missing-tag\.conll:2: expected a token and a tag/);
  });

  it('rejects a last column that is not an entity tag', async () => {
    await expect(readConllFile(fixture('malformed-bad-tag.conll'))).rejects.toThrow(/:2: "VBD" is not an entity tag/);
  });

  it('reports a missing file as a KgraphError', async () => {
    await expect(readConllFile(fixture('no-such-file.conll'))).rejects.toBeInstanceOf(KgraphError);
  });
});
