import type { Advisory, AdvisorySeverity } from '../../types.js';
import {
  batchOf,
  finish,
  isRecord,
  newContext,
  optArray,
  optRecord,
  optString,
  parseJson,
  report,
  sortedUnique,
  type ConvertContext,
} from '../context.js';
import { cvssSeverity, cweId, uniqueSeverities } from '../severity.js';
import type { AdvisorySourceFormat } from '../types.js';
import { convertProduct } from './affected.js';

const METRIC_KEYS = ['cvssV4_0', 'cvssV3_1', 'cvssV3_0', 'cvssV2_0'] as const;

/**
 * CVE JSON 5 records (https://github.com/CVEProject/cve-schema), as cvelistV5 publishes them.
 * The CNA container is read first, then every ADP container (CISA's vulnrichment adds CPEs and
 * CVSS there). A REJECTED record is withdrawn at its last update.
 */
export const cve5Source: AdvisorySourceFormat = {
  id: 'cve5',
  displayName: 'CVE JSON 5',
  detect(_fileName, head) {
    return /^\s*\{/.test(head) && /"dataType"\s*:\s*"CVE_RECORD"|"cveMetadata"\s*:\s*\{/.test(head);
  },
  convert(text, fileName) {
    const ctx = newContext(fileName);
    const value = parseJson(ctx, text);
    if (value === undefined) return finish(ctx, batchOf({}));
    const advisory = convertRecord(ctx, value);
    return finish(ctx, batchOf({ advisories: advisory === undefined ? [] : [advisory] }));
  },
};

function convertRecord(ctx: ConvertContext, value: unknown): Advisory | undefined {
  if (!isRecord(value)) {
    report(ctx, 'error', 'invalid-type', [], 'a CVE record must be a JSON object');
    return undefined;
  }
  const dataVersion = optString(ctx, value, 'dataVersion', []);
  if (dataVersion !== undefined && !dataVersion.startsWith('5.')) {
    report(
      ctx,
      'error',
      'unsupported-version',
      ['dataVersion'],
      `CVE record format "${dataVersion}" is not supported (this reader knows 5.x)`,
    );
    return undefined;
  }
  const meta = optRecord(ctx, value, 'cveMetadata', []);
  const id = meta === undefined ? undefined : optString(ctx, meta, 'cveId', ['cveMetadata']);
  if (meta === undefined || id === undefined || !/^CVE-\d{4}-\d{4,}$/.test(id)) {
    report(ctx, 'error', 'missing-field', ['cveMetadata', 'cveId'], 'the record has no CVE id');
    return undefined;
  }
  const containers = optRecord(ctx, value, 'containers', []) ?? {};
  const cna = optRecord(ctx, containers, 'cna', ['containers']);
  const adps = optArray(ctx, containers, 'adp', ['containers']).filter(isRecord);
  const all = [
    ...(cna === undefined ? [] : [{ container: cna, label: 'cna', path: ['containers', 'cna'] }]),
    ...adps.map((adp, index) => ({
      container: adp,
      label: `adp:${adpName(adp, index)}`,
      path: ['containers', 'adp', index],
    })),
  ];
  const state = optString(ctx, meta, 'state', ['cveMetadata']);
  const updated = optString(ctx, meta, 'dateUpdated', ['cveMetadata']);
  const published = optString(ctx, meta, 'datePublished', ['cveMetadata']);
  const summary =
    cna === undefined ? undefined : optString(ctx, cna, 'title', ['containers', 'cna']);
  const details =
    cna === undefined ? undefined : englishText(cna.descriptions ?? cna.rejectedReasons);
  return {
    id,
    aliases: [],
    ...(summary === undefined ? {} : { summary }),
    ...(details === undefined ? {} : { details }),
    ...(published === undefined ? {} : { published }),
    ...(updated === undefined ? {} : { modified: updated }),
    ...(state === 'REJECTED' ? { withdrawn: updated ?? published ?? '' } : {}),
    severity: uniqueSeverities(all.flatMap((c) => metrics(c.container))),
    affected: all.flatMap((c) =>
      optArray(ctx, c.container, 'affected', c.path).flatMap((product, index) =>
        convertProduct(ctx, product, [...c.path, 'affected', index], c.label),
      ),
    ),
    references: uniqueReferences(all.flatMap((c) => references(c.container))),
    cwes: sortedUnique(all.flatMap((c) => problemTypes(c.container))),
    source: { kind: 'cve5', file: ctx.file },
  };
}

function adpName(adp: Record<string, unknown>, index: number): string {
  const meta = adp.providerMetadata;
  const name = isRecord(meta) ? meta.shortName : undefined;
  return typeof name === 'string' ? name : String(index);
}

function englishText(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const records = list.filter(isRecord);
  const english =
    records.find((d) => typeof d.lang === 'string' && d.lang.startsWith('en')) ?? records[0];
  const text = english?.value;
  return typeof text === 'string' ? text : undefined;
}

function metrics(container: Record<string, unknown>): AdvisorySeverity[] {
  const list = Array.isArray(container.metrics) ? container.metrics.filter(isRecord) : [];
  const out: AdvisorySeverity[] = [];
  for (const key of METRIC_KEYS) {
    for (const metric of list) {
      const cvss = metric[key];
      if (isRecord(cvss) && typeof cvss.vectorString === 'string')
        out.push(cvssSeverity(cvss.vectorString));
    }
  }
  // Vendor ratings (`other`: Red Hat "Critical" …) are kept after the CVSS vectors; SSVC
  // decision points are objects, not a severity, and are left to the SSVC reader.
  for (const metric of list) {
    const other = metric.other;
    const content = isRecord(other) ? other.content : undefined;
    const rating = isRecord(content) ? content.value : undefined;
    if (typeof rating === 'string') out.push({ type: 'other', score: rating });
  }
  return out;
}

function references(container: Record<string, unknown>): Advisory['references'] {
  const list = Array.isArray(container.references) ? container.references.filter(isRecord) : [];
  return list.flatMap((reference) => {
    const url = reference.url;
    if (typeof url !== 'string') return [];
    const tags = Array.isArray(reference.tags) ? reference.tags : [];
    const type = tags.includes('patch')
      ? 'FIX'
      : tags.includes('vendor-advisory') || tags.includes('third-party-advisory')
        ? 'ADVISORY'
        : tags.includes('exploit')
          ? 'EVIDENCE'
          : 'WEB';
    return [{ type, url }];
  });
}

function problemTypes(container: Record<string, unknown>): string[] {
  const list = Array.isArray(container.problemTypes) ? container.problemTypes.filter(isRecord) : [];
  return list
    .flatMap((problem): unknown[] =>
      Array.isArray(problem.descriptions) ? problem.descriptions : [],
    )
    .flatMap((d: unknown) =>
      isRecord(d) && typeof d.cweId === 'string' ? (cweId(d.cweId) ?? []) : [],
    );
}

/** CNA and ADP containers often list the same URL; one reference each. */
function uniqueReferences(list: Advisory['references']): Advisory['references'] {
  const seen = new Set<string>();
  return list.filter((reference) => !seen.has(reference.url) && Boolean(seen.add(reference.url)));
}
