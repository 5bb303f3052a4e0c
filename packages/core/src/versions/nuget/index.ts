import { compareDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

/** A NuGet version: up to four numbers (missing ones are 0) and the release labels. */
interface NuGetVersion {
  readonly numbers: readonly [string, string, string, string];
  readonly labels: readonly string[];
}

const LABEL = '[0-9A-Za-z-]+';
// NuGetVersion.TryParse: 1 to 4 numbers (leading zeros allowed), then -labels, then +metadata.
const NUGET = new RegExp(
  `^([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(?:\\.([0-9]+))?(?:-(${LABEL}(?:\\.${LABEL})*))?(?:\\+${LABEL}(?:\\.${LABEL})*)?$`,
);
const INT32_MAX = 2147483647n;
const INT32_MIN = -2147483648n;

/**
 * NuGet: NuGet.Versioning's NuGetVersion and VersionComparer.Default — SemVer 2.0.0 extended to four
 * numbers, release labels compared case-insensitively, metadata ignored. A label is numeric only
 * when .NET's int.TryParse accepts it (so `-1` is numeric and numbers past int32 are text).
 */
export const nuget = {
  id: 'nuget',
  displayName: 'NuGet',
  specUrl: 'https://learn.microsoft.com/en-us/nuget/concepts/package-versioning',
  isValid(version: string): boolean {
    return parseNuGet(version) !== undefined;
  },
  compare(a: string, b: string): number {
    return compareNuGet(parseOrThrow('nuget', parseNuGet, a), parseOrThrow('nuget', parseNuGet, b));
  },
} satisfies VersionScheme;

function parseNuGet(version: string): NuGetVersion | undefined {
  const m = NUGET.exec(version);
  if (m === null) return undefined;
  const [, major = '0', minor = '0', patch = '0', revision = '0', labels] = m;
  const parts = labels === undefined ? [] : labels.split('.');
  // IsValidPart: a label of digits must not have a leading zero (`01`); `0a` is text and fine.
  if (parts.some((part) => /^0[0-9]+$/.test(part))) return undefined;
  return { numbers: [major, minor, patch, revision], labels: parts };
}

function compareNuGet(a: NuGetVersion, b: NuGetVersion): number {
  for (let i = 0; i < 4; i++) {
    const order = compareDigits(a.numbers[i] ?? '0', b.numbers[i] ?? '0');
    if (order !== 0) return order;
  }
  // A version with release labels is a prerelease and sorts before the release.
  const aIsPre = a.labels.length > 0;
  const bIsPre = b.labels.length > 0;
  if (aIsPre !== bIsPre) return aIsPre ? -1 : 1;
  for (let i = 0; i < Math.max(a.labels.length, b.labels.length); i++) {
    const x = a.labels[i];
    const y = b.labels[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const order = compareLabel(x, y);
    if (order !== 0) return order;
  }
  return 0;
}

// CompareRelease: numbers numerically and before text; text by StringComparer.OrdinalIgnoreCase.
function compareLabel(x: string, y: string): number {
  const xNum = asInt32(x);
  const yNum = asInt32(y);
  if (xNum !== undefined && yNum !== undefined) return xNum < yNum ? -1 : xNum > yNum ? 1 : 0;
  if (xNum !== undefined || yNum !== undefined) return xNum !== undefined ? -1 : 1;
  const upperX = x.toUpperCase();
  const upperY = y.toUpperCase();
  return upperX < upperY ? -1 : upperX > upperY ? 1 : 0;
}

function asInt32(label: string): bigint | undefined {
  if (!/^-?[0-9]+$/.test(label)) return undefined;
  const value = BigInt(label);
  return value > INT32_MAX || value < INT32_MIN ? undefined : value;
}
