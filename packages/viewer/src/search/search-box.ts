/**
 * The search box: a combobox (WAI-ARIA pattern) with a suggestion list,
 * arrow keys to move, Enter to pick, Escape to close. "/" focuses it.
 */
import { el } from '../ui/dom.js';
import type { SearchIndex, Suggestion } from './search-index.js';

export interface SearchBox {
  setIndex(index: SearchIndex): void;
  destroy(): void;
}

export function mountSearchBox(host: HTMLElement, onPick: (key: string) => void): SearchBox {
  let index: SearchIndex | null = null;
  let suggestions: Suggestion[] = [];
  let active = -1;
  const input = el('input', {
    attrs: {
      id: 'search-input',
      type: 'search',
      placeholder: 'Search entities…',
      'aria-label': 'Search entities',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-suggestions',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = el('ul', { className: 'suggestions', attrs: { id: 'search-suggestions', role: 'listbox', 'aria-label': 'Suggestions' } });
  list.hidden = true;
  host.replaceChildren(input, list);

  const render = (): void => {
    list.replaceChildren(
      ...suggestions.map((s, i) => {
        const option = el('li', { attrs: { id: `suggestion-${i}`, role: 'option', 'aria-selected': String(i === active) } }, [
          el('span', { text: s.via ? `${s.label} (${s.via})` : s.label }),
          s.type ? el('span', { text: s.type, className: 'suggestion-type' }) : null,
        ]);
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(i);
        });
        return option;
      }),
    );
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = (): void => {
    suggestions = [];
    active = -1;
    render();
  };
  const pick = (i: number): void => {
    const chosen = suggestions[i];
    if (!chosen) return;
    input.value = chosen.label;
    close();
    onPick(chosen.key);
  };

  // Closing on blur waits for a click on a suggestion; typing again cancels it.
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(closeTimer);
    suggestions = index ? index.suggest(input.value) : [];
    active = suggestions.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => {
    closeTimer = setTimeout(close, 100);
  });
  const slash = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      input.focus();
    }
  };
  document.addEventListener('keydown', slash);
  return {
    setIndex(next) {
      index = next;
      input.value = '';
      close();
    },
    destroy() {
      document.removeEventListener('keydown', slash);
    },
  };
}
