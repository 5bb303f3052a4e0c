import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cve5Source } from './index.js';

const read = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const convert = (name: string) => cve5Source.convert(read(name), name);
const advisory = (name: string) => {
  const result = convert(name);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.advisories[0];
};

describe('cve5 source', () => {
  const record = advisory('ranges.json');
  const entries = record?.affected ?? [];

  it('takes id, title, description, metrics of CNA and ADP, CWEs and references', () => {
    expect(record).toMatchObject({
      id: 'CVE-2024-2001',
      summary: 'Telemetry parser overflow',
      details: 'An overflow in the telemetry parser.',
      published: '2024-02-01T00:00:00.000Z',
      modified: '2024-03-01T00:00:00.000Z',
      severity: [
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
        { type: 'other', score: 'Important' },
      ],
      cwes: ['CWE-120'],
      references: [{ type: 'FIX', url: 'https://example.org/fix' }],
    });
  });

  it.each([
    [
      'a registry package (collectionURL + packageName) with lessThan and lessThanOrEqual',
      0,
      {
        package: { ecosystem: 'PyPI', name: 'telemetry-parser' },
        ranges: [
          { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.4.2' }] },
          { type: 'ECOSYSTEM', events: [{ introduced: '2.0' }, { last_affected: '2.1.3' }] },
        ],
      },
    ],
    [
      'changes flip the status; a non-version upper bound is open-ended',
      1,
      {
        productNames: ['Gateway'],
        ranges: [
          {
            type: 'ECOSYSTEM',
            events: [
              { introduced: '2.0-beta9' },
              { fixed: '2.3.1' },
              { introduced: '2.4' },
              { fixed: '2.15.0' },
            ],
          },
        ],
      },
    ],
    [
      'comparators written in version, and a single version',
      2,
      {
        productNames: ['chat-ui'],
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.7.0' }, { fixed: '1.18.4' }] }],
        versions: ['3.0.1'],
      },
    ],
    [
      'a package with platform CPEs (Red Hat): the CPE is the platform, not the product',
      3,
      {
        productNames: ['telemetry'],
        ranges: [],
        versions: [],
        extra: {
          platformCpes: ['cpe:2.3:o:redhat:enterprise_linux:9:*:*:*:*:*:*:*'],
          defaultStatus: 'unaffected',
        },
      },
    ],
    [
      'git versions become a GIT range on the repo',
      4,
      {
        ranges: [
          {
            type: 'GIT',
            repo: 'https://git.example.org/kernel.git',
            events: [{ introduced: '1111111' }, { fixed: '2222222' }],
          },
        ],
      },
    ],
    [
      'a range split over two items is joined',
      5,
      {
        productNames: ['smoothie'],
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.31.0' }, { fixed: '1.36.1' }] }],
      },
    ],
    [
      'ADP CPEs identify the product',
      6,
      {
        cpe: 'cpe:2.3:a:example:gateway:*:*:*:*:*:*:*:*',
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0' }, { fixed: '2.15.0' }] }],
        extra: { container: 'adp:CISA-ADP' },
      },
    ],
  ])('%s', (_name, index, expected) => {
    expect(entries[index]).toMatchObject(expected);
  });

  it('drops a product that names nothing (n/a) and keeps the rest', () => {
    expect(entries).toHaveLength(7);
    expect(entries[1]?.extra?.approximations).toEqual([
      'upper bound "gateway*" is not a version; the range from 2.0-beta9 is read as open-ended',
    ]);
  });

  it('defaultStatus affected: unaffected ranges move the start and set the fix; a branch fix is written down', () => {
    const [entry] = advisory('default-affected.json')?.affected ?? [];

    expect(entry?.ranges).toEqual([
      { type: 'ECOSYSTEM', events: [{ introduced: '6.12' }, { fixed: '6.13' }] },
    ]);
    expect(entry?.extra?.approximations).toEqual([
      'unaffected 6.6.72 to 6.6.* cannot be cut out of an OSV range; reported as affected',
    ]);
  });

  it('a rejected record is withdrawn', () => {
    expect(advisory('rejected.json')).toMatchObject({
      id: 'CVE-2024-2003',
      withdrawn: '2024-05-05T00:00:00.000Z',
      details: 'Duplicate.',
    });
  });

  it('an unknown format version is an error', () => {
    expect(convert('format-4.json')).toMatchObject({
      ok: false,
      issues: [{ code: 'unsupported-version', severity: 'error' }],
    });
  });

  it('detects records whose keys are sorted (cveMetadata last) when given the tail', () => {
    const text = read('sorted-keys.json');
    expect(cve5Source.detect('sorted-keys.json', text)).toBe(true);
    expect(advisory('sorted-keys.json')?.affected[0]).toMatchObject({
      productNames: ['curl'],
      versions: ['7.61.1'],
    });
  });
});
