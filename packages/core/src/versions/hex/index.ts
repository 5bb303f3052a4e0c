import { parseOrThrow } from '../parse-or-throw.js';
import { compareSemver, parseSemver } from '../semver-precedence.js';
import type { VersionScheme } from '../types.js';

/**
 * Hex: Elixir's `Version` module (which the Hex client and hex_core follow) — strict SemVer 2.0.0,
 * three numbers, no `v`, no leading zeros, build metadata ignored when comparing.
 */
export const hex = {
  id: 'hex',
  displayName: 'Hex (Elixir Version)',
  specUrl: 'https://hexdocs.pm/elixir/Version.html',
  isValid(version: string): boolean {
    return parseSemver(version) !== undefined;
  },
  compare(a: string, b: string): number {
    return compareSemver(parseOrThrow('hex', parseSemver, a), parseOrThrow('hex', parseSemver, b));
  },
} satisfies VersionScheme;
