import type { Purl } from '../../inventory/purl/index.js';
import { ecosystemOfPurl, type Ecosystem } from '../../versions/ecosystems.js';

/** A component's package identity in an ecosystem: the names advisories may use for it. */
export interface PackageIdentity {
  readonly ecosystem: Ecosystem;
  /** Names to look up, the purl's own first (a Debian binary package also under its source package). */
  readonly names: readonly string[];
  readonly version?: string;
  /** The distribution release the purl says (`12` for debian-12, `v3.18` for alpine-3.18), if any. */
  readonly release?: string;
}

/**
 * How OSV spells a package name per purl type: Maven joins group and artifact with `:`, npm scopes,
 * Go modules and Composer vendors with `/`; everything else is the bare name.
 */
const JOIN: Readonly<Record<string, string>> = { maven: ':', npm: '/', golang: '/', composer: '/' };

export function identityOfPurl(purl: Purl): PackageIdentity | undefined {
  const ecosystem = ecosystemOfPurl(purl.type, purl.namespace);
  if (ecosystem === undefined) return undefined;
  const join = JOIN[purl.type];
  const own =
    join !== undefined && purl.namespace !== undefined
      ? `${purl.namespace}${join}${purl.name}`
      : purl.name;
  // Distro advisories are written against source packages; SBOM tools record it as a qualifier.
  const source = purl.qualifiers.upstream ?? purl.qualifiers.source ?? purl.qualifiers.srcname;
  const sourceName = source?.split('@')[0];
  const names = sourceName !== undefined && sourceName !== own ? [own, sourceName] : [own];
  const version = versionOf(purl);
  const release = releaseOf(purl);
  return {
    ecosystem,
    names,
    ...(version === undefined ? {} : { version }),
    ...(release === undefined ? {} : { release }),
  };
}

/** RPM purls carry the epoch as a qualifier; OSV writes `epoch:version-release`. */
function versionOf(purl: Purl): string | undefined {
  if (purl.version === undefined) return undefined;
  const epoch = purl.qualifiers.epoch;
  return purl.type === 'rpm' && epoch !== undefined && epoch !== '0' && !purl.version.includes(':')
    ? `${epoch}:${purl.version}`
    : purl.version;
}

/**
 * `distro=debian-12` / `distro=alpine-3.18` / `distro=almalinux-9` (syft, osv-scanner) → the suffix
 * OSV puts after the ecosystem name: `Debian:12`, `Alpine:v3.18`, `AlmaLinux:9`.
 */
function releaseOf(purl: Purl): string | undefined {
  const distro = purl.qualifiers.distro;
  if (distro === undefined) return undefined;
  const match = /(\d+(?:\.\d+)*)$/.exec(distro);
  if (match?.[1] === undefined) return undefined;
  if (purl.type === 'apk') return `v${match[1].split('.').slice(0, 2).join('.')}`;
  return purl.type === 'deb'
    ? (match[1].split('.')[0] ?? match[1])
    : (match[1].split('.')[0] ?? match[1]);
}

/** The release suffix of an OSV ecosystem (`Debian:12` → `12`, `Ubuntu:22.04:LTS` → `22.04`). */
export function releaseOfEcosystem(ecosystem: string): string | undefined {
  const [, release] = ecosystem.split(':');
  return release === undefined || release === '' ? undefined : release;
}
