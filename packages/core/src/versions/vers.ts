import type { Issue } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import { versOrdering } from './vers-schemes.js';

/** The comparators of a vers constraint; `=` is implied when none is written. */
const VERS_COMPARATORS = ['=', '!=', '<', '<=', '>', '>='] as const;
type VersComparator = (typeof VERS_COMPARATORS)[number];

export interface VersConstraint {
  readonly comparator: VersComparator;
  /** Decoded (percent-encoding removed). */
  readonly version: string;
}

/** A parsed `vers:<scheme>/<constraints>` range (https://github.com/package-url/vers-spec). */
export interface VersRange {
  /** The vers versioning scheme, lower-case: a purl type (`npm`, `deb`, `apk`) or a special type. */
  readonly scheme: string;
  /** `*` is every version of the scheme; otherwise the constraints, sorted by version. */
  readonly constraints: '*' | readonly VersConstraint[];
}

const SCHEME = /^[a-z][a-z0-9.+-]*$/;

function fail(message: string, hint?: string): ParseResult<never> {
  const issue: Issue = {
    code: 'invalid-format',
    severity: 'error',
    path: [],
    message,
    ...(hint && { hint }),
  };
  return { ok: false, issues: [issue] };
}

function splitComparator(text: string): VersConstraint {
  const comparator =
    VERS_COMPARATORS.find((c) => c.length === 2 && text.startsWith(c)) ??
    (text.startsWith('<') || text.startsWith('>') || text.startsWith('=')
      ? text.charAt(0)
      : undefined);
  const version = comparator === undefined ? text : text.slice(comparator.length);
  return { comparator: (comparator ?? '=') as VersComparator, version };
}

/** Decodes %XX triplets once; undefined when a `%` is not followed by two hex digits. */
function decode(text: string): string | undefined {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    // Triplets that are not UTF-8 (`%FF`) have no text to decode to: refuse rather than guess.
    return undefined;
  }
}

/**
 * Parses a vers string that must already be canonical (the vers-spec "parse" tests): lower-case
 * `vers:` and scheme, no whitespace, no empty constraints, percent-encoding with upper-case hex,
 * constraints sorted by version (checked when the scheme is known), `=` omitted.
 */
export function parseVers(text: string): ParseResult<VersRange> {
  if (/\s/.test(text))
    return fail('non-canonical VERS: whitespace is not permitted', 'normalizeVers() removes it');
  const parts = /^([^:]*):([^/]*)\/(.*)$/s.exec(text);
  if (parts === null) return fail(`"${text}" is not a vers range (vers:<scheme>/<constraints>)`);
  const [, uri = '', scheme = '', body = ''] = parts;
  if (uri !== 'vers')
    return fail(
      uri.toLowerCase() === 'vers'
        ? 'non-canonical VERS: "vers" must be lower-case'
        : `"${uri}:" is not "vers:"`,
    );
  if (!SCHEME.test(scheme))
    return fail(
      scheme.toLowerCase() === scheme
        ? `invalid versioning scheme "${scheme}"`
        : 'non-canonical VERS: the versioning scheme must be lower-case',
    );
  if (body === '*') return { ok: true, value: { scheme, constraints: '*' }, issues: [] };
  if (body === '') return fail('VERS has no constraints');
  if (body.startsWith('|')) return fail('non-canonical VERS: leading pipe is not permitted');
  if (body.endsWith('|')) return fail('non-canonical VERS: trailing pipe is not permitted');
  if (body.includes('||')) return fail('non-canonical VERS: consecutive pipes are not permitted');
  const constraints: VersConstraint[] = [];
  for (const raw of body.split('|')) {
    if (raw === '*') return fail('"*" must be the only constraint');
    if (raw.startsWith('='))
      return fail('non-canonical VERS: the "=" comparator is implied and must be omitted');
    const { comparator, version: encoded } = splitComparator(raw);
    const version = decode(encoded);
    if (version === undefined)
      return fail('non-canonical VERS: invalid percent-encoding in version');
    if (/%[0-9A-F]?[a-f]/.test(encoded))
      return fail('non-canonical VERS: percent-encoding in version is not canonical');
    if (version === '') return fail(`constraint "${raw}" has no version`);
    if (scheme === 'datetime' && encoded.includes('%3A'))
      return fail('non-canonical VERS: datetime time colons must be unencoded');
    if (scheme === 'datetime' && /[tz]/.test(version))
      return fail('non-canonical VERS: datetime must use uppercase T and Z');
    constraints.push({ comparator, version });
  }
  return checkVersions({ scheme, constraints }, 'sorted');
}

