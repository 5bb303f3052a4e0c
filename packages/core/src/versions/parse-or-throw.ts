import { InvalidVersionError } from '../common/errors.js';

/**
 * The throwing half of a scheme's `compare`: parses `version` or throws InvalidVersionError, which
 * matching turns into a not-assessed entry (never a guess, never a crash).
 */
export function parseOrThrow<T>(
  scheme: string,
  parse: (version: string) => T | undefined,
  version: string,
): T {
  const parsed = parse(version);
  if (parsed === undefined) throw new InvalidVersionError(scheme, version);
  return parsed;
}
