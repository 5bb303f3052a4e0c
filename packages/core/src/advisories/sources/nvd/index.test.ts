import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nvdSource } from './index.js';

const read = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const convert = (name: string) => nvdSource.convert(read(name), name);
const batch = (name: string) => {
  const result = convert(name);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('nvd source', () => {
  const value = batch('response-with-configurations.json');
  const advisory = value.advisories[0];

  it('takes id, English description, UTC times, CWEs and severities (NVD primary first)', () => {
    expect(advisory).toMatchObject({
      id: 'CVE-2024-1001',
      aliases: [],
      details: 'Command injection in the gateway web console.',
      published: '2024-07-01T10:15:00.123Z',
      modified: '2024-07-20T08:00:00.000Z',
      cwes: ['CWE-78'],
      severity: [
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
        { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:C/I:C/A:C' },
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' },
      ],
      references: [
        { type: 'FIX', url: 'https://example.org/patch' },
        { type: 'WEB', url: 'https://example.org/blog' },
      ],
    });
  });

  it.each([
    [
      'start and end bounds',
      0,
      {
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0' }, { fixed: '2.4.1' }] }],
        versions: [],
      },
    ],
    [
      'an exclusive start, approximated and written down',
      1,
      {
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { last_affected: '1.9' }] }],
        versions: [],
      },
    ],
    ['a version in the CPE itself', 2, { ranges: [], versions: ['3.1'] }],
    [
      'no version at all: every version',
      3,
      { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }], versions: [] },
    ],
  ])('cpeMatch with %s', (_name, index, expected) => {
    expect(advisory?.affected[index]).toMatchObject(expected);
  });

  it('writes the exclusive-start approximation into extra', () => {
    expect(advisory?.affected[1]?.extra?.approximations).toEqual([
      'versionStartExcluding 1.0 is read as introduced 1.0: that version itself is reported as affected',
    ]);
  });

  it('keeps the platform of an AND configuration, and only vulnerable CPEs become entries', () => {
    expect(advisory?.affected).toHaveLength(5);
    expect(advisory?.affected[4]).toMatchObject({
      cpe: 'cpe:2.3:a:example:viewer:*:*:*:*:*:*:*:*',
      extra: { configuration: 1, platformCpes: ['cpe:2.3:o:microsoft:windows:-:*:*:*:*:*:*:*'] },
    });
  });

  it('reports a criteria that is not a CPE, and turns the CISA KEV fields into a KEV entry', () => {
    expect(convert('response-with-configurations.json').issues.map((i) => i.message)).toEqual([
      '"not a cpe" is not a CPE 2.3 formatted string; skipped',
    ]);
    expect(value.kev).toEqual([
      {
        cveId: 'CVE-2024-1001',
        dateAdded: '2024-07-15',
        dueDate: '2024-08-05',
        requiredAction: 'Apply mitigations per vendor instructions.',
        vulnerabilityName: 'Example Gateway Command Injection',
      },
    ]);
  });

  it('reads a single cve object; a rejected CVE is withdrawn', () => {
    expect(batch('single-rejected.json').advisories[0]).toMatchObject({
      id: 'CVE-2024-1002',
      withdrawn: '2024-07-03T00:00:00.000Z',
      affected: [],
    });
  });

  it.each([
    ['nvd-1.1-feed.json', 'unsupported-version'],
    ['no-cve-id.json', 'missing-field'],
    ['truncated.json', 'json-syntax'],
  ])('%s is an error, not a crash', (name, code) => {
    const result = convert(name);

    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code, severity: 'error' });
  });

  it.each([
    ['response-with-configurations.json', true],
    ['single-rejected.json', true],
    ['nvd-1.1-feed.json', true],
  ])('detects %s', (name, expected) => {
    expect(nvdSource.detect(name, read(name))).toBe(expected);
  });
});
