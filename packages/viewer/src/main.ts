/**
 * Entry point: loads the served graph.json (or waits for a file), restores the
 * view from the URL, and wires the toolbar. Everything else lives in the
 * domain folders.
 */
import './styles.css';
import { mountGraph, type MountedGraph, type PageElements } from './app/mount-graph.js';
import { fetchServedGraph, listenForGraphFiles, readGraphFile, type LoadedGraph } from './file-loading/file-loading.js';
import { noArticleTexts, servedArticleTexts, type ArticleTexts } from './articles/article-texts.js';
import { mountSearchBox } from './search/search-box.js';
import type { Theme, ViewState } from './state/view-state.js';
import { byId } from './ui/dom.js';
import { decodeViewState } from './url-state/url-state.js';

let current: MountedGraph | null = null;
const message = byId('message');

function showMessage(text: string | null): void {
  message.textContent = text ?? '';
  message.hidden = text === null;
}

const page: PageElements = {
  stage: byId('stage'),
  controls: byId('controls'),
  panel: byId('panel'),
  legend: byId('legend'),
  status: byId('status'),
  focusBar: byId('focus-bar'),
  time: byId('time'),
  search: mountSearchBox(byId('search'), (key) => current?.focusNode(key)),
};

const preferredTheme = (): Theme => (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function show(loaded: LoadedGraph, initial: Partial<ViewState>, texts: ArticleTexts = noArticleTexts): void {
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : preferredTheme();
  current?.destroy();
  current = null;
  showMessage(null);
  current = mountGraph(loaded.graph, loaded.origin, page, initial, initial.theme ?? theme, texts);
  document.title = `${loaded.origin} · kgraph viewer`;
  // Handy in the console (kgraphViewer.graph.order) and read by the benchmark.
  (window as unknown as { kgraphViewer: MountedGraph }).kgraphViewer = current;
  document.documentElement.dataset.ready = 'true';
}

async function openFile(file: File): Promise<void> {
  try {
    const loaded = await readGraphFile(file);
    // A new graph starts from a clean view; only the theme carries over.
    const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
    show(loaded, { theme });
  } catch (error) {
    showMessage((error as Error).message);
  }
}

listenForGraphFiles(byId<HTMLInputElement>('file-input'), byId('drop-hint'), (file) => void openFile(file));
byId('export-png').addEventListener('click', () => void current?.exportPng());
byId('export-gexf').addEventListener('click', () => current?.exportGexf());
byId('theme-toggle').addEventListener('click', () => {
  if (current) current.toggleTheme();
  else document.documentElement.dataset.theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
});

async function start(): Promise<void> {
  performance.mark('kgraph:start');
  try {
    const served = await fetchServedGraph();
    performance.mark('kgraph:graph-loaded');
    if (served) show(served, decodeViewState(window.location.hash), servedArticleTexts());
    else showMessage('No graph.json is served here. Open a GEXF or graph.json file, or drop one on this page.');
  } catch (error) {
    showMessage((error as Error).message);
  }
  document.documentElement.dataset.loaded = 'true';
}

void start();
