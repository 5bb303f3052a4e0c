/**
 * End-of-life release data in the endoflife.date model (https://endoflife.date): per product, a
 * list of release cycles with their support and end-of-life dates. Four published shapes are read
 * (`EOL_DATA_FORMATS`); all become this one, so the analysis never knows where a date came from
 * except through `sources`.
 */
export const EOL_DATA_FORMATS = [
  /** `products/<id>.md` of the endoflife.date repository: YAML front matter with `releases`. */
  'endoflife-product',
  /** `https://endoflife.date/api/<id>.json`: a JSON array of cycles (`cycle`, `eol`, …). */
  'endoflife-api-v0',
  /** `https://endoflife.date/api/v1/products/<id>/`: `{ schema_version, result: { releases } }`. */
  'endoflife-api-v1',
  /** `releases/<id>.json` of endoflife-date/release-data: `{ releases: { cycle: {…} }, versions }`. */
  'endoflife-release-data',
] as const;
export type EolDataFormat = (typeof EOL_DATA_FORMATS)[number];

/**
 * A date (`YYYY-MM-DD`) or a flag. For `eol`, `support` and `extendedSupport`: `true` means the
 * period has ended on an unpublished date, `false` that no end is determined yet. For `lts`: `true`
 * or the date the cycle became long-term support.
 */
export type EolDate = string | boolean;

/** One release cycle (`3.4`, `22.04`, `2012-r2`, `standard-7-sp1` …). */
export interface EolRelease {
  /** As written, lower-case (endoflife.date cycles are `[a-z0-9.\-+_]+`). */
  readonly cycle: string;
  readonly label?: string;
  readonly codename?: string;
  readonly releaseDate?: string;
  /** End of all support including security fixes (endoflife.date `eol`); what medrisk judges by. */
  readonly eol?: EolDate;
  /** End of active support (`eoas`, v0 `support`). */
  readonly support?: EolDate;
  /** End of extended, usually paid, support (`eoes`, v0 `extendedSupport`). */
  readonly extendedSupport?: EolDate;
  readonly lts?: EolDate;
  readonly latest?: string;
  readonly latestReleaseDate?: string;
  readonly link?: string;
}

/** A file the product's data was read from. */
export interface EolSource {
  readonly file: string;
  readonly format: EolDataFormat;
}

export interface EolProduct {
  /** endoflife.date product id: the file name (`linux-kernel`), or `result.name` in API v1. */
  readonly product: string;
  readonly title?: string;
  /** endoflife.date category: `os`, `lang`, `server-app`, `framework`, `database`, `standard` … */
  readonly category?: string;
  /** Other names of the product (its permalink and alternate URLs, API v1 aliases), sorted. */
  readonly aliases: readonly string[];
  /** Package URLs and CPE names the data itself gives for the product, sorted. */
  readonly identifiers: { readonly purls: readonly string[]; readonly cpes: readonly string[] };
  /** In the order of the (highest-precedence) source, newest first in every published file. */
  readonly releases: readonly EolRelease[];
  readonly sources: readonly EolSource[];
}
