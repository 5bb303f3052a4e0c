import type { Issue, IssuePath, SourceLocation } from '../../common/issue.js';

/**
 * The issue for a missing or unsupported spec version, naming the version found and the ones
 * supported; undefined when the version is supported. A document in a version we do not know is
 * refused rather than read by guesswork: fields move and change meaning between versions.
 */
export function specVersionIssue(
  format: string,
  found: string | undefined,
  supported: readonly string[],
  path: IssuePath,
  location: SourceLocation | undefined,
): Issue | undefined {
  if (found !== undefined && supported.includes(found)) return undefined;
  return {
    code: found === undefined ? 'missing-field' : 'unsupported-version',
    severity: 'error',
    path,
    message:
      found === undefined
        ? `the ${format} spec version is missing`
        : `${format} spec version "${found}" is not supported`,
    hint: `supported: ${supported.join(', ')}`,
    ...(location === undefined ? {} : { location }),
  };
}

/** The issue for a document that parsed but is not the expected kind of object at its root. */
export function notADocumentIssue(
  what: string,
  value: unknown,
  location: SourceLocation | undefined,
): Issue {
  const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  return {
    code: 'invalid-format',
    severity: 'error',
    path: [],
    message: `expected ${what}, found ${found}`,
    ...(location === undefined ? {} : { location }),
  };
}
