import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ImportRunTable } from './database.js';
import { eolTotals } from './import/eol.js';
import type { ImportLogEntry, ImportedFile, StoreStatus } from './types.js';

/** Counts per source kind and ecosystem, KEV and EPSS, and the latest imports. */
export async function storeStatus(
  db: Kysely<Database>,
  base: Pick<StoreStatus, 'backend' | 'schemaVersion'>,
  lastImports: number,
): Promise<StoreStatus> {
  const totals = await db
    .selectFrom('advisory')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(withdrawn)::int`.as('withdrawn'),
    ])
    .executeTakeFirstOrThrow();
  const bySourceKind = await db
    .selectFrom('advisory')
    .select(['source_kind as kind', sql<number>`count(*)::int`.as('advisories')])
    .groupBy('source_kind')
    .orderBy('source_kind')
    .execute();
  const byEcosystem = await db
    .selectFrom('affected_package')
    .select(['ecosystem', sql<number>`count(distinct advisory_id)::int`.as('advisories')])
    .groupBy('ecosystem')
    .orderBy('ecosystem')
    .execute();
  const distinct = sql<number>`count(distinct advisory_id)::int`;
  const cpe = await db
    .selectFrom('affected_cpe')
    .select(distinct.as('n'))
    .executeTakeFirstOrThrow();
  const product = await db
    .selectFrom('affected_product')
    .select(distinct.as('n'))
    .executeTakeFirstOrThrow();
  const kev = await db
    .selectFrom('kev')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const epss = await db
    .selectFrom('epss')
    .select([sql<number>`count(*)::int`.as('n'), sql<string | null>`max(score_date)`.as('latest')])
    .executeTakeFirstOrThrow();
  const eol = await eolTotals(db);
  const imports = await db
    .selectFrom('import_run')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(lastImports)
    .execute();
  return {
    ...base,
    advisories: totals.total,
    withdrawn: totals.withdrawn,
    bySourceKind,
    byEcosystem,
    cpeAdvisories: cpe.n,
    productNameAdvisories: product.n,
    kev: kev.n,
    epss: { scores: epss.n, latestDate: epss.latest ?? undefined },
    eol,
    lastImports: imports.map(importLogEntry),
  };
}

/** The last import of a source, if any. */
export async function lastImportOf(
  db: Kysely<Database>,
  source: string,
): Promise<ImportLogEntry | undefined> {
  const row = await db
    .selectFrom('import_run')
    .selectAll()
    .where('source', '=', source)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row === undefined ? undefined : importLogEntry(row);
}

function importLogEntry(row: Selectable<ImportRunTable>): ImportLogEntry {
  return {
    id: row.id,
    source: row.source,
    digest: row.digest,
    startedAt: isoOf(row.started_at),
    finishedAt: row.finished_at === null ? undefined : isoOf(row.finished_at),
    advisories: {
      added: row.advisories_added,
      updated: row.advisories_updated,
      unchanged: row.advisories_unchanged,
      older: row.advisories_older,
    },
    kevChanged: row.kev_changed,
    epssChanged: row.epss_changed,
    eol: { added: row.eol_added, updated: row.eol_updated, unchanged: row.eol_unchanged },
    files: parseFiles(row.files),
  };
}

/** pg and PGlite both return `timestamptz` as Date; text is accepted in case a driver does not. */
function isoOf(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function parseFiles(value: unknown): ImportedFile[] {
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(list) ? (list as ImportedFile[]) : [];
}
