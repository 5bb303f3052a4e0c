import type { AffectedEntry, AffectedRange, RangeEvent } from '../../advisories/types.js';
import { compareSemver, parseSemver } from '../../versions/semver-precedence.js';
import type { VersionScheme } from '../../versions/types.js';

/** Why a decision was reached, kept as finding evidence. */
export interface AffectedEvidence {
  /** The range that decided: it contains the version, or its fix / last_affected closed it. */
  readonly range?: AffectedRange;
  /** Affected: the `introduced` event that opened the interval. Not affected: the event that closed it. */
  readonly event?: RangeEvent;
  /** Affected: the `fixed` or `last_affected` event that ends the interval holding the version. */
  readonly until?: RangeEvent;
  /** The entry's explicit `versions` list named the version. */
  readonly listed?: string;
  /** The entry has neither ranges nor versions: the advisory names every version of the package. */
  readonly allVersions?: true;
  /** GIT ranges, which order commits, not versions; they took no part in the decision. */
  readonly unevaluated?: readonly AffectedRange[];
}

export type AffectedResult =
  | { readonly affected: boolean; readonly evidence: AffectedEvidence }
  | {
      readonly error: 'invalid-version' | 'invalid-range' | 'undecidable';
      /** One sentence naming the offending value. */
      readonly message: string;
    };

type Ordering = Pick<VersionScheme, 'id' | 'isValid' | 'compare'>;
type RangeError = Extract<AffectedResult, { error: string }>;

/** OSV SEMVER ranges are SemVer 2.0.0 in every ecosystem; Go writes a `v` prefix, OSV does not. */
const SEMVER: Ordering = {
  id: 'SemVer 2.0.0',
  isValid: (v) => parseSemver(v.replace(/^v/, '')) !== undefined,
  compare: (a, b) => {
    const x = parseSemver(a.replace(/^v/, ''));
    const y = parseSemver(b.replace(/^v/, ''));
    return x === undefined || y === undefined ? Number.NaN : compareSemver(x, y);
  },
};

const valueOf = (e: RangeEvent): string =>
  'introduced' in e
    ? e.introduced
    : 'fixed' in e
      ? e.fixed
      : 'last_affected' in e
        ? e.last_affected
        : e.limit;
const isOpenStart = (e: RangeEvent): boolean => 'introduced' in e && e.introduced === '0';
const isOpenLimit = (e: RangeEvent): boolean => 'limit' in e && e.limit === '*';
const isUpperBound = (e: RangeEvent): boolean => 'fixed' in e || 'last_affected' in e;

function checkRange(
  version: string,
  range: AffectedRange,
  scheme: Ordering,
): RangeError | undefined {
  if (!scheme.isValid(version)) {
    return {
      error: 'invalid-version',
      message: `"${version}" is not a valid ${scheme.id} version`,
    };
  }
  const bad = range.events.find(
    (e) => !isOpenStart(e) && !isOpenLimit(e) && !scheme.isValid(valueOf(e)),
  );
  if (bad !== undefined) {
    return {
      error: 'invalid-range',
      message: `"${valueOf(bad)}" in a range is not a valid ${scheme.id} version`,
    };
  }
  if (!range.events.some((e) => 'introduced' in e)) {
    return { error: 'invalid-range', message: 'a range has no introduced event' };
  }
  return undefined;
}

/** By version; `introduced: 0` first and `limit: *` last; ties keep the advisory's order. */
function sortEvents(events: readonly RangeEvent[], scheme: Ordering): RangeEvent[] {
  const key = (e: RangeEvent): number => (isOpenStart(e) ? -1 : isOpenLimit(e) ? 1 : 0);
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        key(a.event) - key(b.event) ||
        (key(a.event) === 0 ? scheme.compare(valueOf(a.event), valueOf(b.event)) : 0) ||
        a.index - b.index,
    )
    .map((e) => e.event);
}

