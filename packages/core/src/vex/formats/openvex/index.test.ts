import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openvexFormat } from './index.js';

const parse = (name: string) =>
  openvexFormat.parse(
    readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'),
    name,
  );

describe('OpenVEX reader', () => {
  it('reads v0.2.0 statements, keeps the justification and warns about an empty one', () => {
    const result = parse('v0.2.0.json');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((s) => [s.vulnerability, s.status, s.products])).toEqual([
      ['CVE-2024-1111', 'not_affected', [{ purl: 'pkg:npm/lodash' }]],
      ['CVE-2024-4444', 'affected', [{ purl: 'pkg:deb/debian/openssl@3.0.11-1?arch=amd64' }]],
    ]);
    expect(result.value[0]).toMatchObject({
      aliases: ['GHSA-aaaa-bbbb-cccc'],
      justification: 'vulnerable_code_not_in_execute_path',
      timestamp: '2026-02-01T10:00:00Z',
      source: { author: 'Acme PSIRT' },
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/statements\[2\]/),
      }),
    ]);
  });

  it('reads v0.0.1 string vulnerabilities and product ids', () => {
    const result = parse('v0.0.1.json');

    expect(result.ok && result.value[0]).toMatchObject({
      vulnerability: 'CVE-2023-12345',
      status: 'fixed',
      products: [{ purl: 'pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64' }],
    });
  });

  it('refuses a document without the OpenVEX context', () => {
    const result = openvexFormat.parse('{"statements": []}', 'x.json');

    expect(result.ok).toBe(false);
  });
});
