import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './formats/csv.js';
import { parseJsonl } from './formats/jsonl.js';
import { readDocuments } from './read-documents.js';

/** Writes a file into a fresh folder and reads it as kgraph build would. */
function read(name: string, content: string | Buffer, maxFileBytes: number) {
  const path = join(mkdtempSync(join(tmpdir(), 'kgraph-read-')), name);
  writeFileSync(path, content);
  return readDocuments([{ path, display: name }], { maxFileBytes });
}

const article = (n: number) => ({ title: `Report ${n}`, text: `Officials in Region ${n} said on Monday that talks would resume. ${'More detail follows. '.repeat(40)}` });

describe('reading files of records (JSON Lines, CSV)', () => {
  it('reads a JSON Lines file far larger than the limit a line at a time, skipping only the line over it', () => {
    const lines = Array.from({ length: 6000 }, (_, n) => JSON.stringify(article(n)));
    lines[4321] = JSON.stringify({ title: 'Too long', text: 'word '.repeat(40_000) });
    const { documents, issues } = read('feed.jsonl', lines.join('\n'), 100 * 1024);
    expect(documents).toHaveLength(5999);
    expect(issues).toEqual([{ source: 'feed.jsonl#4322', reason: 'line 4322 is 195.3 KB, over the 100.0 KB limit per document; raise --max-file-size', severity: 'skipped' }]);
  });

  it('gives the same documents a line at a time as the whole-file parser, across read chunks', () => {
    const text = Array.from({ length: 6000 }, (_, n) => JSON.stringify(article(n))).join('\r\n');
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const { documents, issues } = read('feed.jsonl', text, 16 * 1024 * 1024);
    expect(issues).toEqual([]);
    expect(documents).toEqual(parseJsonl(text, 'feed.jsonl').documents);
  });

  it('keeps quoted line breaks, commas and quotes inside one CSV row, as the whole-file parser does', () => {
    const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;
    const rows = Array.from({ length: 6000 }, (_, n) => {
      const { title, text } = article(n);
      return [quote(title), quote(`${text}\nA second paragraph, "quoted", follows.\n`), `2019-01-${String((n % 28) + 1).padStart(2, '0')}`].join(',');
    });
    const csv = ['title,text,date', ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(5 * 1024 * 1024);
    const { documents, issues } = read('table.csv', csv, 16 * 1024 * 1024);
    expect(issues).toEqual([]);
    expect(documents).toHaveLength(6000);
    expect(documents[7]!.text).toContain('A second paragraph, "quoted", follows.');
    expect(documents).toEqual(parseCsv(csv, 'table.csv').documents);
  });

  it('reads a line that is not UTF-8 as Windows-1252 and says which', () => {
    const content = Buffer.concat([
      Buffer.from(`${JSON.stringify({ title: 'One', text: 'Plain text.' })}\n`),
      Buffer.from(`{"title": "Two", "text": "Caf\xe9 talks in Lima."}\n`, 'latin1'),
    ]);
    const { documents, issues } = read('feed.jsonl', content, 1024);
    expect(documents.map((d) => d.text)).toEqual(['One\n\nPlain text.', 'Two\n\nCafé talks in Lima.']);
    expect(issues).toEqual([{ source: 'feed.jsonl', reason: 'not valid UTF-8 (line 2); read as Windows-1252', severity: 'warning' }]);
  });

  it('skips a CSV file whose header row is over the limit with one message, not row by row', () => {
    const csv = [`title,text,${'x'.repeat(3000)}`, 'One,Plain text.,', 'Two,More text.,'].join('\n');
    expect(read('wide.csv', csv, 1024)).toEqual({
      documents: [],
      issues: [{ source: 'wide.csv', reason: 'row 1 is 2.9 KB, over the 1.0 KB limit per document; raise --max-file-size', severity: 'skipped' }],
    });
  });

  it('still says a record file is empty or binary', () => {
    expect(read('empty.jsonl', '', 1024).issues).toEqual([{ source: 'empty.jsonl', reason: 'empty file', severity: 'skipped' }]);
    expect(read('blank.csv', '\n\n  \n', 1024).issues).toEqual([{ source: 'blank.csv', reason: 'empty file (only white space)', severity: 'skipped' }]);
    expect(read('data.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 1024).issues[0]!.reason).toMatch(/^binary file/);
  });
});
