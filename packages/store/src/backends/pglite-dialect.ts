import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/*
 * Why our own dialect: the community `kysely-pglite-dialect` declares PGlite ^0.2–^0.4 as its peer,
 * and we pin PGlite 0.5 (PostgreSQL 18, runs on Node 20). A dialect is small: Kysely's PostgreSQL
 * adapter, compiler and introspector, plus a driver that hands out PGlite's one connection.
 */

/** A Kysely dialect over an open PGlite instance (which the caller owns and closes). */
export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#pglite);
  }

  createQueryCompiler(): PostgresQueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): PostgresAdapter {
    return new PostgresAdapter();
  }

  createIntrospector(db: Kysely<unknown>): PostgresIntrospector {
    return new PostgresIntrospector(db);
  }
}

/**
 * PGlite is a single connection: a Kysely transaction spans many awaits, so the connection is
 * handed out to one holder at a time (a FIFO queue); everyone else waits for its release.
 */
class PGliteDriver implements Driver {
  readonly #connection: PGliteConnection;
  #held = false;
  readonly #waiting: (() => void)[] = [];

  constructor(pglite: PGlite) {
    this.#connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    // PGlite is opened (and waited for) by whoever created it.
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#held = true;
    return this.#connection;
  }

  releaseConnection(): Promise<void> {
    const next = this.#waiting.shift();
    if (next === undefined) this.#held = false;
    else next(); // handed straight to the next waiter: #held stays true
    return Promise.resolve();
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    const mode = [
      settings.isolationLevel === undefined ? '' : ` isolation level ${settings.isolationLevel}`,
      settings.accessMode === undefined ? '' : ` ${settings.accessMode}`,
    ].join('');
    await connection.executeQuery(CompiledQuery.raw(`start transaction${mode}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const result = await connection.executeQuery<{ command?: string }>(CompiledQuery.raw('commit'));
    // PostgreSQL answers COMMIT with ROLLBACK when an earlier error aborted the transaction.
    if (result.rows[0]?.command === 'ROLLBACK') {
      throw new Error('the transaction was aborted by an earlier error and rolled back');
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    // The PGlite instance belongs to the store, which closes it after Kysely.
  }
}

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    const command = result.command?.toUpperCase();
    if (command === 'COMMIT' || command === 'ROLLBACK') return { rows: [{ command } as R] };
    const changes = ['INSERT', 'UPDATE', 'DELETE', 'MERGE'].includes(command ?? '');
    return {
      rows: result.rows,
      ...(changes ? { numAffectedRows: BigInt(result.rowCount ?? result.affectedRows ?? 0) } : {}),
    };
  }

  /** PGlite has no cursors; Kysely calls this inside its own async iteration, so a throw rejects. */
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on PGlite; page with limit/offset');
  }
}
