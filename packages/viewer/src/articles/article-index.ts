/**
 * Articles as first-class: for each document of the build, its metadata and
 * the entities and relations it supports. Computed once per graph.
 */
import type { DocumentInfo } from '../model/contract.js';
import type { ViewerGraph } from '../model/types.js';

export interface Article extends DocumentInfo {
  entities: Set<string>;
  relations: Set<string>;
}

export function indexArticles(graph: ViewerGraph): Map<string, Article> {
  const articles = new Map<string, Article>(
    graph.getAttribute('documents').map((doc) => [doc.id, { ...doc, entities: new Set<string>(), relations: new Set<string>() }]),
  );
  graph.forEachNode((key, node) => {
    for (const id of node.documents) articles.get(id)?.entities.add(key);
  });
  graph.forEachEdge((key, edge) => {
    for (const id of edge.documents) articles.get(id)?.relations.add(key);
  });
  return articles;
}

export type ArticleOrder = 'newest' | 'oldest' | 'title' | 'entities';

export const ARTICLE_ORDERS: ReadonlyArray<[ArticleOrder, string]> = [
  ['newest', 'Newest first'],
  ['oldest', 'Oldest first'],
  ['title', 'Title'],
  ['entities', 'Most entities'],
];

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The articles whose title or source contains the query (without case or accents), in the chosen order. */
export function listArticles(articles: Iterable<Article>, query: string, order: ArticleOrder): Article[] {
  const q = fold(query.trim());
  const found = [...articles].filter((a) => !q || fold(a.title).includes(q) || fold(a.source).includes(q));
  const date = (a: Article): string => a.published ?? '';
  const byTitle = (a: Article, b: Article): number => a.title.localeCompare(b.title);
  const compare: Record<ArticleOrder, (a: Article, b: Article) => number> = {
    newest: (a, b) => date(b).localeCompare(date(a)) || byTitle(a, b),
    oldest: (a, b) => date(a).localeCompare(date(b)) || byTitle(a, b),
    title: byTitle,
    entities: (a, b) => b.entities.size - a.entities.size || byTitle(a, b),
  };
  return found.sort(compare[order]);
}
