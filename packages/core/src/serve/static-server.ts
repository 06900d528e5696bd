/**
 * A small static HTTP server for the viewer: the built viewer's files plus one
 * graph file served as `/graph.json` (with the articles' text beside it as `/documents.jsonl`). In: a folder and a graph path. Out: a
 * listening node:http server. Read-only, GET/HEAD only, no directory listings.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { KgraphError } from '../errors.js';

export interface StaticServerOptions {
  /** Folder with the built viewer (index.html and assets/). */
  root: string;
  /** The graph.json served at `/graph.json`. */
  graphFile: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
};

/**
 * Article text ends up in the page; the policy makes any HTML that slipped
 * through inert (no inline scripts, no foreign origins). The layout worker is
 * started from a blob URL, hence `worker-src blob:`.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Maps a URL path to a file under root, or null when it would leave root. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(join(base, decoded === '/' ? 'index.html' : decoded));
  return target === base || target.startsWith(base + sep) ? target : null;
}

function fileSize(path: string): number | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(text);
}

function handle(options: StaticServerOptions, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'Method not allowed\n');
    return;
  }
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  // The articles' text sits beside graph.json when the build wrote it (documents.jsonl).
  const file =
    urlPath === '/graph.json'
      ? options.graphFile
      : urlPath === '/documents.jsonl'
        ? join(dirname(options.graphFile), 'documents.jsonl')
        : resolveStaticPath(options.root, urlPath);
  const size = file ? fileSize(file) : null;
  if (!file || size === null) {
    send(res, 404, 'Not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    // The graph changes with every build; the hashed assets never do.
    'Cache-Control': urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Starts the server; rejects with a KgraphError when the address cannot be used. */
export function startStaticServer(options: StaticServerOptions): Promise<Server> {
  const server = createServer((req, res) => handle(options, req, res));
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${options.host}:${options.port}`;
      if (error.code === 'EADDRINUSE') {
        reject(new KgraphError(`port ${options.port} on ${options.host} is in use; pick another with --port N, or leave --port out for a free one.`));
      } else if (error.code === 'EACCES') {
        reject(new KgraphError(`not allowed to listen on ${where}; use a port above 1023.`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new KgraphError(`cannot listen on ${where}: no such local address (--host).`));
      } else {
        reject(new KgraphError(`cannot listen on ${where}: ${error.message}`));
      }
    });
    server.listen(options.port, options.host, () => resolvePromise(server));
  });
}

/** The URL a browser should open for a listening server. */
export function serverUrl(server: Server, host: string): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return `http://${shownHost}:${port}/`;
}
