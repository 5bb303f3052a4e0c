import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { ImportOptions } from '../types.js';
import { anyOf, bulkInsert, chunks } from './bulk.js';
import { advisoryKeys, aliasesOf, compareModified, type AdvisoryRow } from './rows.js';

/** Incoming advisories sorted into what the import does with them. */
export interface Classified {
  readonly added: readonly AdvisoryRow[];
  /** Replace a stored copy (newer `modified`, or same `modified` with other content). */
  readonly updated: readonly AdvisoryRow[];
  readonly unchanged: number;
  readonly older: number;
}

const LOOKUP_CHUNK = 5_000;
const WRITE_CHUNK = 2_000;

/** Compares incoming advisories with the stored ones, a few thousand ids per query. */
export async function classifyAdvisories(
  trx: Transaction<Database>,
  rows: readonly AdvisoryRow[],
): Promise<Classified> {
  const added: AdvisoryRow[] = [];
  const updated: AdvisoryRow[] = [];
  let unchanged = 0;
  let older = 0;
  for (const part of chunks(rows, LOOKUP_CHUNK)) {
    const stored = await trx
      .selectFrom('advisory')
      .select(['id', 'modified', 'content_sha256'])
      .where(
        anyOf(
          'id',
          part.map((r) => r.advisory.id),
        ),
      )
      .execute();
    const byId = new Map(stored.map((s) => [s.id, s]));
    for (const row of part) {
      const known = byId.get(row.advisory.id);
      if (known === undefined) {
        added.push(row);
        continue;
      }
      const order = compareModified(row.advisory.modified, known.modified ?? undefined);
      if (order < 0) older += 1;
      else if (order === 0 && known.content_sha256 === row.sha256) unchanged += 1;
      else updated.push(row);
    }
  }
  return { added, updated, unchanged, older };
}

/** The tables holding an advisory's keys, deleted with it (there are no cascading foreign keys). */
const KEY_TABLES = [
  'advisory_alias',
  'affected_package',
  'affected_cpe',
  'affected_product',
] as const;

/** Deletes replaced advisories with their keys and writes the new rows with their keys. */
export async function writeAdvisories(
  trx: Transaction<Database>,
  classified: Classified,
  importId: number,
  checkpoint: () => void,
  onProgress: ImportOptions['onProgress'],
): Promise<void> {
  for (const part of chunks(classified.updated, LOOKUP_CHUNK)) {
    const ids = part.map((r) => r.advisory.id);
    for (const table of KEY_TABLES)
      await trx.deleteFrom(table).where(anyOf('advisory_id', ids)).execute();
    await trx.deleteFrom('advisory').where(anyOf('id', ids)).execute();
  }
  const rows = [...classified.added, ...classified.updated];
  let done = 0;
  for (const part of chunks(rows, WRITE_CHUNK)) {
    await insertAdvisories(trx, part, importId);
    done += part.length;
    onProgress?.({ phase: 'advisories', done, total: rows.length });
    checkpoint();
  }
}

async function insertAdvisories(
  trx: Transaction<Database>,
  rows: readonly AdvisoryRow[],
  importId: number,
): Promise<void> {
  await bulkInsert(trx, 'advisory', [
    { name: 'id', type: 'text', values: rows.map((r) => r.advisory.id) },
    { name: 'modified', type: 'text', values: rows.map((r) => r.advisory.modified ?? null) },
    { name: 'withdrawn', type: 'text', values: rows.map((r) => r.advisory.withdrawn ?? null) },
    { name: 'source_kind', type: 'text', values: rows.map((r) => r.advisory.source.kind) },
    { name: 'source_file', type: 'text', values: rows.map((r) => r.advisory.source.file ?? null) },
    { name: 'content_sha256', type: 'text', values: rows.map((r) => r.sha256) },
    { name: 'import_id', type: 'integer', values: rows.map(() => importId) },
    { name: 'payload', type: 'json', values: rows.map((r) => r.payload) },
  ]);
  const aliases: [string, string][] = [];
  const packages: [string, string, string][] = [];
  const cpes: [string, string, string][] = [];
  const products: [string, string][] = [];
  for (const { advisory } of rows) {
    for (const alias of aliasesOf(advisory)) aliases.push([alias, advisory.id]);
    const keys = advisoryKeys(advisory);
    for (const [ecosystem, name] of keys.packages) packages.push([ecosystem, name, advisory.id]);
    for (const [vendor, product] of keys.cpes) cpes.push([vendor, product, advisory.id]);
    for (const name of keys.productNames) products.push([name, advisory.id]);
  }
  const text = (name: string, values: readonly string[]) => ({
    name,
    type: 'text' as const,
    values,
  });
  await bulkInsert(trx, 'advisory_alias', [
    text(
      'alias',
      aliases.map((r) => r[0]),
    ),
    text(
      'advisory_id',
      aliases.map((r) => r[1]),
    ),
  ]);
  await bulkInsert(trx, 'affected_package', [
    text(
      'ecosystem',
      packages.map((r) => r[0]),
    ),
    text(
      'name',
      packages.map((r) => r[1]),
    ),
    text(
      'advisory_id',
      packages.map((r) => r[2]),
    ),
  ]);
  await bulkInsert(trx, 'affected_cpe', [
    text(
      'vendor',
      cpes.map((r) => r[0]),
    ),
    text(
      'product',
      cpes.map((r) => r[1]),
    ),
    text(
      'advisory_id',
      cpes.map((r) => r[2]),
    ),
  ]);
  await bulkInsert(trx, 'affected_product', [
    text(
      'name',
      products.map((r) => r[0]),
    ),
    text(
      'advisory_id',
      products.map((r) => r[1]),
    ),
  ]);
}
