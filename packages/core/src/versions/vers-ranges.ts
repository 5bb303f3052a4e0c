import type { AffectedRange, RangeEvent } from '../advisories/types.js';
import type { Issue } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import type { VersionScheme } from './types.js';
import { versOrdering } from './vers-schemes.js';
import { normalizeVers, type VersConstraint, type VersRange } from './vers.js';

/** One bound of an interval; absent bounds are open (from the beginning, without end). */
export interface VersBound {
  readonly version: string;
  readonly inclusive: boolean;
}

export interface VersInterval {
  readonly lower?: VersBound;
  readonly upper?: VersBound;
}

const isLower = (c: VersConstraint): boolean => c.comparator === '>' || c.comparator === '>=';
const isUpper = (c: VersConstraint): boolean => c.comparator === '<' || c.comparator === '<=';
const bound = (c: VersConstraint): VersBound => ({
  version: c.version,
  inclusive: c.comparator.endsWith('='),
});

/**
 * The intervals of the range constraints (all but `=` and `!=`), read pairwise as the vers spec's
 * containment algorithm reads them: a leading `<`/`<=` opens from the beginning, a trailing
 * `>`/`>=` runs without end, and each `>`/`>=` followed by `<`/`<=` is one interval.
 */
export function versIntervals(constraints: readonly VersConstraint[]): VersInterval[] {
  const list = constraints.filter((c) => isLower(c) || isUpper(c));
  const intervals: VersInterval[] = [];
  const first = list[0];
  const lastOne = list[list.length - 1];
  if (first !== undefined && isUpper(first)) intervals.push({ upper: bound(first) });
  for (let i = 0; i + 1 < list.length; i++) {
    const [current, next] = [list[i], list[i + 1]];
    if (current && next && isLower(current) && isUpper(next)) {
      intervals.push({ lower: bound(current), upper: bound(next) });
    }
  }
  if (lastOne !== undefined && isLower(lastOne)) intervals.push({ lower: bound(lastOne) });
  return intervals;
}

function fail(code: Issue['code'], message: string): ParseResult<never> {
  return { ok: false, issues: [{ code, severity: 'error', path: [], message }] };
}

function inInterval(version: string, interval: VersInterval, scheme: VersionScheme): boolean {
  const { lower, upper } = interval;
  const aboveLower =
    lower === undefined || scheme.compare(version, lower.version) >= (lower.inclusive ? 0 : 1);
  const belowUpper =
    upper === undefined || scheme.compare(version, upper.version) <= (upper.inclusive ? 0 : -1);
  return aboveLower && belowUpper;
}

/**
 * Whether `version` is in a vers range, by the vers containment algorithm: `=` includes and `!=`
 * excludes a version outright, then the intervals decide. One deviation: a range made only of `!=`
 * constraints (`vers:pypi/!=5`, from PyPI's `!=5`) contains every other version.
 */
export function versContains(range: VersRange | string, version: string): ParseResult<boolean> {
  const parsed =
    typeof range === 'string'
      ? normalizeVers(range)
      : { ok: true as const, value: range, issues: [] };
  if (!parsed.ok) return parsed;
  const { scheme, constraints } = parsed.value;
  if (scheme === 'all' || scheme === 'none')
    return { ok: true, value: scheme === 'all', issues: [] };
  const ordering = versOrdering(scheme);
  if (ordering === undefined)
    return fail(
      'invalid-value',
      `vers scheme "${scheme}" cannot be evaluated: no version scheme for it`,
    );
  if (constraints === '*') return { ok: true, value: true, issues: [] };
  const unreadable = constraints.find((c) => !ordering.isValid(c.version));
  if (unreadable !== undefined) {
    return fail(
      'invalid-value',
      `"${unreadable.version}" in the range is not a valid ${scheme} version`,
    );
  }
  if (!ordering.isValid(version))
    return fail('invalid-value', `"${version}" is not a valid ${scheme} version`);
  const equal = (c: VersConstraint): boolean => ordering.compare(version, c.version) === 0;
  if (constraints.some((c) => c.comparator === '=' && equal(c)))
    return { ok: true, value: true, issues: [] };
  if (constraints.some((c) => c.comparator === '!=' && equal(c)))
    return { ok: true, value: false, issues: [] };
  const onlyExclusions = constraints.every((c) => c.comparator === '!=');
  const inside =
    onlyExclusions || versIntervals(constraints).some((i) => inInterval(version, i, ordering));
  return { ok: true, value: inside, issues: [] };
}

/** A vers range as OSV affected data: one range per interval (OR-ed), `=` versions listed. */
export interface VersAsOsv {
  readonly ranges: readonly AffectedRange[];
  readonly versions: readonly string[];
}

/**
 * Converts a vers range to OSV events, where OSV can say the same thing: `>=` → introduced,
 * `<` → fixed, `<=` → last_affected, an open start → introduced "0", `=` → the versions list.
 * An exclusive lower bound (`>`) and `!=` have no OSV event; such ranges are refused rather than
 * widened, and the caller keeps the vers string to evaluate with versContains.
 */
export function versToOsv(range: VersRange | string): ParseResult<VersAsOsv> {
  const parsed =
    typeof range === 'string'
      ? normalizeVers(range)
      : { ok: true as const, value: range, issues: [] };
  if (!parsed.ok) return parsed;
  const { scheme, constraints } = parsed.value;
  const type = scheme === 'semver' ? 'SEMVER' : 'ECOSYSTEM';
  if (scheme === 'none')
    return fail('invalid-value', 'vers:none/* names no version; there is nothing to convert');
  if (constraints === '*')
    return {
      ok: true,
      value: { ranges: [{ type, events: [{ introduced: '0' }] }], versions: [] },
      issues: [],
    };
  if (constraints.some((c) => c.comparator === '!='))
    return fail('invalid-value', `"!=" has no OSV equivalent (${scheme})`);
  const ranges: AffectedRange[] = [];
  for (const { lower, upper } of versIntervals(constraints)) {
    if (lower?.inclusive === false)
      return fail(
        'invalid-value',
        `">${lower.version}" (exclusive lower bound) has no OSV equivalent`,
      );
    const events: RangeEvent[] = [{ introduced: lower?.version ?? '0' }];
    if (upper !== undefined)
      events.push(upper.inclusive ? { last_affected: upper.version } : { fixed: upper.version });
    ranges.push({ type, events });
  }
  const versions = constraints.filter((c) => c.comparator === '=').map((c) => c.version);
  return { ok: true, value: { ranges, versions }, issues: [] };
}
