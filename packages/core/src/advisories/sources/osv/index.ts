import type { Advisory } from '../../types.js';
import { batchOf, finish, isRecord, newContext, parseJson, report } from '../context.js';
import type { AdvisorySourceFormat } from '../types.js';
import { convertOsvRecord } from './record.js';
import { parseOsvYaml } from './yaml.js';

const YAML_NAME = /\.ya?ml$/i;

/**
 * OSV records in JSON or YAML: one record per file (osv.dev exports, the per-ecosystem zips,
 * PyPA's YAML), a JSON array of records, or an API response `{ "vulns": [...] }`.
 */
export const osvSource: AdvisorySourceFormat = {
  id: 'osv',
  displayName: 'OSV (JSON or YAML)',
  detect(fileName, head) {
    if (YAML_NAME.test(fileName)) return /^id:\s*\S/m.test(head);
    if (!/^\s*[[{]/.test(head)) return false;
    // Other JSON sources have their own markers; an OSV record has an id and OSV-only keys.
    if (/"(csaf_version|cveMetadata|catalogVersion|vulnStatus)"\s*:/.test(head)) return false;
    return (
      /"id"\s*:\s*"/.test(head) &&
      /"(affected|modified|schema_version|aliases|withdrawn)"\s*:/.test(head)
    );
  },
  convert(text, fileName) {
    const ctx = newContext(fileName);
    const value = YAML_NAME.test(fileName) ? parseOsvYaml(ctx, text) : parseJson(ctx, text);
    if (value === undefined) return finish(ctx, batchOf({}));
    const records: { value: unknown; path: (string | number)[] }[] = Array.isArray(value)
      ? (value as unknown[]).map((item, index) => ({ value: item, path: [index] }))
      : isRecord(value) && Array.isArray(value.vulns)
        ? (value.vulns as unknown[]).map((item, index) => ({
            value: item,
            path: ['vulns', index],
          }))
        : [{ value, path: [] }];
    const advisories: Advisory[] = [];
    for (const record of records) {
      const advisory = convertOsvRecord(ctx, record.value, record.path);
      if (advisory !== undefined) advisories.push(advisory);
    }
    if (records.length === 0)
      report(ctx, 'warning', 'invalid-value', [], 'the file holds no OSV record');
    return finish(ctx, batchOf({ advisories }));
  },
};
