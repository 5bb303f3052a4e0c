import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { processInformationDisclosure } from './process-information-disclosure.js';

type ComponentFields = NonNullable<Parameters<typeof aComponent>[1]>;

const deployments = [
  { id: 'home', type: 'patient-home' as const },
  { id: 'ward', type: 'hospital-clinical-network' as const },
  { id: 'cloud', type: 'cloud-manufacturer-tenant' as const },
];
const functions = [{ id: 'dosing', description: 'Deliver insulin', severity: 'critical' as const }];

const withMonitor = (
  fields: ComponentFields,
  data: ('phi' | 'keys' | 'telemetry')[] = ['phi'],
  deployment = 'home',
) =>
  aModel({
    deployments,
    clinicalFunctions: functions,
    components: [
      aComponent('monitor', { kind: 'home-monitor', deployment, ...fields }),
      aComponent('pump', { deployment: 'home', functions: ['dosing'] }),
      aComponent('cloud', { kind: 'cloud-service', deployment: 'cloud' }),
    ],
    dataFlows: [
      aFlow('upload', 'monitor', 'cloud', { data }),
      aFlow('settings', 'monitor', 'pump', { data: ['configuration'] }),
    ],
  });

describe('process-information-disclosure', () => {
  it.each`
    case                                      | fields                                                            | data             | deployment | expected
    ${'PHI at home, storage not declared'}    | ${{}}                                                             | ${['phi']}       | ${'home'}  | ${['process-information-disclosure@monitor']}
    ${'PHI on a ward, declared unencrypted'}  | ${{ storage: { encryptedAtRest: false } }}                        | ${['phi']}       | ${'ward'}  | ${['process-information-disclosure@monitor']}
    ${'PHI encrypted at rest'}                | ${{ storage: { encryptedAtRest: true } }}                         | ${['phi']}       | ${'home'}  | ${[]}
    ${'PHI in a restricted cloud deployment'} | ${{ kind: 'cloud-service' as const }}                             | ${['phi']}       | ${'cloud'} | ${[]}
    ${'telemetry only'}                       | ${{}}                                                             | ${['telemetry']} | ${'home'}  | ${[]}
    ${'keys, no credential declared'}         | ${{}}                                                             | ${['keys']}      | ${'home'}  | ${['process-information-disclosure@monitor']}
    ${'keys judged per declared credential'}  | ${{ credentials: [{ id: 'k', kind: 'symmetric-key' as const }] }} | ${['keys']}      | ${'home'}  | ${[]}
  `('$case', ({ fields, data, deployment, expected }) => {
    expect(findingIds(processInformationDisclosure, withMonitor(fields, data, deployment))).toEqual(
      expected,
    );
  });

  it('does not consider components without a deployment', () => {
    const model = aModel({
      components: [aComponent('monitor'), aComponent('cloud')],
      dataFlows: [aFlow('upload', 'monitor', 'cloud', { data: ['phi'] })],
    });

    expect(findingIds(processInformationDisclosure, model)).toEqual([]);
  });

  it('keeps PHI at privacy severity and rates household access high', () => {
    const [finding] = runRule(processInformationDisclosure, withMonitor({}));

    expect(finding?.hit.severity).toBeUndefined();
    expect(finding?.hit.exploitability?.level).toBe('high');
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'components.monitor.storage.encryptedAtRest',
      'dataFlows.upload.data',
    ]);
  });

  it('raises severity to what leaked keys control', () => {
    const [finding] = runRule(processInformationDisclosure, withMonitor({}, ['keys']));

    expect(finding?.hit.severity?.level).toBe('critical');
    expect(finding?.hit.severity?.reason).toContain('dosing');
  });
});
