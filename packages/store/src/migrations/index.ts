import type { Migration, MigrationProvider } from 'kysely';
import * as initialSchema from './2026_11_26_160000_initial_schema.js';
import * as eolData from './2026_11_26_180000_eol_data.js';

/**
 * Every migration, in order, by name. An explicit list rather than a directory scan: bundled or
 * packed builds have no directory to scan, and a migration cannot be skipped by a stray file.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026_11_26_160000_initial_schema': initialSchema,
  '2026_11_26_180000_eol_data': eolData,
};

/** Kysely's Migrator reads migrations from this provider. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
