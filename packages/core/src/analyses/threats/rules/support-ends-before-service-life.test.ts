import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../../test/builders.js';
import { OPENSSL, UBUNTU, runLifecycleRule } from '../../lifecycle/__fixtures__/lifecycle-data.js';
import { component, inventory } from '../../vulnerabilities/__fixtures__/scan-data.js';
import { supportEndsBeforeServiceLife } from './support-ends-before-service-life.js';

const model = (device: Record<string, unknown> = { marketDate: '2020-01-01' }) =>
  aModel({
    device: { serviceLifeYears: 10, ...device },
    clinicalFunctions: [{ id: 'therapy', description: 'Deliver therapy', severity: 'critical' }],
    components: [
      aComponent('gateway', {
        functions: ['therapy'],
        os: { name: 'Ubuntu Server', version: '22.04 LTS' },
      }),
      aComponent('fw', { functions: ['therapy'], sbom: 'fw-sbom' }),
      aComponent('hmi', { support: { endOfSupport: '2031-01-01', source: 'supplier letter' } }),
    ],
    boms: [{ id: 'fw-sbom', type: 'sbom', path: 'fw.cdx.json' }],
  });
const firmware = inventory('fw.cdx.json', [
  component('zephyr', {
    type: 'operating-system',
    name: 'zephyr',
    version: '3.4.0',
    support: { levelOfSupport: 'actively maintained', endOfSupportDate: '2029-12-01' },
  }),
  component('openssl', {
    name: 'openssl',
    version: '3.0.13',
    cpes: ['cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*'],
  }),
  component('logo', { type: 'file', name: 'logo.png' }),
]);

describe('support-ends-before-service-life', () => {
  it('reports every piece of software whose support ends before the end of service', () => {
    const findings = runLifecycleRule(supportEndsBeforeServiceLife, model(), {
      asOf: '2026-01-01',
      eol: [UBUNTU, OPENSSL],
      sboms: { 'fw-sbom': firmware },
    });

    expect(findings.map((f) => [f.id, f.hit.exploitability?.level])).toEqual([
      ['support-ends-before-service-life@fw/openssl', 'moderate'],
      ['support-ends-before-service-life@fw/zephyr', 'very-low'],
      ['support-ends-before-service-life@gateway/platform', 'low'],
    ]);
    const gateway = findings[2]?.hit;
    expect(gateway?.rationale).toBe(
      'Ubuntu Server 22.04 LTS in "gateway" (gateway) loses support: end of support 2027-06-01 (EOL data ubuntu 22.04 "22.04 LTS", product from medrisk\'s alias table (ubuntu-server)), 2 years 7 months before the device\'s end of service 2030-01-01 (market date 2020-01-01 + service life 10 years). For that long the device would run it without security fixes.',
    );
    expect(gateway?.evidence?.map((e) => e.path)).toEqual([
      'components.gateway.os',
      'device.marketDate',
    ]);
  });

  it('leaves software that already ended to the end-of-support rules', () => {
    const findings = runLifecycleRule(supportEndsBeforeServiceLife, model(), {
      asOf: '2027-07-01',
      eol: [UBUNTU],
    });

    expect(findings).toEqual([]);
  });

  it('still judges without an analysis date, against the end of service only', () => {
    const findings = runLifecycleRule(supportEndsBeforeServiceLife, model(), { eol: [UBUNTU] });

    expect(findings.map((f) => f.id)).toEqual([
      'support-ends-before-service-life@gateway/platform',
    ]);
  });

  it('takes a declared device end of support over market date plus service life', () => {
    const findings = runLifecycleRule(
      supportEndsBeforeServiceLife,
      model({ marketDate: '2020-01-01', endOfSupport: '2027-01-01' }),
      { asOf: '2026-01-01', eol: [UBUNTU] },
    );

    expect(findings).toEqual([]);
  });

  it('counts a device not yet on the market from the analysis date, and says so', () => {
    const [finding] = runLifecycleRule(supportEndsBeforeServiceLife, model({}), {
      asOf: '2026-01-01',
      eol: [UBUNTU],
    });

    expect(finding?.hit.evidence?.at(-1)?.text).toBe(
      'device end of service: 2036-01-01 (no market date: not on the market yet, so at least today 2026-01-01 + service life 10 years)',
    );
  });
});
