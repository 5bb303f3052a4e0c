import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database.js';

/** One column of a bulk insert: its name, PostgreSQL type and one value per row. */
export interface BulkColumn {
  readonly name: string;
  readonly type: 'text' | 'json' | 'integer' | 'double precision';
  readonly values: readonly unknown[];
}

/**
 * `insert into t (a, b) select * from unnest($1::text[], $2::json[])`: one parameter per column
 * whatever the row count (a multi-row VALUES list would need one per cell and hit PostgreSQL's
 * 65,535-parameter limit), and the same statement works on pg and PGlite. COPY would be faster
 * still but is not available through PGlite's query interface.
 */
export async function bulkInsert(
  db: Kysely<Database>,
  table: keyof Database,
  columns: readonly BulkColumn[],
  tail: RawBuilder<unknown> = sql``,
): Promise<number> {
  const rows = columns[0]?.values.length ?? 0;
  if (rows === 0) return 0;
  const names = sql.join(columns.map((c) => sql.id(c.name)));
  const arrays = sql.join(columns.map((c) => sql`${[...c.values]}::${sql.raw(c.type)}[]`));
  const result =
    await sql`insert into ${sql.table(table)} (${names}) select * from unnest(${arrays}) ${tail}`.execute(
      db,
    );
  return Number(result.numAffectedRows ?? 0n);
}

/** `column = any($1::text[])`: one parameter for any number of keys, and an index scan. */
export function anyOf(column: string, values: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = any(${[...values]}::text[])`;
}

/** Splits a list into chunks of at most `size` items (bounded statement sizes and memory). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
