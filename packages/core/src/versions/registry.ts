import { UnknownNameError } from '../common/errors.js';
import type { VersionScheme } from './types.js';

/** Every version scheme, one line each, alphabetical; the contract test checks it against the folders. */
export const VERSION_SCHEMES: readonly VersionScheme[] = [];

export function versionScheme(id: string): VersionScheme {
  const scheme = VERSION_SCHEMES.find((s) => s.id === id);
  if (scheme === undefined) throw new UnknownNameError('version scheme', id, VERSION_SCHEMES.map((s) => s.id));
  return scheme;
}
