import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';
import { compareTokens, tokenizeMaven, type MavenToken } from './tokens.js';

// Maven accepts any string; these characters make a range, a property or a path, never a version.
const VERSION = /^[^\s\\/:"<>|?*[\](),{}$]+$/;

/**
 * Maven: the POM reference's "Version Order Specification" (what ComparableVersion implements and
 * what OSV uses for Maven advisories) — tokens split on `.`, `-` and digit/letter transitions,
 * qualifiers alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp, null
 * tokens trimmed, the shorter version padded. See README.md for where Maven 3.9's class differs.
 */
export const maven = {
  id: 'maven',
  displayName: 'Maven',
  specUrl: 'https://maven.apache.org/pom.html#version-order-specification',
  isValid(version: string): boolean {
    return parseMaven(version) !== undefined;
  },
  compare(a: string, b: string): number {
    return compareTokens(
      parseOrThrow('maven', parseMaven, a),
      parseOrThrow('maven', parseMaven, b),
    );
  },
} satisfies VersionScheme;

function parseMaven(version: string): readonly MavenToken[] | undefined {
  // ASCII only: Java's Character.isDigit also takes other scripts' digits, which we do not order.
  if (!VERSION.test(version) || !/^[\x21-\x7e]+$/.test(version) || !/[a-z0-9]/i.test(version)) {
    return undefined;
  }
  return tokenizeMaven(version);
}
