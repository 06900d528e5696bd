/**
 * The filter form: entity types, relation types, minimum weight, community
 * (article dates have their histogram under the canvas, time/). Built from the graph's facts; writes the view
 * state and follows it (the legend and the URL change it too).
 */
import type { GraphFacts } from '../model/graph-facts.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { colorForType } from '../appearance/palette.js';
import { el } from '../ui/dom.js';

export interface Control {
  element: HTMLElement;
  sync(state: ViewState): void;
}

function toggled(list: string[], value: string, hide: boolean): string[] {
  const without = list.filter((v) => v !== value);
  return hide ? [...without, value] : without;
}

function checkboxGroup(
  title: string,
  counts: Map<string, number>,
  key: 'hiddenTypes' | 'hiddenRelations',
  store: Store<ViewState>,
  swatches: boolean,
): Control {
  const boxes = new Map<string, HTMLInputElement>();
  const fieldset = el('fieldset', {}, [el('legend', { text: title })]);
  for (const [value, count] of counts) {
    const box = el('input', { attrs: { type: 'checkbox', name: `${key}-${value}`, 'aria-label': `Show ${value}` } });
    box.checked = true;
    box.addEventListener('change', () => store.set({ [key]: toggled(store.get()[key], value, !box.checked) }));
    boxes.set(value, box);
    const swatch = swatches ? el('span', { className: 'swatch' }) : null;
    if (swatch) swatch.style.backgroundColor = colorForType(value);
    fieldset.append(el('label', {}, [box, swatch, el('span', { text: value }), el('span', { text: String(count), className: 'count' })]));
  }
  return {
    element: fieldset,
    sync(state) {
      const hidden = new Set(state[key]);
      for (const [value, box] of boxes) box.checked = !hidden.has(value);
    },
  };
}

function weightControl(facts: GraphFacts, store: Store<ViewState>): Control {
  const range = el('input', {
    attrs: { type: 'range', min: '1', max: String(Math.max(1, Math.ceil(facts.maxWeight))), step: '1', id: 'min-weight', 'aria-label': 'Minimum edge weight' },
  });
  const output = el('output', { attrs: { for: 'min-weight' } });
  range.addEventListener('input', () => store.set({ minWeight: Number(range.value) }));
  return {
    element: el('fieldset', {}, [el('legend', { text: 'Minimum weight' }), el('div', { className: 'row' }, [range, output])]),
    sync(state) {
      range.value = String(state.minWeight);
      output.textContent = String(state.minWeight);
    },
  };
}

function communityControl(facts: GraphFacts, store: Store<ViewState>): Control {
  const select = el('select', { attrs: { 'aria-label': 'Community' } }, [el('option', { text: 'All communities', attrs: { value: '' } })]);
  for (const [community, count] of [...facts.communities].slice(0, 200)) {
    select.append(el('option', { text: `Community ${community} (${count})`, attrs: { value: community } }));
  }
  select.addEventListener('change', () => store.set({ community: select.value === '' ? null : select.value }));
  return {
    element: el('fieldset', {}, [el('legend', { text: 'Community' }), select]),
    sync(state) {
      select.value = state.community ?? '';
    },
  };
}

export function buildFilterControls(facts: GraphFacts, store: Store<ViewState>): Control[] {
  const controls: Control[] = [checkboxGroup('Entity types', facts.entityTypes, 'hiddenTypes', store, facts.hasEntityTypes)];
  // Co-occurrence (RELATED_TO) has its own switch with the story view's others.
  const relationTypes = new Map([...facts.relationTypes].filter(([type]) => type !== 'RELATED_TO'));
  if (relationTypes.size > 1 || (relationTypes.size === 1 && !relationTypes.has('untyped'))) {
    controls.push(checkboxGroup('Relation types', relationTypes, 'hiddenRelations', store, false));
  }
  if (facts.maxWeight > 1) controls.push(weightControl(facts, store));
  if (facts.communities.size > 1) controls.push(communityControl(facts, store));
  return controls;
}
