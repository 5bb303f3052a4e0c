import { defineConfig } from 'vitest/config';
import { alias } from './vitest.config.js';

/** Conformance suites read ../shared/data (never copied into the repo) and skip when it is absent. */
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/test/conformance/**/*.conformance.test.ts'],
    testTimeout: 120_000,
    pool: 'threads',
  },
});
