/**
 * The viewer on a news graph, in real Chromium through `kgraph view`:
 * it renders, search focuses an entity with its evidence, and filters
 * survive a reload through the URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeedsGraph } from './seeds-build.js';
import { canvasStats, keepScreenshot, launchBrowser, openViewer, startViewServer, type ViewServer } from './harness.js';

const COUNTRY = '#f28e2b';
const CONCEPT = '#9c755f';

interface GraphJson {
  attributes: { documents: Array<{ id: string; title: string }> };
  nodes: Array<{ key: string; attributes: { label: string; type: string; typeConfidence?: number; aliases: string[]; evidence: Array<{ docId: string; sentence: string }> } }>;
}

let dir: string;
let graph: GraphJson;
let browser: Browser;
let server: ViewServer;
let page: Page;

beforeAll(async () => {
  dir = buildSeedsGraph();
  graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as GraphJson;
  browser = await launchBrowser();
  server = await startViewServer(dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function freshPage(): Promise<Page> {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  return page;
}

/** A screenshot of the graph area alone, with the overlays painted in the background colour. */
async function stageShot(p: Page): Promise<Buffer> {
  return p.locator('#stage').screenshot({ mask: [p.locator('#legend'), p.locator('#status')], maskColor: '#ffffff' });
}

describe('kgraph view on a news graph', () => {
  it('prints a loopback URL and serves the graph it was given', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(new URL('graph.json', server.url));
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(((await response.json()) as GraphJson).nodes.length).toBe(graph.nodes.length);
  });

  it('draws the graph: many inked pixels in several colours, countries and concepts among them', async () => {
    const p = await freshPage();
    await openViewer(p, server.url);
    const png = await stageShot(p);
    await keepScreenshot(p, 'renders');
    const stats = await canvasStats(p, png, '#ffffff', [COUNTRY, CONCEPT]);
    expect(stats.inked).toBeGreaterThan(2_000);
    expect(stats.distinctColors).toBeGreaterThanOrEqual(5);
    expect(stats.near[COUNTRY]).toBeGreaterThan(100);
    expect(stats.near[CONCEPT]).toBeGreaterThan(20);
    await expect(p.locator('#status').textContent()).resolves.toContain(`${graph.nodes.length} of ${graph.nodes.length} nodes`);
  });

  it('finds "Oman" by search, flies to it, and shows its type, aliases and the mediation sentence with its article', async () => {
    const p = await freshPage();
    await openViewer(p, server.url);
    const oman = graph.nodes.find((n) => n.attributes.label === 'Oman');
    expect(oman).toBeDefined();
    const evidence = oman!.attributes.evidence.find((e) => e.sentence.includes('mediation of Oman'));
    expect(evidence).toBeDefined();
    const title = graph.attributes.documents.find((d) => d.id === evidence!.docId)!.title;

    const search = p.getByRole('combobox', { name: /search/i });
    await search.fill('Oman');
    const first = p.getByRole('option').first();
    await expect(first.textContent()).resolves.toContain('Oman');
    await search.press('Enter');

    const panel = p.locator('#panel');
    await panel.waitFor({ state: 'visible' });
    await expect(p.locator('#panel-title').textContent()).resolves.toBe('Oman');
    const details = (await panel.locator('dl').textContent()) ?? '';
    expect(details).toContain('TypeCountry');
    for (const alias of oman!.attributes.aliases) expect(details).toContain(alias);
    const quote = panel.locator('.evidence li', { hasText: 'mediation of Oman' }).first();
    await expect(quote.locator('blockquote').textContent()).resolves.toContain('mediation of Oman');
    await expect(quote.locator('mark').first().textContent()).resolves.toMatch(/Oman/);
    await expect(quote.locator('cite').textContent()).resolves.toContain(title);

    // The camera flew to it: the URL names the node, and Oman's colour fills the middle of the stage.
    await p.waitForFunction(() => new URLSearchParams(window.location.hash.slice(1)).has('cam'));
    await p.waitForTimeout(700);
    const hash = new URLSearchParams((await p.evaluate(() => window.location.hash)).slice(1));
    expect(hash.get('node')).toBe(oman!.key);
    const box = (await p.locator('#stage').boundingBox())!;
    const centre = await p.screenshot({ clip: { x: box.x + box.width / 2 - 20, y: box.y + box.height / 2 - 20, width: 40, height: 40 } });
    const middle = await canvasStats(p, centre, '#ffffff', [COUNTRY]);
    expect(middle.near[COUNTRY]).toBeGreaterThan(100);
    await keepScreenshot(p, 'search-oman');
  });

  it('says in the panel how many mentions agree with a type that was a close call', async () => {
    const closeCall = graph.nodes.find((n) => typeof n.attributes.typeConfidence === 'number' && n.attributes.typeConfidence < 1);
    expect(closeCall).toBeDefined();
    const { label, type, typeConfidence = 1 } = closeCall!.attributes;
    const p = await freshPage();
    await openViewer(p, server.url);
    const search = p.getByRole('combobox', { name: /search/i });
    await search.fill(label);
    await search.press('Enter');
    await p.locator('#panel').waitFor({ state: 'visible' });
    const details = (await p.locator('#panel dl').textContent()) ?? '';
    expect(details).toContain(`Type${type} (${Math.round(typeConfidence * 100)} % of its mentions agree)`);
  });

  it('hides Concept nodes when that type is filtered out, and restores the same view after a reload', async () => {
    const p = await freshPage();
    await openViewer(p, server.url);
    const concepts = graph.nodes.filter((n) => n.attributes.type === 'Concept').length;
    expect(concepts).toBeGreaterThan(0);
    const before = await canvasStats(p, await stageShot(p), '#ffffff', [CONCEPT]);

    await p.getByRole('checkbox', { name: 'Show Concept' }).uncheck();
    const shown = `${graph.nodes.length - concepts} of ${graph.nodes.length} nodes`;
    await p.waitForFunction((text) => document.getElementById('status')?.textContent?.includes(text), shown);
    await p.waitForTimeout(300);
    const after = await canvasStats(p, await stageShot(p), '#ffffff', [CONCEPT]);
    expect(after.near[CONCEPT]).toBeLessThan(before.near[CONCEPT] * 0.1);
    expect(after.inked).toBeGreaterThan(1_000);
    const hash = await p.evaluate(() => window.location.hash);
    expect(new URLSearchParams(hash.slice(1)).get('hide')).toBe('Concept');

    await p.reload();
    await p.waitForSelector('html[data-ready="true"]');
    await expect(p.evaluate(() => window.location.hash)).resolves.toContain('hide=Concept');
    await expect(p.getByRole('checkbox', { name: 'Show Concept' }).isChecked()).resolves.toBe(false);
    await expect(p.locator('#status').textContent()).resolves.toContain(shown);
    await keepScreenshot(p, 'concept-hidden-after-reload');
    const reloaded = await canvasStats(p, await stageShot(p), '#ffffff', [CONCEPT]);
    expect(reloaded.near[CONCEPT]).toBeLessThan(before.near[CONCEPT] * 0.1);
    expect(Math.abs(reloaded.inked - after.inked)).toBeLessThan(after.inked * 0.1);
  });
});
