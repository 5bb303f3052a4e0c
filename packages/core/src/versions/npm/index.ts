import { compare, valid } from 'semver';
import { InvalidVersionError } from '../../common/errors.js';
import type { VersionScheme } from '../types.js';

/**
 * npm: node-semver itself (the library npm uses), in strict mode. It accepts a leading `v` and
 * surrounding whitespace, as npm does; it refuses numbers above Number.MAX_SAFE_INTEGER, as npm does.
 */
export const npm = {
  id: 'npm',
  displayName: 'npm (node-semver)',
  specUrl: 'https://github.com/npm/node-semver#versions',
  isValid(version: string): boolean {
    return valid(version) !== null;
  },
  compare(a: string, b: string): number {
    for (const version of [a, b]) {
      if (valid(version) === null) throw new InvalidVersionError('npm', version);
    }
    return compare(a, b);
  },
} satisfies VersionScheme;
