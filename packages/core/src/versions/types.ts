/**
 * A version scheme only orders versions (osv-scalibr's semantic.Version): affected ranges are OSV
 * events, so no scheme ever parses native range syntax. One folder per scheme; each passes 100% of
 * its ecosystem's fixtures (npm run test:conformance).
 */
export interface VersionScheme {
  /** kebab-case, equal to the folder name: `semver`, `pypi`, `maven`, `debian`, `rpm` … */
  readonly id: string;
  readonly displayName: string;
  /** The specification or reference implementation the scheme follows. */
  readonly specUrl: string;
  /** True when `version` is a version this scheme can order (not a range, not garbage). */
  isValid(version: string): boolean;
  /** Negative / zero / positive like Array#sort. Throws InvalidVersionError for an invalid input. */
  compare(a: string, b: string): number;
}
