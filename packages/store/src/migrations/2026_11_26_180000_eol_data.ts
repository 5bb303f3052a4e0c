import type { Kysely } from 'kysely';

/*
 * endoflife.date release data for the lifecycle analysis (`medrisk db import` of product files,
 * API responses or release-data JSON). One row per product and source format: a product file and
 * a release-data file of the same product are both kept, and the core merges them when it builds
 * its EOL index (the product file wins a field both give), exactly as it does for files passed
 * with --eol. The import log counts what an import changed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('eol_product')
    .addColumn('product', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('category', 'text')
    .addColumn('cycles', 'integer', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .addColumn('payload', 'json', (c) => c.notNull())
    .addPrimaryKeyConstraint('eol_product_pkey', ['product', 'format'])
    .execute();
  for (const column of ['eol_added', 'eol_updated', 'eol_unchanged'])
    await db.schema
      .alterTable('import_run')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['eol_added', 'eol_updated', 'eol_unchanged'])
    await db.schema.alterTable('import_run').dropColumn(column).execute();
  await db.schema.dropTable('eol_product').ifExists().execute();
}
