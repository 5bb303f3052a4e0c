import { compareDigits, isDigits } from './digits.js';

/** A SemVer 2.0.0 version as precedence sees it: build metadata is parsed but plays no part. */
export interface SemverParts {
  /** Major, minor and patch as digit strings, so no size limit applies. */
  readonly core: readonly [string, string, string];
  readonly prerelease: readonly string[];
}

// The regular expression semver.org recommends: no leading zeros in numbers or numeric
// prerelease identifiers, no empty identifiers, no leading `v`.
const NUM = '(?:0|[1-9][0-9]*)';
const PRE_ID = `(?:${NUM}|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)`;
const SEMVER = new RegExp(
  `^(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`,
);

/** Parses a strict SemVer 2.0.0 version (https://semver.org/#semantic-versioning-specification-semver). */
export function parseSemver(text: string): SemverParts | undefined {
  const match = SEMVER.exec(text);
  if (match === null) return undefined;
  const [, major = '', minor = '', patch = '', pre] = match;
  return { core: [major, minor, patch], prerelease: pre === undefined ? [] : pre.split('.') };
}

/** SemVer 2.0.0 precedence (§11): numbers numerically, a prerelease before its release. */
export function compareSemver(a: SemverParts, b: SemverParts): number {
  for (let i = 0; i < 3; i++) {
    const order = compareDigits(a.core[i] ?? '0', b.core[i] ?? '0');
    if (order !== 0) return order;
  }
  const aIsRelease = a.prerelease.length === 0;
  const bIsRelease = b.prerelease.length === 0;
  if (aIsRelease || bIsRelease) return aIsRelease === bIsRelease ? 0 : aIsRelease ? 1 : -1;
  return comparePrerelease(a.prerelease, b.prerelease);
}

function comparePrerelease(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    const xNum = isDigits(x);
    const yNum = isDigits(y);
    // Numeric identifiers sort before alphanumeric ones; alphanumerics compare in ASCII order.
    const order =
      xNum && yNum
        ? compareDigits(x, y)
        : xNum !== yNum
          ? xNum
            ? -1
            : 1
          : x < y
            ? -1
            : x > y
              ? 1
              : 0;
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}
