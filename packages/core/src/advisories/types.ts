/**
 * Every advisory source (OSV, NVD CVE API 2.0, CVE JSON 5, CSAF 2.0) is converted to this one
 * OSV-shaped form at the source boundary: affected versions become OSV range events, so matching
 * only ever compares versions (https://ossf.github.io/osv-schema/).
 */
export interface Advisory {
  /** The source's id: `GHSA-…`, `PYSEC-…`, `CVE-…`, `ICSMA-24-…`, `RHSA-…`. */
  readonly id: string;
  /** Other ids for the same vulnerability (CVE, GHSA, OSV ids …), sorted. */
  readonly aliases: readonly string[];
  readonly related?: readonly string[];
  readonly summary?: string;
  readonly details?: string;
  /** RFC 3339 timestamps as written. */
  readonly published?: string;
  readonly modified?: string;
  readonly withdrawn?: string;
  /** CVSS vectors (or other scores) as written, e.g. `{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/…' }`. */
  readonly severity: readonly AdvisorySeverity[];
  readonly affected: readonly AffectedEntry[];
  readonly references: readonly { readonly type: string; readonly url: string }[];
  readonly cwes: readonly string[];
  /** Where it came from; kept in findings as evidence. */
  readonly source: AdvisorySource;
}

export interface AdvisorySeverity {
  readonly type: 'CVSS_V2' | 'CVSS_V3' | 'CVSS_V4' | 'Ubuntu' | 'other';
  readonly score: string;
}

export interface AdvisorySource {
  readonly kind: 'osv' | 'nvd' | 'cve5' | 'csaf';
  /** File (and entry inside an archive) it was read from. */
  readonly file?: string;
}

/**
 * What an advisory affects. Package-identified entries (OSV, CSAF with purls) carry `package`;
 * NVD and CSAF entries identified by CPE carry `cpe`; CSAF entries with only product names carry
 * `productNames` (matched by name, low confidence).
 */
export interface AffectedEntry {
  readonly package?: { readonly ecosystem: string; readonly name: string; readonly purl?: string };
  /** CPE 2.3 formatted string (version fields may be `*` or `-`). */
  readonly cpe?: string;
  readonly productNames?: readonly string[];
  readonly ranges: readonly AffectedRange[];
  /** Explicitly listed affected versions. */
  readonly versions: readonly string[];
  /** OSV `ecosystem_specific` / `database_specific`, kept for evidence. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface AffectedRange {
  /** `SEMVER` and `ECOSYSTEM` compare with the ecosystem's scheme; `GIT` ranges are not version-matched. */
  readonly type: 'SEMVER' | 'ECOSYSTEM' | 'GIT';
  readonly repo?: string;
  readonly events: readonly RangeEvent[];
}

export type RangeEvent =
  | { readonly introduced: string }
  | { readonly fixed: string }
  | { readonly last_affected: string }
  | { readonly limit: string };

/** A CISA Known Exploited Vulnerabilities entry. */
export interface KevEntry {
  readonly cveId: string;
  readonly vendorProject?: string;
  readonly product?: string;
  readonly vulnerabilityName?: string;
  /** YYYY-MM-DD. */
  readonly dateAdded: string;
  readonly dueDate?: string;
  readonly knownRansomwareCampaignUse?: string;
  readonly requiredAction?: string;
}

/** A FIRST EPSS score for one CVE. */
export interface EpssScore {
  readonly cveId: string;
  /** Probability of exploitation activity in the next 30 days, 0–1. */
  readonly epss: number;
  readonly percentile: number;
  /** The score date (from the CSV header) and model version, when given. */
  readonly date?: string;
  readonly modelVersion?: string;
}

/** Everything one advisory file (or archive) yields. */
export interface AdvisoryBatch {
  readonly advisories: readonly Advisory[];
  readonly kev: readonly KevEntry[];
  readonly epss: readonly EpssScore[];
}
