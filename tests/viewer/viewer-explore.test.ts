/**
 * Exploring from one entity, in real Chromium through `kgraph view`:
 * neighbourhood focus (undoable, in the URL) and paths between two entities
 * with the evidence for each hop.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureGraph, newsFixture, writeBuild } from './fixture-graph.js';
import { canvasStats, keepScreenshot, launchBrowser, openViewer, startViewServer, pickEntity, type ViewServer } from './harness.js';

let browser: Browser;
let server: ViewServer;
let chainServer: ViewServer;
const fixture = newsFixture();

/**
 * Varnholt is three typed hops from Quellmark (LEADS, MEMBER_OF, LOCATED_IN), each
 * with its sentence; a co-occurrence shortcut through a concept is two hops.
 */
const chain = buildFixtureGraph(
  [
    { key: 'person:varnholt', label: 'Edda Varnholt', type: 'Person', x: -120, y: 0, community: 0 },
    { key: 'org:brask', label: 'Brask Union', type: 'Organization', x: -40, y: 40, community: 0 },
    { key: 'org:calder', label: 'Calder League', type: 'Organization', x: 40, y: 40, community: 0 },
    { key: 'city:quellmark', label: 'Quellmark', type: 'City', x: 120, y: 0, community: 0 },
    { key: 'concept:tariffs', label: 'tariffs', type: 'Concept', x: 0, y: -80, community: 1 },
    { key: 'person:oddly', label: 'Oddly Unrelated', type: 'Person', x: 0, y: 120, community: 1 },
  ],
  [
    ['person:varnholt', 'LEADS', 'org:brask', 2, ['doc-a', 'Edda Varnholt has led the Brask Union since the spring.']],
    ['org:brask', 'MEMBER_OF', 'org:calder', 1, ['doc-b', 'The Brask Union joined the Calder League last year.']],
    ['org:calder', 'LOCATED_IN', 'city:quellmark', 1, ['doc-a', 'The Calder League sits in Quellmark.']],
    ['person:varnholt', 'RELATED_TO', 'concept:tariffs', 1, ['doc-b', 'Edda Varnholt spoke about tariffs.']],
    ['city:quellmark', 'RELATED_TO', 'concept:tariffs', 1, ['doc-b', 'Quellmark fears tariffs.']],
  ],
);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startViewServer(writeBuild(fixture));
  chainServer = await startViewServer(writeBuild(chain));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await chainServer?.stop();
});

async function open(hash = '', url = server.url): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openViewer(page, url + hash);
  return page;
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
    await pickEntity(page, 'Oman');
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

  it('lists the three typed hops between two entities, each with its type and evidence sentence, and draws them on the canvas', async () => {
    const page = await open('', chainServer.url);
    const stage = (): Promise<Buffer> => page.locator('#stage').screenshot({ mask: [page.locator('#legend'), page.locator('#status')], maskColor: '#ffffff' });
    const pathInk = async (): Promise<number> => (await canvasStats(page, await stage(), '#ffffff', ['#7b2cbf'])).near['#7b2cbf'];
    const before = await pathInk();
    await pickEntity(page, 'Edda Varnholt');
    await page.getByRole('button', { name: /Start a path at Edda Varnholt/ }).click();
    await pickEntity(page, 'Quellmark');
    await page.getByRole('button', { name: 'Show the paths from Edda Varnholt to Quellmark' }).click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Paths from Edda Varnholt to Quellmark');
    const first = page.getByRole('list', { name: 'Path 1' }).locator('li.hop');
    await expect(first.count()).resolves.toBe(3);
    const hops = await first.allTextContents();
    expect(hops[0]).toContain('LEADS');
    expect(hops[0]).toContain('Edda Varnholt has led the Brask Union since the spring.');
    expect(hops[1]).toContain('MEMBER_OF');
    expect(hops[1]).toContain('The Brask Union joined the Calder League last year.');
    expect(hops[1]).toContain('Sanctions and the road back to the table');
    expect(hops[2]).toContain('LOCATED_IN');
    expect(hops[2]).toContain('The Calder League sits in Quellmark.');
    await expect(page.locator('#panel h3').first().textContent()).resolves.toBe('Path 1 · 3 hops · over typed relations');
    // The co-occurrence shortcut comes after the typed path.
    await expect(page.locator('#panel h3').nth(1).textContent()).resolves.toBe('Path 2 · 2 hops · over any relation');
    await page.mouse.move(5, 795);
    await page.waitForTimeout(400);
    const after = await pathInk();
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(300);
    await keepScreenshot(page, 'explore-path');
    // Reload: the path is in the URL.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Paths from Edda Varnholt to Quellmark');
    await page.close();
  });

  it('lists relation types in the legend with count, colour and direction, draws each type in its colour, and curves relations that share their ends', async () => {
    const page = await open();
    const legend = page.locator('#legend .legend-relations');
    await expect(legend.getByRole('button', { name: 'MEDIATES: 2 relations, directed' }).textContent()).resolves.toBe('MEDIATES → (2)');
    await expect(legend.getByRole('button', { name: 'NEGOTIATES_WITH: 1 relations, both ways' }).count()).resolves.toBe(1);
    await expect(legend.getByRole('button', { name: 'RELATED_TO: 4 relations, both ways, co-occurrence' }).count()).resolves.toBe(1);
    const mediatesInk = async (): Promise<number> => {
      const shot = await page.locator('#stage').screenshot({ mask: [page.locator('#legend'), page.locator('#status')], maskColor: '#ffffff' });
      return (await canvasStats(page, shot, '#ffffff', ['#1b9e77'])).near['#1b9e77'];
    };
    expect(await mediatesInk()).toBeGreaterThan(30);
    // Oman both mediates and hosts Iran: the two relations bend apart instead of drawing one line twice.
    const edgeTypes = await page.evaluate(() => {
      const { renderer } = (window as unknown as { kgraphViewer: { renderer: { getEdgeDisplayData(k: string): { type?: string } } } }).kgraphViewer;
      return ['country:oman->MEDIATES->country:iran', 'country:oman->HOSTS->country:iran', 'country:oman->MEDIATES->country:us'].map((k) => renderer.getEdgeDisplayData(k).type);
    });
    expect(edgeTypes).toEqual(['curvedArrow', 'curvedArrow', 'arrow']);
    await legend.getByRole('button', { name: /^MEDIATES/ }).click();
    await page.waitForTimeout(300);
    expect(await mediatesInk()).toBe(0);
    expect(await page.locator('#status').textContent()).toContain('10 of 12 edges');
    await page.close();
  });
});
