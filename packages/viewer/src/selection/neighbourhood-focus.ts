/**
 * "Show only X and its neighbours up to depth N": a bar over the canvas that
 * says what is shown and undoes it step by step (each focus remembers the one
 * before it).
 */
import type { ViewerGraph } from '../model/types.js';
import type { Store } from '../state/store.js';
import type { NeighbourhoodFocus, ViewState } from '../state/view-state.js';
import { el } from '../ui/dom.js';

export const FOCUS_DEPTHS = [1, 2, 3] as const;

export interface FocusHistory {
  /** Focuses on a node's neighbourhood, remembering the current one for undo. */
  focus(next: NeighbourhoodFocus | null): void;
  undo(): void;
  readonly canUndo: boolean;
}

const same = (a: NeighbourhoodFocus | null, b: NeighbourhoodFocus | null): boolean => a?.key === b?.key && a?.depth === b?.depth;

export function createFocusHistory(store: Store<ViewState>): FocusHistory {
  const stack: Array<NeighbourhoodFocus | null> = [];
  return {
    focus(next) {
      const current = store.get().neighbourhood;
      if (same(current, next)) return;
      stack.push(current);
      store.set({ neighbourhood: next });
    },
    undo() {
      // After a reload the stack is empty: undoing then shows the whole graph.
      store.set({ neighbourhood: stack.length ? (stack.pop() ?? null) : null });
    },
    get canUndo() {
      return stack.length > 0 || store.get().neighbourhood !== null;
    },
  };
}

/** The bar that names the focus, with Undo and "Show all". */
export function renderFocusBar(host: HTMLElement, graph: ViewerGraph, state: ViewState, history: FocusHistory, shown: number): void {
  const focus = state.neighbourhood;
  host.hidden = !focus || !graph.hasNode(focus.key);
  if (!focus || host.hidden) {
    host.replaceChildren();
    return;
  }
  const label = graph.getNodeAttribute(focus.key, 'label');
  const undo = el('button', { text: 'Undo', attrs: { type: 'button', 'aria-label': 'Undo the last neighbourhood focus' } });
  undo.addEventListener('click', () => history.undo());
  const all = el('button', { text: 'Show all', attrs: { type: 'button' } });
  all.addEventListener('click', () => history.focus(null));
  host.replaceChildren(
    el('span', { text: `${label} and its neighbours up to depth ${focus.depth}: ${shown.toLocaleString('en')} entities` }),
    undo,
    all,
  );
}
