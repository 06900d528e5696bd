import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A temporary folder for the run, removed at its end; one Neo4j test server for the run
    // (tools/neo4j-test-server; see the file for when it skips).
    globalSetup: ['tests/support/temp-dir-global-setup.ts', 'tests/support/neo4j-global-setup.ts'],
  },
});
