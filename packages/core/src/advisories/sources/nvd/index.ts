import type { Advisory, KevEntry } from '../../types.js';
import { batchOf, finish, isRecord, newContext, parseJson, report } from '../context.js';
import type { AdvisorySourceFormat } from '../types.js';
import { convertNvdCve } from './record.js';

/**
 * NVD CVE API 2.0 JSON (https://nvd.nist.gov/developers/vulnerabilities): an API response or a
 * 2.0 data feed (`{ "format": "NVD_CVE", "vulnerabilities": [{ "cve": … }] }`), or one `cve`
 * object on its own. The retired 1.1 feeds (`CVE_Items`) are refused with a hint.
 */
export const nvdSource: AdvisorySourceFormat = {
  id: 'nvd',
  displayName: 'NVD CVE API 2.0',
  detect(_fileName, head) {
    if (!/^\s*\{/.test(head) || /"csaf_version"\s*:/.test(head)) return false;
    if (/"format"\s*:\s*"NVD_CVE"/.test(head) || /"CVE_Items"\s*:/.test(head)) return true;
    if (/"vulnerabilities"\s*:\s*\[\s*\{\s*"cve"\s*:\s*\{/.test(head)) return true;
    return /"sourceIdentifier"\s*:/.test(head) && /"vulnStatus"\s*:/.test(head);
  },
  convert(text, fileName) {
    const ctx = newContext(fileName);
    const value = parseJson(ctx, text);
    if (value === undefined) return finish(ctx, batchOf({}));
    if (!isRecord(value)) {
      report(ctx, 'error', 'invalid-type', [], 'an NVD document must be a JSON object');
      return finish(ctx, batchOf({}));
    }
    if (value.CVE_Items !== undefined) {
      report(
        ctx,
        'error',
        'unsupported-version',
        [],
        'NVD 1.1 JSON feeds are retired and not read',
        'use the CVE API 2.0 or its 2.0 data feeds',
      );
      return finish(ctx, batchOf({}));
    }
    const version = value.version;
    if (typeof version === 'string' && !version.startsWith('2.')) {
      report(
        ctx,
        'error',
        'unsupported-version',
        ['version'],
        `NVD format version "${version}" is not supported (this reader knows 2.0)`,
      );
      return finish(ctx, batchOf({}));
    }
    const records = Array.isArray(value.vulnerabilities)
      ? (value.vulnerabilities as unknown[]).map((item, index) => ({
          cve: isRecord(item) ? item.cve : item,
          path: ['vulnerabilities', index, 'cve'],
        }))
      : [{ cve: value, path: [] }];
    const advisories: Advisory[] = [];
    const kev: KevEntry[] = [];
    for (const record of records) {
      const converted = convertNvdCve(ctx, record.cve, record.path);
      if (converted === undefined) continue;
      advisories.push(converted.advisory);
      if (converted.kev !== undefined) kev.push(converted.kev);
    }
    return finish(ctx, batchOf({ advisories, kev }));
  },
};
