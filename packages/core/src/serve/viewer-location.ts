/**
 * Finds the built viewer (packages/viewer/dist) at run time: through the
 * `@kgraph/viewer` package when it is installed, else beside core in the
 * repository. `KGRAPH_VIEWER_DIR` replaces both.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgraphError } from '../errors.js';

function candidates(env: NodeJS.ProcessEnv): string[] {
  // An explicit folder is the only one tried, so a wrong setting is reported, not papered over.
  if (env.KGRAPH_VIEWER_DIR) return [resolve(env.KGRAPH_VIEWER_DIR)];
  const found: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    found.push(join(dirname(require.resolve('@kgraph/viewer/package.json')), 'dist'));
  } catch {
    // Not installed as a package: fall back to the repository layout below.
  }
  // packages/core/dist/serve/ → packages/viewer/dist
  found.push(resolve(dirname(fileURLToPath(import.meta.url)), '../../../viewer/dist'));
  return found;
}

/** The folder holding the viewer's index.html; a KgraphError saying how to build it otherwise. */
export function findViewerDist(env: NodeJS.ProcessEnv): string {
  const tried = candidates(env);
  const dist = tried.find((dir) => existsSync(join(dir, 'index.html')));
  if (!dist) {
    throw new KgraphError(
      `the viewer is not built (no index.html in ${tried[tried.length - 1]}). Build it with: npm run build -w @kgraph/viewer`,
    );
  }
  return dist;
}
