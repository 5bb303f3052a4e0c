import type { AdvisoryBatch, AdvisoryIndex, EolProduct } from '@medrisk/core';

/** Where the store lives: an embedded PGlite data directory, or a PostgreSQL server. */
export type OpenStoreOptions =
  | {
      /** Directory for the embedded database (created when missing); the CLI chooses it. */
      readonly dataDir: string;
      readonly now?: () => Date;
    }
  | {
      /** `postgresql://user@host:port/database`. */
      readonly databaseUrl: string;
      /** Schema holding the tables (created when missing); default `public`. */
      readonly schema?: string;
      readonly now?: () => Date;
    };

/** A file an import was made from, as recorded in the import log. */
export interface ImportedFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ImportOptions {
  /** What was imported, e.g. `osv:PyPI`, `kev`, `files:advisories/`. */
  readonly source: string;
  /** Digest of the input (SHA-256 of the file, or of the sorted file digests). */
  readonly digest: string;
  readonly files?: readonly ImportedFile[];
  /** Import again even when this source and digest were already imported. */
  readonly force?: boolean;
  /** Aborting rolls the import back; nothing of it stays. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * endoflife.date products (the core's `readEolFiles`/`readEolData`), written in the same
   * transaction as the batches: a `db import` of a folder mixing advisories and EOL data is stored
   * whole or not at all.
   */
  readonly eol?: readonly EolProduct[];
}

/** What an import did with endoflife.date products (keyed by product id and source format). */
export interface EolImportCounts {
  readonly added: number;
  /** Same product and format with other content: the import's copy replaced the stored one. */
  readonly updated: number;
  readonly unchanged: number;
}

export interface ImportProgress {
  readonly phase: 'advisories' | 'kev' | 'epss' | 'eol';
  readonly done: number;
  readonly total: number;
}

/** What an import changed. Re-running the same import reports everything as unchanged. */
export interface ImportSummary {
  readonly source: string;
  readonly digest: string;
  /** Set when this source and digest had been imported already and nothing was done. */
  readonly skipped: boolean;
  /** The import log id, or the earlier import's id when skipped. */
  readonly importId: number;
  readonly advisories: {
    readonly added: number;
    readonly updated: number;
    readonly unchanged: number;
    /** Older than the stored copy (by `modified`), so not imported. */
    readonly older: number;
  };
  readonly kevChanged: number;
  readonly epssChanged: number;
  readonly eol: EolImportCounts;
}

export interface ImportLogEntry {
  readonly id: number;
  readonly source: string;
  readonly digest: string;
  readonly startedAt: string;
  readonly finishedAt: string | undefined;
  readonly advisories: ImportSummary['advisories'];
  readonly kevChanged: number;
  readonly epssChanged: number;
  readonly eol: EolImportCounts;
  readonly files: readonly ImportedFile[];
}

export interface StoreStatus {
  readonly backend: 'pglite' | 'postgres';
  /** Applied migrations, oldest first. */
  readonly schemaVersion: readonly string[];
  readonly advisories: number;
  readonly withdrawn: number;
  /** Advisories per source kind (`osv`, `nvd`, `cve5`, `csaf`), sorted by kind. */
  readonly bySourceKind: readonly { readonly kind: string; readonly advisories: number }[];
  /** Advisories with a package entry per OSV ecosystem base name, sorted by ecosystem. */
  readonly byEcosystem: readonly { readonly ecosystem: string; readonly advisories: number }[];
  readonly cpeAdvisories: number;
  readonly productNameAdvisories: number;
  readonly kev: number;
  readonly epss: { readonly scores: number; readonly latestDate: string | undefined };
  /** endoflife.date data: distinct products, stored product/format rows, distinct release cycles. */
  readonly eol: { readonly products: number; readonly files: number; readonly cycles: number };
  /** The most recent imports, newest first. */
  readonly lastImports: readonly ImportLogEntry[];
}

/** The identifiers of an inventory's components, for which advisories are loaded. */
export interface IndexKeys {
  /** OSV ecosystem (any `:release` suffix is ignored) and package name as written. */
  readonly packages?: readonly { readonly ecosystem: string; readonly name: string }[];
  readonly cpes?: readonly { readonly vendor: string; readonly product: string }[];
  readonly productNames?: readonly string[];
  /** Extra CVE ids whose KEV and EPSS entries are wanted (those of loaded advisories always are). */
  readonly cves?: readonly string[];
}

/** The persistent advisory store. Always `close()` it: an open PGlite keeps the process alive. */
export interface Store {
  readonly backend: 'pglite' | 'postgres';
  /** One transaction: all of it is stored, or (on error or abort) none of it. */
  importBatches(batches: readonly AdvisoryBatch[], options: ImportOptions): Promise<ImportSummary>;
  status(options?: { readonly lastImports?: number }): Promise<StoreStatus>;
  /** An in-memory index of the advisories, KEV and EPSS entries that concern these keys. */
  advisoryIndex(keys: IndexKeys): Promise<AdvisoryIndex>;
  /** Every stored endoflife.date product, for the lifecycle analysis (`analyze(model, { eol })`). */
  eolProducts(): Promise<EolProduct[]>;
  /** The digest of the last import of a source, if any (feed updates skip unchanged files). */
  lastImport(source: string): Promise<ImportLogEntry | undefined>;
  close(): Promise<void>;
}