interface Decision {
  readonly affected: boolean;
  readonly event?: RangeEvent;
  readonly until?: RangeEvent;
}

/**
 * One SEMVER or ECOSYSTEM range, by the OSV evaluation algorithm
 * (https://ossf.github.io/osv-schema/#evaluation): over the sorted events, `introduced` opens
 * (inclusive, `0` = from the beginning), `fixed` closes (exclusive), `last_affected` closes
 * (inclusive). Stable ties make `[introduced 1, fixed 1]` empty while `fixed 2, introduced 2`
 * reopens at 2. When limits are given, the version must be below one of them (`*` = no limit).
 */
function decide(version: string, events: readonly RangeEvent[], scheme: Ordering): Decision {
  const limits = events.filter((e) => 'limit' in e);
  const belowALimit = limits.some((e) => isOpenLimit(e) || scheme.compare(version, valueOf(e)) < 0);
  if (limits.length > 0 && !belowALimit)
    return { affected: false, event: limits[limits.length - 1] };
  let affected = false;
  let event: RangeEvent | undefined;
  let opened = 0;
  for (const [index, e] of events.entries()) {
    if ('limit' in e) continue;
    const order = isOpenStart(e) ? 1 : scheme.compare(version, valueOf(e));
    if ('introduced' in e && order >= 0) [affected, event, opened] = [true, e, index];
    else if (('fixed' in e && order >= 0) || ('last_affected' in e && order > 0))
      [affected, event] = [false, e];
  }
  const until = affected ? events.slice(opened).find(isUpperBound) : undefined;
  return { affected, ...(event && { event }), ...(until && { until }) };
}

function isListed(version: string, listed: string, scheme: VersionScheme): boolean {
  if (listed === version) return true;
  return scheme.isValid(listed) && scheme.isValid(version) && scheme.compare(listed, version) === 0;
}

/**
 * Whether `version` is affected by one advisory entry. Ranges are OR-ed, and the explicit
 * `versions` list also matches. An affected decision from any range wins; otherwise a range that
 * could not be evaluated (invalid version, invalid range) makes the whole answer an error, never a
 * silent "not affected". GIT ranges are never version-compared: when nothing else can decide, the
 * answer is `undecidable`.
 */
export function isAffected(
  version: string,
  entry: AffectedEntry,
  scheme: VersionScheme,
): AffectedResult {
  const git = entry.ranges.filter((r) => r.type === 'GIT');
  const extra = git.length > 0 ? { unevaluated: git } : {};
  let error: RangeError | undefined;
  let closedBy: { range: AffectedRange; event?: RangeEvent } | undefined;
  for (const range of entry.ranges) {
    if (range.type === 'GIT') continue;
    const ordering = range.type === 'SEMVER' ? SEMVER : scheme;
    const problem = checkRange(version, range, ordering);
    if (problem !== undefined) {
      // The tested version being invalid says more than a bad range does.
      if (error === undefined || problem.error === 'invalid-version') error = problem;
      continue;
    }
    const decision = decide(version, sortEvents(range.events, ordering), ordering);
    if (decision.affected) {
      return {
        affected: true,
        evidence: {
          range,
          ...(decision.event && { event: decision.event }),
          ...(decision.until && { until: decision.until }),
          ...extra,
        },
      };
    }
    closedBy ??= decision.event && { range, event: decision.event };
  }
  const listed = entry.versions.find((v) => isListed(version, v, scheme));
  if (listed !== undefined) return { affected: true, evidence: { listed, ...extra } };
  if (error !== undefined) return error;
  if (entry.ranges.length === 0 && entry.versions.length === 0)
    return { affected: true, evidence: { allVersions: true } };
  if (git.length === entry.ranges.length && entry.versions.length === 0) {
    return {
      error: 'undecidable',
      message: 'the advisory gives only GIT commit ranges and no versions',
    };
  }
  return { affected: false, evidence: { ...closedBy, ...extra } };
}
