/**
 * The worker thread of graph/analysis-thread.ts: answers each
 * `{ input, options }` with the placement `placeNodes` makes of it.
 */
import { parentPort } from 'node:worker_threads';
import { placeNodes, type AnalyzeOptions, type NodePlacement, type ProjectionInput } from './analyze.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker: run it as a worker thread.');
port.on('message', ({ input, options }: { input: ProjectionInput; options: AnalyzeOptions }) => {
  const placement: NodePlacement = placeNodes(input, options);
  // The arrays are handed over, not copied.
  port.postMessage(placement, Object.values(placement).map((array: Int32Array | Float64Array) => array.buffer as ArrayBuffer));
});
