import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { osvSource } from './index.js';

const read = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const convert = (name: string) => osvSource.convert(read(name), name);
const advisories = (name: string) => {
  const result = convert(name);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.advisories;
};

describe('osv source', () => {
  it('keeps ids, aliases, ranges of every type, severities and database_specific CWEs', () => {
    const [advisory] = advisories('one-record.json');

    expect(advisory).toMatchObject({
      id: 'GHSA-test-0001-abcd',
      aliases: ['CVE-2024-0001', 'PYSEC-2024-1'],
      related: ['CVE-2023-9999'],
      published: '2024-04-01T09:00:00Z',
      severity: [
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
        { type: 'other', score: 'HIGH' },
      ],
      cwes: ['CWE-122', 'CWE-787'],
      source: { kind: 'osv', file: 'one-record.json' },
    });
    expect(advisory?.affected[0]).toEqual({
      package: { ecosystem: 'PyPI', name: 'infusion-lib', purl: 'pkg:pypi/infusion-lib' },
      ranges: [
        { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.4.1' }] },
        {
          type: 'GIT',
          repo: 'https://example.org/infusion-lib.git',
          events: [{ introduced: '0' }, { fixed: 'a1b2c3d' }],
        },
      ],
      versions: ['2.4.0'],
      extra: { ecosystem_specific: { affected_functions: ['parse_frame'] } },
    });
    expect(advisory?.affected[1]?.ranges[0]?.events).toEqual([
      { introduced: '0' },
      { last_affected: '2.4.0-1' },
    ]);
    expect(advisory?.references).toEqual([
      { type: 'ADVISORY', url: 'https://example.org/advisories/0001' },
      { type: 'WEB', url: 'https://example.org/untyped' },
    ]);
  });

  it('keeps withdrawn', () => {
    expect(advisories('withdrawn.json')[0]?.withdrawn).toBe('2024-05-20T00:00:00Z');
  });

  it('reads YAML without turning versions into numbers or times into dates', () => {
    const [advisory] = advisories('pypa-record.yaml');

    expect(advisory?.modified).toBe('2024-07-01T12:00:00.123456Z');
    expect(advisory?.affected[0]?.ranges[0]?.events).toEqual([
      { introduced: '0' },
      { fixed: '1.10' },
    ]);
    expect(advisory?.affected[0]?.versions).toEqual(['1.0', '1.9', '1.10b1']);
  });

  it('reads a JSON array of records', () => {
    expect(advisories('list-of-records.json').map((a) => a.id)).toEqual([
      'GO-2024-0001',
      'GO-2024-0002',
    ]);
  });

  it('warns about ranges that match nothing as written, and skips what is not OSV', () => {
    const result = convert('no-introduced.json');
    const messages = result.issues.map((i) => `${i.severity} ${i.message}`);

    expect(result.ok).toBe(true);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no "introduced" event'),
        expect.stringContaining('range type "RPM"'),
        expect.stringContaining('both "fixed" and "last_affected"'),
        expect.stringContaining('names no package and no git repository'),
        expect.stringContaining('an event must have exactly one of'),
      ]),
    );
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it.each([
    ['no-id.json', 'missing-field', 'no "id"'],
    ['schema-2.json', 'unsupported-version', '"2.0.0" is not supported'],
    ['truncated.json', 'json-syntax', 'invalid JSON'],
    ['alias-bomb.yaml', 'alias-limit', 'aliases expand'],
  ])('%s is an error, not a crash', (name, code, message) => {
    const result = convert(name);

    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code, severity: 'error', location: { file: name } });
    expect(result.issues[0]?.message).toContain(message);
  });

  it.each([
    ['one-record.json', true],
    ['pypa-record.yaml', true],
    ['no-id.json', false],
  ])('detects %s: %s', (name, expected) => {
    expect(osvSource.detect(name, read(name))).toBe(expected);
  });
});
