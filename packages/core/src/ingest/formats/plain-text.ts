import { documentId, firstLineTitle } from '../document.js';
import type { ParsedFile } from './types.js';

/** Normalises line ends so the same article saved on Windows or Unix gets the same id. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parsePlainText(raw: string, source: string): ParsedFile {
  const text = normalizeNewlines(raw);
  return { documents: [{ id: documentId(text), title: firstLineTitle(text, source), text, source }], issues: [] };
}
