import { compareDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

// R's numeric_version: integers separated by `.` or `-`, the two separators being equivalent
// (`.standard_regexps()$valid_numeric_version`). Package versions have at least two parts, but
// R itself orders one-part versions, and CRAN's archive has them.
const CRAN_VERSION = /^\d+(?:[.-]\d+)*$/;

function parse(version: string): readonly string[] | undefined {
  return CRAN_VERSION.test(version) ? version.split(/[.-]/) : undefined;
}

/** Part by part as integers; a version that is a prefix of another sorts first (1.0 < 1.0.0). */
function compareParts(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = compareDigits(a[i] ?? '0', b[i] ?? '0');
    if (diff !== 0) return diff;
  }
  return Math.sign(a.length - b.length);
}

/** CRAN (R) package versions, ordered as R's `package_version` orders them. */
export const cran = {
  id: 'cran',
  displayName: 'CRAN (R package_version)',
  specUrl: 'https://stat.ethz.ch/R-manual/R-devel/library/base/html/numeric_version.html',
  isValid: (version: string): boolean => parse(version) !== undefined,
  compare(a: string, b: string): number {
    return compareParts(parseOrThrow('cran', parse, a), parseOrThrow('cran', parse, b));
  },
} as const satisfies VersionScheme;
