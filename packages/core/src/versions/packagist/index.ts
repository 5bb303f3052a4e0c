import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';
import { versionCompare } from './version-compare.js';

// Composer's shapes: a number first, or a `dev-` branch. Then letters, digits and the separators
// PHP turns into dots, ending with a letter or digit, because PHP orders a trailing separator below
// the same version without it (`1.` < `1.`, even).
const PACKAGIST = /^(?:[0-9]|dev-[0-9A-Za-z])(?:[0-9A-Za-z._+-]*[0-9A-Za-z])?$/;

/**
 * Packagist: PHP's version_compare() — what Composer applies to versions and what OSV's Packagist
 * ranges were computed with — after Composer's one normalization that changes order: a leading
 * `v`/`V` before a digit is dropped (`v1.0 = 1.0`). See README.md for Composer's other rules.
 */
export const packagist = {
  id: 'packagist',
  displayName: 'Packagist (Composer / PHP version_compare)',
  specUrl: 'https://www.php.net/manual/en/function.version-compare.php',
  isValid(version: string): boolean {
    return parsePackagist(version) !== undefined;
  },
  compare(a: string, b: string): number {
    return versionCompare(
      parseOrThrow('packagist', parsePackagist, a),
      parseOrThrow('packagist', parsePackagist, b),
    );
  },
} satisfies VersionScheme;

function parsePackagist(version: string): string | undefined {
  const body = /^[vV][0-9]/.test(version) ? version.slice(1) : version;
  return PACKAGIST.test(body) ? body : undefined;
}
