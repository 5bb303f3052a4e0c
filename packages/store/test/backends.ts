import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { connectPglite, connectPostgres, type Connection } from '../src/backends/connect.js';
import { MIGRATIONS } from '../src/migrations/index.js';
import { openStore, storeOn } from '../src/open.js';
import type { OpenStoreOptions, Store } from '../src/types.js';

/** The PostgreSQL server the suite also runs against (trust auth); skipped when unreachable. */
export const TEST_DATABASE_URL =
  process.env.MEDRISK_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** One place to put a store: each call to `create` gives an empty, migrated one. */
export interface Backend {
  readonly name: 'pglite' | 'postgres';
  create(): Promise<{ readonly options: OpenStoreOptions; readonly dispose: () => Promise<void> }>;
}

const pglite: Backend = {
  name: 'pglite',
  create: async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'medrisk-store-test-'));
    await cp(await pgliteTemplate(), join(dataDir, 'pglite'), { recursive: true });
    return { options: { dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  },
};

const postgres: Backend = {
  name: 'postgres',
  create: () => {
    // A schema per store, dropped afterwards: runs in parallel never see each other's rows.
    const schema = `medrisk_test_${randomBytes(6).toString('hex')}`;
    return Promise.resolve({
      options: { databaseUrl: TEST_DATABASE_URL, schema },
      dispose: async () => {
        await withClient((client) => client.query(`drop schema if exists ${schema} cascade`));
      },
    });
  },
};

/** PGlite always; PostgreSQL when the server answers (one printed line otherwise). */
export async function storeBackends(): Promise<Backend[]> {
  try {
    await withClient((client) => client.query('select 1'));
    return [pglite, postgres];
  } catch (error) {
    console.log(
      `PostgreSQL at ${TEST_DATABASE_URL} unreachable (${String(error)}): store tests run on PGlite only`,
    );
    return [pglite];
  }
}

/** The connection under a store, for tests that look at or tamper with the tables. */
export function connect(options: OpenStoreOptions): Promise<Connection> {
  return 'dataDir' in options
    ? connectPglite(options.dataDir)
    : connectPostgres(options.databaseUrl, options.schema);
}

/**
 * One database per test file, emptied before each test (opening PGlite costs about a second, an
 * empty table nothing). The store handed to each test does not close the shared connection.
 */
export function useSharedStore(backend: Backend, now: () => Date): { readonly store: Store } {
  let created: Awaited<ReturnType<Backend['create']>>;
  let connection: Connection;
  let store: Store | undefined;
  beforeAll(async () => {
    created = await backend.create();
    connection = await connect(created.options);
    await storeOn({ ...connection, close: () => Promise.resolve() }, now); // migrates
  });
  beforeEach(async () => {
    const tables = [
      'advisory',
      'advisory_alias',
      'affected_package',
      'affected_cpe',
      'affected_product',
      'kev',
      'epss',
      'import_run',
      'eol_product',
    ];
    await sql`truncate ${sql.join(tables.map((t) => sql.id(t)))} restart identity`.execute(
      connection.db,
    );
    store = await storeOn({ ...connection, close: () => Promise.resolve() }, now);
  });
  afterAll(async () => {
    await connection.close();
    await created.dispose();
  });
  return {
    get store(): Store {
      if (store === undefined) throw new Error('the shared store is opened before each test');
      return store;
    },
  };
}

async function withClient<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 3_000,
  });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * A migrated, empty PGlite data directory, made once per machine and migration list and then
 * copied: initdb takes seconds, a copy a fraction of one. Built beside and renamed into place, so
 * parallel test files never see half a template.
 */
async function pgliteTemplate(): Promise<string> {
  // Keyed by the PGlite version and the migrations: a template from other ones must not be reused.
  const manifest = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ) as {
    dependencies: Record<string, string>;
  };
  const pgliteVersion = manifest.dependencies['@electric-sql/pglite'] ?? 'unknown';
  const key = `${pgliteVersion}-${Object.keys(MIGRATIONS).join(',')}`
    .replace(/[^0-9a-z.]+/gi, '-')
    .slice(-100);
  const template = join(tmpdir(), `medrisk-store-template-${key}`);
  if (await exists(join(template, 'ready'))) return join(template, 'pglite');
  const building = `${template}.${randomBytes(4).toString('hex')}`;
  const store = await openStore({ dataDir: building });
  await store.close();
  await writeFile(join(building, 'ready'), '');
  try {
    await rename(building, template);
  } catch {
    await rm(building, { recursive: true, force: true }); // another worker was first
  }
  return join(template, 'pglite');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
