import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { externalEntitySpoofing } from './external-entity-spoofing.js';

const ehr = aComponent('ehr', { type: 'external-entity', kind: 'ehr' });
const nurse = aComponent('nurse', { type: 'external-entity', kind: 'person' });
const pump = aComponent('pump');

describe('external-entity-spoofing', () => {
  it.each`
    case                                              | flow                                                                                | expected
    ${'no authentication'}                            | ${{}}                                                                               | ${['external-entity-spoofing@ehr/order']}
    ${'authentication declared none'}                 | ${{ authentication: 'none' as const }}                                              | ${['external-entity-spoofing@ehr/order']}
    ${'https opened by the EHR proves only the pump'} | ${{ protocol: 'https' as const }}                                                   | ${['external-entity-spoofing@ehr/order']}
    ${'https opened by the pump proves the EHR'}      | ${{ protocol: 'https' as const, initiator: 'target' as const }}                     | ${[]}
    ${'mutual certificates'}                          | ${{ authentication: { method: 'certificate' as const, mutual: true } }}             | ${[]}
    ${'API key sent by the EHR'}                      | ${{ authentication: 'api-key' as const }}                                           | ${[]}
    ${'one-way certificate of the pump'}              | ${{ authentication: { method: 'certificate' as const }, protocol: 'tcp' as const }} | ${['external-entity-spoofing@ehr/order']}
  `('$case', ({ flow, expected }) => {
    const model = aModel({
      components: [ehr, pump],
      dataFlows: [aFlow('order', 'ehr', 'pump', { data: ['therapy-command'], ...flow })],
    });

    expect(findingIds(externalEntitySpoofing, model)).toEqual(expected);
  });

  it.each`
    case                                   | login        | expected
    ${'the pump has no user login'}        | ${undefined} | ${['external-entity-spoofing@nurse/ui']}
    ${'the pump logs users in with a PIN'} | ${'pin'}     | ${[]}
  `('judges a person by the login of the component they use: $case', ({ login, expected }) => {
    const model = aModel({
      components: [
        nurse,
        aComponent('pump', login === undefined ? {} : { access: { authentication: login } }),
      ],
      dataFlows: [aFlow('ui', 'nurse', 'pump', { data: ['configuration'] })],
    });

    expect(findingIds(externalEntitySpoofing, model)).toEqual(expected);
  });

  it('does not report processes, flows between entities, or results with nothing sensitive', () => {
    const model = aModel({
      components: [ehr, nurse, pump],
      dataFlows: [aFlow('status', 'pump', 'ehr'), aFlow('phone-call', 'ehr', 'nurse')],
    });

    expect(findingIds(externalEntitySpoofing, model)).toEqual([]);
  });

  it('names the flow and the missing facts, and rates a cable link lower', () => {
    const model = aModel({
      components: [ehr, pump],
      dataFlows: [aFlow('order', 'ehr', 'pump', { protocol: 'usb', data: ['therapy-command'] })],
    });

    const [finding] = runRule(externalEntitySpoofing, model);

    expect(finding?.hit.rationale).toContain('flow "order"');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.exploitability?.level).toBe('moderate');
  });

  it.each`
    case                                             | flow                                                          | boundaries | expected
    ${'PHI to the EHR, nothing proves the receiver'} | ${{ protocol: 'tcp' as const }}                               | ${false}   | ${['external-entity-spoofing@ehr/report']}
    ${'TLS opened by the pump proves the EHR'}       | ${{ protocol: 'https' as const }}                             | ${false}   | ${[]}
    ${'the pump proves itself only'}                 | ${{ authentication: 'api-key' as const }}                     | ${false}   | ${['external-entity-spoofing@ehr/report']}
    ${'unauthenticated across a boundary: BCU owns'} | ${{ protocol: 'tcp' as const }}                               | ${true}    | ${[]}
    ${'telemetry only'}                              | ${{ protocol: 'tcp' as const, data: ['telemetry' as const] }} | ${false}   | ${[]}
  `('judges flows to an external entity: $case', ({ flow, boundaries, expected }) => {
    const model = aModel({
      components: [ehr, pump],
      trustBoundaries: boundaries ? [{ id: 'ward', members: ['pump'] }] : [],
      dataFlows: [aFlow('report', 'pump', 'ehr', { data: ['phi'], ...flow })],
    });

    expect(findingIds(externalEntitySpoofing, model)).toEqual(expected);
  });

  it('does not judge a person reading a screen as a receiver', () => {
    const model = aModel({
      components: [nurse, pump],
      dataFlows: [aFlow('display', 'pump', 'nurse', { data: ['phi'] })],
    });

    expect(findingIds(externalEntitySpoofing, model)).toEqual([]);
  });

  it('does not judge a person who only hands over data', () => {
    const model = aModel({
      components: [nurse, pump],
      dataFlows: [aFlow('send-now', 'nurse', 'pump', { data: ['telemetry'] })],
    });

    expect(findingIds(externalEntitySpoofing, model)).toEqual([]);
  });

  it.each`
    deployment | type                           | level
    ${'ward'}  | ${'hospital-clinical-network'} | ${'moderate'}
    ${'home'}  | ${'patient-home'}              | ${'high'}
  `(
    'rates an impostor at the device by the physical access of its setting: $deployment',
    ({ deployment, type, level }) => {
      const model = aModel({
        deployments: [{ id: deployment, type }],
        components: [nurse, aComponent('pump', { deployment })],
        dataFlows: [aFlow('ui', 'nurse', 'pump', { data: ['therapy-command'] })],
      });

      const [finding] = runRule(externalEntitySpoofing, model);

      expect(finding?.hit.exploitability?.level).toBe(level);
      expect(finding?.hit.exploitability?.reason).toContain('an impostor has to stand at "pump"');
    },
  );
});
