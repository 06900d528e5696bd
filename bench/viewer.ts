/**
 * Viewer benchmark (`npm run bench:viewer`): generated graphs of 1k, 10k and
 * 50k nodes with 5 edges per node, served by `kgraph view` and opened in
 * headless Chromium (software WebGL: no GPU here, so these are worst cases).
 *
 * Per size: time from fetching graph.json to the first rendered frame, the
 * JavaScript cost of one frame and of a full refresh (what a filter change
 * costs), and one frame waited for to the end of the GL work. The baseline,
 * measured side by side in the same browser on the same file, is bare Sigma:
 * graphology + Sigma with default settings and no viewer around them.
 * Also: filter change to the next frame, frames per second in a wheel zoom.
 * At 10k nodes: ForceAtlas2 iterations per second in the web worker, against
 * the same layout run synchronously in Node on the same graph.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { ENTITY_TYPES, ENTITY_TYPE_COLORS, createKnowledgeGraph, type KnowledgeGraph } from '@kgraph/core';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startViewServer } from '../tests/viewer/harness.js';
import { writeBuild } from '../tests/viewer/fixture-graph.js';
import { cjsDefault } from '../packages/core/src/graph/cjs-default.js';
import { createRandom } from '../packages/core/src/graph/random.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

const SIZES = (process.env.KGRAPH_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const EDGES_PER_NODE = 5;
const FA2_NODES = 10_000;
const FA2_SECONDS = Number(process.env.KGRAPH_BENCH_FA2_SECONDS ?? 10);

/** Communities on a circle, nodes scattered around their centre, 80% of edges inside a community. */
export function generateGraph(order: number, seed = 42): KnowledgeGraph {
  const rand = createRandom(seed);
  const graph = createKnowledgeGraph();
  graph.replaceAttributes({ name: `generated-${order}`, generator: 'kgraph bench', documents: [] });
  const communities = Math.max(4, Math.round(Math.sqrt(order) / 3));
  const members: string[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < order; i++) {
    const community = Math.floor(rand() * communities);
    const angle = (2 * Math.PI * community) / communities;
    const spread = 0.35 * Math.sqrt(order);
    const type = ENTITY_TYPES[Math.floor(rand() * ENTITY_TYPES.length)];
    const key = `n${i}`;
    members[community].push(key);
    graph.addNode(key, {
      label: `Entity ${i}`,
      type,
      aliases: [],
      mentions: 1,
      documents: [],
      evidence: [],
      degree: 0,
      pagerank: 0,
      betweenness: 0,
      community,
      x: Math.cos(angle) * Math.sqrt(order) + (rand() - 0.5) * spread,
      y: Math.sin(angle) * Math.sqrt(order) + (rand() - 0.5) * spread,
      size: 3,
      color: ENTITY_TYPE_COLORS[type],
    });
  }
  let edge = 0;
  graph.forEachNode((source, attributes) => {
    const own = members[attributes.community];
    for (let k = 0; k < EDGES_PER_NODE; k++) {
      const target = rand() < 0.8 ? own[Math.floor(rand() * own.length)] : `n${Math.floor(rand() * order)}`;
      if (target === source) continue;
      graph.addDirectedEdgeWithKey(`e${edge++}`, source, target, {
        type: 'RELATED_TO',
        predicate: 'co-occurrence',
        basis: 'cooccurrence',
        modality: 'asserted',
        weight: 1 + Math.floor(rand() * 3),
        confidence: 0.5,
        evidence: [],
        documents: [],
        size: 1,
        color: '#cccccc',
      });
    }
  });
  graph.forEachNode((key) => {
    const degree = graph.degree(key);
    graph.mergeNodeAttributes(key, { degree, pagerank: degree / (2 * graph.size), size: 2 + Math.sqrt(degree) });
  });
  return graph;
}

const nextFrames = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const start = performance.now();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - start;
  });

interface LoadFigures {
  nodes: number;
  edges: number;
  /** From the page's start to the first frame (includes loading the viewer's own script). */
  firstRenderMs: number;
  /** From fetching graph.json to the first frame: what bare Sigma is compared on. */
  fetchToFrameMs: number;
  downloadParseMs: number;
  sigmaRenderMs: number;
  baselineFetchParseMs: number;
  filterToFrameMs: number;
  zoomFps: number;
  /** Sigma's render() on the main thread (JavaScript side of one frame). */
  jsRenderMs: number;
  /** A full refresh: every reducer run again and the scene re-indexed (what a filter change costs). */
  jsRefreshMs: number;
  /** One frame waited for to the end of the GL work (software rasteriser here). */
  glFrameMs: number;
}

