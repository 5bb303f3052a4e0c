import type { AdvisoryBatch, EpssScore, KevEntry } from '@medrisk/core';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { ImportOptions } from '../types.js';
import { bulkInsert, chunks } from './bulk.js';
import { kevRow } from './rows.js';

/** One KEV entry per CVE, the last one given winning, sorted by CVE. */
export function lastKev(batches: readonly AdvisoryBatch[]): KevEntry[] {
  const byCve = new Map<string, KevEntry>();
  for (const batch of batches) for (const entry of batch.kev) byCve.set(entry.cveId, entry);
  return [...byCve.values()].sort((a, b) => (a.cveId < b.cveId ? -1 : 1));
}

/** One EPSS score per CVE, the most recent winning (on a tie, the last given), sorted by CVE. */
export function latestEpss(batches: readonly AdvisoryBatch[]): EpssScore[] {
  const byCve = new Map<string, EpssScore>();
  for (const batch of batches) {
    for (const score of batch.epss) {
      const known = byCve.get(score.cveId);
      if (known === undefined || (score.date ?? '') >= (known.date ?? ''))
        byCve.set(score.cveId, score);
    }
  }
  return [...byCve.values()].sort((a, b) => (a.cveId < b.cveId ? -1 : 1));
}

/** Writes KEV entries; returns how many rows were added or changed. */
export async function upsertKev(
  trx: Transaction<Database>,
  kev: readonly KevEntry[],
  importId: number,
): Promise<number> {
  let changed = 0;
  for (const part of chunks(kev, 5_000)) {
    const rows = part.map(kevRow);
    changed += await bulkInsert(
      trx,
      'kev',
      [
        { name: 'cve_id', type: 'text', values: part.map((e) => e.cveId) },
        { name: 'date_added', type: 'text', values: part.map((e) => e.dateAdded) },
        { name: 'content_sha256', type: 'text', values: rows.map((r) => r.sha256) },
        { name: 'import_id', type: 'integer', values: part.map(() => importId) },
        { name: 'payload', type: 'json', values: rows.map((r) => r.payload) },
      ],
      sql`on conflict (cve_id) do update set date_added = excluded.date_added,
        content_sha256 = excluded.content_sha256, import_id = excluded.import_id, payload = excluded.payload
        where kev.content_sha256 <> excluded.content_sha256`,
    );
  }
  return changed;
}

/** Writes EPSS scores in chunks; returns how many rows were added or changed. */
export async function upsertEpss(
  trx: Transaction<Database>,
  epss: readonly EpssScore[],
  importId: number,
  checkpoint: () => void,
  onProgress: ImportOptions['onProgress'],
): Promise<number> {
  let changed = 0;
  let done = 0;
  for (const part of chunks(epss, 20_000)) {
    // A score replaces the stored one when it is at least as recent (as in memory) and differs.
    changed += await bulkInsert(
      trx,
      'epss',
      [
        { name: 'cve_id', type: 'text', values: part.map((s) => s.cveId) },
        { name: 'epss', type: 'double precision', values: part.map((s) => s.epss) },
        { name: 'percentile', type: 'double precision', values: part.map((s) => s.percentile) },
        { name: 'score_date', type: 'text', values: part.map((s) => s.date ?? null) },
        { name: 'model_version', type: 'text', values: part.map((s) => s.modelVersion ?? null) },
        { name: 'import_id', type: 'integer', values: part.map(() => importId) },
      ],
      sql`on conflict (cve_id) do update set epss = excluded.epss, percentile = excluded.percentile,
        score_date = excluded.score_date, model_version = excluded.model_version, import_id = excluded.import_id
        where coalesce(excluded.score_date, '') >= coalesce(epss.score_date, '')
          and (excluded.epss, excluded.percentile, excluded.score_date, excluded.model_version)
            is distinct from (epss.epss, epss.percentile, epss.score_date, epss.model_version)`,
    );
    done += part.length;
    onProgress?.({ phase: 'epss', done, total: epss.length });
    checkpoint();
  }
  return changed;
}
