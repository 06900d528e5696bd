/**
 * Articles as first-class, in real Chromium through `kgraph view`: the list of
 * a build's articles and the reader with every mention marked, on the real
 * build of seeds/ plus one article with a hostile title and text.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO, keepScreenshot, launchBrowser, openViewer, startViewServer, type ViewServer } from './harness.js';

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Zorbel <script>window.__pwned=2</script> digest';
const HOSTILE_TEXT = `${HOSTILE_TITLE}\nZorbel Quist flew to Oman on Monday. <script>window.__pwned=3</script> <b>Not bold</b> &amp; done.\n`;

let browser: Browser;
let server: ViewServer;
let page: Page;
let out: string;
let graphJson: { attributes: { documents: Array<{ id: string; title: string; source: string }> }; nodes: Array<{ key: string; attributes: { label: string } }> };

beforeAll(async () => {
  const inputs = mkdtempSync(join(tmpdir(), 'kgraph-viewer-articles-in-'));
  cpSync(join(REPO, 'seeds'), inputs, { recursive: true });
  writeFileSync(join(inputs, 'zz-hostile.txt'), HOSTILE_TEXT);
  out = mkdtempSync(join(tmpdir(), 'kgraph-viewer-articles-'));
  execFileSync(process.execPath, [CLI, 'build', inputs, '--out', out, '--formats', 'json', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  graphJson = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
  browser = await launchBrowser();
  server = await startViewServer(out);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openViewer(page, server.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const articleButton = (title: string) => page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: title });

describe('articles', () => {
  it('lists every article of the build, and opens one with each mention of Oman marked as a button that shows Oman', async () => {
    const documents = graphJson.attributes.documents;
    expect(documents.length).toBe(3);
    const listed = await page.getByRole('list', { name: 'Articles' }).locator('.article-title').allTextContents();
    expect(listed.sort()).toEqual(documents.map((d) => d.title).sort());

    const seed = documents.find((d) => d.source.endsWith('002_ec953416371cf4d4.txt'))!;
    const seedText = readFileSync(join(REPO, 'seeds', '002_ec953416371cf4d4.txt'), 'utf8');
    await articleButton(seed.title).click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(seed.title);
    await page.locator('#panel .article-text').waitFor();
    const oman = graphJson.nodes.find((n) => n.attributes.label === 'Oman')!.key;
    const omanMentions = await page.locator(`#panel .article-text mark button[data-entity="${oman}"]`).allTextContents();
    // Every mention below the headline, which the panel shows once, as its title.
    const body = seedText.slice(seedText.indexOf('\n'));
    expect(omanMentions.filter((t) => t === 'Oman').length).toBe(body.match(/\bOman\b/g)!.length);
    expect(page.url()).toContain(`article=${seed.id}`);
    await keepScreenshot(page, 'articles-seed');
    await page.locator(`#panel .article-text mark button[data-entity="${oman}"]`).first().click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Oman');
    // Closing the entity goes back to the article.
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(seed.title);
  });

  it('renders a hostile title and text literally, and no script from them runs', async () => {
    await page.getByRole('searchbox', { name: 'Filter articles by title or source' }).fill('zorbel');
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button').count()).resolves.toBe(1);
    await page.getByRole('list', { name: 'Articles' }).getByRole('button').first().click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(HOSTILE_TITLE);
    await page.locator('#panel .article-text').waitFor();
    const text = await page.locator('#panel .article-text').textContent();
    expect(text).toContain('<script>window.__pwned=3</script> <b>Not bold</b> &amp; done.');
    // The headline that opens the text is shown once, as the panel's title.
    expect(text).not.toContain('digest');
    await expect(page.locator('#panel img, #panel script, #panel b, .article-list img, .article-list script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  });
});
