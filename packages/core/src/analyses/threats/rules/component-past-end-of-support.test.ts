import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../../test/builders.js';
import { OPENSSL, runLifecycleRule } from '../../lifecycle/__fixtures__/lifecycle-data.js';
import { component, inventory } from '../../vulnerabilities/__fixtures__/scan-data.js';
import { componentPastEndOfSupport } from './component-past-end-of-support.js';

const model = (deployment = 'ward') =>
  aModel({
    device: { marketDate: '2021-03-01', serviceLifeYears: 8 },
    clinicalFunctions: [{ id: 'dosing', description: 'Deliver insulin', severity: 'catastrophic' }],
    deployments: [
      { id: 'ward', type: 'hospital-isolated-segment' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [
      aComponent('fw', {
        functions: ['dosing'],
        sbom: 'fw-sbom',
        deployment,
        interfaces: [{ id: 'uart', type: 'uart', purpose: 'none' }],
      }),
    ],
    dataFlows: [],
    boms: [{ id: 'fw-sbom', type: 'sbom', path: 'fw.cdx.json' }],
  });
const sbom = inventory('fw.cdx.json', [
  component('mbedtls', {
    name: 'mbed TLS',
    version: '2.16.6',
    support: { levelOfSupport: 'end-of-life', endOfSupportDate: '2021-12-31' },
  }),
  component('openssl', {
    name: 'openssl',
    version: '1.1.1w',
    cpes: ['cpe:2.3:a:openssl:openssl:1.1.1w:*:*:*:*:*:*:*'],
    support: { levelOfSupport: 'actively maintained', endOfSupportDate: '2025-01-01' },
  }),
  component('tinycbor', {
    name: 'tinycbor',
    version: '0.5.4',
    support: { levelOfSupport: 'abandoned' },
  }),
  component('debian-zlib', {
    name: 'zlib',
    version: '1.2.11',
    purl: 'pkg:deb/debian/zlib@1.2.11?distro=debian-11',
  }),
  component('zephyr', {
    type: 'operating-system',
    name: 'zephyr',
    version: '3.4.0',
    support: { endOfSupportDate: '2025-07-28' },
  }),
]);

describe('component-past-end-of-support', () => {
  it('reports each ended library, leaving the operating system to legacy-operating-system', () => {
    const findings = runLifecycleRule(componentPastEndOfSupport, model(), {
      asOf: '2026-11-26',
      eol: [OPENSSL],
      sboms: { 'fw-sbom': sbom },
    });

    expect(findings.map((f) => [f.id, f.hit.exploitability?.level])).toEqual([
      ['component-past-end-of-support@fw/mbed-tls', 'high'],
      ['component-past-end-of-support@fw/openssl', 'moderate'],
      ['component-past-end-of-support@fw/tinycbor', 'moderate'],
    ]);
  });

  it('explains the date, its source, a contradicting level and the other sources', () => {
    const findings = runLifecycleRule(componentPastEndOfSupport, model(), {
      asOf: '2026-11-26',
      eol: [OPENSSL],
      sboms: { 'fw-sbom': sbom },
    });
    const openssl = findings.find((f) => f.id.endsWith('/openssl'))?.hit;

    expect(openssl?.rationale).toBe(
      'openssl 1.1.1w in "fw" (fw) is no longer supported: end of support 2025-01-01 (SBOM end-of-support date (FDA field)), 1 year 10 months before the analysis date 2026-11-26. Vulnerabilities found in it from now on will not be fixed. The source still calls it "actively maintained", which the date contradicts.',
    );
    expect(openssl?.evidence?.map((e) => e.text)).toEqual([
      'openssl 1.1.1w: end of support 2025-01-01 (SBOM end-of-support date (FDA field)); level of support "actively maintained"',
      'also: end of support 2023-09-11 (EOL data openssl 1.1.1, product by CPE openssl:openssl, version 1.1.1w is in cycle 1.1.1) — differs from 2025-01-01; SBOM end-of-support date (FDA field) is used',
      'device end of service: 2029-03-01 (market date 2021-03-01 + service life 8 years)',
    ]);
    expect(openssl?.evidence?.[0]?.path).toBe('fw.cdx.json#openssl');
  });

  it('recommends compensating controls specific to the component', () => {
    const [mbedtls] = runLifecycleRule(componentPastEndOfSupport, model(), {
      asOf: '2026-11-26',
      sboms: { 'fw-sbom': sbom },
    });

    expect(mbedtls?.hit.mitigation).toContain('segment "fw"');
    expect(mbedtls?.hit.mitigation).toContain('unused interfaces: uart');
    expect(mbedtls?.hit.mitigation).toContain('plan and date its replacement');
  });

  it('raises exploitability on an internet-facing deployment', () => {
    const findings = runLifecycleRule(componentPastEndOfSupport, model('cloud'), {
      asOf: '2025-06-01',
      sboms: { 'fw-sbom': sbom },
    });

    expect(findings.find((f) => f.id.endsWith('/openssl'))?.hit.exploitability).toEqual({
      level: 'high',
      reason: 'no security fixes will come, and it runs in cloud, reachable from the internet',
    });
  });

  it('judges dated ends only with an analysis date; a level that says ended needs none', () => {
    const findings = runLifecycleRule(componentPastEndOfSupport, model(), {
      sboms: { 'fw-sbom': sbom },
    });

    expect(findings.map((f) => f.id)).toEqual(['component-past-end-of-support@fw/tinycbor']);
  });
});
