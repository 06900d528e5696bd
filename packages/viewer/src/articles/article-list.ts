/**
 * The article list in the side bar: searchable by title or source, sortable,
 * one button per article (title, date, source, number of entities).
 */
import type { Control } from '../filters/filter-controls.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { el } from '../ui/dom.js';
import { ARTICLE_ORDERS, listArticles, type Article, type ArticleOrder } from './article-index.js';

export function buildArticleList(articles: Map<string, Article>, store: Store<ViewState>): Control {
  const query = el('input', { attrs: { type: 'search', placeholder: 'Filter articles…', 'aria-label': 'Filter articles by title or source' } });
  const order = el('select', { attrs: { 'aria-label': 'Sort articles' } }, ARTICLE_ORDERS.map(([value, text]) => el('option', { text, attrs: { value } })));
  const list = el('ul', { className: 'article-list', attrs: { 'aria-label': 'Articles' } });
  const buttons = new Map<string, HTMLButtonElement>();
  const render = (): void => {
    buttons.clear();
    list.replaceChildren(
      ...listArticles(articles.values(), query.value, order.value as ArticleOrder).map((article) => {
        const meta = [article.published, article.source, `${article.entities.size} entities`].filter(Boolean).join(' · ');
        const button = el('button', { attrs: { type: 'button', 'aria-pressed': String(store.get().article === article.id) } }, [
          el('span', { text: article.title, className: 'article-title' }),
          el('span', { text: meta, className: 'count' }),
        ]);
        button.addEventListener('click', () => store.set({ article: store.get().article === article.id ? null : article.id, selection: null }));
        buttons.set(article.id, button);
        return el('li', {}, [button]);
      }),
    );
  };
  query.addEventListener('input', render);
  order.addEventListener('change', render);
  render();
  return {
    element: el('fieldset', { className: 'articles' }, [
      el('legend', { text: `Articles (${articles.size})` }),
      el('div', { className: 'row' }, [query, order]),
      list,
    ]),
    sync(state) {
      for (const [id, button] of buttons) button.setAttribute('aria-pressed', String(state.article === id));
    },
  };
}
