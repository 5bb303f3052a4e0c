import type { AffectedEntry, AffectedRange, RangeEvent } from '../../types.js';
import { cpeVersion, toCpe23 } from '../cpe.js';
import { packageOfPurl } from '../package-of-purl.js';
import type { ProductInfo } from './product-tree.js';
import { readVersionRange } from './ranges.js';

/** CSAF product statuses (CSAF 2.0 §3.2.3.9), in the order entries are emitted. */
export const PRODUCT_STATUSES = [
  'first_affected',
  'known_affected',
  'last_affected',
  'first_fixed',
  'fixed',
  'known_not_affected',
  'recommended',
  'under_investigation',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/**
 * The affected entry one product id gives under one status. Identity: purl (package), else CPE,
 * else the product name. Versions: the purl's version, else a `product_version` branch, else the
 * CPE's version; a `product_version_range` becomes events.
 * - known_affected: that version (or the range; with neither, every version — written down);
 * - first_affected: introduced at it; last_affected: every version up to and including it;
 * - fixed / first_fixed: every version before it (`introduced 0, fixed v`, as Red Hat's own
 *   CSAF→OSV converter reads it);
 * - known_not_affected, recommended, under_investigation: no range or version (matches nothing),
 *   kept so the statement stays visible — `extra.status` says which.
 */
export function entryOf(info: ProductInfo, status: ProductStatus): AffectedEntry {
  const extra: Record<string, unknown> = {
    status,
    products: [{ id: info.id, name: info.fullName }],
  };
  const approximations: string[] = [];
  const purl = info.purls.map(packageOfPurl).find((p) => p !== undefined);
  const cpe = info.cpe === undefined ? undefined : toCpe23(info.cpe);
  if (info.cpe !== undefined && cpe === undefined) extra.cpeAsWritten = info.cpe;
  const identity: Pick<AffectedEntry, 'package' | 'cpe' | 'productNames'> = {
    ...(purl === undefined ? {} : { package: withPlatformEcosystem(purl.package, info.platform) }),
    ...(cpe === undefined ? {} : { cpe }),
    ...(purl === undefined && cpe === undefined
      ? { productNames: [info.productName ?? info.fullName] }
      : {}),
  };
  if (info.vendor !== undefined) extra.vendor = info.vendor;
  if (info.productName !== undefined) extra.productName = info.productName;
  if (info.helpers !== undefined) extra.identification = info.helpers;
  if (info.platform !== undefined) {
    extra.platform = {
      id: info.platform.id,
      name: info.platform.fullName,
      ...(info.platform.cpe === undefined ? {} : { cpe: info.platform.cpe }),
    };
    if (info.relationship !== undefined) extra.relationship = info.relationship;
  }
  const version =
    purl?.version ?? info.version ?? (info.cpe === undefined ? undefined : cpeVersion(info.cpe));
  let ranges: AffectedRange[] = [];
  let versions: string[] = [];
  if (info.versionRange !== undefined && version === undefined) {
    extra.versionRange = info.versionRange;
    const read = readVersionRange(info.versionRange);
    if (!read.ok) extra.unreadableRange = read.reason;
    else if (isAffectedStatus(status)) {
      ranges = [...read.ranges];
      versions = [...read.versions];
      approximations.push(...read.approximations);
    }
  } else if (isAffectedStatus(status) || status === 'fixed' || status === 'first_fixed') {
    const events = eventsFor(status, version);
    if (status === 'known_affected' && version !== undefined) versions = [version];
    else if (events !== undefined) ranges = [{ type: 'ECOSYSTEM', events }];
    if (version === undefined && isAffectedStatus(status))
      approximations.push(
        'no version is given for this product; every version is treated as affected',
      );
  }
  if (approximations.length > 0) extra.approximations = approximations;
  return { ...identity, ranges, versions, extra };
}

function isAffectedStatus(status: ProductStatus): boolean {
  return status === 'known_affected' || status === 'first_affected' || status === 'last_affected';
}

function eventsFor(status: ProductStatus, version: string | undefined): RangeEvent[] | undefined {
  if (version === undefined) return isAffectedStatus(status) ? [{ introduced: '0' }] : undefined;
  switch (status) {
    case 'first_affected':
      return [{ introduced: version }];
    case 'last_affected':
      return [{ introduced: '0' }, { last_affected: version }];
    case 'fixed':
    case 'first_fixed':
      return [{ introduced: '0' }, { fixed: version }];
    default:
      return undefined;
  }
}

/**
 * Red Hat names its OSV ecosystems after the product stream the package ships in
 * (`Red Hat:rhel_aus:8.6::appstream`, from the platform's CPE); other distro packages keep the
 * ecosystem their purl gives.
 */
function withPlatformEcosystem(
  pkg: NonNullable<AffectedEntry['package']>,
  platform: ProductInfo | undefined,
): NonNullable<AffectedEntry['package']> {
  // A package in a module in a product stream: the nearest platform with a CPE names the stream.
  let cpe: string | undefined;
  for (let at = platform; at !== undefined && cpe === undefined; at = at.platform) cpe = at.cpe;
  if (pkg.ecosystem !== 'Red Hat' || cpe === undefined) return pkg;
  const stream = /^cpe:\/[aoh]:redhat:(.+)$/i.exec(cpe)?.[1];
  return stream === undefined ? pkg : { ...pkg, ecosystem: `Red Hat:${stream}` };
}
