import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csafSource } from './index.js';

const read = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const convert = (name: string) => csafSource.convert(read(name), name);
const advisories = (name: string) => {
  const result = convert(name);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.advisories;
};

describe('csaf source: a medical device advisory', () => {
  const [first, second] = advisories('medical-device.json');
  const entries = first?.affected ?? [];

  it('gives one advisory per vulnerability, named tracking id / CVE, with the CVE as alias', () => {
    expect(first).toMatchObject({
      id: 'EXMA-24-001-01/CVE-2024-3001',
      aliases: ['CVE-2024-3001'],
      related: ['EXMA-24-001-01'],
      summary: 'Example Medical Infusion Pump',
      details: 'The pump accepts unauthenticated dose commands.',
      published: '2024-01-01T00:00:00.000Z',
      modified: '2024-02-01T00:00:00.000Z',
      cwes: ['CWE-306'],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H' }],
      references: [{ type: 'ADVISORY', url: 'https://example.org/advisories/EXMA-24-001-01' }],
      source: { kind: 'csaf', file: 'medical-device.json' },
    });
    expect(second).toMatchObject({
      id: 'EXMA-24-001-01/CVE-2024-3002',
      severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:N/A:N' }],
    });
  });

  it.each([
    [
      'vls "<= 2.6A"',
      0,
      {
        productNames: ['Infusion Pump Controller'],
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { last_affected: '2.6A' }] }],
      },
    ],
    [
      'vls ">=3.0|<3.4.2", with its remediation',
      1,
      {
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '3.0' }, { fixed: '3.4.2' }] }],
        extra: {
          status: 'known_affected',
          vendor: 'Example Medical',
          remediations: [
            {
              category: 'vendor_fix',
              details: 'Update to 3.4.2.',
              url: 'https://example.org/update',
            },
          ],
        },
      },
    ],
    [
      'prose where a range belongs: kept as text, not version-matched',
      2,
      {
        productNames: ['Bedside Monitor'],
        ranges: [],
        versions: [],
        extra: {
          versionRange: 'v6.x (with battery modules v9 | v11)',
          unreadableRange: '"v6.x (with battery modules v9 | v11)" is neither vers nor vls',
          identification: { model_numbers: ['BM-600'] },
        },
      },
    ],
    [
      'a product with no version: every version, written down',
      3,
      {
        productNames: ['Gateway'],
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
        extra: {
          approximations: [
            'no version is given for this product; every version is treated as affected',
          ],
        },
      },
    ],
    [
      'fixed: every version before it',
      4,
      {
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.4.2' }] }],
        extra: { status: 'fixed' },
      },
    ],
  ])('%s', (_name, index, expected) => {
    expect(entries[index]).toMatchObject(expected);
  });

  it('keeps known_not_affected visible without ranges, and reports unknown product ids', () => {
    expect(second?.affected).toEqual([
      expect.objectContaining({
        productNames: ['Gateway'],
        ranges: [],
        versions: [],
        extra: expect.objectContaining({ status: 'known_not_affected' }),
      }),
    ]);
    expect(convert('medical-device.json').issues.map((i) => i.message)).toEqual([
      'product "CSAFPID-0009" is not defined in the product tree; skipped',
    ]);
  });
});

describe('csaf source: Red Hat relationships', () => {
  const result = convert('redhat-relationships.json');
  const [advisory] = result.ok ? result.value.advisories : [];

  it('reads a package in a product stream: purl name, epoch from the qualifier, stream from the platform CPE', () => {
    expect(advisory?.id).toBe('RHSA-2024:9999');
    expect(advisory?.aliases).toEqual(['2300001', 'CVE-2024-4001']);
    expect(advisory?.affected).toHaveLength(1);
    expect(advisory?.affected[0]).toMatchObject({
      package: {
        ecosystem: 'Red Hat:enterprise_linux:9::appstream',
        name: 'pumpd',
        purl: 'pkg:rpm/redhat/pumpd',
      },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1:2.1.0-3.el9_4' }] }],
      extra: {
        relationship: 'default_component_of',
        platform: {
          id: 'AppStream-9.4.0.Z.MAIN',
          cpe: 'cpe:/a:redhat:enterprise_linux:9::appstream',
        },
      },
    });
  });

  it('merges the per-architecture products into one entry and keeps every product id', () => {
    expect((advisory?.affected[0]?.extra?.products as { id: string }[]).map((p) => p.id)).toEqual([
      'AppStream-9.4.0.Z.MAIN:pumpd-1:2.1.0-3.el9_4.x86_64',
      'AppStream-9.4.0.Z.MAIN:pumpd-1:2.1.0-3.el9_4.aarch64',
    ]);
    expect(result.issues.map((i) => i.message)).toEqual([
      'relationship refers to an undefined product ("missing")',
    ]);
  });
});

describe('csaf source: vers ranges and CPEs', () => {
  const [advisory] = advisories('vers-ranges.json');

  it.each([
    [
      'vers with a purl',
      0,
      {
        package: { ecosystem: 'npm', name: '@example/hl7-lib', purl: 'pkg:npm/%40example/hl7-lib' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.2.0' }, { fixed: '2.3.0' }] }],
      },
    ],
    ['vers:all/*', 1, { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }],
    [
      'an exclusive start and an exclusion, written down',
      2,
      {
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }] }],
        extra: {
          approximations: [
            '">1.0.0" is exclusive; 1.0.0 itself is treated as affected',
            '"!=1.5.0" cannot be expressed; 1.5.0 is treated as affected',
          ],
        },
      },
    ],
    [
      'a CPE with its version',
      3,
      { cpe: 'cpe:2.3:a:example:viewer:5.1:*:*:*:*:*:*:*', versions: ['5.1'] },
    ],
    [
      'under_investigation stays visible and matches nothing',
      4,
      {
        cpe: 'cpe:2.3:a:example:viewer:5.1:*:*:*:*:*:*:*',
        ranges: [],
        versions: [],
        extra: { status: 'under_investigation' },
      },
    ],
  ])('%s', (_name, index, expected) => {
    expect(advisory?.affected[index]).toMatchObject(expected);
  });
});

describe('csaf source: bad input', () => {
  it.each([
    ['csaf-3.json', 'unsupported-version'],
    ['no-tracking-id.json', 'missing-field'],
  ])('%s is an error', (name, code) => {
    expect(convert(name)).toMatchObject({ ok: false, issues: [{ code, severity: 'error' }] });
  });

  it('detects CSAF by csaf_version', () => {
    expect(csafSource.detect('x.json', read('medical-device.json'))).toBe(true);
    expect(csafSource.detect('x.json', '{"id":"GHSA-1","modified":"x"}')).toBe(false);
  });
});
