/**
 * The legend: what each colour means, with counts. Entries are toggle buttons
 * that filter the type or community they stand for.
 */
import type { GraphFacts } from '../model/graph-facts.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { el } from '../ui/dom.js';
import { legendEntries } from './appearance.js';
import { relationLegend } from './relation-legend.js';

export function renderLegend(
  host: HTMLElement,
  facts: GraphFacts,
  state: ViewState,
  store: Store<ViewState>,
  edgeColors: { edge: string; edgeTyped: string },
): void {
  const entries = legendEntries(facts, state.colorBy);
  const relations = relationLegend(facts, state, store, edgeColors);
  host.hidden = entries.length === 0 && !relations;
  if (!entries.length) {
    host.replaceChildren(...(relations ? [relations] : []));
    return;
  }
  const list = el('ul');
  for (const entry of entries) {
    const shown =
      state.colorBy === 'type'
        ? !state.hiddenTypes.includes(entry.value)
        : state.community === null || state.community === entry.value;
    const swatch = el('span', { className: 'swatch' });
    swatch.style.backgroundColor = entry.color;
    const button = el('button', { attrs: { type: 'button', 'aria-pressed': String(shown) } }, [
      swatch,
      el('span', { text: `${entry.label} (${entry.count})` }),
    ]);
    button.disabled = state.colorBy === 'community' && entry.value === '';
    button.addEventListener('click', () => {
      const current = store.get();
      if (current.colorBy === 'type') {
        const hidden = current.hiddenTypes.includes(entry.value);
        store.set({ hiddenTypes: hidden ? current.hiddenTypes.filter((t) => t !== entry.value) : [...current.hiddenTypes, entry.value] });
      } else {
        store.set({ community: current.community === entry.value ? null : entry.value });
      }
    });
    list.append(el('li', {}, [button]));
  }
  host.replaceChildren(el('h2', { text: state.colorBy === 'type' ? 'Entity types' : 'Communities' }), list, ...(relations ? [relations] : []));
}
