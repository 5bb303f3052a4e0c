import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noTamperEvidence } from './no-tamper-evidence.js';

const deployments = [
  { id: 'home', type: 'patient-home' as const },
  { id: 'ward', type: 'hospital-clinical-network' as const },
  { id: 'body', type: 'on-body' as const },
  { id: 'cloud', type: 'cloud-manufacturer-tenant' as const },
];

describe('no-tamper-evidence', () => {
  it.each`
    case                            | fields                                                                                  | fires
    ${'home monitor, not declared'} | ${{ kind: 'home-monitor', deployment: 'home' }}                                         | ${true}
    ${'ward pump, declared false'}  | ${{ kind: 'medical-device', deployment: 'ward', hardening: { tamperEvidence: false } }} | ${true}
    ${'ward pump with seals'}       | ${{ kind: 'medical-device', deployment: 'ward', hardening: { tamperEvidence: true } }}  | ${false}
    ${'on-body (patient only)'}     | ${{ kind: 'medical-device', deployment: 'body' }}                                       | ${false}
    ${'cloud service'}              | ${{ kind: 'cloud-service', deployment: 'cloud' }}                                       | ${false}
    ${'mobile app at home'}         | ${{ kind: 'mobile-app', deployment: 'home' }}                                           | ${false}
    ${'no deployment'}              | ${{ kind: 'medical-device' }}                                                           | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = aModel({ deployments, components: [aComponent('box', fields)] });

    const ids = findingIds(noTamperEvidence, model);

    expect(ids).toEqual(fires ? ['no-tamper-evidence@box'] : []);
  });

  it('reports the enclosure once, not the firmware nested in it', () => {
    const model = aModel({
      deployments,
      components: [
        aComponent('pump', { kind: 'medical-device', deployment: 'ward' }),
        aComponent('pump-fw', { kind: 'device-firmware', parent: 'pump' }),
      ],
    });

    const [finding, ...rest] = runRule(noTamperEvidence, model);

    expect(finding?.id).toBe('no-tamper-evidence@pump');
    expect(rest).toEqual([]);
    expect(finding?.hit.rationale).toContain('staff physical access');
  });
});
