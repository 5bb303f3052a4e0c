import type { IssuePath } from '../../../common/issue.js';
import type { AffectedEntry, AffectedRange, RangeEvent } from '../../types.js';
import {
  isRecord,
  optArray,
  optRecord,
  optString,
  report,
  stringList,
  type ConvertContext,
} from '../context.js';

const RANGE_TYPES = new Set(['SEMVER', 'ECOSYSTEM', 'GIT']);
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

/**
 * One `affected[]` entry. Ranges keep their events as written; the checks the OSV linter makes
 * that change what an entry means (no `introduced`, an event repeated, `fixed` together with
 * `last_affected`) are reported as warnings, because matching follows the events literally and a
 * reader should know why a range matches nothing.
 */
export function convertAffected(
  ctx: ConvertContext,
  value: unknown,
  path: IssuePath,
): AffectedEntry | undefined {
  if (!isRecord(value)) {
    report(ctx, 'warning', 'invalid-type', path, 'an affected entry must be an object; skipped');
    return undefined;
  }
  const pkg = packageOf(ctx, value, path);
  const ranges = optArray(ctx, value, 'ranges', path).flatMap((range, index) => {
    const converted = convertRange(ctx, range, [...path, 'ranges', index]);
    return converted === undefined ? [] : [converted];
  });
  if (pkg === undefined && !ranges.some((range) => range.type === 'GIT')) {
    report(
      ctx,
      'warning',
      'missing-field',
      [...path, 'package'],
      'the entry names no package and no git repository, so nothing can match it',
    );
  }
  const extra: Record<string, unknown> = {};
  for (const key of ['ecosystem_specific', 'database_specific', 'severity'] as const) {
    if (value[key] !== undefined) extra[key] = value[key];
  }
  return {
    ...(pkg === undefined ? {} : { package: pkg }),
    ranges,
    versions: stringList(ctx, value, 'versions', path),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

function packageOf(
  ctx: ConvertContext,
  entry: Record<string, unknown>,
  path: IssuePath,
): AffectedEntry['package'] {
  const pkg = optRecord(ctx, entry, 'package', path);
  if (pkg === undefined) return undefined;
  const at = [...path, 'package'];
  const ecosystem = optString(ctx, pkg, 'ecosystem', at);
  const name = optString(ctx, pkg, 'name', at);
  const purl = optString(ctx, pkg, 'purl', at);
  if (ecosystem === undefined || name === undefined || ecosystem === '' || name === '') {
    report(
      ctx,
      'warning',
      'missing-field',
      at,
      'a package needs "ecosystem" and "name"; entry kept without it',
    );
    return undefined;
  }
  return { ecosystem, name, ...(purl === undefined ? {} : { purl }) };
}

function convertRange(
  ctx: ConvertContext,
  value: unknown,
  path: IssuePath,
): AffectedRange | undefined {
  if (!isRecord(value)) {
    report(ctx, 'warning', 'invalid-type', path, 'a range must be an object; skipped');
    return undefined;
  }
  const type = optString(ctx, value, 'type', path);
  if (type === undefined || !RANGE_TYPES.has(type)) {
    report(
      ctx,
      'warning',
      'invalid-value',
      [...path, 'type'],
      `range type "${type ?? ''}" is not SEMVER, ECOSYSTEM or GIT; range skipped`,
    );
    return undefined;
  }
  const repo = optString(ctx, value, 'repo', path);
  if (type === 'GIT' && repo === undefined) {
    report(ctx, 'warning', 'missing-field', [...path, 'repo'], 'a GIT range needs "repo"');
  }
  const events = optArray(ctx, value, 'events', path).flatMap((event, index) => {
    const converted = convertEvent(event);
    if (converted === undefined) {
      report(
        ctx,
        'warning',
        'invalid-value',
        [...path, 'events', index],
        `an event must have exactly one of ${EVENT_KEYS.join(', ')} with a string value; skipped`,
      );
    }
    return converted === undefined ? [] : [converted];
  });
  checkEvents(ctx, events, path);
  return { type: type as AffectedRange['type'], ...(repo === undefined ? {} : { repo }), events };
}

function convertEvent(value: unknown): RangeEvent | undefined {
  if (!isRecord(value)) return undefined;
  const keys = EVENT_KEYS.filter((key) => value[key] !== undefined);
  const key = keys[0];
  const version = key === undefined ? undefined : value[key];
  if (keys.length !== 1 || key === undefined || typeof version !== 'string') return undefined;
  return { [key]: version } as RangeEvent;
}

function checkEvents(ctx: ConvertContext, events: readonly RangeEvent[], path: IssuePath): void {
  const at = [...path, 'events'];
  if (!events.some((event) => 'introduced' in event)) {
    report(
      ctx,
      'warning',
      'missing-field',
      at,
      'the range has no "introduced" event, so it affects no version as written',
      'add { "introduced": "0" } if every version before the fix is affected',
    );
  }
  if (events.some((e) => 'fixed' in e) && events.some((e) => 'last_affected' in e)) {
    report(
      ctx,
      'warning',
      'inconsistent',
      at,
      'the range has both "fixed" and "last_affected" events, which OSV forbids',
    );
  }
  const seen = new Set<string>();
  for (const event of events) {
    const version = Object.values(event).join('');
    if (seen.has(version)) {
      report(
        ctx,
        'warning',
        'inconsistent',
        at,
        `version "${version}" appears in more than one event of the range`,
      );
      return;
    }
    seen.add(version);
  }
}
