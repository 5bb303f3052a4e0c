import { UnknownNameError } from '../../common/errors.js';
import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import type { CvssVector, CvssVersion, CvssVersionId } from './types.js';
import { cvss20 } from './v2/index.js';
import { cvss30, cvss31 } from './v3/index.js';
import { cvss40 } from './v4/index.js';

/** Every CVSS version, one line each, oldest first; the contract test checks each of them. */
export const CVSS_VERSIONS: readonly CvssVersion[] = [cvss20, cvss30, cvss31, cvss40];

export function cvssVersion(id: CvssVersionId): CvssVersion {
  const version = CVSS_VERSIONS.find((v) => v.id === id);
  if (version === undefined)
    throw new UnknownNameError(
      'CVSS version',
      id,
      CVSS_VERSIONS.map((v) => v.id),
    );
  return version;
}

function unsupported(text: string): Issue {
  const prefix = /^CVSS:[^/]*/i.exec(text)?.[0] ?? text;
  const known = CVSS_VERSIONS.find((v) => v.prefix !== '' && `${prefix}/` === v.prefix);
  if (known !== undefined)
    return {
      code: 'invalid-format',
      severity: 'error',
      path: [],
      message: `a ${known.displayName} vector needs its metrics after "${known.prefix}"`,
      hint: `for example ${known.example}`,
    };
  return {
    code: 'unsupported-version',
    severity: 'error',
    path: [],
    message: `"${prefix}" is not a supported CVSS version`,
    hint: 'supported: CVSS:4.0/, CVSS:3.1/, CVSS:3.0/, and v2.0 vectors, which have no prefix',
  };
}

/**
 * Parses and validates a vector of any supported version, chosen by its prefix: `CVSS:4.0/`,
 * `CVSS:3.1/`, `CVSS:3.0/`; no prefix means v2.0 (also in NVD's parenthesised form). Every problem
 * is an issue naming the metric and its allowed values; nothing is thrown for bad input.
 */
export function parseCvss(text: string): ParseResult<CvssVector> {
  const trimmed = text.trim();
  if (trimmed === '')
    return {
      ok: false,
      issues: [
        { code: 'invalid-format', severity: 'error', path: [], message: 'empty CVSS vector' },
      ],
    };
  const version = CVSS_VERSIONS.find((v) => v.matches(trimmed));
  return version === undefined
    ? { ok: false, issues: [unsupported(trimmed)] }
    : version.parse(trimmed);
}

/** The normalized text of a parsed vector: prefix, then defined metrics in the specification's order. */
export function formatCvss(vector: CvssVector): string {
  return cvssVersion(vector.version).format(vector);
}
