import { createHash } from 'node:crypto';
import {
  cpeVendorProduct,
  ecosystemOfOsv,
  normalizePackageName,
  normalizeProductName,
  type Advisory,
  type KevEntry,
} from '@medrisk/core';

/** An advisory ready to be written: its payload text, hash and lookup keys. */
export interface AdvisoryRow {
  readonly advisory: Advisory;
  readonly payload: string;
  readonly sha256: string;
}

/** The lookup keys of an advisory, derived exactly as `buildAdvisoryIndex` in the core does. */
export interface AdvisoryKeys {
  readonly packages: readonly (readonly [ecosystem: string, name: string])[];
  readonly cpes: readonly (readonly [vendor: string, product: string])[];
  readonly productNames: readonly string[];
}

/** SHA-256 hex of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Serializes an advisory once; the hash decides whether a stored copy needs replacing. */
export function advisoryRow(advisory: Advisory): AdvisoryRow {
  const payload = JSON.stringify(advisory);
  return { advisory, payload, sha256: sha256(payload) };
}

/** The OSV ecosystem base name under which package entries are indexed (`Debian:12` → `Debian`). */
export function ecosystemKey(ecosystem: string): string {
  return ecosystemOfOsv(ecosystem)?.osv ?? ecosystem.split(':')[0] ?? ecosystem;
}

/** The package name as the index compares it (PEP 503 for PyPI, lower-case for NuGet …). */
export function packageNameKey(ecosystem: string, name: string): string {
  return normalizePackageName(ecosystemOfOsv(ecosystem), name);
}

/** `[vendor, product]` of a CPE as the core index keys it; undefined for a wildcard vendor or product. */
export function cpeKey(cpe: string): readonly [vendor: string, product: string] | undefined {
  return cpeVendorProduct(cpe);
}

/** Distinct lookup keys of one advisory, sorted. */
export function advisoryKeys(advisory: Advisory): AdvisoryKeys {
  const packages = new Map<string, readonly [string, string]>();
  const cpes = new Map<string, readonly [string, string]>();
  const productNames = new Set<string>();
  for (const entry of advisory.affected) {
    if (entry.package !== undefined) {
      const key = [
        ecosystemKey(entry.package.ecosystem),
        packageNameKey(entry.package.ecosystem, entry.package.name),
      ] as const;
      packages.set(key.join('\u0000'), key);
    }
    const key = entry.cpe === undefined ? undefined : cpeKey(entry.cpe);
    if (key !== undefined) cpes.set(key.join('\u0000'), key);
    for (const name of entry.productNames ?? []) productNames.add(normalizeProductName(name));
  }
  const sorted = <T>(map: Map<string, T>): T[] =>
    [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
  return { packages: sorted(packages), cpes: sorted(cpes), productNames: [...productNames].sort() };
}

/** Aliases of an advisory, without its own id, distinct and sorted. */
export function aliasesOf(advisory: Advisory): string[] {
  return [...new Set(advisory.aliases)].filter((alias) => alias !== advisory.id).sort();
}

/** A KEV entry's payload and hash. */
export function kevRow(entry: KevEntry): { payload: string; sha256: string } {
  const payload = JSON.stringify(entry);
  return { payload, sha256: sha256(payload) };
}

/**
 * Orders two `modified` timestamps: RFC 3339 instants compare by time (offsets and fractions
 * differ in how they are written), anything unparsable as text; a missing one is oldest.
 */
export function compareModified(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (!Number.isNaN(ta) && !Number.isNaN(tb)) return Math.sign(ta - tb);
  return a < b ? -1 : a > b ? 1 : 0;
}
