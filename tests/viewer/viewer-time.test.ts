/**
 * Time as a picture, in real Chromium through `kgraph view`: brushing the
 * histogram of article dates keeps exactly the relations with evidence in the
 * range, and play steps through time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPE_COLORS, createKnowledgeGraph, type KnowledgeGraph } from '@kgraph/core';
import { writeBuild } from './fixture-graph.js';
import { dragBrush, keepScreenshot, launchBrowser, openViewer, startViewServer, type ViewServer } from './harness.js';

/** A year of made-up news: one article a month, each supporting a few relations among 40 people. */
function yearOfNews(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const documents = Array.from({ length: 12 }, (_, m) => ({
    id: `doc-${m + 1}`,
    title: `Chronicle of month ${m + 1}`,
    source: `month-${m + 1}.txt`,
    published: `2024-${String(m + 1).padStart(2, '0')}-15`,
  }));
  graph.replaceAttributes({ name: 'year', generator: 'kgraph tests', documents });
  const docsOf = new Map<string, Set<string>>();
  for (let i = 0; i < 40; i++) docsOf.set(`person:${i}`, new Set());
  const edges: Array<[string, string, string]> = [];
  for (let e = 0; e < 120; e++) {
    const source = `person:${(e * 7) % 40}`;
    const target = `person:${(e * 13 + 5) % 40}`;
    const doc = `doc-${(e % 12) + 1}`;
    if (source === target || edges.some(([s, t]) => s === source && t === target)) continue;
    edges.push([source, target, doc]);
    docsOf.get(source)!.add(doc);
    docsOf.get(target)!.add(doc);
  }
  for (const [key, docs] of docsOf) {
    const i = Number(key.split(':')[1]);
    graph.addNode(key, {
      label: `Person ${i} Vantrell`, type: 'Person', aliases: [], mentions: 1, documents: [...docs].sort(), evidence: [],
      degree: 1, pagerank: 0.01, betweenness: 0, community: 0, x: Math.cos(i) * 100, y: Math.sin(i) * 100, size: 5, color: ENTITY_TYPE_COLORS.Person,
    });
  }
  for (const [source, target, doc] of edges) {
    graph.addDirectedEdgeWithKey(`${source}->MEETS->${target}`, source, target, {
      type: 'MEETS', predicate: 'meets', basis: 'pattern', modality: 'asserted', weight: 1, confidence: 0.8, documents: [doc], size: 1, color: '#cccccc',
      evidence: [{ docId: doc, sentence: 'They met.', start: 0, end: 9 }],
    });
  }
  return graph;
}

let browser: Browser;
let server: ViewServer;
let page: Page;
let dir: string;

beforeAll(async () => {
  dir = writeBuild(yearOfNews());
  browser = await launchBrowser();
  server = await startViewServer(dir);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openViewer(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const hashParam = (name: string): Promise<string | null> => page.evaluate((n) => new URLSearchParams(location.hash.slice(1)).get(n), name);
const shownEdges = (): Promise<number> => page.locator('#status').textContent().then((t) => Number(/· (\d+) of \d+ edges/.exec(t ?? '')?.[1]));

describe('time as a picture', () => {
  it('keeps exactly the relations whose evidence falls inside the brushed months', async () => {
    // One bin a month: March (2) to July (6).
    await dragBrush(page, 2, 6);
    await page.waitForFunction(() => location.hash.includes('to='));
    expect(await hashParam('from')).toBe('2024-03-01');
    expect(await hashParam('to')).toBe('2024-07-31');
    const json = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as {
      attributes: { documents: Array<{ id: string; published: string }> };
      edges: Array<{ attributes: { documents: string[] } }>;
    };
    const dates = new Map(json.attributes.documents.map((d) => [d.id, d.published]));
    const expected = json.edges.filter((e) => e.attributes.documents.some((id) => dates.get(id)! >= '2024-03-01' && dates.get(id)! <= '2024-07-31')).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(json.edges.length);
    expect(await shownEdges()).toBe(expected);
    await expect(page.getByRole('slider', { name: /Article dates/ }).getAttribute('aria-valuetext')).resolves.toBe('2024-03-01 – 2024-07-31');
    await keepScreenshot(page, 'time-brushed');
  });

  it('plays through time: at least five frames, each showing what was known by a later date', async () => {
    await page.getByRole('button', { name: 'All dates' }).click();
    await page.getByRole('button', { name: 'Play through time' }).click();
    const frames: Array<[string, number]> = [];
    for (let tries = 0; tries < 120 && frames.length < 6; tries++) {
      const to = await hashParam('to');
      if (to && to !== frames.at(-1)?.[0]) frames.push([to, await shownEdges()]);
      await page.waitForTimeout(100);
    }
    await page.getByRole('button', { name: 'Play through time' }).click();
    expect(frames.length).toBeGreaterThanOrEqual(5);
    const dates = frames.map(([to]) => to);
    expect([...dates].sort()).toEqual(dates);
    // Play shows everything known up to each date: the edge count never falls.
    const counts = frames.map(([, count]) => count);
    expect(counts.every((count, i) => i === 0 || count >= counts[i - 1])).toBe(true);
    expect(counts.at(-1)).toBeGreaterThan(counts[0]);
    expect(await hashParam('from')).toBeNull();
  });
});
