import {
  buildAdvisoryIndex,
  normalizeProductName,
  type Advisory,
  type AdvisoryCoverage,
  type AdvisoryIndex,
  type EpssScore,
  type KevEntry,
} from '@medrisk/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { anyOf, chunks } from './import/bulk.js';
import { ecosystemKey, packageNameKey } from './import/rows.js';
import type { IndexKeys } from './types.js';

const FETCH_CHUNK = 2_000;

/**
 * Loads what an inventory can match, in a handful of set-based queries whatever its size: one
 * join of all keys against the key tables, then the payloads, KEV and EPSS rows by id. The result
 * is the core's in-memory index over those advisories, so lookups behave exactly as they do on
 * advisory files.
 */
export async function loadAdvisoryIndex(
  db: Kysely<Database>,
  keys: IndexKeys,
): Promise<AdvisoryIndex> {
  const ids = await matchingIds(db, keys);
  const advisories: Advisory[] = [];
  for (const part of chunks(ids, FETCH_CHUNK)) {
    const rows = await db
      .selectFrom('advisory')
      .select('payload')
      .where(anyOf('id', part))
      .orderBy('id')
      .execute();
    for (const row of rows) advisories.push(parsePayload(row.payload) as Advisory);
  }
  const cves = new Set(keys.cves ?? []);
  for (const advisory of advisories) {
    for (const id of [advisory.id, ...advisory.aliases]) if (id.startsWith('CVE-')) cves.add(id);
  }
  const cveList = [...cves].sort();
  const kev: KevEntry[] = [];
  const epss: EpssScore[] = [];
  for (const part of chunks(cveList, FETCH_CHUNK)) {
    const kevRows = await db
      .selectFrom('kev')
      .select('payload')
      .where(anyOf('cve_id', part))
      .orderBy('cve_id')
      .execute();
    for (const row of kevRows) kev.push(parsePayload(row.payload) as KevEntry);
    const epssRows = await db
      .selectFrom('epss')
      .selectAll()
      .where(anyOf('cve_id', part))
      .orderBy('cve_id')
      .execute();
    for (const row of epssRows) {
      epss.push({
        cveId: row.cve_id,
        epss: row.epss,
        percentile: row.percentile,
        ...(row.score_date === null ? {} : { date: row.score_date }),
        ...(row.model_version === null ? {} : { modelVersion: row.model_version }),
      });
    }
  }
  const index = buildAdvisoryIndex([{ advisories, kev, epss }]);
  return { ...index, coverage: await storeCoverage(db) };
}

/**
 * What the whole store covers, not just the advisories loaded for these keys: a Debian package
 * with no advisory in a store full of Debian advisories is assessed and clean, while one scanned
 * against a store with no Debian data at all is not assessed.
 */
async function storeCoverage(db: Kysely<Database>): Promise<AdvisoryCoverage> {
  // A loose index scan (one primary-key probe per ecosystem): `select distinct` reads the whole
  // table, a third of a second at 100,000 advisories, on every scan.
  const { rows: ecosystems } = await sql<{ ecosystem: string }>`
    with recursive e(ecosystem) as (
      (select ecosystem from affected_package order by ecosystem limit 1)
      union all
      select (select ap.ecosystem from affected_package ap
                where ap.ecosystem > e.ecosystem order by ap.ecosystem limit 1)
        from e where e.ecosystem is not null)
    select ecosystem from e where ecosystem is not null`.execute(db);
  const cpe = await db.selectFrom('affected_cpe').select('vendor').limit(1).execute();
  const products = await db.selectFrom('affected_product').select('name').limit(1).execute();
  return {
    ecosystems: new Set(ecosystems.map((row) => row.ecosystem)),
    cpe: cpe.length > 0,
    productNames: products.length > 0,
  };
}

/** Distinct advisory ids for all keys, from one query over the three key tables. */
async function matchingIds(db: Kysely<Database>, keys: IndexKeys): Promise<string[]> {
  const packages = distinctPairs(
    (keys.packages ?? []).map((p) => [
      ecosystemKey(p.ecosystem),
      packageNameKey(p.ecosystem, p.name),
    ]),
  );
  const cpes = distinctPairs(
    (keys.cpes ?? []).map((c) => [c.vendor.toLowerCase(), c.product.toLowerCase()]),
  );
  const products = [...new Set((keys.productNames ?? []).map(normalizeProductName))].sort();
  if (packages.length + cpes.length + products.length === 0) return [];
  const result = await sql<{ advisory_id: string }>`
    select ap.advisory_id from affected_package ap
      join unnest(${packages.map((p) => p[0])}::text[], ${packages.map((p) => p[1])}::text[]) as k(ecosystem, name)
        on ap.ecosystem = k.ecosystem and ap.name = k.name
    union
    select ac.advisory_id from affected_cpe ac
      join unnest(${cpes.map((c) => c[0])}::text[], ${cpes.map((c) => c[1])}::text[]) as k(vendor, product)
        on ac.vendor = k.vendor and ac.product = k.product
    union
    select ar.advisory_id from affected_product ar where ar.name = any(${products}::text[])
    order by 1`.execute(db);
  return result.rows.map((row) => row.advisory_id);
}

function distinctPairs(
  pairs: readonly (readonly [string, string])[],
): (readonly [string, string])[] {
  const byKey = new Map(pairs.map((pair) => [`${pair[0]}\u0000${pair[1]}`, pair]));
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, pair]) => pair);
}

/** `json` columns come back parsed from pg and PGlite; text is parsed here just in case. */
function parsePayload(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
