import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cyclonedxVexFormat } from './index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => cyclonedxVexFormat.parse(fixture(name), name);

describe('CycloneDX VEX reader', () => {
  it('reads statements with their state, justification, aliases and BOM-Link refs', () => {
    const result = parse('standalone-vex.json');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((s) => [s.vulnerability, s.status, s.products])).toEqual([
      ['CVE-2024-1111', 'not_affected', [{ bomRef: 'pkg:npm/lodash@4.17.20' }]],
      ['CVE-2024-2222', 'under_investigation', [{ bomRef: 'openssl' }]],
      [
        'CVE-2024-3333',
        'not_affected',
        [{ bomRef: 'zlib', versionRange: 'vers:generic/>=1.2.13' }],
      ],
      ['CVE-2024-3333', 'affected', [{ bomRef: 'zlib', version: '1.2.11' }]],
    ]);
    expect(result.value[0]).toMatchObject({
      aliases: ['GHSA-aaaa-bbbb-cccc'],
      justification: 'code_not_reachable',
      detail: 'The parser is only used for trusted configuration files.',
      source: {
        format: 'cyclonedx-vex',
        author: 'Acme PSIRT',
        document: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      },
    });
  });

  it('maps resolved to fixed and keeps the purl of a component the document lists', () => {
    const result = parse('embedded-vex.json');

    expect(result.ok && result.value[0]).toMatchObject({
      status: 'fixed',
      responses: ['update'],
      products: [{ bomRef: 'lib-a', purl: 'pkg:npm/a@1.0.0' }],
    });
  });

  it.each`
    file                    | message
    ${'not-cyclonedx.json'} | ${/not a CycloneDX document/}
    ${'truncated.json'}     | ${/JSON|Unexpected|Expected/}
  `('refuses $file with a located issue', ({ file, message }) => {
    const result = parse(file);

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toMatch(message);
    expect(result.issues[0]?.location?.file).toBe(file);
  });
});
