import type { KevEntry } from '../../types.js';
import {
  batchOf,
  finish,
  isRecord,
  newContext,
  optArray,
  optString,
  parseJson,
  report,
} from '../context.js';
import type { AdvisorySourceFormat } from '../types.js';

const CVE_ID = /^CVE-\d{4}-\d{4,}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The CISA Known Exploited Vulnerabilities catalog in JSON
 * (https://www.cisa.gov/known-exploited-vulnerabilities-catalog, schema in cisagov/kev-data).
 * An entry without a CVE id or `dateAdded` is an error: a KEV flag that cannot be trusted would
 * raise or hide a finding's priority.
 */
export const kevSource: AdvisorySourceFormat = {
  id: 'kev',
  displayName: 'CISA KEV catalog',
  detect(_fileName, head) {
    return /^\s*\{/.test(head) && /"catalogVersion"\s*:\s*"/.test(head);
  },
  convert(text, fileName) {
    const ctx = newContext(fileName);
    const value = parseJson(ctx, text);
    if (value === undefined) return finish(ctx, batchOf({}));
    if (!isRecord(value) || !Array.isArray(value.vulnerabilities)) {
      report(
        ctx,
        'error',
        'missing-field',
        ['vulnerabilities'],
        'a KEV catalog has a "vulnerabilities" array',
      );
      return finish(ctx, batchOf({}));
    }
    const kev: KevEntry[] = [];
    optArray(ctx, value, 'vulnerabilities', []).forEach((entry, index) => {
      const path = ['vulnerabilities', index];
      if (!isRecord(entry)) {
        report(ctx, 'error', 'invalid-type', path, 'a KEV entry must be an object');
        return;
      }
      const cveId = optString(ctx, entry, 'cveID', path)?.trim();
      const dateAdded = optString(ctx, entry, 'dateAdded', path)?.trim();
      if (cveId === undefined || !CVE_ID.test(cveId)) {
        report(
          ctx,
          'error',
          'invalid-value',
          [...path, 'cveID'],
          `"${cveId ?? ''}" is not a CVE id`,
        );
        return;
      }
      if (dateAdded === undefined || !DATE.test(dateAdded)) {
        report(
          ctx,
          'error',
          'invalid-value',
          [...path, 'dateAdded'],
          `dateAdded "${dateAdded ?? ''}" is not YYYY-MM-DD`,
        );
        return;
      }
      const optional = (key: string, as: keyof KevEntry): Partial<KevEntry> => {
        const found = optString(ctx, entry, key, path);
        return found === undefined ? {} : { [as]: found };
      };
      kev.push({
        cveId,
        dateAdded,
        ...optional('vendorProject', 'vendorProject'),
        ...optional('product', 'product'),
        ...optional('vulnerabilityName', 'vulnerabilityName'),
        ...optional('dueDate', 'dueDate'),
        ...optional('knownRansomwareCampaignUse', 'knownRansomwareCampaignUse'),
        ...optional('requiredAction', 'requiredAction'),
      });
    });
    return finish(ctx, batchOf({ kev }));
  },
};
