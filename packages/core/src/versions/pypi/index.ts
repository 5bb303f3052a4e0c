import { compareDigits, isDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

/** A PEP 440 version reduced to what ordering needs; numbers stay digit strings (no size limit). */
interface Pep440Version {
  readonly epoch: string;
  /** Release numbers with trailing zeros removed (`1.0.0` orders like `1`). */
  readonly release: readonly string[];
  /** dev-only = -1, a = 0, b = 1, rc = 2, none = 3, so that `1.0.dev0 < 1.0a0 < 1.0rc1 < 1.0`. */
  readonly preRank: number;
  readonly pre: string;
  readonly post: string | undefined;
  readonly dev: string | undefined;
  readonly local: readonly string[] | undefined;
}

// packaging's VERSION_PATTERN (PEP 440 appendix B), anchored and case-insensitive. packaging also
// strips surrounding whitespace; we do not, because inventory readers hand us trimmed strings.
const PEP440 = new RegExp(
  '^v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)' +
    '(?:[._-]?(alpha|a|beta|b|preview|pre|c|rc)[._-]?([0-9]+)?)?' +
    '(?:-([0-9]+)|[._-]?(post|rev|r)[._-]?([0-9]+)?)?' +
    '(?:[._-]?(dev)[._-]?([0-9]+)?)?' +
    '(?:\\+([a-z0-9]+(?:[._-][a-z0-9]+)*))?$',
  'i',
);
const PRE_RANK: Readonly<Record<string, number>> = { alpha: 0, a: 0, beta: 1, b: 1 };

/**
 * PyPI: PEP 440 as `packaging` (pip's implementation) orders it. Pre-PEP 440 "legacy" versions
 * (`0.1-bulbasaur`) are invalid, as in packaging ≥ 22 and pip ≥ 24.1: their old ordering put them
 * below every real version, which would claim matches nobody can vouch for.
 */
export const pypi = {
  id: 'pypi',
  displayName: 'PyPI (PEP 440)',
  specUrl: 'https://packaging.python.org/en/latest/specifications/version-specifiers/',
  isValid(version: string): boolean {
    return parsePep440(version) !== undefined;
  },
  compare(a: string, b: string): number {
    return comparePep440(
      parseOrThrow('pypi', parsePep440, a),
      parseOrThrow('pypi', parsePep440, b),
    );
  },
} satisfies VersionScheme;

function parsePep440(version: string): Pep440Version | undefined {
  const m = PEP440.exec(version);
  if (m === null) return undefined;
  const [, epoch = '0', release = '', preL, preN, postN1, postL, postN2, devL, devN, local] = m;
  const numbers = release.split('.');
  while (numbers.length > 0 && /^0+$/.test(numbers.at(-1) ?? '')) numbers.pop();
  // An implicit number is 0 (`1.0.post` = `1.0.post0`); `1.0-1` is the implicit post-release form.
  const post = postN1 ?? (postL === undefined ? undefined : (postN2 ?? '0'));
  const dev = devL === undefined ? undefined : (devN ?? '0');
  const preRank =
    preL !== undefined
      ? (PRE_RANK[preL.toLowerCase()] ?? 2)
      : post === undefined && dev !== undefined
        ? -1
        : 3;
  return {
    epoch,
    release: numbers,
    preRank,
    pre: preN ?? '0',
    post,
    dev,
    local: local?.toLowerCase().split(/[._-]/),
  };
}

/** packaging's `_cmpkey`: epoch, release, pre, post, dev, then the local label. */
function comparePep440(a: Pep440Version, b: Pep440Version): number {
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareSequences(a.release, b.release, compareDigits) ||
    Math.sign(a.preRank - b.preRank) ||
    compareDigits(a.pre, b.pre) ||
    compareOptional(a.post, b.post, -1) ||
    compareOptional(a.dev, b.dev, 1) ||
    compareLocal(a.local, b.local)
  );
}

/** `missing` is where an absent segment sorts: no post sorts first, no dev sorts last. */
function compareOptional(a: string | undefined, b: string | undefined, missing: number): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? missing : -missing;
  return compareDigits(a, b);
}

// No local label sorts first; in a label, strings sort before numbers (PEP 440 "local versions").
function compareLocal(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return compareSequences(a, b, (x, y) => {
    const xNum = isDigits(x);
    const yNum = isDigits(y);
    if (xNum && yNum) return compareDigits(x, y);
    if (xNum !== yNum) return xNum ? 1 : -1;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function compareSequences(
  a: readonly string[],
  b: readonly string[],
  order: (x: string, y: string) => number,
): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const result = order(a[i] ?? '', b[i] ?? '');
    if (result !== 0) return result;
  }
  return Math.sign(a.length - b.length);
}
