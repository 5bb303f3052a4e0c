import type { OpenStoreOptions, Store } from '@medrisk/store';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';

export interface StoreFlags {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
}

/**
 * Where the advisory store lives: `--database-url` or MEDRISK_DATABASE_URL (PostgreSQL), else the
 * embedded database in `--data-dir`, MEDRISK_DATA_DIR or ~/.medrisk/db.
 */
export function storeLocation(flags: StoreFlags): OpenStoreOptions & { readonly label: string } {
  const url = flags.databaseUrl ?? process.env.MEDRISK_DATABASE_URL;
  if (url !== undefined && url !== '') return { databaseUrl: url, label: redact(url) };
  const dir = resolve(
    flags.dataDir ?? process.env.MEDRISK_DATA_DIR ?? join(homedir(), '.medrisk', 'db'),
  );
  return { dataDir: dir, label: dir };
}

/** Opens the store (loading its code only now: most commands never need it) and maps its errors. */
export async function openStoreOrExit(flags: StoreFlags): Promise<{ store: Store; label: string }> {
  const location = storeLocation(flags);
  const { openStore, StoreError } = await import('@medrisk/store');
  try {
    return { store: await openStore(location), label: location.label };
  } catch (error) {
    if (error instanceof StoreError)
      throw new ExitError(
        EXIT.badInput,
        `cannot open the advisory store at ${location.label}: ${error.message}`,
      );
    throw error;
  }
}

/** The cache for feed downloads sits next to the embedded database (or in the data dir for PostgreSQL). */
export function cacheDirOf(flags: StoreFlags): string {
  const dir = resolve(
    flags.dataDir ?? process.env.MEDRISK_DATA_DIR ?? join(homedir(), '.medrisk', 'db'),
  );
  return join(dir, '..', 'cache');
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
