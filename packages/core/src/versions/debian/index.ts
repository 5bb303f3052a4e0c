import { compareDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

interface DebianVersion {
  readonly epoch: string;
  readonly upstream: string;
  readonly revision: string;
}

// Debian Policy §5.6.12: [epoch:]upstream_version[-debian_revision]. The epoch is digits and
// fits dpkg's int; the upstream part starts with a digit (dpkg only warns, but policy requires it,
// and a version that breaks it is not one we can trust to order); the revision follows the last '-'.
const EPOCH = /^\d+$/;
const UPSTREAM = /^\d[A-Za-z0-9.+~:-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;
const MAX_EPOCH = '2147483647';

function parse(version: string): DebianVersion | undefined {
  const colon = version.indexOf(':');
  const epoch = colon === -1 ? '0' : version.slice(0, colon);
  const rest = colon === -1 ? version : version.slice(colon + 1);
  const dash = rest.lastIndexOf('-');
  const upstream = dash === -1 ? rest : rest.slice(0, dash);
  const revision = dash === -1 ? '' : rest.slice(dash + 1);
  if (!EPOCH.test(epoch) || compareDigits(epoch, MAX_EPOCH) > 0) return undefined;
  if (!UPSTREAM.test(upstream)) return undefined;
  if (dash !== -1 && !REVISION.test(revision)) return undefined;
  return { epoch, upstream, revision };
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

/** dpkg's order(): `~` before the end of the string, the end before letters, letters before the rest. */
function order(c: string | undefined): number {
  if (c === undefined || isDigit(c)) return 0;
  if (isLetter(c)) return c.charCodeAt(0);
  if (c === '~') return -1;
  return c.charCodeAt(0) + 256;
}

/** dpkg's verrevcmp: alternating non-digit runs (by order()) and digit runs (numerically). */
function compareParts(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a.charAt(i))) || (j < b.length && !isDigit(b.charAt(j)))) {
      const diff = order(a[i]) - order(b[j]);
      if (diff !== 0) return Math.sign(diff);
      i++;
      j++;
    }
    const startA = i;
    const startB = j;
    while (i < a.length && isDigit(a.charAt(i))) i++;
    while (j < b.length && isDigit(b.charAt(j))) j++;
    // An absent number counts as zero, so revision "0" equals no revision, as in dpkg.
    const diff = compareDigits(a.slice(startA, i) || '0', b.slice(startB, j) || '0');
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Debian and Ubuntu package versions, ordered as `dpkg --compare-versions` orders them. */
export const debian = {
  id: 'debian',
  displayName: 'Debian (dpkg)',
  specUrl: 'https://www.debian.org/doc/debian-policy/ch-controlfields.html#version',
  isValid: (version: string): boolean => parse(version) !== undefined,
  compare(a: string, b: string): number {
    const x = parseOrThrow('debian', parse, a);
    const y = parseOrThrow('debian', parse, b);
    return (
      compareDigits(x.epoch, y.epoch) ||
      compareParts(x.upstream, y.upstream) ||
      compareParts(x.revision, y.revision)
    );
  },
} as const satisfies VersionScheme;
