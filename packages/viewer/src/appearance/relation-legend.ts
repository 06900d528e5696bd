/**
 * The relation half of the legend: each relation type with its colour, its
 * count and whether it has a direction; a button toggles the type.
 */
import type { GraphFacts } from '../model/graph-facts.js';
import { isRelationType, isSymmetric } from '../model/contract.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { el } from '../ui/dom.js';
import { relationColor } from './relation-colors.js';

export function relationLegend(facts: GraphFacts, state: ViewState, store: Store<ViewState>, colors: { edge: string; edgeTyped: string }): HTMLElement | null {
  const types = [...facts.relationTypes].filter(([type]) => type !== 'untyped');
  if (!types.length) return null;
  const list = el('ul');
  for (const [type, count] of types) {
    const cooccurrence = type === 'RELATED_TO';
    const directed = isRelationType(type) ? !isSymmetric(type) : false;
    const swatch = el('span', { className: 'swatch line' });
    swatch.style.backgroundColor = cooccurrence ? colors.edge : relationColor(type, colors.edgeTyped);
    const shown = cooccurrence ? state.cooccurrence : !state.hiddenRelations.includes(type);
    // RELATED_TO counts the stated untyped edges too ("A acquired B"); its button is the co-occurrence switch.
    const shownCount = cooccurrence ? facts.cooccurrenceEdges : count;
    const text = `${type} ${directed ? '→' : '—'} (${shownCount.toLocaleString('en')})${cooccurrence ? ' co-occurrence' : ''}`;
    const button = el('button', {
      attrs: { type: 'button', 'aria-pressed': String(shown), 'aria-label': `${type}: ${shownCount} relations, ${directed ? 'directed' : 'both ways'}${cooccurrence ? ', co-occurrence' : ''}` },
    }, [swatch, el('span', { text })]);
    button.addEventListener('click', () => {
      const current = store.get();
      // Co-occurrence has one switch (story/), which this button is.
      if (cooccurrence) return store.set({ cooccurrence: !current.cooccurrence });
      const hidden = current.hiddenRelations.includes(type);
      store.set({ hiddenRelations: hidden ? current.hiddenRelations.filter((t) => t !== type) : [...current.hiddenRelations, type] });
    });
    list.append(el('li', {}, [button]));
  }
  return el('div', { className: 'legend-relations' }, [el('h2', { text: 'Relations' }), list]);
}
