/**
 * The story switches: co-occurrence edges, relations not stated as fact (when
 * the graph has any), entities without a shown relation (with their count), and
 * one switch that shows everything at once.
 */
import type { Control } from '../filters/filter-controls.js';
import type { GraphFacts } from '../model/graph-facts.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { el } from '../ui/dom.js';

export function buildStoryControls(facts: GraphFacts, store: Store<ViewState>, isolatedCount: () => number): Control {
  const checkbox = (name: string): HTMLInputElement => el('input', { attrs: { type: 'checkbox', name } });
  const cooccurrence = checkbox('cooccurrence');
  const isolates = checkbox('isolates');
  const hedged = checkbox('hedged');
  hedged.addEventListener('change', () => store.set({ assertedOnly: !hedged.checked }));
  const isolatesText = el('span');
  const everything = el('button', { text: 'Show everything', attrs: { type: 'button', 'aria-pressed': 'false', id: 'show-everything' } });
  cooccurrence.addEventListener('change', () => store.set({ cooccurrence: cooccurrence.checked }));
  isolates.addEventListener('change', () => store.set({ isolates: isolates.checked }));
  everything.addEventListener('click', () => {
    const { cooccurrence: c, isolates: i } = store.get();
    const all = c && i;
    store.set({ cooccurrence: !all, isolates: !all });
  });
  return {
    element: el('fieldset', { className: 'story' }, [
      el('legend', { text: 'What is drawn' }),
      el('label', {}, [cooccurrence, el('span', { text: 'Co-occurrence' }), el('span', { text: facts.cooccurrenceEdges.toLocaleString('en'), className: 'count' })]),
      ...(facts.hedgedEdges
        ? [el('label', {}, [hedged, el('span', { text: 'Planned, reported, demanded or possible relations' }), el('span', { text: facts.hedgedEdges.toLocaleString('en'), className: 'count' })])]
        : []),
      el('label', {}, [isolates, isolatesText]),
      everything,
    ]),
    sync(state) {
      cooccurrence.checked = state.cooccurrence;
      hedged.checked = !state.assertedOnly;
      isolates.checked = state.isolates;
      isolatesText.textContent = `Entities without a shown relation (${isolatedCount().toLocaleString('en')})`;
      everything.setAttribute('aria-pressed', String(state.cooccurrence && state.isolates));
    },
  };
}
