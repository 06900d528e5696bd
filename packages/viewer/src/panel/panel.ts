/**
 * The details panel: for a node its type, aliases, metrics, relations grouped
 * by type and evidence; for an edge its relation and evidence. Every value is
 * set as text (see ui/dom.ts).
 */
import type { GraphFacts } from '../model/graph-facts.js';
import type { ViewerGraph } from '../model/types.js';
import type { PathEnds, Selection } from '../state/view-state.js';
import { el, formatNumber } from '../ui/dom.js';
import { renderEvidenceList } from './evidence-list.js';
import { FOCUS_DEPTHS } from '../selection/neighbourhood-focus.js';
import { isRelationType, isSymmetric } from '../model/contract.js';

export interface PanelContext {
  graph: ViewerGraph;
  facts: GraphFacts;
  select(selection: Selection | null): void;
  /** Shows only the node and its neighbours up to a depth (undoable). */
  focusNeighbourhood(key: string, depth: number): void;
  /** The chosen start of a path, while its end is being picked. */
  pathStart(): string | null;
  setPath(path: PathEnds | null): void;
}

function pathActions(context: PanelContext, node: string, label: string): HTMLElement {
  const start = context.pathStart();
  const buttons: HTMLElement[] = [];
  if (start && start !== node && context.graph.hasNode(start)) {
    const from = context.graph.getNodeAttribute(start, 'label');
    const end = el('button', { text: `Paths from ${from} to here`, attrs: { type: 'button', 'aria-label': `Show the paths from ${from} to ${label}` } });
    end.addEventListener('click', () => context.setPath({ from: start, to: node }));
    buttons.push(end);
  }
  const begin = el('button', { text: 'Start a path here', attrs: { type: 'button', 'aria-label': `Start a path at ${label} (or shift-click two entities)` } });
  begin.addEventListener('click', () => context.setPath({ from: node, to: null }));
  buttons.push(begin);
  return el('div', { className: 'actions' }, buttons);
}

function neighbourhoodActions(context: PanelContext, node: string, label: string): HTMLElement {
  const depth = el('select', { attrs: { 'aria-label': 'Neighbourhood depth', id: 'focus-depth' } },
    FOCUS_DEPTHS.map((d) => el('option', { text: d === 1 ? '1 hop' : `${d} hops`, attrs: { value: String(d) } })));
  const button = el('button', { text: 'Show only its neighbourhood', attrs: { type: 'button', 'aria-label': `Show only ${label} and its neighbours` } });
  button.addEventListener('click', () => context.focusNeighbourhood(node, Number(depth.value)));
  return el('div', { className: 'actions' }, [button, depth]);
}

function definitionList(rows: Array<[string, string | undefined]>): HTMLDListElement {
  const list = el('dl');
  for (const [term, value] of rows) {
    if (value === undefined || value === '') continue;
    list.append(el('dt', { text: term }), el('dd', { text: value }));
  }
  return list;
}

function closeButton(context: PanelContext): HTMLButtonElement {
  const button = el('button', { text: '×', className: 'close', attrs: { type: 'button', 'aria-label': 'Close details' } });
  button.addEventListener('click', () => context.select(null));
  return button;
}

const metric = (value: number | undefined): string | undefined => (value === undefined ? undefined : formatNumber(value));

function relationGroups(context: PanelContext, node: string): HTMLElement {
  const { graph } = context;
  const groups = new Map<string, string[]>();
  graph.forEachEdge(node, (edge, attributes) => {
    const type = attributes.type ?? 'untyped';
    groups.set(type, [...(groups.get(type) ?? []), edge]);
  });
  const section = el('section', { attrs: { 'aria-label': 'Relations' } }, [el('h3', { text: `Relations (${graph.degree(node)})` })]);
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [type, edges] of ordered) {
    section.append(el('h4', { text: `${type} (${edges.length})` }));
    const list = el('ul');
    for (const edge of edges.slice(0, 100)) {
      const attributes = graph.getEdgeAttributes(edge);
      const outgoing = graph.source(edge) === node;
      const other = graph.opposite(node, edge);
      const arrow = graph.isDirected(edge) && !(isRelationType(type) && isSymmetric(type)) ? (outgoing ? '→ ' : '← ') : '— ';
      const details = [attributes.predicate, attributes.weight > 1 ? `×${attributes.weight}` : ''].filter(Boolean).join(', ');
      const button = el('button', {
        text: `${arrow}${graph.getNodeAttribute(other, 'label')}${details ? ` (${details})` : ''}`,
        className: 'relation',
        attrs: { type: 'button', 'aria-label': `Show evidence for ${type} ${outgoing ? 'to' : 'from'} ${graph.getNodeAttribute(other, 'label')}` },
      });
      button.addEventListener('click', () => context.select({ kind: 'edge', key: edge }));
      list.append(el('li', {}, [button]));
    }
    if (edges.length > 100) list.append(el('li', { text: `… ${edges.length - 100} more` }));
    section.append(list);
  }
  return section;
}

