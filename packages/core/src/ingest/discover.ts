/**
 * Inputs (files, folders, globs) → the files to read, in a stable order, and
 * an issue for each input that names nothing readable.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { IngestIssue } from './document.js';
import { SUPPORTED_EXTENSIONS } from './formats/index.js';

export interface DiscoveredFile {
  path: string;
  /** How the file is named in messages and in document sources: relative to the working directory. */
  display: string;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const GLOB_CHARACTERS = /[*?[]/;

export function isSupportedFile(path: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase());
}

function walk(folder: string, found: string[]): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile()) found.push(path);
  }
}

/** `*` and `?` stay inside one path segment; `**` crosses segments. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i);
      if (close < 0) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, close).replace(/^!/, '^')}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const segments = normalized.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARACTERS.test(s));
  const base = segments.slice(0, firstGlob).join('/') || (normalized.startsWith('/') ? '/' : '.');
  const matcher = globToRegExp(resolve(cwd, normalized).split(sep).join('/'));
  const candidates: string[] = [];
  walk(resolve(cwd, base), candidates);
  return candidates.filter((path) => matcher.test(path.split(sep).join('/')));
}

export function discoverFiles(inputs: readonly string[], cwd: string): { files: DiscoveredFile[]; issues: IngestIssue[] } {
  const issues: IngestIssue[] = [];
  const seen = new Set<string>();
  const files: DiscoveredFile[] = [];
  const add = (path: string) => {
    const absolute = resolve(cwd, path);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ path: absolute, display: relative(cwd, absolute) || absolute });
  };
  for (const input of inputs) {
    if (GLOB_CHARACTERS.test(input)) {
      const matches = expandGlob(input, cwd).filter(isSupportedFile).sort();
      if (!matches.length) issues.push({ source: input, reason: 'the pattern matches no supported file', severity: 'skipped' });
      matches.forEach(add);
      continue;
    }
    let stats;
    try {
      stats = statSync(resolve(cwd, input));
    } catch {
      issues.push({ source: input, reason: 'no such file or folder', severity: 'skipped' });
      continue;
    }
    if (stats.isDirectory()) {
      const found: string[] = [];
      walk(resolve(cwd, input), found);
      const supported = found.filter(isSupportedFile).sort();
      if (!supported.length) {
        issues.push({
          source: input,
          reason: `folder has no supported files (${SUPPORTED_EXTENSIONS.join(', ')})`,
          severity: 'skipped',
        });
      }
      supported.forEach(add);
    } else if (isSupportedFile(input)) add(input);
    else {
      issues.push({
        source: input,
        reason: `unsupported file type "${extname(input) || '(none)'}"; kgraph reads ${SUPPORTED_EXTENSIONS.join(', ')}`,
        severity: 'skipped',
      });
    }
  }
  return { files, issues };
}
