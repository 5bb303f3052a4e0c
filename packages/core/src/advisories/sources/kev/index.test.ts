import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kevSource } from './index.js';

const read = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('kev source', () => {
  it('reads every catalog entry with its dates and ransomware flag', () => {
    const result = kevSource.convert(read('catalog.json'), 'catalog.json');

    expect(result).toMatchObject({ ok: true, issues: [] });
    expect(result.ok && result.value.kev).toEqual([
      {
        cveId: 'CVE-2024-1001',
        dateAdded: '2024-07-15',
        vendorProject: 'Example',
        product: 'Gateway',
        vulnerabilityName: 'Example Gateway Command Injection',
        dueDate: '2024-08-05',
        knownRansomwareCampaignUse: 'Known',
        requiredAction: 'Apply mitigations per vendor instructions.',
      },
      {
        cveId: 'CVE-2023-0002',
        dateAdded: '2023-01-10',
        vendorProject: 'Example',
        product: 'Viewer',
        vulnerabilityName: 'Example Viewer Overflow',
      },
    ]);
  });

  it('refuses a catalog with an entry it cannot trust, naming the entry', () => {
    const result = kevSource.convert(read('bad-entry.json'), 'bad-entry.json');

    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.path, i.message])).toEqual([
      [['vulnerabilities', 1, 'cveID'], '"not-a-cve" is not a CVE id'],
      [['vulnerabilities', 2, 'dateAdded'], 'dateAdded "15/07/2024" is not YYYY-MM-DD'],
    ]);
  });

  it('detects the catalog, not its JSON schema', () => {
    expect(kevSource.detect('k.json', read('catalog.json'))).toBe(true);
    expect(
      kevSource.detect('s.json', '{ "properties": { "catalogVersion": { "type": "string" } } }'),
    ).toBe(false);
  });
});
