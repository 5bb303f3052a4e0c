import type { Kysely } from 'kysely';

/*
 * Migrations take `Kysely<unknown>`: they describe the schema as it was on their day, not as the
 * current `Database` type says it is.
 */

/** Advisories with their lookup keys, KEV, EPSS and the import log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_run')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addColumn('advisories_added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('advisories_updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('advisories_unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('advisories_older', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('kev_changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('epss_changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('files', 'json', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('import_run_source_digest')
    .on('import_run')
    .columns(['source', 'digest'])
    .execute();

  await db.schema
    .createTable('advisory')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('modified', 'text')
    .addColumn('withdrawn', 'text')
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_file', 'text')
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .addColumn('payload', 'json', (c) => c.notNull())
    .execute();

  // Key tables: the primary key is the lookup order; the advisory_id index serves the deletes that
  // replace an advisory. No foreign keys: their per-row triggers made bulk imports five times
  // slower, and the import writes and deletes an advisory with its keys in one transaction.
  const advisoryId = 'advisory_id';
  await db.schema
    .createTable('advisory_alias')
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn(advisoryId, 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('advisory_alias_pkey', ['alias', advisoryId])
    .execute();
  await db.schema
    .createTable('affected_package')
    .addColumn('ecosystem', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn(advisoryId, 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('affected_package_pkey', ['ecosystem', 'name', advisoryId])
    .execute();
  await db.schema
    .createTable('affected_cpe')
    .addColumn('vendor', 'text', (c) => c.notNull())
    .addColumn('product', 'text', (c) => c.notNull())
    .addColumn(advisoryId, 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('affected_cpe_pkey', ['vendor', 'product', advisoryId])
    .execute();
  await db.schema
    .createTable('affected_product')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn(advisoryId, 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('affected_product_pkey', ['name', advisoryId])
    .execute();
  for (const table of ['advisory_alias', 'affected_package', 'affected_cpe', 'affected_product']) {
    await db.schema.createIndex(`${table}_advisory_id`).on(table).column(advisoryId).execute();
  }

  await db.schema
    .createTable('kev')
    .addColumn('cve_id', 'text', (c) => c.primaryKey())
    .addColumn('date_added', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .addColumn('payload', 'json', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('epss')
    .addColumn('cve_id', 'text', (c) => c.primaryKey())
    .addColumn('epss', 'double precision', (c) => c.notNull())
    .addColumn('percentile', 'double precision', (c) => c.notNull())
    .addColumn('score_date', 'text')
    .addColumn('model_version', 'text')
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .execute();
}

/** Drops everything `up` created, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'epss',
    'kev',
    'affected_product',
    'affected_cpe',
    'affected_package',
    'advisory_alias',
    'advisory',
    'import_run',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
