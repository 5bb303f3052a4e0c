import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.js';
import { StoreError, messageOf } from '../errors.js';
import { acquireLock } from './lock.js';
import { PGliteDialect } from './pglite-dialect.js';

/** An open database: the Kysely instance, the schema it lives in, and how to close it all. */
export interface Connection {
  readonly backend: 'pglite' | 'postgres';
  readonly db: Kysely<Database>;
  /** Schema of the tables and of Kysely's migration table (undefined: the default). */
  readonly schema: string | undefined;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the embedded database in `<dataDir>/pglite`, guarded by `<dataDir>/store.lock`.
 * Creating a new one runs initdb and takes seconds; reopening takes a fraction of that.
 */
const SHARED_BUFFERS = '32MB';

export async function connectPglite(dataDir: string): Promise<Connection> {
  mkdirSync(dataDir, { recursive: true });
  const release = acquireLock(join(dataDir, 'store.lock'));
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: join(dataDir, 'pglite'),
      // PostgreSQL's 128 MB buffer cache lives in the WASM heap and is never given back; pages are
      // read through the OS page cache anyway, so a small cache keeps a scan's peak RSS down at
      // little cost in speed (measured with npm run bench:scan).
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
    });
  } catch (error) {
    release();
    throw new StoreError(
      'open-failed',
      `cannot open the advisory database in ${dataDir}: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    backend: 'pglite',
    db,
    schema: undefined,
    close: async () => {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects to PostgreSQL; with `schema`, the tables live there (created when missing). */
export async function connectPostgres(databaseUrl: string, schema?: string): Promise<Connection> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreError(
      'invalid-option',
      `invalid schema name "${schema}" (lower-case letters, digits, _)`,
    );
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    connectionTimeoutMillis: 10_000,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client losing its server emits 'error' on the pool, which would end the process; the
  // next query reconnects or fails visibly, so nothing is lost by listening here.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new StoreError(
      'open-failed',
      `cannot use PostgreSQL at ${redact(databaseUrl)}: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
  return { backend: 'postgres', db, schema, close: () => db.destroy() };
}

/** The URL without its password, for messages. */
export function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return '(unparsable database URL)';
  }
}
