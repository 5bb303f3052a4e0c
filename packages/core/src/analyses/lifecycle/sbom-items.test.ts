import { describe, expect, it } from 'vitest';
import { component, inventory } from '../vulnerabilities/__fixtures__/scan-data.js';
import { eolProduct, OPENSSL, UBUNTU } from './__fixtures__/lifecycle-data.js';
import { lifecycleContext } from './context.js';
import { sbomItems } from './sbom-items.js';

const JQUERY = eolProduct(
  'jquery',
  [
    { cycle: '3', eol: false },
    { cycle: '1', eol: '2016-06-09' },
  ],
  {
    identifiers: { purls: ['pkg:npm/jquery'], cpes: [] },
  },
);
const DEBIAN_OPENSSL = eolProduct('debian', [{ cycle: '11', eol: '2026-08-31' }], {
  identifiers: { purls: ['pkg:deb/debian/base-files'], cpes: [] },
  category: 'os',
});

const ctx = lifecycleContext('2026-11-26', { products: [OPENSSL, UBUNTU, JQUERY, DEBIAN_OPENSSL] });

function run(...components: Parameters<typeof inventory>[1]) {
  return sbomItems('fw', [inventory('fw.cdx.json', components)], ctx);
}

describe('end of support of SBOM components', () => {
  it('takes the FDA end-of-support date first and keeps EOL data beside it', () => {
    const { items } = run(
      component('ossl', {
        name: 'openssl',
        version: '1.1.1w',
        cpes: ['cpe:2.3:a:openssl:openssl:1.1.1w:*:*:*:*:*:*:*'],
        support: { levelOfSupport: 'security fixes only', endOfSupportDate: '2025-01-01' },
      }),
    );
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.effective).toMatchObject({
      kind: 'sbom',
      end: '2025-01-01',
      level: 'security fixes only',
      path: 'fw.cdx.json#ossl',
    });
    expect(item?.others.map((o) => [o.kind, o.end, o.extendedSupport])).toEqual([
      ['eol-data', '2023-09-11', '2026-09-11'],
    ]);
    expect(item?.others[0]?.detail).toBe(
      'EOL data openssl 1.1.1, product by CPE openssl:openssl, version 1.1.1w is in cycle 1.1.1',
    );
  });

  it('reads an FDA level of support that says it ended as ended without a date', () => {
    const [item] = run(
      component('cbor', {
        name: 'tinycbor',
        version: '0.5',
        support: { levelOfSupport: 'abandoned' },
      }),
    ).items;
    expect(item?.effective).toMatchObject({ kind: 'sbom', ended: true, level: 'abandoned' });
  });

  it.each`
    case                      | fields                                                                                             | cycle      | by
    ${'purl the data lists'}  | ${{ name: 'jquery', version: '1.12.4', purl: 'pkg:npm/jquery@1.12.4' }}                            | ${'1'}     | ${'purl'}
    ${'CPE'}                  | ${{ name: 'libssl', version: '3.0.13', cpes: ['cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*'] }} | ${'3.0'}   | ${'CPE'}
    ${'exact name'}           | ${{ name: 'OpenSSL', version: '3.0.2' }}                                                           | ${'3.0'}   | ${'openssl'}
    ${'an alias of the data'} | ${{ name: 'ubuntu-linux', version: '22.04.4' }}                                                    | ${'22.04'} | ${'named ubuntu-linux'}
  `('finds the release cycle by $case', ({ fields, cycle, by }) => {
    const [item] = run(component('c', fields as never)).items;
    expect(item?.effective.kind).toBe('eol-data');
    expect(item?.effective.detail).toContain(` ${String(cycle)}`);
    expect(item?.effective.detail).toContain(String(by));
  });

  it('does not match a distribution package to upstream by name or CPE (the distribution backports fixes)', () => {
    const { items, notAssessed } = run(
      component('deb-openssl', {
        name: 'openssl',
        version: '1.1.1n-0+deb11u5',
        purl: 'pkg:deb/debian/openssl@1.1.1n-0+deb11u5?distro=debian-11',
        cpes: ['cpe:2.3:a:openssl:openssl:1.1.1n:*:*:*:*:*:*:*'],
      }),
    );
    expect(items).toEqual([]);
    expect(notAssessed).toEqual([
      {
        component: 'fw',
        name: 'openssl 1.1.1n-0+deb11u5',
        reason: 'no end-of-support date in the SBOM and no EOL data for it',
      },
    ]);
  });

  it('marks an operating system found in EOL data as one, whatever the SBOM type', () => {
    const [item] = run(
      component('os', { type: 'firmware', name: 'Ubuntu', version: '18.04' }),
    ).items;
    expect([item?.kind, item?.effective.end, item?.effective.extendedSupport]).toEqual([
      'operating-system',
      '2023-05-31',
      '2028-04-01',
    ]);
  });

  it('lists what it cannot assess with the reason and a hint, never as supported', () => {
    const { items, notAssessed } = run(
      component('axios', {
        name: 'axios',
        version: '0.21.0',
        properties: [{ name: 'fda:endOfSupportDate', value: 'unknown' }],
      }),
      component('ossl', { name: 'openssl', version: '9.9' }),
      component('jq', { name: 'jquery' }),
      component('just', { name: 'justified', support: { justification: 'maintained in-house' } }),
    );
    expect(items).toEqual([]);
    expect(notAssessed.map((n) => [n.name, n.reason, n.hint])).toEqual([
      ['axios 0.21.0', 'the SBOM\'s end-of-support date is "unknown", not a date', undefined],
      [
        'openssl 9.9',
        'no end-of-support date in the SBOM; no release cycle of openssl matches version "9.9"',
        'declare support.product: openssl and support.cycle (one of 3.0, 1.1.1)',
      ],
      [
        'jquery',
        'no end-of-support date in the SBOM; EOL data product jquery, but no version to find the release cycle',
        'declare the version, or support.cycle (one of 3, 1)',
      ],
      [
        'justified',
        'the SBOM gives a justification instead of an end-of-support date: maintained in-house',
        undefined,
      ],
    ]);
  });

  it('skips what is not software (data, models, hardware)', () => {
    const { items, notAssessed } = run(
      component('hw', { type: 'device', name: 'nRF52840' }),
      component('data', { type: 'data', name: 'drug-library' }),
    );
    expect([items, notAssessed]).toEqual([[], []]);
  });

  it('gives two components of the same name distinct keys', () => {
    const { items } = run(
      component('a', {
        name: 'zlib',
        version: '1.2.11',
        support: { endOfSupportDate: '2030-01-01' },
      }),
      component('b', { name: 'zlib', version: '1.3', support: { endOfSupportDate: '2031-01-01' } }),
    );
    expect(items.map((i) => i.key)).toEqual(['zlib', 'zlib-1.3']);
  });
});
