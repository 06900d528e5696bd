/**
 * The worker thread of graph/analysis-thread.ts: answers each
 * `{ input, options }` with the placement `placeNodes` makes of it and how
 * long its two halves took.
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { placeNodes, type AnalyzeOptions, type NodePlacement, type ProjectionInput } from './analyze.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker: run it as a worker thread.');
port.on('message', ({ input, options }: { input: ProjectionInput; options: AnalyzeOptions }) => {
  const milliseconds = { metrics: 0, layout: 0 };
  let last = performance.now();
  const placement: NodePlacement = placeNodes(input, options, (half) => {
    const now = performance.now();
    milliseconds[half] = now - last;
    last = now;
  });
  // The arrays are handed over, not copied.
  port.postMessage({ placement, milliseconds }, Object.values(placement).map((array: Int32Array | Float64Array) => array.buffer as ArrayBuffer));
});
