/**
 * Test harness: runs the real `kgraph view` CLI on an ephemeral port and a
 * real headless Chromium (Debian's, driven by playwright-core).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(REPO, 'packages', 'core', 'dist', 'cli', 'main.js');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // WebGL without a GPU: Chromium's software rasteriser (SwiftShader) must be allowed explicitly.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function chromiumPath(): string {
  const path = process.env.KGRAPH_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install Debian's chromium (apt-get install -y chromium) or set KGRAPH_CHROMIUM.`);
  }
  return path;
}

export function launchBrowser(): Promise<Browser> {
  const extra = process.env.KGRAPH_CHROMIUM_FLAGS?.split(' ').filter(Boolean) ?? [];
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, ...extra], headless: true });
}

export interface ViewServer {
  url: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `kgraph view DIR --port 0 --no-open` and resolves with the URL it prints. */
export function startViewServer(dir: string, extraArgs: string[] = []): Promise<ViewServer> {
  const child = spawn(process.execPath, [CLI, 'view', dir, '--port', '0', '--no-open', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A crashed test run must not leave a server behind.
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kgraph view printed no URL in 20 s:\n${out}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const match = /http:\/\/[^\s)]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[0],
          process: child,
          output: () => out,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kgraph view exited with ${code}:\n${out}`));
    });
  });
}

/** Opens the viewer and waits until the graph is on screen. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
}

/** Saves a full-page screenshot when KGRAPH_VIEWER_SHOTS names a folder, for people to look at. */
/** Searches for an entity, picks the first suggestion and waits for its panel. */
export async function pickEntity(page: Page, query: string): Promise<void> {
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill(query);
  await search.press('Enter');
  await page.locator('#panel').waitFor({ state: 'visible' });
}

export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.KGRAPH_VIEWER_SHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`) });
}

export interface CanvasStats {
  /** Pixels that differ from the background. */
  inked: number;
  /** Distinct colours among them, quantised to 4 bits per channel. */
  distinctColors: number;
  /** How many pixels are close to each of the given colours. */
  near: Record<string, number>;
}

/**
 * Reads a PNG screenshot of the graph area in the page itself (decoding with
 * the browser's own image decoder) and counts what is drawn.
 */
export async function canvasStats(page: Page, png: Buffer, background: string, probes: string[] = []): Promise<CanvasStats> {
  return page.evaluate(
    async ({ data, background, probes }) => {
      const hex = (c: string): number[] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const bg = hex(background);
      const targets = probes.map(hex);
      const near: Record<string, number> = Object.fromEntries(probes.map((p) => [p, 0]));
      const colors = new Set<number>();
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
        if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) < 24) continue;
        inked++;
        colors.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        targets.forEach((t, k) => {
          if (Math.abs(r - t[0]) + Math.abs(g - t[1]) + Math.abs(b - t[2]) < 30) near[probes[k]]++;
        });
      }
      return { inked, distinctColors: colors.size, near };
    },
    { data: png.toString('base64'), background, probes },
  );
}

/** Drags the time histogram's brush from one bin to another (0-based, as the histogram counts them). */
export async function dragBrush(page: Page, fromBin: number, toBin: number): Promise<void> {
  const histogram = page.getByRole('slider', { name: /Article dates/ });
  const bins = Number(await histogram.getAttribute('aria-valuemax')) + 1;
  const box = (await histogram.boundingBox())!;
  const x = (bin: number): number => box.x + ((bin + 0.5) / bins) * box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(fromBin), y);
  await page.mouse.down();
  await page.mouse.move((x(fromBin) + x(toBin)) / 2, y, { steps: 3 });
  await page.mouse.move(x(toBin), y, { steps: 3 });
  await page.mouse.up();
}