async function measureLoad(page: Page, url: string, graph: KnowledgeGraph): Promise<LoadFigures> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 300_000 });
  // (No helper functions inside evaluate: tsx would wrap them in a __name the page does not have.)
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      ['kgraph:start', 'kgraph:graph-loaded', 'kgraph:render-start', 'kgraph:first-render'].map((name) => [
        name,
        performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN,
      ]),
    ),
  );
  await nextFrames(page);
  // Baseline, same page, same file: the fetch and JSON.parse every viewer pays before drawing anything.
  const baselineFetchParseMs = await page.evaluate(async () => {
    const start = performance.now();
    const text = await (await fetch('graph.json', { cache: 'no-store' })).text();
    JSON.parse(text);
    return performance.now() - start;
  });
  const timings = await page.evaluate(() => {
    const renderer = (window as unknown as { kgraphViewer: { renderer: { render(): void; refresh(): void; webGLContexts: Record<string, WebGLRenderingContext> } } }).kgraphViewer.renderer;
    const pixel = new Uint8Array(4);
    let start = performance.now();
    for (let i = 0; i < 10; i++) renderer.render();
    const jsRenderMs = (performance.now() - start) / 10;
    start = performance.now();
    for (let i = 0; i < 5; i++) renderer.refresh();
    const jsRefreshMs = (performance.now() - start) / 5;
    start = performance.now();
    for (let i = 0; i < 3; i++) {
      renderer.render();
      for (const gl of Object.values(renderer.webGLContexts)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    }
    return { jsRenderMs, jsRefreshMs, glFrameMs: (performance.now() - start) / 3 };
  });
  // A filter change: hide one entity type, time to the next painted frame.
  const filterToFrameMs = await page.evaluate(async () => {
    const box = document.querySelector<HTMLInputElement>('input[aria-label="Show Person"]')!;
    const start = performance.now();
    box.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - start;
  });
  // Frames per second while a wheel zoom animates (sigma redraws every frame of it).
  const stage = (await page.locator('#stage').boundingBox())!;
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
  const counting = page.evaluate(async () => {
    let frames = 0;
    const start = performance.now();
    while (performance.now() - start < 1500) {
      await new Promise((r) => requestAnimationFrame(r));
      frames++;
    }
    return (frames * 1000) / (performance.now() - start);
  });
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, i % 2 ? 300 : -300);
    await page.waitForTimeout(220);
  }
  const zoomFps = await counting;
  return {
    nodes: graph.order,
    edges: graph.size,
    firstRenderMs: marks['kgraph:first-render'],
    fetchToFrameMs: marks['kgraph:first-render'] - marks['kgraph:start'],
    downloadParseMs: marks['kgraph:graph-loaded'] - marks['kgraph:start'],
    sigmaRenderMs: marks['kgraph:first-render'] - marks['kgraph:render-start'],
    baselineFetchParseMs,
    filterToFrameMs,
    zoomFps,
    ...timings,
  };
}

interface RenderFigures {
  fetchToFrameMs: number;
  jsRenderMs: number;
  jsRefreshMs: number;
  glFrameMs: number;
}

const require = createRequire(import.meta.url);
// Both main entries live in their package's dist/, beside the browser bundles.
const GRAPHOLOGY_UMD = join(dirname(require.resolve('graphology')), 'graphology.umd.min.js');
const SIGMA_UMD = join(dirname(require.resolve('sigma')), 'sigma.min.js');

/** Bare Sigma on the same file, in a stage of the same size: the baseline. */
async function measureBareSigma(browser: Browser, url: string, stage: { width: number; height: number }): Promise<RenderFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  try {
    // Any small page of the same origin will do (a 404 text); the graph itself is fetched below.
    await page.goto(new URL('bare-sigma-baseline', url).href);
    await page.setContent(`<div id="c" style="width:${stage.width}px;height:${stage.height}px"></div>`);
    await page.addScriptTag({ path: GRAPHOLOGY_UMD });
    await page.addScriptTag({ path: SIGMA_UMD });
    return await page.evaluate(async () => {
      const globals = window as unknown as {
        graphology: { MultiGraph: { from(data: unknown): unknown } };
        Sigma: new (graph: unknown, container: HTMLElement) => { render(): void; refresh(): void; webGLContexts: Record<string, WebGLRenderingContext> };
      };
      const start = performance.now();
      const data = JSON.parse(await (await fetch('graph.json', { cache: 'no-store' })).text()) as {
        nodes: Array<{ attributes: Record<string, unknown> }>;
        edges: Array<{ attributes: Record<string, unknown> }>;
      };
      // Sigma reads "type" as its program name: bare Sigma gets the attributes without it.
      for (const item of [...data.nodes, ...data.edges]) delete item.attributes.type;
      const renderer = new globals.Sigma(globals.graphology.MultiGraph.from(data), document.getElementById('c')!);
      const fetchToFrameMs = performance.now() - start;
      const pixel = new Uint8Array(4);
      let t = performance.now();
      for (let i = 0; i < 10; i++) renderer.render();
      const jsRenderMs = (performance.now() - t) / 10;
      t = performance.now();
      for (let i = 0; i < 5; i++) renderer.refresh();
      const jsRefreshMs = (performance.now() - t) / 5;
      t = performance.now();
      for (let i = 0; i < 3; i++) {
        renderer.render();
        for (const gl of Object.values(renderer.webGLContexts)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      }
      return { fetchToFrameMs, jsRenderMs, jsRefreshMs, glFrameMs: (performance.now() - t) / 3 };
    });
  } finally {
    await context.close();
  }
}

