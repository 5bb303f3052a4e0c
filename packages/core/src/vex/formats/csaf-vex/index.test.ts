import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csafVexFormat } from './index.js';

const fixture = readFileSync(new URL('./__fixtures__/pump-vex.json', import.meta.url), 'utf8');

describe('CSAF VEX reader', () => {
  it('gives one statement per vulnerability, status and product, with justification and impact', () => {
    const result = csafVexFormat.parse(fixture, 'pump-vex.json');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((s) => [s.vulnerability, s.status, s.products[0]])).toEqual([
      [
        'CVE-2022-37434',
        'not_affected',
        { purl: 'pkg:generic/zlib@1.2.11', name: 'zlib', version: '1.2.11' },
      ],
      ['CVE-2022-37434', 'fixed', { name: 'zlib', versionRange: 'vers:generic/>=1.3.0' }],
      [
        'CVE-2018-25032',
        'under_investigation',
        { purl: 'pkg:generic/zlib@1.2.11', name: 'zlib', version: '1.2.11' },
      ],
    ]);
    expect(result.value[0]).toMatchObject({
      aliases: ['GHSA-cfmr-vrgj-vqwv'],
      justification: 'vulnerable_code_not_in_execute_path',
      impactStatement: 'inflateGetHeader is never called',
      timestamp: '2026-03-02T00:00:00Z',
      source: { format: 'csaf-vex', document: 'EXM-VEX-2026-001', author: 'Example Medical' },
    });
    expect(result.value[1]?.impactStatement).toBe('inflateGetHeader is never called');
  });

  it.each([
    ['truncated JSON', fixture.slice(0, 200)],
    ['not a CSAF document', '{"statements": []}'],
  ])('refuses %s with an error issue', (_case, text) => {
    const result = csafVexFormat.parse(text, 'bad.json');

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.severity).toBe('error');
  });
});
