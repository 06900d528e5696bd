import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { parseHtml } from './html.js';
import { parseJsonl } from './jsonl.js';
import { parseMarkdown } from './markdown.js';
import { parsePlainText } from './plain-text.js';

describe('plain text', () => {
  it('takes the first line as title and gives the same id whatever the line ends', () => {
    const unix = parsePlainText('Headline\nBody text.\n', 'a.txt').documents[0];
    const windows = parsePlainText('Headline\r\nBody text.\r\n', 'b.txt').documents[0];
    expect(unix.title).toBe('Headline');
    expect(unix.id).toBe(windows.id);
  });
});

describe('HTML', () => {
  it('keeps only visible text: scripts, styles and comments go, blocks become lines', () => {
    const html = `<html><head><title>Talks &amp; more</title><script>alert("x")</script><style>p{}</style></head>
      <body><h1>Ministers meet</h1><!-- hidden --><p>The ministers met in&nbsp;Vienna.</p><script>var t = "Secret";</script><p>They spoke.</p></body></html>`;
    const [document] = parseHtml(html, 'page.html').documents;
    expect(document.title).toBe('Talks & more');
    expect(document.text).toBe('Ministers meet\nThe ministers met in Vienna.\nThey spoke.');
    expect(document.text).not.toContain('alert');
    expect(document.text).not.toContain('Secret');
  });

  it('reads the publication date and canonical address from meta tags', () => {
    const html = '<meta property="article:published_time" content="2024-03-05T10:00:00Z"><link rel="canonical" href="https://example.org/a"><p>Text.</p>';
    expect(parseHtml(html, 'a.html').documents[0]).toMatchObject({ published: '2024-03-05', url: 'https://example.org/a' });
  });
});

describe('Markdown', () => {
  it('drops markup but keeps the words a reader sees', () => {
    const [document] = parseMarkdown('# Title\n\nSome **bold** and [linked](http://x.org) text.\n\n```\ncode\n```\n', 'a.md').documents;
    expect(document.text).toBe('Title\n\nSome bold and linked text.\n\n\n');
    expect(document.title).toBe('Title');
  });
});

describe('JSONL', () => {
  it('reads one article a line and reports a malformed line by number without losing the others', () => {
    const text = [
      JSON.stringify({ title: 'One', text: 'First article.', url: 'https://example.org/1', published: '2019-01-02' }),
      '{"title": "Broken", "text": ',
      JSON.stringify({ title: 'No text' }),
      JSON.stringify({ title: 'Three', text: 'Third article.' }),
    ].join('\n');
    const parsed = parseJsonl(text, 'news.jsonl');
    expect(parsed.documents.map((d) => d.title)).toEqual(['One', 'Three']);
    expect(parsed.documents[0]).toMatchObject({ url: 'https://example.org/1', published: '2019-01-02', source: 'news.jsonl#1' });
    expect(parsed.issues.map((i) => i.source)).toEqual(['news.jsonl#2', 'news.jsonl#3']);
    expect(parsed.issues[0].reason).toMatch(/^line 2 is not valid JSON/);
    expect(parsed.issues[1].reason).toBe('line 3 has no "text" string');
  });
});

describe('records with a title of their own', () => {
  it('set the title above the text as its headline and say where the text begins', () => {
    const line = JSON.stringify({ title: 'Velsk  and Orbany sign\na pact', text: 'The two signed on Monday.' });
    const [document] = parseJsonl(line, 'feed.jsonl').documents;
    expect(document).toMatchObject({ title: 'Velsk  and Orbany sign\na pact', text: 'Velsk and Orbany sign a pact\n\nThe two signed on Monday.', bodyStart: 30 });
    expect(document!.text.slice(document!.bodyStart)).toBe('The two signed on Monday.');
  });

  it('leave a text that already opens with its title, or has none, as it stands', () => {
    const opening = parseJsonl(JSON.stringify({ title: 'Velsk votes', text: 'Velsk votes\nPolls opened at dawn.' }), 'feed.jsonl').documents[0];
    expect(opening).toMatchObject({ title: 'Velsk votes', text: 'Velsk votes\nPolls opened at dawn.' });
    expect(opening).not.toHaveProperty('bodyStart');
    const untitled = parseJsonl(JSON.stringify({ text: 'Polls opened at dawn.' }), 'feed.jsonl').documents[0];
    expect(untitled).toMatchObject({ title: 'Polls opened at dawn.', text: 'Polls opened at dawn.' });
    expect(untitled).not.toHaveProperty('bodyStart');
  });
});

describe('CSV', () => {
  it('reads a table of articles with quoted fields, line breaks and doubled quotes', () => {
    const csv = 'url,date,title,text\r\nhttps://example.org/a,2019-01-04,"Floods, again","Rain fell.\r\n\r\nHe said ""enough""."\r\n,,,\r\nhttps://example.org/b,2019-02-01,Quiet day,\r\n';
    const parsed = parseCsv(csv, 'news.csv');
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]).toMatchObject({ title: 'Floods, again', text: 'Floods, again\n\nRain fell.\n\nHe said "enough".', bodyStart: 15, url: 'https://example.org/a', published: '2019-01-04', source: 'news.csv#2' });
    expect(parsed.issues.map((i) => i.reason)).toEqual(['row 3 has no text', 'row 4 has no text']);
  });

  it('says which column it needs when there is no text column', () => {
    expect(parseCsv('name,age\nAda,36\n', 'people.csv').issues[0].reason).toBe('no text column in the header (looked for text, body, content, article)');
  });
});

describe('titles of plain-text documents', () => {
  it('takes a headline-like first line as it is, and the start of the first sentence otherwise', () => {
    expect(parsePlainText('Chile and Peru Sign a Trade Pact\nThe two countries…', 'a.txt').documents[0].title).toBe('Chile and Peru Sign a Trade Pact');
    const paragraph = 'Talks between Chile and Peru in Lima have marked a hesitant move in one of the most strained relations on the continent, officials said. More text.';
    expect(parsePlainText(paragraph, 'b.txt').documents[0].title).toBe('Talks between Chile and Peru in Lima have marked a hesitant move in one of the most strained…');
    expect(parsePlainText('Short first sentence. Then more.', 'c.txt').documents[0].title).toBe('Short first sentence.');
  });
});
