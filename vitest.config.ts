import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const core = (path: string): string =>
  fileURLToPath(new URL(`./packages/core/src/${path}`, import.meta.url));

/** Unit tests run on sources; only the CLI end-to-end tests use the built packages. */
export const alias = [
  { find: /^@medrisk\/core\/node$/, replacement: core('node/index.ts') },
  { find: /^@medrisk\/core\/version$/, replacement: core('version.ts') },
  { find: /^@medrisk\/core\/scan$/, replacement: core('scan.ts') },
  { find: /^@medrisk\/core\/node\/scan$/, replacement: core('node/scan.ts') },
  { find: /^@medrisk\/core$/, replacement: core('index.ts') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.conformance.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
