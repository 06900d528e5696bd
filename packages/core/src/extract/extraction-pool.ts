/**
 * Extraction on several cores: a pool of worker threads, each running
 * `extractDocument` with its own model. Results come back in any order and
 * are put in input order, so the build does not depend on the thread count.
 *
 * A pool can be started before the build knows what it will extract
 * (`startExtractionWorkers`, with `warmUp`): its first worker then loads the
 * models and compiles the extraction code while this thread opens the caches
 * and reads the inputs, so the few new documents of a rebuild meet a worker
 * that is ready rather than a model still to be loaded.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentExtraction } from './document-extraction.js';

/** How many documents a worker holds at once: one running, one waiting, so it never idles between messages. */
const IN_FLIGHT_PER_WORKER = 2;

/** What a worker is started with. */
export interface ExtractionWorkerData {
  /** Load the models and extract a short text before the first document, rather than on it. */
  warmUp: boolean;
}

/** Worker threads for extraction, grown on demand, used for one batch of texts, then closed. */
export interface ExtractionWorkers {
  /** Starts cold workers (no warm-up: they get work at once) until there are `count`. */
  grow(count: number): void;
  /** Extractions of `texts`, in input order, from every worker started. */
  extract(texts: readonly string[], onExtracted?: (index: number) => void): Promise<DocumentExtraction[]>;
  /** Stops every worker; calling it again does nothing. */
  close(): Promise<void>;
}

/** A pool of `count` workers; with `warmUp`, they load the models and compile the extraction code as they start. */
export function startExtractionWorkers(count: number, warmUp = false): ExtractionWorkers {
  const workers = Array.from({ length: count }, () => startWorker({ warmUp }));
  let closed = false;
  return {
    grow: (wanted) => {
      while (workers.length < wanted) workers.push(startWorker({ warmUp: false }));
    },
    extract: (texts, onExtracted = () => undefined) => extractWith(workers, texts, onExtracted),
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

export async function extractInWorkers(
  texts: readonly string[],
  threads: number,
  onExtracted: (index: number) => void = () => undefined,
): Promise<DocumentExtraction[]> {
  const pool = startExtractionWorkers(Math.max(1, Math.min(threads, texts.length)));
  try {
    return await pool.extract(texts, onExtracted);
  } finally {
    await pool.close();
  }
}

async function extractWith(workers: readonly Worker[], texts: readonly string[], onExtracted: (index: number) => void): Promise<DocumentExtraction[]> {
  const results: DocumentExtraction[] = new Array(texts.length);
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
  return results;
}

function startWorker(workerData: ExtractionWorkerData): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`./extraction-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSources) return new Worker(entry, { workerData });
  // Run from TypeScript sources (tests, benchmarks): the worker compiles them as its parent does, with tsx.
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true, workerData });
}
