/**
 * The viewer with hostile and foreign input, in real Chromium through
 * `kgraph view`: markup in labels stays text, and Gephi's own GEXF samples
 * open through the file picker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureGraph, newsFixture, writeBuild } from './fixture-graph.js';
import { REPO, canvasStats, keepScreenshot, launchBrowser, openViewer, startViewServer, type ViewServer } from './harness.js';

const SAMPLES = join(REPO, 'tests', 'fixtures', 'gexf', 'samples');
const HOSTILE = '<img src=x onerror=alert(1)>';

let browser: Browser;
const servers: ViewServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.stop()));
});

async function serve(dir: string): Promise<ViewServer> {
  const server = await startViewServer(dir);
  servers.push(server);
  return server;
}

async function newPage(): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

describe('kgraph viewer with untrusted and foreign files', () => {
  it('shows a label written as an <img onerror> tag literally, and runs no script from it', async () => {
    const graph = buildFixtureGraph(
      [
        { key: 'evil', label: HOSTILE, type: 'Person', aliases: ['<script>window.__pwned = 1</script>'], x: 0, y: 0, community: 0, sentences: [['doc-a', `He said ${HOSTILE} and <b onmouseover="window.__pwned=2">left</b>.`]] },
        { key: 'plain', label: 'Plain Town', type: 'City', x: 50, y: 10, community: 0 },
      ],
      [['evil', 'LOCATED_IN', 'plain', 1]],
    );
    // A document link with a script URL must not become a link.
    graph.setAttribute('documents', [{ id: 'doc-a', title: '<svg onload=alert(3)>', source: 'a.txt', url: 'javascript:alert(2)' }]);
    const server = await serve(writeBuild(graph));
    const { page, dialogs } = await newPage();
    await openViewer(page, server.url);

    const search = page.getByRole('combobox', { name: /search/i });
    await search.fill('<img');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain(HOSTILE);
    await search.press('Enter');
    await page.locator('#panel').waitFor({ state: 'visible' });
    await page.locator('#panel blockquote').hover();
    await page.waitForTimeout(300);
    await keepScreenshot(page, 'hostile-label');

    await expect(page.locator('#panel-title').textContent()).resolves.toBe(HOSTILE);
    await expect(page.locator('#panel dl').textContent()).resolves.toContain('<script>window.__pwned = 1</script>');
    await expect(page.locator('#panel cite').textContent()).resolves.toContain('<svg onload=alert(3)>');
    expect(await page.locator('#panel img, #panel script, #panel svg, #panel b, #search img').count()).toBe(0);
    expect(await page.locator('#panel cite a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('opens each of Gephi\'s sample GEXF files through the file input with all their nodes', async () => {
    const server = await serve(writeBuild(newsFixture()));
    const { page } = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openViewer(page, server.url);
    const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.gexf')).sort();
    expect(samples).toContain('les_miserables.gexf');
    for (const sample of samples) {
      const nodes = (readFileSync(join(SAMPLES, sample), 'utf8').match(/<node[\s>]/g) ?? []).length;
      await page.locator('#file-input').setInputFiles(join(SAMPLES, sample));
      await page.waitForFunction(
        ({ sample, nodes }) => {
          const status = document.getElementById('status')?.textContent ?? '';
          return status.includes(sample) && status.includes(`of ${nodes} nodes`);
        },
        { sample, nodes },
        { timeout: 15_000 },
      );
      await expect(page.locator('#message').isHidden()).resolves.toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('renders Les Misérables from its GEXF in the file\'s own colours', async () => {
    const server = await serve(writeBuild(newsFixture()));
    const { page } = await newPage();
    await openViewer(page, server.url);
    await page.locator('#file-input').setInputFiles(join(SAMPLES, 'les_miserables.gexf'));
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('les_miserables.gexf'));
    await page.waitForTimeout(300);
    await keepScreenshot(page, 'les-miserables');
    const png = await page.locator('#stage').screenshot({ mask: [page.locator('#legend'), page.locator('#status')], maskColor: '#ffffff' });
    const stats = await canvasStats(page, png, '#ffffff');
    expect(stats.inked).toBeGreaterThan(5_000);
    expect(stats.distinctColors).toBeGreaterThanOrEqual(8);
    await expect(page.getByRole('combobox', { name: /colour/i }).inputValue()).resolves.toBe('original');
  });
});
