/**
 * What an extraction depends on besides the text: the code of the
 * per-document steps (the nlp, extract and vocabulary folders of the running
 * package), the model files and the gazetteer's country data. Any change to
 * them gives another fingerprint, and the extraction cache starts afresh.
 * A document's relations and anaphors depend besides on the code of resolve
 * and relate (their rules and lexicons) and the helpers they share: the
 * relation cache's fingerprint adds those folders to the extraction's.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CODE_FOLDERS = ['extract', 'nlp', 'vocabulary'];
const MODELS = fileURLToPath(new URL('../../models', import.meta.url));

const RELATION_CODE_FOLDERS = ['relate', 'resolve', 'util'];

let computed: string | undefined;
let computedForRelations: string | undefined;

/** The fingerprint of this installation's extraction, computed once per process. */
export function extractionFingerprint(): string {
  computed ??= fingerprintOf([...CODE_FOLDERS.map((folder) => join(CODE_ROOT, folder)), MODELS]);
  return computed;
}

/** The fingerprint of what makes a document's relations and anaphors from its extraction, computed once per process. */
export function relationFingerprint(): string {
  computedForRelations ??= createHash('sha256')
    .update(`${extractionFingerprint()}\0${fingerprintOf(RELATION_CODE_FOLDERS.map((folder) => join(CODE_ROOT, folder)))}`)
    .digest('hex')
    .slice(0, 32);
  return computedForRelations;
}

function fingerprintOf(folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const path of filesUnder(folder)) {
      if (/\.(?:test\.[jt]s|md|map|d\.ts)$/.test(path)) continue;
      hash.update(`${relative(CODE_ROOT, path)}\0`).update(readFileSync(path)).update('\0');
    }
  }
  const countries = createRequire(import.meta.url)('world-countries/package.json') as { version: string };
  hash.update(`world-countries@${countries.version}`);
  return hash.digest('hex').slice(0, 32);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
