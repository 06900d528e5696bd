#!/usr/bin/env node
// The installed command. It lives outside dist/ so npm can link it before the
// TypeScript build has run; it only hands over to the built CLI.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('kgraph: the CLI is not built yet. Run `npm run build` in the kgraph repository.\n');
  process.exit(1);
}
await import(main.href);
