/** Colour-by and size-by selects, offering only what the graph can support. */
import type { Control } from '../filters/filter-controls.js';
import type { GraphFacts } from '../model/graph-facts.js';
import type { Store } from '../state/store.js';
import type { ColorMode, SizeMode, ViewState } from '../state/view-state.js';
import { el } from '../ui/dom.js';

function select<T extends string>(label: string, options: Array<[T, string]>, onChange: (value: T) => void): HTMLSelectElement {
  const element = el('select', { attrs: { 'aria-label': label } }, options.map(([value, text]) => el('option', { text, attrs: { value } })));
  element.addEventListener('change', () => onChange(element.value as T));
  return element;
}

export function buildAppearanceControls(facts: GraphFacts, store: Store<ViewState>): Control {
  const colorOptions: Array<[ColorMode, string]> = [];
  if (facts.hasEntityTypes || facts.entityTypes.size > 1) colorOptions.push(['type', 'Entity type']);
  if (facts.communities.size > 0) colorOptions.push(['community', 'Community']);
  colorOptions.push(['original', 'Colours from the file']);
  const sizeOptions: Array<[SizeMode, string]> = [['stored', 'Sizes from the file'], ['degree', 'Degree']];
  if (facts.hasPagerank) sizeOptions.push(['pagerank', 'PageRank']);
  if (facts.centrality !== 'pagerank' || facts.hasPagerank) sizeOptions.push(['centrality', `Centrality (${facts.centrality})`]);
  const color = select('Colour nodes by', colorOptions, (colorBy) => store.set({ colorBy }));
  const size = select('Size nodes by', sizeOptions, (sizeBy) => store.set({ sizeBy }));
  return {
    element: el('fieldset', {}, [
      el('legend', { text: 'Appearance' }),
      el('label', {}, [el('span', { text: 'Colour' }), color]),
      el('label', {}, [el('span', { text: 'Size' }), size]),
    ]),
    sync(state) {
      color.value = state.colorBy;
      size.value = state.sizeBy;
    },
  };
}
