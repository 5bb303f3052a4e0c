import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../../test/builders.js';
import { buildRuleContext } from '../../threats/context.js';
import { deviceContextCvss } from './cvss-context.js';
import { deviceFacts } from './device-facts.js';
import { vulnerabilityPriority } from './priority.js';

const model = aModel({
  clinicalFunctions: [{ id: 'dosing', description: 'Deliver insulin', severity: 'catastrophic' }],
  deployments: [
    { id: 'body', type: 'on-body' },
    { id: 'cloud', type: 'cloud-manufacturer-tenant' },
  ],
  components: [
    aComponent('pump', {
      kind: 'medical-device',
      deployment: 'body',
      functions: ['dosing'],
      interfaces: [{ id: 'ble', type: 'ble' }],
    }),
    aComponent('fw', { parent: 'pump' }),
    aComponent('app', { kind: 'mobile-app' }),
    aComponent('api', { kind: 'cloud-service', deployment: 'cloud' }),
  ],
  dataFlows: [
    aFlow('app-fw', 'app', 'fw', {
      protocol: 'ble',
      carries: ['commands'],
      data: ['therapy-command'],
    }),
    aFlow('app-api', 'app', 'api', { protocol: 'https', data: ['phi'] }),
  ],
});
const query = buildRuleContext(model);
const facts = (id: string) => {
  const component = query.component(id);
  if (component === undefined) throw new Error(id);
  return deviceFacts(component, query);
};
const v31 = (vector: string) => [{ type: 'CVSS_V3' as const, score: vector }];

describe('device facts', () => {
  it.each`
    component | reach
    ${'fw'}   | ${'A'}
    ${'api'}  | ${'N'}
  `('$component is reachable at most from $reach', ({ component, reach }) => {
    expect(facts(component as string).reach?.value).toBe(reach);
  });

  it('sees the functions the firmware can corrupt and the PHI the API carries', () => {
    expect(facts('fw').worstIntegrity).toBe('catastrophic');
    expect(facts('api').sensitiveData).toEqual(['phi']);
  });
});

describe('device-context CVSS', () => {
  it('lowers AV:N to adjacent for BLE-only firmware and raises the requirements it harms', () => {
    const result = deviceContextCvss(
      v31('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'),
      facts('fw'),
    );

    expect(result.base).toMatchObject({ score: 9.8, severity: 'critical' });
    expect(result.context?.modified.map((m) => `${m.metric}:${m.value}`)).toEqual([
      'MAV:A',
      'IR:H',
      'AR:H',
    ]);
    expect(result.context?.vector).toContain('MAV:A');
    expect(result.note).toMatch(/v3\.x cannot express safety/);
  });

  it('sets Safety on MSI and MSA for a CVSS v4.0 vector', () => {
    const vector = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

    const result = deviceContextCvss([{ type: 'CVSS_V4', score: vector }], facts('fw'));

    expect(result.context?.vector).toMatch(/MSI:S.*MSA:S|MSA:S.*MSI:S/);
    expect(result.context?.modified.find((m) => m.metric === 'MSI')?.reason).toMatch(
      /dosing \(catastrophic\)/,
    );
  });

  it('never raises the attack vector and says when there is no vector', () => {
    const local = deviceContextCvss(
      v31('CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N'),
      facts('api'),
    );

    expect(local.context?.modified.some((m) => m.metric === 'MAV')).toBe(false);
    expect(deviceContextCvss([], facts('api')).note).toMatch(/no valid CVSS vector/);
  });
});

describe('priority', () => {
  it('shows every factor with its weight, and KEV makes it immediate without SSVC', () => {
    const p = vulnerabilityPriority({
      kev: { cveId: 'CVE-1', dateAdded: '2026-01-01' },
      cvss: { vector: 'x', version: '3.1', score: 5, severity: 'medium' },
    });

    expect(p.level).toBe('immediate');
    expect(p.factors.map((f) => [f.id, f.points, f.weight])).toEqual([
      ['exploitation', 30, 30],
      ['epss', 0, 10],
      ['cvss', 10, 20],
    ]);
    expect(p.score).toBe(40);
    expect(p.basis).toMatch(/no device model/);
  });

  it('takes the SSVC outcome as the level when it was derived', () => {
    const p = vulnerabilityPriority({
      harm: { severity: 'catastrophic', reason: 'dosing' },
      ssvc: {
        table: 'deployer',
        outcome: 'out-of-cycle',
        selections: [{ point: 'systemExposure', value: 'open', source: 'derived' }],
      },
    });

    expect(p.level).toBe('out-of-cycle');
    expect(p.factors.find((f) => f.id === 'patient-harm')?.points).toBe(30);
    expect(p.factors.find((f) => f.id === 'exposure')?.points).toBe(10);
  });
});
