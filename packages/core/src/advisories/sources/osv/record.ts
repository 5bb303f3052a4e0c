import type { IssuePath } from '../../../common/issue.js';
import type { Advisory, AdvisorySeverity } from '../../types.js';
import {
  isRecord,
  optArray,
  optRecord,
  optString,
  report,
  sortedUnique,
  stringList,
  type ConvertContext,
} from '../context.js';
import { cweId } from '../severity.js';
import { convertAffected } from './affected.js';

const SEVERITY_TYPES = new Set(['CVSS_V2', 'CVSS_V3', 'CVSS_V4', 'Ubuntu']);

/**
 * One OSV record (https://ossf.github.io/osv-schema/). Unknown fields are ignored, as the schema
 * allows; a record without an id cannot be referred to and is an error. `upstream` (1.7) is kept
 * in `related`: it names the vulnerabilities a distro advisory is about, which are not aliases —
 * grouping on them would merge every CVE a distro update fixes into one finding.
 */
export function convertOsvRecord(
  ctx: ConvertContext,
  value: unknown,
  path: IssuePath,
): Advisory | undefined {
  if (!isRecord(value)) {
    report(ctx, 'error', 'invalid-type', path, 'an OSV record must be an object');
    return undefined;
  }
  const id = optString(ctx, value, 'id', path)?.trim();
  if (id === undefined || id === '') {
    report(ctx, 'error', 'missing-field', [...path, 'id'], 'the OSV record has no "id"');
    return undefined;
  }
  if (!supportedSchema(ctx, optString(ctx, value, 'schema_version', path), path)) return undefined;
  const text = (key: string): Record<string, string> => {
    const found = optString(ctx, value, key, path);
    return found === undefined ? {} : { [key]: found };
  };
  const databaseSpecific = optRecord(ctx, value, 'database_specific', path);
  const affected = optArray(ctx, value, 'affected', path).flatMap((entry, index) => {
    const converted = convertAffected(ctx, entry, [...path, 'affected', index]);
    return converted === undefined ? [] : [converted];
  });
  const related = [
    ...stringList(ctx, value, 'related', path),
    ...stringList(ctx, value, 'upstream', path),
  ];
  return {
    id,
    aliases: sortedUnique(stringList(ctx, value, 'aliases', path)).filter((alias) => alias !== id),
    ...(related.length > 0 ? { related: sortedUnique(related) } : {}),
    ...text('summary'),
    ...text('details'),
    ...text('published'),
    ...text('modified'),
    ...text('withdrawn'),
    severity: [...severities(ctx, value, path), ...databaseSeverity(databaseSpecific)],
    affected,
    references: references(ctx, value, path),
    cwes: sortedUnique(cwesOf(databaseSpecific)),
    source: { kind: 'osv', file: ctx.file },
  };
}

/** 1.x is read (minor versions only add fields); another major version is refused, not guessed at. */
function supportedSchema(
  ctx: ConvertContext,
  version: string | undefined,
  path: IssuePath,
): boolean {
  if (version === undefined || /^1\.\d+(\.\d+)?$/.test(version)) return true;
  const major = /^(\d+)\./.exec(version)?.[1];
  const known = major === undefined || major === '1';
  report(
    ctx,
    known ? 'warning' : 'error',
    'unsupported-version',
    [...path, 'schema_version'],
    known
      ? `OSV schema version "${version}" is not a version number; read as 1.x`
      : `OSV schema version "${version}" is not supported (this reader knows 1.x)`,
  );
  return known;
}

function severities(
  ctx: ConvertContext,
  record: Record<string, unknown>,
  path: IssuePath,
): AdvisorySeverity[] {
  return optArray(ctx, record, 'severity', path).flatMap((entry, index) => {
    const at = [...path, 'severity', index];
    if (!isRecord(entry)) return [];
    const type = optString(ctx, entry, 'type', at);
    const score = optString(ctx, entry, 'score', at);
    if (type === undefined || score === undefined) {
      report(ctx, 'warning', 'missing-field', at, 'a severity needs "type" and "score"; skipped');
      return [];
    }
    return [
      { type: SEVERITY_TYPES.has(type) ? (type as AdvisorySeverity['type']) : 'other', score },
    ];
  });
}

/** GHSA-style `database_specific.severity` (`MODERATE`) is kept as an `other` severity. */
function databaseSeverity(specific: Record<string, unknown> | undefined): AdvisorySeverity[] {
  const severity = specific?.severity;
  return typeof severity === 'string' && severity !== ''
    ? [{ type: 'other', score: severity }]
    : [];
}

/** CWE ids from `database_specific.cwe_ids` (GHSA, PyPA) — the only place OSV carries them. */
function cwesOf(specific: Record<string, unknown> | undefined): string[] {
  const ids = specific?.cwe_ids;
  if (!Array.isArray(ids)) return [];
  return ids.flatMap((id) => (typeof id === 'string' ? (cweId(id) ?? []) : []));
}

function references(
  ctx: ConvertContext,
  record: Record<string, unknown>,
  path: IssuePath,
): Advisory['references'] {
  return optArray(ctx, record, 'references', path).flatMap((entry, index) => {
    const at = [...path, 'references', index];
    if (!isRecord(entry)) return [];
    const url = optString(ctx, entry, 'url', at);
    if (url === undefined) return [];
    return [{ type: optString(ctx, entry, 'type', at) ?? 'WEB', url }];
  });
}
