/**
 * `kgraph view` as a user meets it: the URL it prints, what it serves, and
 * one clear line when it cannot start.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, startViewServer, type ViewServer } from './harness.js';
import { newsFixture, writeBuild } from './fixture-graph.js';

let dir: string;
let server: ViewServer;

beforeAll(async () => {
  dir = writeBuild(newsFixture());
  server = await startViewServer(dir);
});

afterAll(async () => {
  await server?.stop();
});

/** A GET whose path is sent exactly as written. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = httpGet({ host: hostname, port: Number(port), path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

function runView(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'view', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kgraph view', () => {
  it('serves the built viewer page and its graph, with a content security policy', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await page.text()).toContain('<div id="stage"');
    const graph = await fetch(new URL('graph.json', server.url));
    expect(graph.headers.get('content-type')).toContain('application/json');
    expect(((await graph.json()) as { nodes: unknown[] }).nodes.length).toBe(newsFixture().order);
  });

  it('never serves a file from outside the viewer folder, and answers 405 to writes', async () => {
    // Sent raw (fetch would normalise the dots away). packages/viewer/index.html, the
    // unbuilt page that loads ./src/main.ts, sits one level above the served folder.
    const inside = await rawGet('/index.html');
    expect(inside.status).toBe(200);
    expect(inside.body).not.toContain('src/main.ts');
    for (const path of ['/../index.html', '/%2e%2e/index.html', '/assets/..%2f..%2findex.html', '/..%5cindex.html', '/../vite.config.ts']) {
      const response = await rawGet(path);
      expect(response.body, path).not.toContain('src/main.ts');
      expect(response.body, path).not.toContain('defineConfig');
      expect([200, 404], path).toContain(response.status);
    }
    expect((await rawGet('/missing.js')).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('says in one line that the graph is missing and how to build it', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'kgraph-view-')), 'nowhere');
    const result = runView([missing, '--no-open']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^kgraph view: .*nowhere does not exist\. Build a graph first: kgraph build/);
  });

  it('says in one line when the viewer has not been built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kgraph-no-viewer-'));
    const result = runView([dir, '--no-open'], { KGRAPH_VIEWER_DIR: empty });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('the viewer is not built');
    expect(result.stderr).toContain('npm run build -w @kgraph/viewer');
  });

  it('says in one line when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = runView([dir, '--no-open', '--port', String(port)]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
    } finally {
      blocker.close();
    }
  });

  it('rejects a port that is not a number', () => {
    const result = runView([dir, '--no-open', '--port', 'eighty']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port must be a number');
  });
});
