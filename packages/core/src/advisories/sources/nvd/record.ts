import type { IssuePath } from '../../../common/issue.js';
import type { Advisory, AdvisorySeverity, KevEntry } from '../../types.js';
import {
  isRecord,
  optArray,
  optRecord,
  optString,
  report,
  sortedUnique,
  type ConvertContext,
} from '../context.js';
import { cvssSeverity, cweId, uniqueSeverities } from '../severity.js';
import { convertConfigurations } from './configurations.js';

/** Newest CVSS version first: the first severity is the one a reader sees first. */
const METRIC_KEYS = ['cvssMetricV40', 'cvssMetricV31', 'cvssMetricV30', 'cvssMetricV2'] as const;

/** NVD reference tags → OSV reference types; untagged or other tags are WEB. */
const REFERENCE_TYPES: Readonly<Record<string, string>> = {
  Patch: 'FIX',
  'Vendor Advisory': 'ADVISORY',
  'Third Party Advisory': 'ADVISORY',
  'US Government Resource': 'ADVISORY',
  Exploit: 'EVIDENCE',
  'Issue Tracking': 'REPORT',
  'Mailing List': 'DISCUSSION',
  'Release Notes': 'WEB',
};

/**
 * One NVD CVE API 2.0 `cve` object. NVD times carry no zone but are UTC, so `Z` is added to make
 * them RFC 3339. A `Rejected` CVE is withdrawn (at its last modification). CISA KEV fields that NVD
 * copies into the record become a KEV entry.
 */
export function convertNvdCve(
  ctx: ConvertContext,
  cve: unknown,
  path: IssuePath,
): { advisory: Advisory; kev?: KevEntry } | undefined {
  if (!isRecord(cve)) {
    report(ctx, 'error', 'invalid-type', path, 'a "cve" must be an object');
    return undefined;
  }
  const id = optString(ctx, cve, 'id', path);
  if (id === undefined || !/^CVE-\d{4}-\d{4,}$/.test(id)) {
    report(
      ctx,
      'error',
      'missing-field',
      [...path, 'id'],
      `the record has no CVE id (found "${id ?? ''}")`,
    );
    return undefined;
  }
  const published = utc(optString(ctx, cve, 'published', path));
  const modified = utc(optString(ctx, cve, 'lastModified', path));
  const rejected = optString(ctx, cve, 'vulnStatus', path) === 'Rejected';
  const details = englishDescription(ctx, cve, path);
  const advisory: Advisory = {
    id,
    aliases: [],
    ...(details === undefined ? {} : { details }),
    ...(published === undefined ? {} : { published }),
    ...(modified === undefined ? {} : { modified }),
    ...(rejected ? { withdrawn: modified ?? published ?? '' } : {}),
    severity: severities(ctx, cve, path),
    affected: convertConfigurations(ctx, cve, path),
    references: references(ctx, cve, path),
    cwes: sortedUnique(weaknesses(ctx, cve, path)),
    source: { kind: 'nvd', file: ctx.file },
  };
  const kevAdded = optString(ctx, cve, 'cisaExploitAdd', path);
  if (kevAdded === undefined) return { advisory };
  const dueDate = optString(ctx, cve, 'cisaActionDue', path);
  const requiredAction = optString(ctx, cve, 'cisaRequiredAction', path);
  const vulnerabilityName = optString(ctx, cve, 'cisaVulnerabilityName', path);
  return {
    advisory,
    kev: {
      cveId: id,
      dateAdded: kevAdded,
      ...(dueDate === undefined ? {} : { dueDate }),
      ...(requiredAction === undefined ? {} : { requiredAction }),
      ...(vulnerabilityName === undefined ? {} : { vulnerabilityName }),
    },
  };
}

function utc(time: string | undefined): string | undefined {
  if (time === undefined) return undefined;
  return /(Z|[+-]\d\d:?\d\d)$/.test(time) ? time : `${time}Z`;
}

function englishDescription(
  ctx: ConvertContext,
  cve: Record<string, unknown>,
  path: IssuePath,
): string | undefined {
  const descriptions = optArray(ctx, cve, 'descriptions', path).filter(isRecord);
  const english = descriptions.find((d) => d.lang === 'en') ?? descriptions[0];
  const value = english?.value;
  return typeof value === 'string' ? value : undefined;
}

function severities(
  ctx: ConvertContext,
  cve: Record<string, unknown>,
  path: IssuePath,
): AdvisorySeverity[] {
  const metrics = optRecord(ctx, cve, 'metrics', path);
  if (metrics === undefined) return [];
  const found: { primary: boolean; severity: AdvisorySeverity }[] = [];
  for (const key of METRIC_KEYS) {
    for (const metric of optArray(ctx, metrics, key, [...path, 'metrics']).filter(isRecord)) {
      const data = metric.cvssData;
      const vector = isRecord(data) ? data.vectorString : undefined;
      if (typeof vector === 'string')
        found.push({ primary: metric.type === 'Primary', severity: cvssSeverity(vector) });
    }
  }
  // NVD's own (Primary) scores before the CNA's (Secondary) ones, each in version order.
  const ordered = [...found.filter((f) => f.primary), ...found.filter((f) => !f.primary)];
  return uniqueSeverities(ordered.map((f) => f.severity));
}

function weaknesses(ctx: ConvertContext, cve: Record<string, unknown>, path: IssuePath): string[] {
  return optArray(ctx, cve, 'weaknesses', path)
    .filter(isRecord)
    .flatMap((weakness): unknown[] =>
      Array.isArray(weakness.description) ? weakness.description : [],
    )
    .flatMap((d: unknown) =>
      isRecord(d) && typeof d.value === 'string' ? (cweId(d.value) ?? []) : [],
    );
}

function references(
  ctx: ConvertContext,
  cve: Record<string, unknown>,
  path: IssuePath,
): Advisory['references'] {
  return optArray(ctx, cve, 'references', path)
    .filter(isRecord)
    .flatMap((reference) => {
      const url = reference.url;
      if (typeof url !== 'string') return [];
      const tags = Array.isArray(reference.tags) ? reference.tags : [];
      const tag = tags.find(
        (t): t is string => typeof t === 'string' && REFERENCE_TYPES[t] !== undefined,
      );
      return [{ type: tag === undefined ? 'WEB' : (REFERENCE_TYPES[tag] ?? 'WEB'), url }];
    });
}
