/**
 * `kgraph view [DIR]`: serves the built viewer and DIR/graph.json on
 * localhost, prints the URL and opens a browser. Runs until interrupted.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandSpec } from '../command.js';
import { KgraphError } from '../../errors.js';
import { openBrowser } from '../../serve/open-browser.js';
import { serverUrl, startStaticServer } from '../../serve/static-server.js';
import { findViewerDist } from '../../serve/viewer-location.js';

function graphFileOf(dirOrFile: string): string {
  let stat;
  try {
    stat = statSync(dirOrFile);
  } catch {
    throw new KgraphError(`${dirOrFile} does not exist. Build a graph first: kgraph build <inputs> --out ${dirOrFile}`);
  }
  const file = stat.isDirectory() ? join(dirOrFile, 'graph.json') : dirOrFile;
  try {
    statSync(file);
  } catch {
    throw new KgraphError(`${file} does not exist. Build a graph first: kgraph build <inputs> --out ${dirOrFile}`);
  }
  return file;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new KgraphError(`--port must be a number from 0 to 65535, not "${value}".`);
  return port;
}

export const viewCommand: CommandSpec = {
  name: 'view',
  summary: 'explore a built graph in the browser (Sigma.js viewer)',
  usage: 'kgraph view [DIR] [--port N] [--host H] [--no-open]',
  details:
    'Serves the viewer and DIR/graph.json (DIR defaults to out) until interrupted with Ctrl-C.\n' +
    'Only this machine can reach it unless --host says otherwise.',
  options: {
    port: { type: 'string', value: 'N', description: 'port to listen on; 0 picks a free one', default: '0 (a free port)' },
    host: { type: 'string', value: 'H', description: 'address to listen on', default: '127.0.0.1' },
    open: { type: 'boolean', description: 'open a browser (--no-open to only print the URL)', default: true },
  },
  async run(args, io) {
    if (args.positionals.length > 1) throw new KgraphError('expects at most one DIR. See `kgraph view --help`.');
    const dir = resolve(io.cwd, args.positionals[0] ?? 'out');
    const graphFile = graphFileOf(dir);
    const root = findViewerDist(io.env);
    const host = typeof args.values.host === 'string' ? args.values.host : '127.0.0.1';
    const port = parsePort(typeof args.values.port === 'string' ? args.values.port : undefined);
    const server = await startStaticServer({ root, graphFile, host, port });
    const url = serverUrl(server, host);
    io.stdout.write(`kgraph view: serving ${graphFile} at ${url} (Ctrl-C to stop)\n`);
    if (args.values.open !== false) openBrowser(url);
    return new Promise<number>((done) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        server.close(() => done(0));
        server.closeAllConnections();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  },
};
