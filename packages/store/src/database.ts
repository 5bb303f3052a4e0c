import type { ColumnType, Generated } from 'kysely';

/*
 * The tables (see README.md "Schema"). Payloads are `json`, not `jsonb`: `json` keeps the text as
 * written, so an advisory read back has the same key order as the one imported and reports built
 * from the store are byte-identical to reports built from the files.
 */

/** Timestamps are written as ISO strings and read back as Date (pg) or Date (PGlite). */
type Timestamp = ColumnType<Date | string, string, string>;

/** One row per advisory id (the latest `modified` wins). */
interface AdvisoryTable {
  id: string;
  modified: string | null;
  withdrawn: string | null;
  source_kind: string;
  source_file: string | null;
  /** SHA-256 of the payload text: equal hashes mean nothing to update. */
  content_sha256: string;
  import_id: number;
  payload: ColumnType<unknown, string, string>;
}

interface AdvisoryAliasTable {
  alias: string;
  advisory_id: string;
}

/** Package key: OSV ecosystem base name (`Debian`, not `Debian:12`) + ecosystem-normalized name. */
interface AffectedPackageTable {
  ecosystem: string;
  name: string;
  advisory_id: string;
}

/** CPE key: lower-case vendor and product of a CPE-identified affected entry. */
interface AffectedCpeTable {
  vendor: string;
  product: string;
  advisory_id: string;
}

/** Product-name key (CSAF entries known only by name), normalized like the in-memory index. */
interface AffectedProductTable {
  name: string;
  advisory_id: string;
}

interface KevTable {
  cve_id: string;
  date_added: string;
  content_sha256: string;
  import_id: number;
  payload: ColumnType<unknown, string, string>;
}

interface EpssTable {
  cve_id: string;
  epss: number;
  percentile: number;
  score_date: string | null;
  model_version: string | null;
  import_id: number;
}

/** The import log: one row per completed import (a failed import leaves no row: it rolled back). */
export interface ImportRunTable {
  id: Generated<number>;
  source: string;
  digest: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  advisories_added: Generated<number>;
  advisories_updated: Generated<number>;
  advisories_unchanged: Generated<number>;
  advisories_older: Generated<number>;
  kev_changed: Generated<number>;
  epss_changed: Generated<number>;
  eol_added: Generated<number>;
  eol_updated: Generated<number>;
  eol_unchanged: Generated<number>;
  /** `[{ name, bytes, sha256 }]` of the files the import was made from. */
  files: ColumnType<unknown, string, string>;
}

/** endoflife.date data: one row per product and source format (merged by the core on load). */
interface EolProductTable {
  product: string;
  /** `endoflife-product`, `endoflife-api-v0`, `endoflife-api-v1`, `endoflife-release-data`. */
  format: string;
  title: string | null;
  category: string | null;
  cycles: number;
  content_sha256: string;
  import_id: number;
  /** The core's `EolProduct`, as JSON. */
  payload: ColumnType<unknown, string, string>;
}

/** The whole schema, for Kysely's typed queries. */
export interface Database {
  advisory: AdvisoryTable;
  advisory_alias: AdvisoryAliasTable;
  affected_package: AffectedPackageTable;
  affected_cpe: AffectedCpeTable;
  affected_product: AffectedProductTable;
  kev: KevTable;
  epss: EpssTable;
  import_run: ImportRunTable;
  eol_product: EolProductTable;
}
