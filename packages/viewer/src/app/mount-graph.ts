/**
 * Puts one graph on screen: the Sigma renderer, its reducers, the controls,
 * the panel and the URL, all driven by one view-state store. Returns a handle
 * to tear it down when another graph is opened.
 */
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { computeNodeColors, computeNodeSizes } from '../appearance/appearance.js';
import { indexArticles } from '../articles/article-index.js';
import { buildArticleList } from '../articles/article-list.js';
import { renderArticleReader } from '../articles/article-reader.js';
import type { ArticleTexts } from '../articles/article-texts.js';
import { buildAppearanceControls } from '../appearance/appearance-controls.js';
import { renderLegend } from '../appearance/legend.js';
import { currentViewToGexf } from '../export/export-gexf.js';
import { exportPng } from '../export/export-png.js';
import { buildFilterControls, type Control } from '../filters/filter-controls.js';
import { computeVisibility } from '../filters/visibility.js';
import { buildLayoutControls } from '../layout/layout-controls.js';
import { collectGraphFacts } from '../model/graph-facts.js';
import type { ViewerEdge, ViewerGraph, ViewerGraphAttributes, ViewerNode } from '../model/types.js';
import { renderPanel } from '../panel/panel.js';
import { renderPathPanel } from '../paths/path-panel.js';
import { findPaths, type GraphPath } from '../paths/shortest-paths.js';
import { createDrawNodeHover } from '../render/draw-hover.js';
import { parallelEdgeCurvatures } from '../render/parallel-edges.js';
import { createEdgeReducer, createNodeReducer, type RenderInputs } from '../render/reducers.js';
import { CANVAS_COLORS } from '../render/theme-colors.js';
import { dateBins } from '../time/date-bins.js';
import { buildTimeStrip, type TimeStrip } from '../time/time-strip.js';
import { buildSearchIndex } from '../search/search-index.js';
import type { SearchBox } from '../search/search-box.js';
import { focusOf, type Focus } from '../selection/neighbourhood.js';
import { createFocusHistory, renderFocusBar } from '../selection/neighbourhood-focus.js';
import { createStore } from '../state/store.js';
import { defaultViewState, tellsStory, type PathEnds, type Selection, type Theme, type ViewState } from '../state/view-state.js';
import { labelPriority } from '../story/story.js';
import { buildStoryControls } from '../story/story-controls.js';
import { downloadBlob } from '../ui/dom.js';
import { encodeViewState } from '../url-state/url-state.js';

export interface PageElements {
  stage: HTMLElement;
  controls: HTMLElement;
  panel: HTMLElement;
  legend: HTMLElement;
  status: HTMLElement;
  focusBar: HTMLElement;
  /** Under the canvas: the histogram of article dates. */
  time: HTMLElement;
  search: SearchBox;
}

export interface MountedGraph {
  /** The model and its renderer, for the browser console and the benchmark. */
  readonly graph: ViewerGraph;
  readonly renderer: Sigma<ViewerNode, ViewerEdge, ViewerGraphAttributes>;
  /** Centres the camera on a node and selects it. */
  focusNode(key: string): void;
  exportPng(): Promise<void>;
  exportGexf(): void;
  toggleTheme(): void;
  destroy(): void;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

function applyPageTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  const toggle = document.getElementById('theme-toggle');
  toggle?.setAttribute('aria-pressed', String(theme === 'dark'));
}

