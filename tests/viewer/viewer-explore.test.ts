/**
 * Exploring from one entity, in real Chromium through `kgraph view`:
 * neighbourhood focus (undoable, in the URL).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsFixture, writeBuild } from './fixture-graph.js';
import { keepScreenshot, launchBrowser, openViewer, startViewServer, type ViewServer } from './harness.js';

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

async function open(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openViewer(page, server.url + hash);
  return page;
}

async function pick(page: Page, query: string): Promise<void> {
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill(query);
  await search.press('Enter');
  await page.locator('#panel').waitFor({ state: 'visible' });
}

/** Nodes within `depth` hops of `start` in the fixture, counted here independently of the viewer. */
function expectedWithin(start: string, depth: number): number {
  const seen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < depth; hop++) {
    frontier = frontier.flatMap((node) => fixture.neighbors(node)).filter((n) => !seen.has(n) && seen.add(n));
  }
  return seen.size;
}

const shownNodes = (page: Page): Promise<number> =>
  page.locator('#status').textContent().then((text) => Number(/^(\d+) of/.exec(text ?? '')?.[1]));

describe('exploring from an entity', () => {
  it('shows only an entity and its neighbours at depth 1 and 2, and undo steps back to the whole graph', async () => {
    const page = await open();
    await pick(page, 'Oman');
    await page.getByRole('button', { name: 'Show only Oman and its neighbours' }).click();
    expect(await shownNodes(page)).toBe(expectedWithin('country:oman', 1));
    expect(await shownNodes(page)).toBe(4);
    expect(page.url()).toContain('around=country%3Aoman&depth=1');
    await page.getByLabel('Neighbourhood depth').selectOption('2');
    await page.getByRole('button', { name: 'Show only Oman and its neighbours' }).click();
    expect(await shownNodes(page)).toBe(expectedWithin('country:oman', 2));
    expect(await shownNodes(page)).toBe(9);
    await expect(page.locator('#focus-bar').textContent()).resolves.toContain('Oman and its neighbours up to depth 2: 9 entities');
    await keepScreenshot(page, 'explore-focus-depth-2');
    await page.getByRole('button', { name: 'Undo the last neighbourhood focus' }).click();
    expect(await shownNodes(page)).toBe(4);
    await page.getByRole('button', { name: 'Undo the last neighbourhood focus' }).click();
    expect(await shownNodes(page)).toBe(fixture.order);
    await expect(page.locator('#focus-bar').isHidden()).resolves.toBe(true);
    expect(page.url()).not.toContain('around=');
    await page.close();
  });

  it('restores a neighbourhood focus from the URL', async () => {
    const page = await open('#around=country%3Aoman&depth=2');
    expect(await shownNodes(page)).toBe(9);
    await page.close();
  });
});
