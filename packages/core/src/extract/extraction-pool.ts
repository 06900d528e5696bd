/**
 * Extraction on several cores: a pool of worker threads, each running
 * `extractDocument` with its own model. Results come back in any order and
 * are put in input order, so the build does not depend on the thread count.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentExtraction } from './document-extraction.js';

/** How many documents a worker holds at once: one running, one waiting, so it never idles between messages. */
const IN_FLIGHT_PER_WORKER = 2;

export async function extractInWorkers(
  texts: readonly string[],
  threads: number,
  onExtracted: (index: number) => void = () => undefined,
): Promise<DocumentExtraction[]> {
  const results: DocumentExtraction[] = new Array(texts.length);
  const workers = Array.from({ length: Math.max(1, Math.min(threads, texts.length)) }, startWorker);
  try {
    await new Promise<void>((resolve, reject) => {
      let sent = 0;
      let received = 0;
      const sendNext = (worker: Worker): void => {
        if (sent < texts.length) {
          worker.postMessage({ index: sent, text: texts[sent] });
          sent += 1;
        }
      };
      for (const worker of workers) {
        worker.on('message', ({ index, extraction }: { index: number; extraction: DocumentExtraction }) => {
          results[index] = extraction;
          received += 1;
          onExtracted(index);
          if (received === texts.length) resolve();
          else sendNext(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (received < texts.length) reject(new Error(`extraction worker stopped (exit code ${code}) before the work was done`));
        });
        for (let i = 0; i < IN_FLIGHT_PER_WORKER; i += 1) sendNext(worker);
      }
      if (texts.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

function startWorker(): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`./extraction-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSources) return new Worker(entry);
  // Run from TypeScript sources (tests, benchmarks): the worker compiles them as its parent does, with tsx.
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true });
}
