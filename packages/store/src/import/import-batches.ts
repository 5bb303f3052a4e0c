import type { AdvisoryBatch } from '@medrisk/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import { StoreError, messageOf } from '../errors.js';
import type { ImportOptions, ImportSummary } from '../types.js';
import { writeAdvisories, classifyAdvisories, type Classified } from './advisories.js';
import { writeEolProducts } from './eol.js';
import { advisoryRow, compareModified, type AdvisoryRow } from './rows.js';
import { lastKev, latestEpss, upsertEpss, upsertKev } from './scores.js';

/** Any constant: imports take this transaction-level advisory lock, so two never interleave. */
const IMPORT_LOCK = 4_711_001;

/**
 * Imports batches in one transaction. Idempotent: an advisory already stored with the same
 * `modified` and content is left alone, an older one is not imported, a newer one replaces it;
 * KEV and EPSS rows change only when their content does. Any error or an abort rolls it all back.
 */
export async function importBatches(
  db: Kysely<Database>,
  batches: readonly AdvisoryBatch[],
  options: ImportOptions,
  now: () => Date,
): Promise<ImportSummary> {
  const advisories = latestAdvisories(batches);
  const kev = lastKev(batches);
  const epss = latestEpss(batches);
  let summary: ImportSummary;
  try {
    summary = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
      const earlier = options.force === true ? undefined : await findImport(trx, options);
      if (earlier !== undefined) return skipped(options, earlier);
      const { id: importId } = await trx
        .insertInto('import_run')
        .values({
          source: options.source,
          digest: options.digest,
          started_at: now().toISOString(),
          files: JSON.stringify(options.files ?? []),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const checkpoint = (): void => {
        if (options.signal?.aborted === true) {
          throw new StoreError(
            'aborted',
            `import of ${options.source} aborted; nothing was stored`,
          );
        }
      };
      checkpoint();
      const classified = await classifyAdvisories(trx, advisories);
      await writeAdvisories(trx, classified, importId, checkpoint, options.onProgress);
      const kevChanged = await upsertKev(trx, kev, importId);
      options.onProgress?.({ phase: 'kev', done: kev.length, total: kev.length });
      checkpoint();
      const epssChanged = await upsertEpss(trx, epss, importId, checkpoint, options.onProgress);
      const eolProducts = options.eol ?? [];
      const eol = await writeEolProducts(trx, eolProducts, importId);
      options.onProgress?.({ phase: 'eol', done: eolProducts.length, total: eolProducts.length });
      checkpoint();
      const counts = countsOf(classified);
      await trx
        .updateTable('import_run')
        .set({
          finished_at: now().toISOString(),
          advisories_added: counts.added,
          advisories_updated: counts.updated,
          advisories_unchanged: counts.unchanged,
          advisories_older: counts.older,
          kev_changed: kevChanged,
          epss_changed: epssChanged,
          eol_added: eol.added,
          eol_updated: eol.updated,
          eol_unchanged: eol.unchanged,
        })
        .where('id', '=', importId)
        .execute();
      return {
        source: options.source,
        digest: options.digest,
        skipped: false,
        importId,
        advisories: counts,
        kevChanged,
        epssChanged,
        eol,
      };
    });
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      'import-failed',
      `import of ${options.source} failed and was rolled back, the store is as it was: ${messageOf(error)}`,
      { cause: error },
    );
  }
  // After the commit: a failure here cannot undo the import, so it is not reported as one.
  if (!summary.skipped) await refreshPlannerStatistics(db);
  return summary;
}

/**
 * The key tables change by tens of thousands of rows in one import. PGlite has no autovacuum, so
 * without this the planner keeps the statistics of an empty table and joins a scan's 5,000 keys by
 * sorting the whole table (a second instead of a tenth of one); on PostgreSQL it spares waiting
 * for autovacuum.
 */
async function refreshPlannerStatistics(db: Kysely<Database>): Promise<void> {
  await sql`analyze advisory, advisory_alias, affected_package, affected_cpe, affected_product, kev, epss`.execute(
    db,
  );
}

/** One row per id: the latest `modified` wins, and on a tie the later batch (as in memory). */
function latestAdvisories(batches: readonly AdvisoryBatch[]): AdvisoryRow[] {
  const byId = new Map<string, AdvisoryRow>();
  for (const batch of batches) {
    for (const advisory of batch.advisories) {
      const known = byId.get(advisory.id);
      if (known === undefined || compareModified(advisory.modified, known.advisory.modified) >= 0) {
        byId.set(advisory.id, advisoryRow(advisory));
      }
    }
  }
  return [...byId.values()].sort((a, b) => (a.advisory.id < b.advisory.id ? -1 : 1));
}

async function findImport(
  trx: Transaction<Database>,
  options: ImportOptions,
): Promise<number | undefined> {
  const row = await trx
    .selectFrom('import_run')
    .select('id')
    .where('source', '=', options.source)
    .where('digest', '=', options.digest)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.id;
}

function skipped(options: ImportOptions, importId: number): ImportSummary {
  return {
    source: options.source,
    digest: options.digest,
    skipped: true,
    importId,
    advisories: { added: 0, updated: 0, unchanged: 0, older: 0 },
    kevChanged: 0,
    epssChanged: 0,
    eol: { added: 0, updated: 0, unchanged: 0 },
  };
}

function countsOf(classified: Classified): ImportSummary['advisories'] {
  return {
    added: classified.added.length,
    updated: classified.updated.length,
    unchanged: classified.unchanged,
    older: classified.older,
  };
}
