import type { AffectedRange, RangeEvent } from '../../types.js';
import { isRecord } from '../context.js';
import { constraintsToEvents, parseConstraints } from '../constraints.js';

/** One `versions[]` item of a CVE 5 product (https://cveproject.github.io/cve-schema/). */
interface VersionItem {
  readonly version: string;
  readonly status: string;
  readonly lessThan?: string;
  readonly lessThanOrEqual?: string;
  readonly versionType?: string;
  readonly changes: readonly { readonly at: string; readonly status: string }[];
}

export interface ConvertedVersions {
  readonly ranges: AffectedRange[];
  readonly versions: string[];
  readonly approximations: string[];
}

/** Words CNAs write where a version belongs; none of them bounds anything. */
const UNKNOWN = new Set(['', 'n/a', 'na', 'unspecified', 'unknown', 'all', '*', '-', 'none']);
const isUnknown = (text: string | undefined): boolean =>
  text === undefined || UNKNOWN.has(text.trim().toLowerCase());
/** A bound we can compare: no spaces, no wildcard (`5.15.*` bounds a branch, not a line). */
const isBound = (text: string): boolean => !isUnknown(text) && !/[\s*]/.test(text);

/**
 * CVE 5 version statuses as OSV ranges. `affected` items become one range each (`version` is
 * introduced; `lessThan` is fixed; `lessThanOrEqual` is last_affected; `changes` flip the status at
 * their versions). `versionType: git` items become a GIT range on `repo`. With
 * `defaultStatus: affected`, every version is affected except the `unaffected` items: a range from
 * `0` moves the start up, an open-ended one (`<= *`) is the fix. An unaffected branch (`5.15.177`
 * to `5.15.*`) or single version cannot be cut out of one OSV line; those versions are reported as
 * affected and the approximation is written down. Prose in `version` (`>= 1.7.0, < 1.18.4`, as
 * GitHub's CNA writes) is read as comparators.
 */
export function convertVersions(
  raw: readonly unknown[],
  defaultStatus: string | undefined,
  repo: string | undefined,
): ConvertedVersions {
  const items = mergeSplitRanges(raw.flatMap(toItem));
  const out: ConvertedVersions = { ranges: [], versions: [], approximations: [] };
  const git: RangeEvent[] = [];
  for (const item of items.filter((i) => i.status === 'affected')) {
    if (item.versionType === 'git') git.push(...rangeEvents(item, out.approximations));
    else addAffected(item, out);
  }
  if (git.length > 0)
    out.ranges.push({ type: 'GIT', ...(repo === undefined ? {} : { repo }), events: git });
  if (defaultStatus === 'affected')
    addDefaultAffected(
      items.filter((i) => i.status === 'unaffected' && i.versionType !== 'git'),
      out,
    );
  return out;
}

function toItem(value: unknown): VersionItem[] {
  if (!isRecord(value) || typeof value.version !== 'string' || typeof value.status !== 'string')
    return [];
  const text = (key: string): Record<string, string> =>
    typeof value[key] === 'string' ? { [key]: value[key] } : {};
  const changes = Array.isArray(value.changes)
    ? value.changes.flatMap((c: unknown) =>
        isRecord(c) && typeof c.at === 'string' && typeof c.status === 'string'
          ? [{ at: c.at, status: c.status }]
          : [],
      )
    : [];
  return [
    {
      version: value.version,
      status: value.status,
      ...text('lessThan'),
      ...text('lessThanOrEqual'),
      ...text('versionType'),
      changes,
    },
  ];
}

/** Snyk writes one range as two items: `{ v, lessThan: unspecified }, { unspecified, lessThan: x }`. */
function mergeSplitRanges(items: readonly VersionItem[]): VersionItem[] {
  const out: VersionItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const next = items[i + 1];
    if (item === undefined) continue;
    if (
      next !== undefined &&
      item.lessThan === 'unspecified' &&
      next.version === 'unspecified' &&
      next.status === item.status
    ) {
      const { lessThan, lessThanOrEqual } = next;
      out.push({
        ...item,
        ...(lessThan === undefined ? {} : { lessThan }),
        ...(lessThanOrEqual === undefined ? {} : { lessThanOrEqual }),
        changes: [...item.changes, ...next.changes],
      });
      i++;
    } else out.push(item);
  }
  return out;
}

function addAffected(item: VersionItem, out: ConvertedVersions): void {
  const hasBound = item.lessThan !== undefined || item.lessThanOrEqual !== undefined;
  if (!hasBound && /^\s*[<>=!]/.test(item.version)) {
    const constraints = parseConstraints(item.version, ',');
    if (constraints !== undefined) {
      const converted = constraintsToEvents(constraints);
      if (converted.events.length > 0)
        out.ranges.push({ type: 'ECOSYSTEM', events: converted.events });
      out.versions.push(...converted.versions);
      out.approximations.push(...converted.approximations);
      return;
    }
  }
  if (!hasBound && isUnknown(item.version)) {
    out.ranges.push({ type: 'ECOSYSTEM', events: [{ introduced: '0' }] });
    out.approximations.push(
      `affected version "${item.version}" names no version; every version is treated as affected`,
    );
    return;
  }
  if (!hasBound) {
    out.versions.push(item.version);
    return;
  }
  out.ranges.push({ type: 'ECOSYSTEM', events: rangeEvents(item, out.approximations) });
}

function rangeEvents(item: VersionItem, approximations: string[]): RangeEvent[] {
  const events: RangeEvent[] = [{ introduced: isUnknown(item.version) ? '0' : item.version }];
  for (const change of item.changes) {
    if (change.status === 'unaffected') events.push({ fixed: change.at });
    else if (change.status === 'affected') events.push({ introduced: change.at });
  }
  const end = item.lessThan ?? item.lessThanOrEqual;
  if (end === undefined || end.trim() === '*') return events;
  if (!isBound(end)) {
    approximations.push(
      `upper bound "${end}" is not a version; the range from ${item.version} is read as open-ended`,
    );
    return events;
  }
  events.push(item.lessThan !== undefined ? { fixed: end } : { last_affected: end });
  return events;
}

function addDefaultAffected(unaffected: readonly VersionItem[], out: ConvertedVersions): void {
  let start = '0';
  const fixes: RangeEvent[] = [];
  for (const item of unaffected) {
    const end = item.lessThan ?? item.lessThanOrEqual;
    if (
      (item.version === '0' || isUnknown(item.version)) &&
      end !== undefined &&
      isBound(end) &&
      item.lessThan !== undefined
    ) {
      start = end;
    } else if (end?.trim() === '*') {
      fixes.push({ fixed: item.version });
    } else {
      const what = end === undefined ? item.version : `${item.version} to ${end}`;
      out.approximations.push(
        `unaffected ${what} cannot be cut out of an OSV range; reported as affected`,
      );
    }
  }
  out.ranges.push({ type: 'ECOSYSTEM', events: [{ introduced: start }, ...fixes] });
}
