/**
 * Names medrisk maps to endoflife.date product ids, for what the EOL data cannot say itself: the
 * free-text operating-system names of a model (`Ubuntu Server`, `Windows Embedded Standard`), and
 * CPE names for data read from formats that carry no identifiers (release-data, API v0). Each entry
 * is exact: a name is compared after normalization (`normalizeName`), never by similarity. Product
 * files list their own CPEs and purls; those are used first and need no entry here. The CPE
 * vendor:product pairs below are the ones endoflife.date's own product files give (checked by the
 * conformance test against ../shared/data/eol).
 */
export interface ProductAlias {
  /** endoflife.date product id. */
  readonly product: string;
  /** Normalized names that mean this product. */
  readonly names?: readonly string[];
  /** CPE `vendor:product`, lower-case. */
  readonly cpes?: readonly string[];
  /** Put before the version when looking for the cycle: `Windows Embedded Standard` 7 → `standard-7`. */
  readonly cyclePrefix?: string;
  /** Why the entry exists. */
  readonly why: string;
}

export const PRODUCT_ALIASES: readonly ProductAlias[] = [
  {
    product: 'linux-kernel',
    names: ['linux', 'kernel', 'linux-kernel'],
    cpes: ['linux:linux_kernel'],
    why: 'kernel.org calls it Linux; endoflife.date files it as linux-kernel (permalink /linux)',
  },
  {
    product: 'ubuntu',
    names: ['ubuntu-server', 'ubuntu-desktop', 'ubuntu-linux', 'ubuntu-core'],
    cpes: ['canonical:ubuntu_linux'],
    why: 'Ubuntu editions share the release cycles (22.04, 24.04 …)',
  },
  {
    product: 'rhel',
    names: ['red-hat-enterprise-linux', 'redhat-enterprise-linux'],
    cpes: ['redhat:enterprise_linux'],
    why: 'the product name as Red Hat writes it',
  },
  {
    product: 'sles',
    names: ['suse-linux-enterprise-server', 'suse-linux-enterprise'],
    cpes: ['suse:sles'],
    why: 'the product name as SUSE writes it',
  },
  {
    product: 'debian',
    names: ['debian-gnu-linux'],
    cpes: ['debian:debian_linux'],
    why: 'the product name as Debian writes it',
  },
  {
    product: 'alpine-linux',
    names: ['alpine'],
    cpes: ['alpinelinux:alpine_linux'],
    why: 'short name',
  },
  { product: 'windows', names: ['microsoft-windows'], why: 'vendor-prefixed name' },
  { product: 'windows-server', names: ['microsoft-windows-server'], why: 'vendor-prefixed name' },
  {
    product: 'windows-embedded',
    names: ['windows-embedded-standard', 'wes'],
    cyclePrefix: 'standard',
    why: 'Windows Embedded Standard 7 is the cycle standard-7-sp1 of windows-embedded',
  },
  {
    product: 'windows-embedded',
    names: ['windows-embedded-compact', 'windows-ce'],
    cyclePrefix: 'compact',
    why: 'Windows Embedded Compact 7 and 2013 are the cycles compact-7 and compact-2013',
  },
  {
    product: 'windows-embedded',
    names: ['windows-embedded-posready'],
    cyclePrefix: 'posready',
    why: 'Windows Embedded POSReady 7 is the cycle posready-7',
  },
  {
    product: 'nodejs',
    names: ['node', 'node.js', 'node-js'],
    cpes: ['nodejs:node.js'],
    why: 'common names',
  },
  {
    product: 'openssl',
    cpes: ['openssl:openssl'],
    why: 'CPE of OpenSSL, for data without identifiers',
  },
  {
    product: 'yocto',
    names: ['yocto-project', 'poky'],
    why: 'Poky is the Yocto reference distribution',
  },
];

/**
 * How names are compared: lower-case, every run of characters other than letters, digits and dots
 * turned into one `-`, no leading or trailing `-`. `Ubuntu Server` → `ubuntu-server`,
 * `Node.js` → `node.js`, `Windows 10 (IoT)` → `windows-10-iot`.
 */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