/** The type, and where not every mention agreed with it, how many did: a reader sees a close call. */
function typeWithConfidence(type: string | undefined, confidence: number | undefined): string | undefined {
  if (type === undefined || confidence === undefined || confidence >= 1) return type;
  return `${type} (${Math.round(confidence * 100)} % of its mentions agree)`;
}

export function renderNodePanel(context: PanelContext, node: string): HTMLElement[] {
  const { graph, facts } = context;
  const attributes = graph.getNodeAttributes(node);
  const evidence = attributes.evidence;
  const dates = attributes.firstSeen
    ? attributes.lastSeen && attributes.lastSeen !== attributes.firstSeen
      ? `${attributes.firstSeen} – ${attributes.lastSeen}`
      : attributes.firstSeen
    : undefined;
  return [
    closeButton(context),
    el('h2', { text: attributes.label, attrs: { id: 'panel-title' } }),
    neighbourhoodActions(context, node, attributes.label),
    pathActions(context, node, attributes.label),
    definitionList([
      ['Type', typeWithConfidence(attributes.type, attributes.typeConfidence)],
      ['Aliases', attributes.aliases.join(', ')],
      ['Roles', attributes.roles.join(', ')],
      ['Mentions', metric(attributes.mentions)],
      ['Articles', attributes.documents.length ? String(attributes.documents.length) : undefined],
      ['Seen', dates],
      ['Degree', metric(attributes.degree ?? graph.degree(node))],
      ['PageRank', metric(attributes.pagerank)],
      ['Betweenness', metric(attributes.betweenness)],
      ['Community', attributes.community],
    ]),
    relationGroups(context, node),
    el('section', { attrs: { 'aria-label': 'Evidence' } }, [
      el('h3', { text: `Evidence (${evidence.length})` }),
      renderEvidenceList(evidence, [attributes.label, ...attributes.aliases], facts),
    ]),
  ];
}

function endpointButton(context: PanelContext, node: string): HTMLButtonElement {
  const label = context.graph.getNodeAttribute(node, 'label');
  const button = el('button', { text: label, className: 'relation', attrs: { type: 'button', 'aria-label': `Show ${label}` } });
  button.addEventListener('click', () => context.select({ kind: 'node', key: node }));
  return button;
}

export function renderEdgePanel(context: PanelContext, edge: string): HTMLElement[] {
  const { graph, facts } = context;
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const sourceNode = graph.getNodeAttributes(source);
  const targetNode = graph.getNodeAttributes(target);
  const type = attributes.type ?? 'relation';
  return [
    closeButton(context),
    el('h2', { text: `${sourceNode.label} ${type} ${targetNode.label}`, attrs: { id: 'panel-title' } }),
    el('p', {}, [endpointButton(context, source), document.createTextNode(graph.isDirected(edge) ? ' → ' : ' — '), endpointButton(context, target)]),
    definitionList([
      ['Relation', attributes.type],
      ['Predicate', attributes.predicate],
      ['Stated as', attributes.modality],
      ['Basis', attributes.basis],
      ['Weight', metric(attributes.weight)],
      ['Confidence', metric(attributes.confidence)],
      ['Articles', attributes.documents.length ? String(attributes.documents.length) : undefined],
    ]),
    el('section', { attrs: { 'aria-label': 'Evidence' } }, [
      el('h3', { text: `Evidence (${attributes.evidence.length})` }),
      renderEvidenceList(
        attributes.evidence,
        [sourceNode.label, ...sourceNode.aliases, targetNode.label, ...targetNode.aliases],
        facts,
      ),
    ]),
  ];
}

/** Shows the selection in the panel element, or hides the panel when nothing is selected. */
export function renderPanel(panel: HTMLElement, context: PanelContext, selection: Selection | null): void {
  const { graph } = context;
  const valid =
    selection && (selection.kind === 'node' ? graph.hasNode(selection.key) : graph.hasEdge(selection.key)) ? selection : null;
  panel.replaceChildren(
    ...(valid ? (valid.kind === 'node' ? renderNodePanel(context, valid.key) : renderEdgePanel(context, valid.key)) : []),
  );
  panel.hidden = !valid;
}