export function mountGraph(
  graph: ViewerGraph,
  origin: string,
  page: PageElements,
  initial: Partial<ViewState>,
  preferredTheme: Theme,
  articleTexts: ArticleTexts,
): MountedGraph {
  const facts = collectGraphFacts(graph);
  const articles = indexArticles(graph);
  const defaults = defaultViewState(facts, preferredTheme);
  const store = createStore<ViewState>({ ...defaults, ...initial });
  // Arrow heads double the edge draw calls and are unreadable in a hairball: only on smaller graphs.
  const directed = (graph.type === 'directed' || (graph.type === 'mixed' && graph.undirectedSize === 0)) && graph.size <= 20_000;

  let state = store.get();
  let visibility = computeVisibility(graph, facts, state);
  let colors = computeNodeColors(graph, facts, state.colorBy);
  let sizes = computeNodeSizes(graph, state.sizeBy, facts.centrality);
  const story = tellsStory(facts);
  const storyLabelsOf = (): Set<string> | null => (story ? labelPriority(graph, visibility.hiddenNodes, facts.centrality) : null);
  let storyLabels = storyLabelsOf();
  // Close up, concepts may take the labels Sigma's grid has room for.
  const ZOOMED_IN = 0.35;
  let zoomedIn = (state.camera?.ratio ?? 1) < ZOOMED_IN;
  let hovered: Selection | null = null;
  let layoutRunning = false;
  const pathsOf = (ends: PathEnds | null): GraphPath[] => (ends?.to ? findPaths(graph, ends.from, ends.to) : []);
  const pathFocusOf = (found: GraphPath[]): Focus | null =>
    found.length
      ? { nodes: new Set(found.flatMap((p) => p.hops.flatMap((h) => [h.from, h.to]))), edges: new Set(found.flatMap((p) => p.hops.map((h) => h.edge))) }
      : null;
  let paths = pathsOf(state.path);
  let pathFocus = pathFocusOf(paths);
  const articleFocus = (): Focus | null => {
    const article = state.article ? articles.get(state.article) : undefined;
    return article ? { nodes: article.entities, edges: article.relations } : null;
  };
  // A hovered node outranks the paths, then the selection, then the open article.
  const currentFocus = (): Focus | null =>
    hovered ? focusOf(graph, hovered) : (pathFocus ?? focusOf(graph, state.selection) ?? articleFocus());
  let focus = currentFocus();
  const focusNode = (): string | null => {
    const target = hovered ?? state.selection;
    return target?.kind === 'node' ? target.key : null;
  };
  let curvatures = parallelEdgeCurvatures(graph, visibility.hiddenEdges);
  const inputs = (): RenderInputs => ({
    curvatures,
    visibility,
    colors,
    sizes,
    focus,
    path: pathFocus,
    article: state.selection ? null : articleFocus(),
    focusNode: focusNode(),
    canvas: CANVAS_COLORS[state.theme],
    directed,
    storyLabels,
    zoomedIn,
    edgesOff: layoutRunning && graph.size > 20_000,
  });

  applyPageTheme(state.theme);
  // The histogram takes the bottom of the stage before Sigma measures it.
  const bins = dateBins([...facts.documents.values()].flatMap((doc) => (doc.published ? [doc.published] : [])));
  const timeStrip: TimeStrip | null = bins.length > 1 ? buildTimeStrip(bins, store) : null;
  page.time.replaceChildren(...(timeStrip ? [timeStrip.element] : []));
  page.time.hidden = !timeStrip;
  page.stage.parentElement?.classList.toggle('has-time', timeStrip !== null);
  performance.mark('kgraph:render-start');
  const renderer = new Sigma<ViewerNode, ViewerEdge, ViewerGraphAttributes>(graph, page.stage, {
    edgeProgramClasses: { curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    nodeReducer: createNodeReducer(inputs),
    edgeReducer: createEdgeReducer(inputs),
    defaultDrawNodeHover: createDrawNodeHover(() => CANVAS_COLORS[store.get().theme].hoverBox),
    labelColor: { color: CANVAS_COLORS[state.theme].label },
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    // The story view's nodes are small beside the set-aside hubs that set the scale: label them sooner.
    labelRenderedSizeThreshold: story ? 4 : 7,
    // Labels are drawn to the right of their node: leave room so those at the edge are not cut.
    stagePadding: 80,
    // Small graphs can afford every label; big ones keep Sigma's default culling.
    labelDensity: graph.order < 500 ? 3 : 1,
    enableEdgeEvents: graph.size <= 20_000,
    zIndex: true,
    allowInvalidContainer: true,
    hideEdgesOnMove: graph.size > 20_000,
  });
  // Sigma renders once, synchronously, in its constructor.
  performance.mark('kgraph:first-render');
  performance.measure('kgraph:first-render', 'kgraph:render-start', 'kgraph:first-render');

  const camera = renderer.getCamera();
  if (state.camera) camera.setState(state.camera);
  // A path from the URL is framed; the story's first screen frames what it draws, not the set-aside entities around it.
  else if (pathFocus) frameNodes([...pathFocus.nodes], false);
  else if (state.article && articles.has(state.article)) frameNodes([...articles.get(state.article)!.entities], false);
  else if (story) frameNodes(graph.filterNodes((key) => !visibility.hiddenNodes.has(key)), false, 0.03);

  // Controls, panel, legend, status -------------------------------------------------
  const layout = buildLayoutControls(graph, (running) => {
    layoutRunning = running;
    renderer.refresh({ schedule: true });
  });
  const controls: Control[] = [
    ...(story || facts.cooccurrenceEdges > 0 ? [buildStoryControls(facts, store, () => visibility.isolated)] : []),
    ...buildFilterControls(facts, store),
    ...(articles.size ? [buildArticleList(articles, store)] : []),
    buildAppearanceControls(facts, store),
    layout,
  ];
  page.controls.replaceChildren(...controls.map((c) => c.element));
  page.search.setIndex(buildSearchIndex(graph));

  const select = (selection: Selection | null): void => store.set({ selection });
  const focusHistory = createFocusHistory(store);
  const setPath = (path: PathEnds | null): void => store.set(path?.to ? { path, selection: null } : { path });
  const panelContext = {
    graph,
    facts,
    select,
    focusNeighbourhood: (key: string, depth: number) => focusHistory.focus({ key, depth }),
    pathStart: () => store.get().path?.from ?? null,
    setPath,
    clearPath: () => setPath(null),
    closeArticle: () => store.set({ article: null }),
  };
  // The selection's panel when something is selected, else the paths when both ends are chosen.
  const showPanel = (): void => {
    const { path, selection } = state;
    if (!selection && path?.to && graph.hasNode(path.from) && graph.hasNode(path.to)) {
      page.panel.replaceChildren(...renderPathPanel(panelContext, path.from, path.to, paths));
      page.panel.hidden = false;
    } else if (!selection && state.article && articles.has(state.article)) {
      const article = articles.get(state.article)!;
      page.panel.replaceChildren(...renderArticleReader(panelContext, article, undefined).slice(0, 3));
      page.panel.hidden = false;
      void articleTexts().then((texts) => {
        // The reader may have moved on while the text was loading.
        if (state.article !== article.id || state.selection || state.path?.to) return;
        page.panel.replaceChildren(...renderArticleReader(panelContext, article, texts.get(article.id)));
      });
    } else renderPanel(page.panel, panelContext, selection);
  };
  const renderStatus = (): void => {
    page.status.textContent =
      `${visibility.shownNodes.toLocaleString('en')} of ${facts.nodeCount.toLocaleString('en')} nodes · ` +
      `${visibility.shownEdges.toLocaleString('en')} of ${facts.edgeCount.toLocaleString('en')} edges · ${origin}`;
    page.stage.setAttribute(
      'aria-label',
      `Graph from ${origin}: ${visibility.shownNodes} of ${facts.nodeCount} entities and ${visibility.shownEdges} relations shown. Use the search box to find an entity.`,
    );
  };
  const syncAll = (): void => {
    for (const control of controls) control.sync(state);
    timeStrip?.sync(state);
    renderLegend(page.legend, facts, state, store, CANVAS_COLORS[state.theme]);
    renderFocusBar(page.focusBar, graph, state, focusHistory, visibility.shownNodes);
    renderStatus();
  };
  const writeUrl = (): void => {
    const hash = encodeViewState(state, defaults);
    history.replaceState(null, '', hash ? `#${hash}` : window.location.pathname + window.location.search);
  };
  showPanel();
  syncAll();
  // The panel and the time strip change the stage's size; Sigma only listens to the window.
  const resizeObserver = new ResizeObserver(() => {
    renderer.resize();
    renderer.refresh({ skipIndexation: true, schedule: true });
  });
  resizeObserver.observe(page.stage);
  writeUrl();

  // State changes → derived data → one refresh ---------------------------------------
  const unsubscribe = store.subscribe((next, previous) => {
    state = next;
    let refresh = false;
    if (
      !sameList(next.hiddenTypes, previous.hiddenTypes) ||
      !sameList(next.hiddenRelations, previous.hiddenRelations) ||
      next.minWeight !== previous.minWeight ||
      next.community !== previous.community ||
      next.dateFrom !== previous.dateFrom ||
      next.dateTo !== previous.dateTo ||
      next.cooccurrence !== previous.cooccurrence ||
      next.assertedOnly !== previous.assertedOnly ||
      next.isolates !== previous.isolates ||
      next.neighbourhood !== previous.neighbourhood
    ) {
      visibility = computeVisibility(graph, facts, next);
      curvatures = parallelEdgeCurvatures(graph, visibility.hiddenEdges);
      storyLabels = storyLabelsOf();
      refresh = true;
    }
    if (next.colorBy !== previous.colorBy) {
      colors = computeNodeColors(graph, facts, next.colorBy);
      refresh = true;
    }
    if (next.sizeBy !== previous.sizeBy) {
      sizes = computeNodeSizes(graph, next.sizeBy, facts.centrality);
      refresh = true;
    }
    if (next.path !== previous.path) {
      paths = pathsOf(next.path);
      pathFocus = pathFocusOf(paths);
      if (pathFocus) frameNodes([...pathFocus.nodes]);
    }
    if (next.selection !== previous.selection || next.path !== previous.path || next.article !== previous.article) {
      focus = currentFocus();
      const opened = next.article !== previous.article && next.article ? articles.get(next.article) : undefined;
      if (opened && !next.path?.to) frameNodes([...opened.entities]);
      showPanel();
      refresh = true;
    }
    if (next.theme !== previous.theme) {
      applyPageTheme(next.theme);
      renderer.setSetting('labelColor', { color: CANVAS_COLORS[next.theme].label });
      refresh = true;
    }
    if (refresh) renderer.refresh({ skipIndexation: true, schedule: true });
    syncAll();
    writeUrl();
  });

  /**
   * Moves the camera so that the given nodes are on screen; `trim` leaves out
   * that share of outliers on each side (a few far pairs should not shrink the story).
   */
  function frameNodes(keys: string[], animate = true, trim = 0): void {
    const points = keys.flatMap((key) => {
      const data = renderer.getNodeDisplayData(key);
      return data ? [data] : [];
    });
    if (!points.length) return;
    const xs = points.map((p) => p.x).sort((a, b) => a - b);
    const ys = points.map((p) => p.y).sort((a, b) => a - b);
    const cut = Math.floor(points.length * trim);
    const [minX, maxX, minY, maxY] = [xs[cut], xs[xs.length - 1 - cut], ys[cut], ys[ys.length - 1 - cut]];
    const ratio = Math.min(1, Math.max(0.1, Math.max(maxX - minX, maxY - minY) * 1.15));
    const target = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
    if (animate) void camera.animate(target, { duration: 400 });
    else camera.setState(target);
  }

  // Renderer events ----------------------------------------------------------------
  const setHover = (target: Selection | null): void => {
    hovered = target;
    focus = currentFocus();
    renderer.refresh({ skipIndexation: true, schedule: true });
  };
  renderer.on('enterNode', ({ node }) => setHover({ kind: 'node', key: node }));
  renderer.on('leaveNode', () => setHover(null));
  // Shift-click picks the ends of a path: the first click its start, the second its end.
  renderer.on('clickNode', ({ node, event }) => {
    if (!event.original.shiftKey) return select({ kind: 'node', key: node });
    const path = store.get().path;
    setPath(path && !path.to && path.from !== node ? { from: path.from, to: node } : { from: node, to: null });
  });
  renderer.on('clickEdge', ({ edge }) => select({ kind: 'edge', key: edge }));
  renderer.on('clickStage', () => select(null));

  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      if (story && ratio < ZOOMED_IN !== zoomedIn) {
        zoomedIn = ratio < ZOOMED_IN;
        renderer.refresh({ skipIndexation: true, schedule: true });
      }
      store.set({ camera: { x, y, ratio } });
    }, 250);
  });

  const onKey = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement | null;
    if (event.key === 'Escape' && target?.tagName !== 'INPUT' && store.get().selection) select(null);
  };
  document.addEventListener('keydown', onKey);

  return {
    graph,
    renderer,
    focusNode(key) {
      if (!graph.hasNode(key)) return;
      // Read framed positions before selecting: selection schedules a re-index,
      // after which the cache briefly holds raw, unnormalised coordinates.
      const data = renderer.getNodeDisplayData(key);
      let reach = 0;
      for (const neighbour of graph.neighbors(key)) {
        const other = renderer.getNodeDisplayData(neighbour);
        if (other && data) reach = Math.max(reach, Math.hypot(other.x - data.x, other.y - data.y));
      }
      select({ kind: 'node', key });
      // Zoom so the neighbourhood fits, never closer than a tenth of the graph.
      const ratio = Math.min(1, Math.max(0.1, reach * 2.6 || 0.3));
      if (data) void camera.animate({ x: data.x, y: data.y, ratio }, { duration: 500 });
    },
    exportPng: () => exportPng(renderer, CANVAS_COLORS[state.theme].background),
    exportGexf() {
      const gexf = currentViewToGexf(graph, visibility, { colors, sizes });
      downloadBlob(new Blob([gexf], { type: 'application/xml' }), 'kgraph-view.gexf');
    },
    toggleTheme() {
      store.set({ theme: state.theme === 'dark' ? 'light' : 'dark' });
    },
    destroy() {
      clearTimeout(cameraTimer);
      unsubscribe();
      document.removeEventListener('keydown', onKey);
      layout.destroy();
      renderer.kill();
      page.panel.replaceChildren();
      page.panel.hidden = true;
      resizeObserver.disconnect();
      timeStrip?.destroy();
      page.time.replaceChildren();
      page.time.hidden = true;
      page.stage.parentElement?.classList.remove('has-time');
      page.focusBar.replaceChildren();
      page.focusBar.hidden = true;
    },
  };
}
