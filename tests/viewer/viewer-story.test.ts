/**
 * The first screen of a large graph, in real Chromium through `kgraph view`:
 * a generated graph of 2,000 nodes (200 isolated), 150 typed relations (one in ten only planned) and
 * 9,000 co-occurrence edges whose hubs are concepts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBuild } from './fixture-graph.js';
import { keepScreenshot, launchBrowser, openViewer, startViewServer, type ViewServer } from './harness.js';
import { buildLargeGraph, FIRST_SCREEN_SPEC } from './large-graph.js';

let browser: Browser;
let server: ViewServer;
let page: Page;
const graph = buildLargeGraph();

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startViewServer(writeBuild(graph));
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openViewer(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Screen {
  cooccurrenceDrawn: number;
  typedDrawn: number;
  isolatesDrawn: number;
  /** Labelled nodes, most central first, as [type, label]. */
  labels: Array<[string, string]>;
}

/** What the renderer has drawn: its display data and the labels it actually rendered. */
function readScreen(): Promise<Screen> {
  return page.evaluate(() => {
    interface Display { hidden?: boolean }
    interface Viewer {
      graph: {
        forEachEdge(cb: (key: string, attributes: { type?: string }) => void): void;
        forEachNode(cb: (key: string) => void): void;
        getNodeAttributes(key: string): { type?: string; label: string; pagerank?: number };
      };
      renderer: { getEdgeDisplayData(key: string): Display; getNodeDisplayData(key: string): Display; getNodeDisplayedLabels(): Set<string> };
    }
    const { graph, renderer } = (window as unknown as { kgraphViewer: Viewer }).kgraphViewer;
    const screen = { cooccurrenceDrawn: 0, typedDrawn: 0, isolatesDrawn: 0, labels: [] as Array<[string, string]> };
    graph.forEachEdge((key, attributes) => {
      if (renderer.getEdgeDisplayData(key).hidden) return;
      if (attributes.type === 'RELATED_TO') screen.cooccurrenceDrawn++;
      else screen.typedDrawn++;
    });
    graph.forEachNode((key) => {
      if (key.startsWith('isolate:') && !renderer.getNodeDisplayData(key).hidden) screen.isolatesDrawn++;
    });
    screen.labels = [...renderer.getNodeDisplayedLabels()]
      .map((key) => graph.getNodeAttributes(key))
      .sort((a, b) => (b.pagerank ?? 0) - (a.pagerank ?? 0))
      .map((node) => [node.type ?? '', node.label]);
    return screen;
  });
}

const status = (): Promise<string> => page.locator('#status').textContent().then((t) => t ?? '');

describe('the first screen of a large graph', () => {
  it('draws typed relations only, sets the isolated entities aside, and labels central named entities before concepts', async () => {
    await keepScreenshot(page, 'story-first-screen');
    const screen = await readScreen();
    expect(screen.cooccurrenceDrawn).toBe(0);
    expect(screen.typedDrawn).toBe(FIRST_SCREEN_SPEC.typedEdges);
    expect(screen.isolatesDrawn).toBe(0);
    const named = screen.labels.filter(([type]) => type !== 'Concept');
    expect(named.length).toBeGreaterThanOrEqual(15);
    expect(screen.labels.slice(0, 10).map(([type]) => type)).not.toContain('Concept');
    // The generated concepts are the most central nodes of the whole graph: the story view must have chosen against them.
    const [mostCentral] = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'pagerank') - graph.getNodeAttribute(a, 'pagerank'));
    expect(graph.getNodeAttribute(mostCentral, 'type')).toBe('Concept');
    await expect(page.getByRole('checkbox', { name: /Entities without a shown relation \(\d[\d,]*\)/ }).isChecked()).resolves.toBe(false);
  });

  it('shows everything with one switch, and a reload keeps that choice', async () => {
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.waitForTimeout(200);
    const all = await readScreen();
    expect(all.cooccurrenceDrawn).toBe(FIRST_SCREEN_SPEC.cooccurrenceEdges);
    expect(all.isolatesDrawn).toBe(FIRST_SCREEN_SPEC.isolates);
    expect(await status()).toContain('2,000 of 2,000 nodes · 9,150 of 9,150 edges');
    expect(page.url()).toMatch(/cooc=1&iso=1/);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await status()).toContain('2,000 of 2,000 nodes · 9,150 of 9,150 edges');
    await expect(page.getByRole('button', { name: 'Show everything' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('sets aside the relations not stated as fact with their own switch', async () => {
    const hedged = page.getByRole('checkbox', { name: /^Planned, reported, demanded or possible relations/ });
    await hedged.uncheck();
    expect((await readScreen()).typedDrawn).toBe(FIRST_SCREEN_SPEC.typedEdges - FIRST_SCREEN_SPEC.typedEdges / 10);
    await hedged.check();
    expect((await readScreen()).typedDrawn).toBe(FIRST_SCREEN_SPEC.typedEdges);
  });

  it('brings co-occurrence back with its own switch, and the isolated entities with theirs', async () => {
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.getByRole('checkbox', { name: 'Co-occurrence' }).check();
    const cooccurrence = await readScreen();
    expect(cooccurrence.cooccurrenceDrawn).toBe(FIRST_SCREEN_SPEC.cooccurrenceEdges);
    expect(cooccurrence.isolatesDrawn).toBe(0);
    const alone = graph.filterNodes((key) => graph.degree(key) === 0).length;
    await page.getByRole('checkbox', { name: `Entities without a shown relation (${alone})` }).check();
    expect((await readScreen()).isolatesDrawn).toBe(FIRST_SCREEN_SPEC.isolates);
    expect(await status()).toContain('2,000 of 2,000 nodes');
  });
});
