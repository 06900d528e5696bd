/**
 * A worker thread of the extraction pool: loads the NER model and gazetteer
 * once, then answers each `{ index, text }` with `{ index, extraction }`.
 * Started with `warmUp`, it also loads the parser and extracts a short text
 * first, so that its first document does not pay for loading and compiling.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultMentionContext } from '../nlp/mentions.js';
import { extractDocument } from './document-extraction.js';
import type { ExtractionWorkerData } from './extraction-pool.js';

/** A few sentences of news, names and clauses of several kinds, to run every step of extraction once. */
const WARM_UP_TEXT = [
  'Council Approves New Budget',
  'The city council of Springfield approved a budget of $4.2 million on Tuesday, Mayor Anna Green said.',
  '"We have waited too long," said John Smith, the chairman of the Springfield Water Company, who had asked for the money in March.',
  'The plan, which the Department of Transportation opposed, will repair roads in Ohio and Kentucky before the winter.',
  'Critics in Washington argued that it was too expensive; the United Nations did not comment.',
].join('\n');

const port = parentPort;
if (!port) throw new Error('extraction-worker: run it as a worker thread.');
const context = defaultMentionContext();
if ((workerData as ExtractionWorkerData | undefined)?.warmUp) extractDocument(WARM_UP_TEXT, context);
port.on('message', ({ index, text }: { index: number; text: string }) => {
  port.postMessage({ index, extraction: extractDocument(text, context) });
});
