import { Migrator } from 'kysely';
import { connectPglite, connectPostgres, type Connection } from './backends/connect.js';
import { StoreError, messageOf } from './errors.js';
import { loadEolProducts } from './import/eol.js';
import { importBatches } from './import/import-batches.js';
import { loadAdvisoryIndex } from './load-index.js';
import { migrationProvider } from './migrations/index.js';
import { lastImportOf, storeStatus } from './status.js';
import type { OpenStoreOptions, Store } from './types.js';

/**
 * Opens the store and brings its schema up to date. PGlite for `{ dataDir }`, PostgreSQL for
 * `{ databaseUrl }`; the same queries run on both.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const connection =
    'dataDir' in options
      ? await connectPglite(options.dataDir)
      : await connectPostgres(options.databaseUrl, options.schema);
  return storeOn(connection, options.now ?? (() => new Date()));
}

/** The store over an open connection, migrated; closing the store closes the connection. */
export async function storeOn(connection: Connection, now: () => Date): Promise<Store> {
  let schemaVersion: string[];
  try {
    schemaVersion = await migrate(connection);
  } catch (error) {
    await connection.close();
    throw error;
  }
  const { db } = connection;
  let closed = false;
  const open = (): void => {
    if (closed) throw new StoreError('closed', 'the advisory store is closed');
  };
  return {
    backend: connection.backend,
    importBatches: async (batches, importOptions) => {
      open();
      return importBatches(db, batches, importOptions, now);
    },
    status: async (statusOptions) => {
      open();
      return storeStatus(
        db,
        { backend: connection.backend, schemaVersion },
        statusOptions?.lastImports ?? 10,
      );
    },
    advisoryIndex: async (keys) => {
      open();
      return loadAdvisoryIndex(db, keys);
    },
    eolProducts: async () => {
      open();
      return loadEolProducts(db);
    },
    lastImport: async (source) => {
      open();
      return lastImportOf(db, source);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await connection.close();
    },
  };
}

/** Runs pending migrations; returns the applied migration names, oldest first. */
async function migrate(connection: Connection): Promise<string[]> {
  const migrator = new Migrator({
    db: connection.db,
    provider: migrationProvider,
    ...(connection.schema === undefined ? {} : { migrationTableSchema: connection.schema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const message = messageOf(error);
    if (message.includes('previously executed migration')) {
      throw new StoreError(
        'newer-schema',
        `the advisory database was written by a newer medrisk (${message}); upgrade medrisk or use another data directory`,
        { cause: error },
      );
    }
    throw new StoreError('migration-failed', `cannot prepare the advisory database: ${message}`, {
      cause: error,
    });
  }
  const migrations = await migrator.getMigrations();
  return migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}
