/**
 * The article reader in the panel: title, date, source and link, then the
 * text with every mention of the article's entities marked and clickable.
 * The text goes in as text nodes only.
 */
import type { ViewerGraph } from '../model/types.js';
import { highlightTerms } from '../panel/highlight.js';
import type { Selection } from '../state/view-state.js';
import { el, safeHref } from '../ui/dom.js';
import type { Article } from './article-index.js';

export interface ReaderContext {
  graph: ViewerGraph;
  select(selection: Selection | null): void;
  closeArticle(): void;
}

/** Each name of the article's entities (label and aliases, lower-cased) → the entity; longer names first. */
function mentionTargets(graph: ViewerGraph, article: Article): Map<string, string> {
  const targets = new Map<string, string>();
  for (const key of article.entities) {
    const node = graph.getNodeAttributes(key);
    for (const name of [node.label, ...node.aliases]) {
      const folded = name.trim().toLowerCase();
      if (folded.length > 1 && !targets.has(folded)) targets.set(folded, key);
    }
  }
  return targets;
}

function paragraph(graph: ViewerGraph, context: ReaderContext, text: string, targets: Map<string, string>): HTMLParagraphElement {
  const p = el('p');
  for (const piece of highlightTerms(text, [...targets.keys()])) {
    const key = piece.marked ? targets.get(piece.text.toLowerCase()) : undefined;
    if (!key) {
      p.append(document.createTextNode(piece.text));
      continue;
    }
    const label = graph.getNodeAttribute(key, 'label');
    const mention = el('button', { text: piece.text, className: 'mention', attrs: { type: 'button', 'aria-label': `${piece.text}: show ${label}`, 'data-entity': key } });
    mention.addEventListener('click', () => context.select({ kind: 'node', key }));
    p.append(el('mark', {}, [mention]));
  }
  return p;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function renderArticleReader(context: ReaderContext, article: Article, text: string | undefined): HTMLElement[] {
  const close = el('button', { text: '×', className: 'close', attrs: { type: 'button', 'aria-label': 'Close the article' } });
  close.addEventListener('click', () => context.closeArticle());
  const href = safeHref(article.url);
  const meta = [article.published, article.source, `${article.entities.size} entities`, `${article.relations.size} relations`].filter(Boolean).join(' · ');
  const parts: HTMLElement[] = [
    close,
    el('h2', { text: article.title, attrs: { id: 'panel-title' } }),
    el('p', { text: meta, className: 'muted' }),
  ];
  if (href) parts.push(el('p', {}, [el('a', { text: 'Open the original', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } })]));
  if (text === undefined) {
    parts.push(el('p', { text: 'This build carries no text for the article (documents.jsonl is missing).', className: 'muted' }));
    return parts;
  }
  const targets = mentionTargets(context.graph, article);
  const body = el('article', { className: 'article-text', attrs: { 'aria-label': 'Article text' } });
  const lines = text.split(/\n+/).filter((line) => line.trim());
  // The headline opens the text (the pipeline reads it); the panel already shows it as its title.
  if (lines.length > 1 && oneLine(lines[0]!) === oneLine(article.title)) lines.shift();
  for (const line of lines) body.append(paragraph(context.graph, context, line, targets));
  parts.push(body);
  return parts;
}
