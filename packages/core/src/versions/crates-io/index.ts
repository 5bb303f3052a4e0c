import { parseOrThrow } from '../parse-or-throw.js';
import { compareSemver, parseSemver } from '../semver-precedence.js';
import type { VersionScheme } from '../types.js';

/**
 * crates.io: SemVer 2.0.0 as the Rust `semver` crate (used by Cargo) parses it — three numbers, no
 * `v`, no leading zeros. Build metadata is ignored, as Cargo's requirement matching ignores it.
 */
export const cratesIo = {
  id: 'crates-io',
  displayName: 'crates.io (Cargo SemVer)',
  specUrl: 'https://doc.rust-lang.org/cargo/reference/resolver.html#semver-compatibility',
  isValid(version: string): boolean {
    return parseSemver(version) !== undefined;
  },
  compare(a: string, b: string): number {
    return compareSemver(
      parseOrThrow('crates-io', parseSemver, a),
      parseOrThrow('crates-io', parseSemver, b),
    );
  },
} satisfies VersionScheme;
