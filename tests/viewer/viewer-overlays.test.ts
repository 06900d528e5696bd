/**
 * What floats over the canvas must not hide the graph elsewhere, in real
 * Chromium (software WebGL) through `kgraph view`, on the real build of seeds/.
 *
 * When the legend is too tall for the stage it scrolls, and Chromium
 * composites an opaque scroller as its own layer: the compositor then skipped
 * the part of Sigma's WebGL canvases it took as covered, but mirrored
 * top-to-bottom (WebGL frames are stored upside down), so nodes and edges
 * vanished from a rectangle at the top right while the labels, drawn on a 2D
 * canvas, stayed. An article opened from the URL narrows the stage and frames
 * its entities, which filled that rectangle with graph.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot, launchBrowser, openViewer, startViewServer, type ViewServer } from './harness.js';
import { buildSeedsGraph } from './seeds-build.js';

let browser: Browser;
let server: ViewServer;
let page: Page;
let out: string;

beforeAll(async () => {
  out = buildSeedsGraph();
  browser = await launchBrowser();
  server = await startViewServer(out);
  // Short enough that the legend (at most 36% of the stage) has to scroll.
  page = await browser.newPage({ viewport: { width: 1280, height: 560 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The legend's box reflected top-to-bottom within the stage, in page pixels. */
async function legendMirror(): Promise<Rect> {
  return page.evaluate(() => {
    const stage = document.getElementById('stage')!.getBoundingClientRect();
    const legend = document.getElementById('legend')!.getBoundingClientRect();
    return {
      x: Math.ceil(legend.left),
      y: Math.ceil(stage.top + (stage.bottom - legend.bottom)),
      width: Math.floor(legend.width),
      height: Math.floor(legend.height),
    };
  });
}

/** Puts the node with this label at the centre of the rectangle, drawn large, with no text layers on top. */
async function centreNodeIn(label: string, rect: Rect): Promise<void> {
  await page.evaluate(
    ({ label, rect }) => {
      const viewer = (window as unknown as { kgraphViewer: { renderer: import('sigma').default } }).kgraphViewer;
      const renderer = viewer.renderer;
      const graph = renderer.getGraph();
      const key = graph.findNode((_k, attributes) => attributes.label === label)!;
      const camera = renderer.getCamera();
      camera.setState({ ...camera.getState(), ratio: 0.25 });
      // Sigma's viewport conversions use the matrices of its last render.
      renderer.refresh();
      const stage = document.getElementById('stage')!.getBoundingClientRect();
      const target = { x: rect.x + rect.width / 2 - stage.left, y: rect.y + rect.height / 2 - stage.top };
      // Panning is a translation in framed-graph space; a second step absorbs any rounding.
      for (let step = 0; step < 2; step++) {
        const node = renderer.getNodeDisplayData(key)!;
        const from = renderer.viewportToFramedGraph(renderer.framedGraphToViewport(node));
        const to = renderer.viewportToFramedGraph(target);
        const state = camera.getState();
        camera.setState({ ...state, x: state.x + from.x - to.x, y: state.y + from.y - to.y });
        renderer.refresh();
      }
      for (const layer of ['labels', 'edgeLabels', 'hovers']) {
        (document.querySelector(`.sigma-${layer}`) as HTMLElement).style.visibility = 'hidden';
      }
    },
    { label, rect },
  );
  await page.waitForTimeout(300);
}

/** Pixels off the background inside the rectangle, read from a screenshot of the whole page as a person sees it. */
async function inkedIn(rect: Rect): Promise<number> {
  const png = await page.screenshot();
  return page.evaluate(
    async ({ data, rect }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = rect.width;
      canvas.height = rect.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, rect.x, rect.y, rect.width, rect.height, 0, 0, rect.width, rect.height);
      const pixels = context.getImageData(0, 0, rect.width, rect.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) if (765 - pixels[i] - pixels[i + 1] - pixels[i + 2] >= 24) inked++;
      return inked;
    },
    { data: png.toString('base64'), rect },
  );
}

describe('overlays on the canvas', () => {
  it('draws the nodes of an article opened from the URL in the top right, across from the scrolling legend', async () => {
    const graph = (await (await fetch(new URL('graph.json', server.url))).json()) as {
      attributes: { documents: Array<{ id: string; source: string }> };
    };
    const article = graph.attributes.documents.find((d) => d.source.endsWith('000_1a0938ebcf62193c.txt'))!;
    await openViewer(page, `${server.url}#article=${article.id}`);
    await page.locator('#panel .article-text').waitFor();
    const legendScrolls = await page.evaluate(() => {
      const legend = document.getElementById('legend')!;
      return legend.scrollHeight > legend.clientHeight;
    });
    expect(legendScrolls).toBe(true);

    const mirror = await legendMirror();
    await centreNodeIn('United States', mirror);
    await keepScreenshot(page, 'overlays-article-from-url');
    const withLegend = await inkedIn(mirror);

    // The same view with the legend gone: what the canvas really holds there.
    await page.evaluate(() => {
      document.getElementById('legend')!.style.display = 'none';
      (window as unknown as { kgraphViewer: { renderer: import('sigma').default } }).kgraphViewer.renderer.refresh();
    });
    await page.waitForTimeout(300);
    const withoutLegend = await inkedIn(mirror);

    // A country node drawn large fills a good part of the rectangle.
    expect(withoutLegend).toBeGreaterThan(2_000);
    expect(withLegend).toBeGreaterThan(withoutLegend * 0.95);
  }, 60_000);
});
