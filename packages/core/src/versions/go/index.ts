import { parseOrThrow } from '../parse-or-throw.js';
import { compareSemver, parseSemver, type SemverParts } from '../semver-precedence.js';
import type { VersionScheme } from '../types.js';

/**
 * Go modules, as golang.org/x/mod/semver orders them. Pseudo-versions
 * (`v0.0.0-20191109021931-daa7c04131f5`) are SemVer prereleases and need no special case; `+incompatible`
 * is build metadata and is ignored. The `v` is optional because OSV's Go advisories drop it.
 */
export const go = {
  id: 'go',
  displayName: 'Go modules',
  specUrl: 'https://go.dev/ref/mod#versions',
  isValid(version: string): boolean {
    return parseGo(version) !== undefined;
  },
  compare(a: string, b: string): number {
    return compareSemver(parseOrThrow('go', parseGo, a), parseOrThrow('go', parseGo, b));
  },
} satisfies VersionScheme;

function parseGo(version: string): SemverParts | undefined {
  const body = version.startsWith('v') ? version.slice(1) : version;
  // x/mod/semver accepts the shorthands vMAJOR and vMAJOR.MINOR (without prerelease or build).
  if (/^(?:0|[1-9][0-9]*)$/.test(body)) return parseSemver(`${body}.0.0`);
  if (/^(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)$/.test(body)) return parseSemver(`${body}.0`);
  return parseSemver(body);
}
