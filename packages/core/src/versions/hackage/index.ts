import { compareDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

// Cabal's version grammar: dot-separated non-negative integers, no leading zeros (Cabal ≥ 2.0
// rejects "1.02"), no tags (removed from Cabal; Hackage never accepted them).
const PVP_VERSION = /^(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))*$/;

function parse(version: string): readonly string[] | undefined {
  return PVP_VERSION.test(version) ? version.split('.') : undefined;
}

/** Data.Version order: lexicographic on the integer lists, so 1.0 < 1.0.0. */
function compareParts(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = compareDigits(a[i] ?? '0', b[i] ?? '0');
    if (diff !== 0) return diff;
  }
  return Math.sign(a.length - b.length);
}

/** Hackage (Haskell PVP) package versions. */
export const hackage = {
  id: 'hackage',
  displayName: 'Hackage (Haskell PVP)',
  specUrl: 'https://pvp.haskell.org/',
  isValid: (version: string): boolean => parse(version) !== undefined,
  compare(a: string, b: string): number {
    return compareParts(parseOrThrow('hackage', parse, a), parseOrThrow('hackage', parse, b));
  },
} as const satisfies VersionScheme;
