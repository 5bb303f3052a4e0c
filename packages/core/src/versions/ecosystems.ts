/**
 * Ecosystems as the outside world names them (OSV ecosystem names, purl types), mapped to our
 * version schemes: a data table, not a switch, so adding an ecosystem is one row.
 * OSV names may carry a release suffix (`Debian:12`, `AlmaLinux:9`, `Ubuntu:22.04:LTS`): the part
 * before the first colon is looked up here. An ecosystem not in the table is never guessed at — its
 * components are reported as not assessed ("unknown-ecosystem").
 */
export interface Ecosystem {
  /** OSV ecosystem name (before any `:release` suffix). */
  readonly osv: string;
  /** purl type, and for distro packages the purl namespace that selects this ecosystem. */
  readonly purlType: string;
  readonly purlNamespace?: string;
  /** Version scheme id (a folder in versions/). */
  readonly scheme: string;
  /** How package names compare: exactly, case-insensitively, or PEP 503-normalized. */
  readonly names: 'exact' | 'case-insensitive' | 'pep503';
}

export const ECOSYSTEMS: readonly Ecosystem[] = [
  { osv: 'npm', purlType: 'npm', scheme: 'npm', names: 'exact' },
  { osv: 'Go', purlType: 'golang', scheme: 'go', names: 'exact' },
  { osv: 'crates.io', purlType: 'cargo', scheme: 'crates-io', names: 'exact' },
  { osv: 'PyPI', purlType: 'pypi', scheme: 'pypi', names: 'pep503' },
  { osv: 'Maven', purlType: 'maven', scheme: 'maven', names: 'exact' },
  { osv: 'NuGet', purlType: 'nuget', scheme: 'nuget', names: 'case-insensitive' },
  { osv: 'RubyGems', purlType: 'gem', scheme: 'rubygems', names: 'exact' },
  { osv: 'Packagist', purlType: 'composer', scheme: 'packagist', names: 'case-insensitive' },
  { osv: 'Pub', purlType: 'pub', scheme: 'pub', names: 'exact' },
  { osv: 'Hex', purlType: 'hex', scheme: 'hex', names: 'exact' },
  { osv: 'CRAN', purlType: 'cran', scheme: 'cran', names: 'exact' },
  { osv: 'Hackage', purlType: 'hackage', scheme: 'hackage', names: 'exact' },
  { osv: 'Debian', purlType: 'deb', purlNamespace: 'debian', scheme: 'debian', names: 'exact' },
  { osv: 'Ubuntu', purlType: 'deb', purlNamespace: 'ubuntu', scheme: 'debian', names: 'exact' },
  { osv: 'Alpine', purlType: 'apk', purlNamespace: 'alpine', scheme: 'alpine', names: 'exact' },
  { osv: 'AlmaLinux', purlType: 'rpm', purlNamespace: 'almalinux', scheme: 'rpm', names: 'exact' },
  {
    osv: 'Rocky Linux',
    purlType: 'rpm',
    purlNamespace: 'rocky-linux',
    scheme: 'rpm',
    names: 'exact',
  },
  { osv: 'Red Hat', purlType: 'rpm', purlNamespace: 'redhat', scheme: 'rpm', names: 'exact' },
  { osv: 'openSUSE', purlType: 'rpm', purlNamespace: 'opensuse', scheme: 'rpm', names: 'exact' },
  { osv: 'SUSE', purlType: 'rpm', purlNamespace: 'suse', scheme: 'rpm', names: 'exact' },
  { osv: 'Mageia', purlType: 'rpm', purlNamespace: 'mageia', scheme: 'rpm', names: 'exact' },
];

/** The ecosystem of an OSV ecosystem name (`Debian:12` → Debian), or undefined when unknown. */
export function ecosystemOfOsv(name: string): Ecosystem | undefined {
  const base = name.split(':')[0] ?? name;
  return ECOSYSTEMS.find((e) => e.osv === base);
}

/** The ecosystem of a purl type (and namespace, for distro packages), or undefined when unknown. */
export function ecosystemOfPurl(type: string, namespace?: string): Ecosystem | undefined {
  const candidates = ECOSYSTEMS.filter((e) => e.purlType === type.toLowerCase());
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((e) => e.purlNamespace === namespace?.toLowerCase());
}
