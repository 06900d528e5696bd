import { documentId, firstLineTitle } from '../document.js';
import { normalizeNewlines } from './plain-text.js';
import type { ParsedFile } from './types.js';

/**
 * Markdown → the text a reader sees: code blocks, HTML comments, link and image
 * targets and emphasis markers go; headings stay as lines of their own.
 */
export function markdownToText(markdown: string): string {
  return normalizeNewlines(markdown)
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

export function parseMarkdown(raw: string, source: string): ParsedFile {
  const text = markdownToText(raw);
  return { documents: [{ id: documentId(text), title: firstLineTitle(text, source), text, source }], issues: [] };
}
