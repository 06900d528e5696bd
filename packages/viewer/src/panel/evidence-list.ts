/** Evidence sentences with the terms marked and their article's title, date and link. */
import type { Evidence } from '../model/contract.js';
import type { GraphFacts } from '../model/graph-facts.js';
import { el, safeHref } from '../ui/dom.js';
import { highlightTerms } from './highlight.js';

const MAX_SHOWN = 50;

export function renderEvidenceList(evidence: readonly Evidence[], terms: readonly string[], facts: GraphFacts): HTMLElement {
  if (!evidence.length) return el('p', { text: 'No evidence sentences recorded.', className: 'muted' });
  const list = el('ul', { className: 'evidence', attrs: { 'aria-label': 'Evidence sentences' } });
  for (const item of evidence.slice(0, MAX_SHOWN)) {
    const quote = el('blockquote');
    for (const piece of highlightTerms(item.sentence, terms)) {
      quote.append(piece.marked ? el('mark', { text: piece.text }) : document.createTextNode(piece.text));
    }
    const doc = facts.documents.get(item.docId);
    const title = doc?.title ?? (item.docId || 'unknown article');
    const href = safeHref(doc?.url);
    const cite = el('cite', {}, [
      href ? el('a', { text: title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: title }),
      doc?.published ? document.createTextNode(` · ${doc.published}`) : null,
    ]);
    list.append(el('li', {}, [quote, cite]));
  }
  if (evidence.length > MAX_SHOWN) {
    list.append(el('li', { text: `… and ${evidence.length - MAX_SHOWN} more sentences.`, className: 'muted' }));
  }
  return list;
}
