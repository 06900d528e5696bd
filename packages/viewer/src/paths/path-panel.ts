/**
 * The path panel: each path hop by hop, with the relation type, its best
 * evidence sentence (both ends marked) and the article it comes from.
 */
import { isRelationType, isSymmetric } from '../model/contract.js';
import type { GraphFacts } from '../model/graph-facts.js';
import type { ViewerGraph } from '../model/types.js';
import { highlightTerms } from '../panel/highlight.js';
import type { Selection } from '../state/view-state.js';
import { el, safeHref } from '../ui/dom.js';
import type { GraphPath, PathHop } from './shortest-paths.js';

export interface PathPanelContext {
  graph: ViewerGraph;
  facts: GraphFacts;
  select(selection: Selection | null): void;
  clearPath(): void;
}

function nodeButton(context: PathPanelContext, key: string): HTMLButtonElement {
  const label = context.graph.getNodeAttribute(key, 'label');
  const button = el('button', { text: label, className: 'relation', attrs: { type: 'button', 'aria-label': `Show ${label}` } });
  button.addEventListener('click', () => context.select({ kind: 'node', key }));
  return button;
}

function renderHop(context: PathPanelContext, hop: PathHop): HTMLElement {
  const { graph, facts } = context;
  const edge = graph.getEdgeAttributes(hop.edge);
  const type = edge.type ?? 'relation';
  const forward = graph.source(hop.edge) === hop.from;
  const symmetric = isRelationType(type) && isSymmetric(type);
  const arrow = symmetric ? `—${type}—` : forward ? `—${type}→` : `←${type}—`;
  const item = el('li', { className: 'hop' }, [
    el('p', {}, [nodeButton(context, hop.from), el('span', { text: ` ${arrow} `, className: 'hop-type' }), nodeButton(context, hop.to)]),
  ]);
  const best = edge.evidence[0];
  if (!best) {
    item.append(el('p', { text: 'No evidence sentence recorded.', className: 'muted' }));
    return item;
  }
  const ends = [hop.from, hop.to].flatMap((key) => {
    const node = graph.getNodeAttributes(key);
    return [node.label, ...node.aliases];
  });
  const quote = el('blockquote');
  for (const piece of highlightTerms(best.sentence, ends)) quote.append(piece.marked ? el('mark', { text: piece.text }) : document.createTextNode(piece.text));
  const doc = facts.documents.get(best.docId);
  const title = doc?.title ?? (best.docId || 'unknown article');
  const href = safeHref(doc?.url);
  item.append(
    quote,
    el('cite', {}, [
      href ? el('a', { text: title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: title }),
      doc?.published ? document.createTextNode(` · ${doc.published}`) : null,
    ]),
  );
  return item;
}

export function renderPathPanel(context: PathPanelContext, from: string, to: string, paths: GraphPath[]): HTMLElement[] {
  const { graph } = context;
  const close = el('button', { text: '×', className: 'close', attrs: { type: 'button', 'aria-label': 'Close the paths' } });
  close.addEventListener('click', () => context.clearPath());
  const title = `Paths from ${graph.getNodeAttribute(from, 'label')} to ${graph.getNodeAttribute(to, 'label')}`;
  const parts: HTMLElement[] = [close, el('h2', { text: title, attrs: { id: 'panel-title' } })];
  if (!paths.length) parts.push(el('p', { text: 'These two entities are not connected.', className: 'muted' }));
  paths.forEach((path, i) => {
    const hops = path.hops.length === 1 ? '1 hop' : `${path.hops.length} hops`;
    const over = path.typed ? 'typed relations' : 'any relation';
    const list = el('ol', { className: 'evidence path', attrs: { 'aria-label': `Path ${i + 1}` } }, path.hops.map((hop) => renderHop(context, hop)));
    parts.push(el('section', { className: 'path-section' }, [el('h3', { text: `Path ${i + 1} · ${hops} · over ${over}` }), list]));
  });
  return parts;
}
