import { compareDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

// Only what every ecosystem agrees on: dot-separated decimal integers without leading zeros
// (ecosystems disagree on whether "1.01" equals "1.1"). Letters, dashes, `v` prefixes, dates with
// separators, pre-releases and build suffixes are refused, because their order differs between
// ecosystems; matching then reports the component as not assessed instead of guessing.
const DOTTED_NUMBERS = /^(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))*$/;

function parse(version: string): readonly string[] | undefined {
  return DOTTED_NUMBERS.test(version) ? version.split('.') : undefined;
}

/** Component by component as integers; missing components count as zero (1.2 = 1.2.0). */
function compareParts(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = compareDigits(a[i] ?? '0', b[i] ?? '0');
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The fallback for ecosystems without a scheme of their own; see README.md for its contract. */
export const generic = {
  id: 'generic',
  displayName: 'Generic (dotted numbers only)',
  specUrl: 'packages/core/src/versions/generic/README.md',
  isValid: (version: string): boolean => parse(version) !== undefined,
  compare(a: string, b: string): number {
    return compareParts(parseOrThrow('generic', parse, a), parseOrThrow('generic', parse, b));
  },
} as const satisfies VersionScheme;
