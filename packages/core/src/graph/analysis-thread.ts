/**
 * Metrics and layout on a second core (`placeNodes` in a worker thread), so a
 * build can write what needs no metrics (the edges of its files, its caches,
 * documents.jsonl) meanwhile. The worker is started early, while the build
 * resolves entities, so loading its modules costs nothing on the way. Its
 * placement is that of `placeNodes` in this thread, number for number: the
 * same code on the same arrays.
 */
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, NodePlacement, ProjectionInput } from './analyze.js';

/** A placement made in the worker, and how long its metrics and its layout took there. */
export interface PlacedInWorker {
  placement: NodePlacement;
  milliseconds: { metrics: number; layout: number };
}

export interface AnalysisWorker {
  /** The placement of `input`; call once. */
  place(input: ProjectionInput, options: AnalyzeOptions): Promise<PlacedInWorker>;
  /** Stops the worker; calling it again does nothing. */
  close(): Promise<void>;
}

export function startAnalysisWorker(): AnalysisWorker {
  const worker = startWorker();
  let closed = false;
  // A worker that fails before it is asked (its modules not found) must not take the process with it; `place` says so.
  let failure: Error | undefined;
  worker.on('error', (error) => (failure ??= error));
  return {
    place: (input, options) =>
      new Promise<PlacedInWorker>((resolve, reject) => {
        if (failure) return reject(failure);
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`analysis worker stopped (exit code ${code}) before the work was done`)));
        worker.postMessage({ input, options }, [input.sources, input.targets, input.weights].map((array) => array.buffer as ArrayBuffer));
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      await worker.terminate();
    },
  };
}

function startWorker(): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`./analysis-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSources) return new Worker(entry);
  // Run from TypeScript sources (tests, benchmarks): the worker compiles them as its parent does, with tsx.
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true });
}
