import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-outputs.js';

describe('writeFileAtomic', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('writes many pieces, one longer than its buffer, and characters of two, three and four bytes as their UTF-8', () => {
    dir = mkdtempSync(join(tmpdir(), 'kgraph-write-'));
    const pieces = ['Karo Tessel, Valdoria\n', 'Kessel – Ørsted “naïve” 🌍\n', 'é'.repeat(3_000_000), ...Array.from({ length: 20_000 }, (_, i) => `line ${i} ✓\n`)];
    const path = join(dir, 'pieces.txt');
    writeFileAtomic(path, pieces);
    expect(readFileSync(path).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('writes one string as it is', () => {
    dir = mkdtempSync(join(tmpdir(), 'kgraph-write-'));
    const path = join(dir, 'one.txt');
    writeFileAtomic(path, 'Orlin\u00a0Bay\n');
    expect(readFileSync(path, 'utf8')).toBe('Orlin\u00a0Bay\n');
  });
});
