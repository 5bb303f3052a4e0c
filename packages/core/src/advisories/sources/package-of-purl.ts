import { formatPurl, parsePurl } from '../../inventory/purl/index.js';
import { ecosystemOfPurl } from '../../versions/ecosystems.js';
import type { AffectedEntry } from '../types.js';

/** The package a purl names, as OSV writes it, plus the version the purl carries (if any). */
export interface PurlPackage {
  readonly package: NonNullable<AffectedEntry['package']>;
  readonly version?: string;
}

/** purl types whose OSV package name is `namespace:name` rather than `namespace/name`. */
const COLON_NAMES = new Set(['maven']);
/** Distro types whose OSV name is the bare package name (the namespace selects the distro). */
const BARE_NAMES = new Set(['deb', 'rpm', 'apk', 'alpm', 'qpkg']);

/**
 * The OSV package for a purl: ecosystem from the ecosystem table (the purl type itself when the
 * table does not know it, so nothing is guessed), OSV-style name, and the purl without version,
 * qualifiers and subpath (which identify a file, not the package). RPM versions gain the `epoch`
 * qualifier as `epoch:` so they compare as the distro writes them. Undefined for an invalid purl.
 */
export function packageOfPurl(text: string): PurlPackage | undefined {
  const parsed = parsePurl(text);
  if (!parsed.ok) return undefined;
  const purl = parsed.value;
  const ecosystem = ecosystemOfPurl(purl.type, purl.namespace);
  const namespace = purl.namespace;
  const name =
    namespace === undefined || BARE_NAMES.has(purl.type)
      ? purl.name
      : `${namespace}${COLON_NAMES.has(purl.type) ? ':' : '/'}${purl.name}`;
  const base = formatPurl({ type: purl.type, namespace, name: purl.name, qualifiers: {} });
  const epoch = purl.qualifiers.epoch;
  const version =
    purl.version === undefined
      ? undefined
      : purl.type === 'rpm' && epoch !== undefined && !purl.version.includes(':')
        ? `${epoch}:${purl.version}`
        : purl.version;
  return {
    package: { ecosystem: ecosystem?.osv ?? purl.type, name, purl: base },
    ...(version === undefined ? {} : { version }),
  };
}