/**
 * Reads a vers string leniently and returns it in canonical form (the vers-spec "validate"
 * normalizations): whitespace removed, `vers` and the scheme lower-cased, empty constraints
 * dropped, `=` made implicit, constraints sorted by version when the scheme is known.
 */
export function normalizeVers(text: string): ParseResult<VersRange> {
  const compact = text.replace(/\s+/g, '');
  const parts = /^([^:]*):([^/]*)\/(.*)$/s.exec(compact);
  if (parts?.[1]?.toLowerCase() !== 'vers')
    return fail(`"${text}" is not a vers range (vers:<scheme>/<constraints>)`);
  const scheme = (parts[2] ?? '').toLowerCase();
  if (!SCHEME.test(scheme)) return fail(`invalid versioning scheme "${scheme}"`);
  const pieces = (parts[3] ?? '').split('|').filter((p) => p !== '');
  if (pieces.length === 0) return fail('VERS has no constraints');
  if (pieces.includes('*')) {
    return pieces.length === 1
      ? { ok: true, value: { scheme, constraints: '*' }, issues: [] }
      : fail('"*" must be the only constraint');
  }
  const constraints: VersConstraint[] = [];
  for (const raw of pieces) {
    const { comparator, version: encoded } = splitComparator(raw);
    const decoded = decode(encoded);
    if (decoded === undefined) return fail(`invalid percent-encoding in version "${encoded}"`);
    if (decoded === '') return fail(`constraint "${raw}" has no version`);
    const version = scheme === 'datetime' ? decoded.toUpperCase() : decoded;
    constraints.push({ comparator, version });
  }
  return checkVersions({ scheme, constraints }, 'sort');
}

/**
 * Type-specific checks, kept apart from syntax as the vers test suite asks: versions the scheme
 * cannot read are warnings (the range still parses; versContains refuses to evaluate it), and
 * constraints are sorted (or, for canonical input, must already be) when every version is readable.
 */
function checkVersions(
  range: VersRange & { constraints: VersConstraint[] },
  order: 'sort' | 'sorted',
): ParseResult<VersRange> {
  const ordering = versOrdering(range.scheme);
  const warn = (message: string): Issue => ({
    code: 'invalid-value',
    severity: 'warning',
    path: ['constraints'],
    message,
  });
  if (ordering === undefined) {
    return {
      ok: true,
      value: range,
      issues: [
        warn(
          `vers scheme "${range.scheme}" has no version scheme here; versions are neither checked nor ordered`,
        ),
      ],
    };
  }
  const issues = range.constraints
    .filter((c) => !ordering.isValid(c.version))
    .map((c) => warn(`"${c.version}" is not a valid ${range.scheme} version`));
  if (issues.length > 0) return { ok: true, value: range, issues };
  const sorted = range.constraints
    .map((c, i) => ({ c, i }))
    .sort((a, b) => ordering.compare(a.c.version, b.c.version) || a.i - b.i)
    .map((x) => x.c);
  if (order === 'sorted' && sorted.some((c, i) => c !== range.constraints[i])) {
    return fail('non-canonical VERS: constraints are not sorted by version');
  }
  return { ok: true, value: { scheme: range.scheme, constraints: sorted }, issues: [] };
}

// Encoded so the canonical string parses back to the same constraints: the separator, the escape,
// whitespace and controls, non-ASCII, and a leading character that would read as a comparator.
function encode(version: string): string {
  return version.replace(/[%|\s\p{Cc}]|\P{ASCII}+|^[<>=!*]/gu, (match) =>
    [...new TextEncoder().encode(match)]
      .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

/** The canonical vers string of a range (constraints are written in the order given). */
export function formatVers(range: VersRange): string {
  const body =
    range.constraints === '*'
      ? '*'
      : range.constraints
          .map((c) => `${c.comparator === '=' ? '' : c.comparator}${encode(c.version)}`)
          .join('|');
  return `vers:${range.scheme}/${body}`;
}
