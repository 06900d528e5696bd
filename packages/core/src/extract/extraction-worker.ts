/**
 * A worker thread of the extraction pool: loads the NER model and gazetteer
 * once, then answers each `{ index, text }` with `{ index, extraction }`.
 */
import { parentPort } from 'node:worker_threads';
import { defaultMentionContext } from '../nlp/mentions.js';
import { extractDocument } from './document-extraction.js';

const port = parentPort;
if (!port) throw new Error('extraction-worker: run it as a worker thread.');
const context = defaultMentionContext();
port.on('message', ({ index, text }: { index: number; text: string }) => {
  port.postMessage({ index, extraction: extractDocument(text, context) });
});
