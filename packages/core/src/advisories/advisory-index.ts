import { parseCpe, vendorProduct } from '../inventory/cpe/index.js';
import { ecosystemOfOsv, type Ecosystem } from '../versions/ecosystems.js';
import type { Advisory, AdvisoryBatch, EpssScore, KevEntry } from './types.js';

/**
 * What matching asks of the advisory data, whether it lives in memory (advisory files given to
 * `medrisk scan`) or in the store (`medrisk db`). Lookups are by the identifiers a component has,
 * so a scan touches only the advisories that can possibly apply.
 */
export interface AdvisoryIndex {
  /** Advisories with an affected entry for the package (OSV ecosystem base name, name as written). */
  forPackage(ecosystem: string, name: string): readonly Advisory[];
  /** Advisories with a CPE-identified affected entry for `vendor:product` (lower-case). */
  forCpe(vendor: string, product: string): readonly Advisory[];
  /** Advisories naming the product (CSAF product names), by normalized name. */
  forProductName(name: string): readonly Advisory[];
  kev(cveId: string): KevEntry | undefined;
  epss(cveId: string): EpssScore | undefined;
  /** Number of distinct advisories. */
  readonly size: number;
  /**
   * What kinds of advisory data are present, so a component nothing could have matched is
   * reported as not assessed instead of clean (Debian packages scanned against Go advisories only).
   * Optional while every index implements it; absent means "assume covered".
   */
  readonly coverage?: AdvisoryCoverage;
}

export interface AdvisoryCoverage {
  /** OSV ecosystem base names (`npm`, `Debian`, `Go` …) with at least one advisory. */
  readonly ecosystems: ReadonlySet<string>;
  /** Whether any advisory identifies products by CPE / by product name. */
  readonly cpe: boolean;
  readonly productNames: boolean;
}

/** PEP 503 name normalization (PyPI): runs of `-`, `_`, `.` become one `-`, lower-case. */
export function normalizePackageName(ecosystem: Ecosystem | undefined, name: string): string {
  if (ecosystem === undefined) return name;
  if (ecosystem.names === 'pep503') return name.toLowerCase().replace(/[-_.]+/g, '-');
  if (ecosystem.names === 'case-insensitive') return name.toLowerCase();
  return name;
}

/** Product names compare loosely: case, punctuation and runs of spaces do not matter. */
export function normalizeProductName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * `[vendor, product]`, unescaped and lower-case: the key `forCpe` is asked with. CPE values may hold
 * escaped colons, so the string is parsed, not split. Undefined for a wildcard vendor or product:
 * such an advisory entry names nothing specific enough to match.
 */
export function cpeVendorProduct(
  cpe: string,
): readonly [vendor: string, product: string] | undefined {
  const parsed = parseCpe(cpe);
  const names = parsed.ok ? vendorProduct(parsed.value) : undefined;
  return names === undefined
    ? undefined
    : [names.vendor.toLowerCase(), names.product.toLowerCase()];
}

/** Builds an in-memory index; the same advisory id seen twice keeps the last-modified copy. */
export function buildAdvisoryIndex(batches: readonly AdvisoryBatch[]): AdvisoryIndex {
  const byId = new Map<string, Advisory>();
  const kev = new Map<string, KevEntry>();
  const epss = new Map<string, EpssScore>();
  for (const batch of batches) {
    for (const advisory of batch.advisories) {
      const known = byId.get(advisory.id);
      if (known === undefined || (advisory.modified ?? '') >= (known.modified ?? ''))
        byId.set(advisory.id, advisory);
    }
    for (const entry of batch.kev) kev.set(entry.cveId, entry);
    for (const score of batch.epss) {
      const known = epss.get(score.cveId);
      if (known === undefined || (score.date ?? '') >= (known.date ?? ''))
        epss.set(score.cveId, score);
    }
  }
  const packages = new Map<string, Advisory[]>();
  const cpes = new Map<string, Advisory[]>();
  const products = new Map<string, Advisory[]>();
  const ecosystems = new Set<string>();
  const add = (map: Map<string, Advisory[]>, key: string, advisory: Advisory): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [advisory]);
    else if (list[list.length - 1] !== advisory) list.push(advisory);
  };
  for (const advisory of [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const entry of advisory.affected) {
      if (entry.package !== undefined) {
        const ecosystem = ecosystemOfOsv(entry.package.ecosystem);
        const base =
          ecosystem?.osv ?? entry.package.ecosystem.split(':')[0] ?? entry.package.ecosystem;
        ecosystems.add(base);
        add(
          packages,
          `${base}\u0000${normalizePackageName(ecosystem, entry.package.name)}`,
          advisory,
        );
      }
      const key = entry.cpe === undefined ? undefined : cpeVendorProduct(entry.cpe);
      if (key !== undefined) add(cpes, key.join('\u0000'), advisory);
      for (const name of entry.productNames ?? [])
        add(products, normalizeProductName(name), advisory);
    }
  }
  return {
    forPackage: (ecosystem, name) => {
      const eco = ecosystemOfOsv(ecosystem);
      return packages.get(`${eco?.osv ?? ecosystem}\u0000${normalizePackageName(eco, name)}`) ?? [];
    },
    forCpe: (vendor, product) =>
      cpes.get(`${vendor.toLowerCase()}\u0000${product.toLowerCase()}`) ?? [],
    forProductName: (name) => products.get(normalizeProductName(name)) ?? [],
    kev: (cve) => kev.get(cve),
    epss: (cve) => epss.get(cve),
    size: byId.size,
    coverage: { ecosystems, cpe: cpes.size > 0, productNames: products.size > 0 },
  };
}
