/**
 * The rest of the viewer's promises, in real Chromium through `kgraph view`:
 * evidence from an edge, the time histogram, exports of the current view, the
 * layout worker, the dark theme and keyboard use.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsFixture, writeBuild } from './fixture-graph.js';
import { canvasStats, dragBrush, keepScreenshot, launchBrowser, openViewer, startViewServer, pickEntity, type ViewServer } from './harness.js';

let browser: Browser;
let server: ViewServer;
const fixture = newsFixture();

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startViewServer(writeBuild(fixture));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await openViewer(page, server.url);
  return page;
}


const statusText = (page: Page): Promise<string> => page.locator('#status').textContent().then((t) => t ?? '');

describe('kgraph viewer features', () => {
  it('fades all but the neighbourhood of a hovered node, and opens its panel on click', async () => {
    const page = await open();
    const point = await page.evaluate(() => {
      const { graph, renderer } = (window as unknown as { kgraphViewer: { graph: { getNodeAttributes(k: string): { x: number; y: number } }; renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).kgraphViewer;
      return renderer.graphToViewport(graph.getNodeAttributes('country:oman'));
    });
    const box = (await page.locator('#stage').boundingBox())!;
    const shot = (): Promise<Buffer> => page.locator('#stage').screenshot({ mask: [page.locator('#legend'), page.locator('#status')], maskColor: '#ffffff' });
    const before = await canvasStats(page, await shot(), '#ffffff', ['#9c755f', '#f28e2b']);
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await page.waitForTimeout(400);
    const hovered = await canvasStats(page, await shot(), '#ffffff', ['#9c755f', '#f28e2b']);
    // Concepts are not Oman's neighbours: they fade; the countries around it stay bright.
    expect(hovered.near['#9c755f']).toBeLessThan(before.near['#9c755f'] * 0.2);
    expect(hovered.near['#f28e2b']).toBeGreaterThan(before.near['#f28e2b'] * 0.8);
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.locator('#panel').waitFor({ state: 'visible' });
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Oman');
    await page.close();
  });

  it('goes from a relation in the panel to its evidence sentence, with both ends marked', async () => {
    const page = await open();
    await pickEntity(page, 'Oman');
    await page.getByRole('button', { name: 'Show evidence for MEDIATES to Iran' }).click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Oman MEDIATES Iran');
    const marks = await page.locator('#panel .evidence mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Oman', 'Iran']));
    await expect(page.locator('#panel cite').textContent()).resolves.toContain('Quiet talks resume under a neutral host');
    await expect(page.locator('#panel cite a').getAttribute('href')).resolves.toBe('https://example.org/a');
    await page.getByRole('button', { name: 'Show Iran' }).click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Iran');
    await page.close();
  });

  it('filters by article date: entities only in older articles disappear, undated ones stay', async () => {
    const page = await open();
    expect(await statusText(page)).toContain('10 of 10 nodes');
    // The articles span 2025-04-12 to 2025-05-03, one bin a day: bin 19 is 2025-05-01.
    await dragBrush(page, 19, 21);
    // Oman, Iran and the United States are supported only by the April article; sanctions by May's.
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('7 of 10 nodes'));
    expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('from')).toBe('2025-05-01');
    await page.close();
  });

  it('exports the current view as GEXF with only the nodes on screen, and as a non-blank PNG', async () => {
    const page = await open();
    await page.getByRole('checkbox', { name: 'Show Concept' }).uncheck();
    const [gexfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GEXF' }).click()]);
    const gexf = readFileSync((await gexfDownload.path())!, 'utf8');
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<node[\s>]/g)?.length).toBe(7);
    expect(gexf).not.toContain('nuclear program');
    expect(gexf).toContain('label="Oman"');
    // The export opens again in the viewer itself, with the same nodes.
    await page.locator('#file-input').setInputFiles((await gexfDownload.path())!);
    await page.waitForFunction(() => /7 of 7 nodes/.test(document.getElementById('status')?.textContent ?? ''));

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const stats = await canvasStats(page, png, '#ffffff', ['#f28e2b']);
    expect(stats.inked).toBeGreaterThan(1_000);
    expect(stats.near['#f28e2b']).toBeGreaterThan(100);
    await page.close();
  });

  it('runs ForceAtlas2 in a worker with a live iteration count, and stops when asked', async () => {
    const page = await open();
    const iterations = async (): Promise<number> => Number(((await page.locator('#layout-iterations').textContent()) ?? '').replace(/\D/g, ''));
    const before = await page.locator('#stage').screenshot();
    await page.getByRole('button', { name: 'Start ForceAtlas2' }).click();
    await page.waitForFunction(() => Number(document.getElementById('layout-iterations')?.textContent?.replace(/\D/g, '')) > 20);
    await page.getByRole('button', { name: 'Stop ForceAtlas2' }).click();
    const stopped = await iterations();
    await page.waitForTimeout(500);
    expect(await iterations()).toBe(stopped);
    const after = await page.locator('#stage').screenshot();
    expect(after.equals(before)).toBe(false);
    await page.getByRole('button', { name: 'Remove overlaps' }).click();
    await page.close();
  });

  it('switches to a dark theme that the canvas follows, and remembers it in the URL', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.waitForTimeout(300);
    await keepScreenshot(page, 'dark-theme');
    const png = await page.locator('#stage').screenshot({ mask: [page.locator('#legend'), page.locator('#status')], maskColor: '#14171c' });
    const stats = await canvasStats(page, png, '#14171c', ['#f28e2b']);
    expect(stats.near['#f28e2b']).toBeGreaterThan(100);
    // Mostly dark background: far more pixels differ from white than from the dark background.
    const white = await canvasStats(page, png, '#ffffff');
    expect(white.inked).toBeGreaterThan(stats.inked * 5);
    expect(await page.evaluate(() => location.hash)).toContain('theme=dark');
    await page.close();
  });

  it('works from the keyboard: "/" focuses search, arrows pick a suggestion, Escape closes the panel', async () => {
    const page = await open();
    await page.locator('body').press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await page.keyboard.type('i');
    await page.keyboard.press('ArrowDown');
    const active = await page.getByRole('combobox', { name: /search/i }).getAttribute('aria-activedescendant');
    expect(active).toBe('suggestion-1');
    await page.keyboard.press('Enter');
    await page.locator('#panel').waitFor({ state: 'visible' });
    await page.locator('#panel .close').focus();
    await page.keyboard.press('Escape');
    await page.locator('#panel').waitFor({ state: 'hidden' });
    expect(await page.locator('#stage').getAttribute('aria-label')).toMatch(/10 of 10 entities/);
    await page.close();
  });
});
