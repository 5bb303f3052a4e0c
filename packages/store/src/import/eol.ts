import type { EolProduct } from '@medrisk/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { EolImportCounts } from '../types.js';
import { bulkInsert } from './bulk.js';
import { sha256 } from './rows.js';

/** A product ready to be written: its key, payload text and hash. */
interface EolRow {
  readonly product: EolProduct;
  readonly format: string;
  readonly payload: string;
  readonly sha256: string;
}

/**
 * The rows of an import: one per product and source format; within one import the last file of a
 * product and format wins (files are read in path order, so that is deterministic).
 */
function eolRows(products: readonly EolProduct[]): EolRow[] {
  const byKey = new Map<string, EolRow>();
  for (const product of products) {
    const format = product.sources[0]?.format ?? 'endoflife-product';
    const payload = JSON.stringify(product);
    byKey.set(`${product.product}\u0000${format}`, {
      product,
      format,
      payload,
      sha256: sha256(payload),
    });
  }
  return [...byKey.values()].sort((a, b) =>
    a.product.product === b.product.product
      ? a.format < b.format
        ? -1
        : 1
      : a.product.product < b.product.product
        ? -1
        : 1,
  );
}

/**
 * Writes endoflife.date products inside the import's transaction. Idempotent: a product whose
 * stored payload is the same is left alone (`unchanged`); another payload for the same product
 * and format replaces it (`updated`: release data only grows and gets corrected, so the later
 * import wins, as a later file does in memory).
 */
export async function writeEolProducts(
  trx: Transaction<Database>,
  products: readonly EolProduct[],
  importId: number,
): Promise<EolImportCounts> {
  const rows = eolRows(products);
  if (rows.length === 0) return { added: 0, updated: 0, unchanged: 0 };
  const stored = await trx
    .selectFrom('eol_product')
    .select(['product', 'format', 'content_sha256'])
    .execute();
  const known = new Map(stored.map((s) => [`${s.product}\u0000${s.format}`, s.content_sha256]));
  const added: EolRow[] = [];
  const updated: EolRow[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const hash = known.get(`${row.product.product}\u0000${row.format}`);
    if (hash === undefined) added.push(row);
    else if (hash === row.sha256) unchanged += 1;
    else updated.push(row);
  }
  for (const row of updated)
    await trx
      .deleteFrom('eol_product')
      .where('product', '=', row.product.product)
      .where('format', '=', row.format)
      .execute();
  const write = [...added, ...updated];
  await bulkInsert(trx, 'eol_product', [
    { name: 'product', type: 'text', values: write.map((r) => r.product.product) },
    { name: 'format', type: 'text', values: write.map((r) => r.format) },
    { name: 'title', type: 'text', values: write.map((r) => r.product.title ?? null) },
    { name: 'category', type: 'text', values: write.map((r) => r.product.category ?? null) },
    { name: 'cycles', type: 'integer', values: write.map((r) => r.product.releases.length) },
    { name: 'content_sha256', type: 'text', values: write.map((r) => r.sha256) },
    { name: 'import_id', type: 'integer', values: write.map(() => importId) },
    { name: 'payload', type: 'json', values: write.map((r) => r.payload) },
  ]);
  return { added: added.length, updated: updated.length, unchanged };
}

/**
 * Every stored product, by id then format (a few hundred rows at most: endoflife.date lists about
 * 400 products). The core merges and indexes them as it does files.
 */
export async function loadEolProducts(db: Kysely<Database>): Promise<EolProduct[]> {
  const rows = await db
    .selectFrom('eol_product')
    .select('payload')
    .orderBy('product')
    .orderBy('format')
    .execute();
  return rows.map(
    (r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as EolProduct,
  );
}

/**
 * Stored EOL data at a glance: distinct products, product/format rows, and distinct release cycles
 * (a cycle given by both a product file and release data counts once).
 */
export async function eolTotals(
  db: Kysely<Database>,
): Promise<{ readonly products: number; readonly files: number; readonly cycles: number }> {
  const totals = await db
    .selectFrom('eol_product')
    .select([
      sql<number>`count(distinct product)::int`.as('products'),
      sql<number>`count(*)::int`.as('files'),
    ])
    .executeTakeFirstOrThrow();
  const cycles = await sql<{ n: number }>`
    select count(distinct (p.product, r.value->>'cycle'))::int as n
    from eol_product p, json_array_elements(p.payload->'releases') r`.execute(db);
  return { ...totals, cycles: cycles.rows[0]?.n ?? 0 };
}
