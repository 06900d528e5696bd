import { documentId, firstLineTitle, toIsoDate } from '../document.js';
import type { ParsedFile } from './types.js';

const BLOCK_TAGS = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|pre|title|figcaption|dd|dt)\b[^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', copy: '©', eacute: 'é',
};

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function metaContent(html: string, names: string[]): string | undefined {
  for (const name of names) {
    const re = new RegExp(`<meta[^>]+(?:name|property)=["']${name}["'][^>]*>`, 'i');
    const tag = re.exec(html)?.[0];
    const content = tag && /content=["']([^"']*)["']/i.exec(tag)?.[1];
    if (content) return decodeHtmlEntities(content);
  }
  return undefined;
}

/** HTML → its visible text: scripts, styles and other invisible parts are dropped; blocks become lines. */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeHtmlEntities(body)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function parseHtml(raw: string, source: string): ParsedFile {
  const text = htmlToText(raw);
  if (!text) return { documents: [], issues: [{ source, reason: 'HTML page has no visible text', severity: 'skipped' }] };
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(raw)?.[1];
  const title = (titleTag && decodeHtmlEntities(titleTag).replace(/\s+/g, ' ').trim()) || firstLineTitle(text, source);
  const url = metaContent(raw, ['og:url']) ?? /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(raw)?.[1];
  const published = toIsoDate(metaContent(raw, ['article:published_time', 'date', 'pubdate', 'dc.date']));
  return {
    documents: [{ id: documentId(text), title, text, source, ...(url ? { url } : {}), ...(published ? { published } : {}) }],
    issues: [],
  };
}