/**
 * Iterations per second counted by the viewer's own layout control. With
 * `detached`, the renderer is killed first: what is left is the worker and the
 * main thread applying its positions to the graph, without any drawing.
 */
async function measureWorkerLayout(page: Page, url: string, detached: boolean): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 300_000 });
  if (detached) await page.evaluate(() => (window as unknown as { kgraphViewer: { renderer: { kill(): void } } }).kgraphViewer.renderer.kill());
  const count = async (): Promise<number> => Number(((await page.locator('#layout-iterations').textContent()) ?? '').replace(/\D/g, ''));
  await page.locator('#layout-toggle').click();
  await page.waitForTimeout(1000); // warm-up: worker start and first transfer
  const before = await count();
  const start = Date.now();
  await page.waitForTimeout(FA2_SECONDS * 1000);
  const after = await count();
  const seconds = (Date.now() - start) / 1000;
  await page.locator('#layout-toggle').click();
  return (after - before) / seconds;
}

/** The same ForceAtlas2 settings, run synchronously in Node on the same graph: the baseline. */
function measureNodeLayout(graph: KnowledgeGraph): number {
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 };
  const copy = graph.copy();
  let iterations = 0;
  const start = performance.now();
  while (performance.now() - start < FA2_SECONDS * 1000) {
    forceAtlas2.assign(copy, { iterations: 5, settings, getEdgeWeight: 'weight' });
    iterations += 5;
  }
  return (iterations * 1000) / (performance.now() - start);
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (n: number, digits = 0): string => `${fmt(n, digits)} ms`;
const ratio = (ours: number, base: number): string => `${fmt(ours / base, 2)}×`;

async function main(): Promise<void> {
  const browser = await launchBrowser();
  const rows: Array<{ ours: LoadFigures; bare: RenderFigures }> = [];
  let workerRate = NaN;
  let workerDetachedRate = NaN;
  let nodeRate = NaN;
  try {
    for (const size of SIZES) {
      const graph = generateGraph(size);
      const dir = writeBuild(graph);
      const server = await startViewServer(dir);
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const ours = await measureLoad(page, server.url, graph);
        const stage = (await page.locator('#stage').boundingBox())!;
        await page.close();
        const bare = await measureBareSigma(browser, server.url, stage);
        rows.push({ ours, bare });
        if (size === FA2_NODES) {
          const layoutPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          workerRate = await measureWorkerLayout(layoutPage, server.url, false);
          workerDetachedRate = await measureWorkerLayout(layoutPage, server.url, true);
          await layoutPage.close();
          nodeRate = measureNodeLayout(graph);
        }
      } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
      console.error(`measured ${fmt(size)} nodes: ${JSON.stringify(rows[rows.length - 1])}`);
    }
  } finally {
    await browser.close();
  }
  const lines = [
    'kgraph viewer benchmark: headless Chromium, software WebGL (SwiftShader), 1280×800 page.',
    'Baseline side by side: bare Sigma (graphology + Sigma, default settings) on the same graph.json, same stage size.',
    '',
    '| nodes | edges | page start → first frame | fetch → first frame (bare Sigma, ratio) | JS per frame (bare, ratio) | full refresh (bare, ratio) | GL frame (bare) | filter → next frame | zoom fps |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { ours, bare } of rows) {
    lines.push(
      `| ${fmt(ours.nodes)} | ${fmt(ours.edges)} | ${ms(ours.firstRenderMs)} | ${ms(ours.fetchToFrameMs)} (${ms(bare.fetchToFrameMs)}, ${ratio(ours.fetchToFrameMs, bare.fetchToFrameMs)}) ` +
        `| ${ms(ours.jsRenderMs, 1)} (${ms(bare.jsRenderMs, 1)}, ${ratio(ours.jsRenderMs, bare.jsRenderMs)}) ` +
        `| ${ms(ours.jsRefreshMs)} (${ms(bare.jsRefreshMs)}, ${ratio(ours.jsRefreshMs, bare.jsRefreshMs)}) ` +
        `| ${ms(ours.glFrameMs)} (${ms(bare.glFrameMs)}) | ${ms(ours.filterToFrameMs)} | ${fmt(ours.zoomFps, 1)} |`,
    );
  }
  if (Number.isFinite(workerRate)) {
    lines.push(
      '',
      `ForceAtlas2 at ${fmt(FA2_NODES)} nodes / ${fmt(FA2_NODES * EDGES_PER_NODE)} edges, iterations per second:`,
      `- viewer, drawing every update: ${fmt(workerRate, 1)} (${ratio(workerRate, nodeRate)} of the baseline)`,
      `- viewer's worker with the canvas detached: ${fmt(workerDetachedRate, 1)} (${ratio(workerDetachedRate, nodeRate)} of the baseline)`,
      `- baseline, the same settings synchronous in Node: ${fmt(nodeRate, 1)}`,
    );
  }
  console.log(lines.join('\n'));
}

if (!process.env.KGRAPH_BENCH_NO_MAIN) await main();
