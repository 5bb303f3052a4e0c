import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { dataStoreInformationDisclosure } from './data-store-information-disclosure.js';

type Storage = NonNullable<Parameters<typeof aComponent>[1]>['storage'];

const withStore = (
  storage: Storage,
  data: ('phi' | 'keys' | 'telemetry')[] = ['phi'],
  deployment = 'cloud',
) =>
  aModel({
    deployments: [
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      { id: 'home', type: 'patient-home' },
    ],
    clinicalFunctions: [{ id: 'dosing', description: 'Deliver insulin', severity: 'catastrophic' }],
    components: [
      aComponent('vault', { type: 'data-store', kind: 'database', deployment, storage }),
      aComponent('pump', { deployment: 'home', functions: ['dosing'] }),
    ],
    dataFlows: [aFlow('provision', 'vault', 'pump', { data })],
  });

describe('data-store-information-disclosure', () => {
  it.each`
    case                               | storage                       | data             | expected
    ${'PHI, encryption undeclared'}    | ${undefined}                  | ${['phi']}       | ${['data-store-information-disclosure@vault']}
    ${'PHI, declared unencrypted'}     | ${{ encryptedAtRest: false }} | ${['phi']}       | ${['data-store-information-disclosure@vault']}
    ${'PHI encrypted at rest'}         | ${{ encryptedAtRest: true }}  | ${['phi']}       | ${[]}
    ${'telemetry only: not sensitive'} | ${undefined}                  | ${['telemetry']} | ${[]}
  `('$case', ({ storage, data, expected }) => {
    expect(findingIds(dataStoreInformationDisclosure, withStore(storage, data))).toEqual(expected);
  });

  it('keeps PHI a privacy breach and rates a restricted facility low', () => {
    const [finding] = runRule(dataStoreInformationDisclosure, withStore(undefined));

    expect(finding?.hit.severity).toBeUndefined();
    expect(finding?.hit.exploitability?.level).toBe('low');
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'components.vault.storage.encryptedAtRest',
      'dataFlows.provision.data',
    ]);
  });

  it('rates stored keys by what they control, and household storage high', () => {
    const [finding] = runRule(
      dataStoreInformationDisclosure,
      withStore(undefined, ['keys'], 'home'),
    );

    expect(finding?.hit.severity?.level).toBe('catastrophic');
    expect(finding?.hit.severity?.reason).toContain('clinical function dosing (catastrophic)');
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('follows leaked keys to what their reader controls', () => {
    const model = aModel({
      clinicalFunctions: [{ id: 'dosing', description: 'Deliver insulin', severity: 'critical' }],
      components: [
        aComponent('vault', { type: 'data-store', kind: 'database' }),
        aComponent('gateway', { kind: 'gateway' }),
        aComponent('pump', { functions: ['dosing'] }),
      ],
      dataFlows: [
        aFlow('provision', 'vault', 'gateway', { data: ['keys'] }),
        aFlow('settings', 'gateway', 'pump', { data: ['configuration'] }),
      ],
    });

    const [finding] = runRule(dataStoreInformationDisclosure, model);

    expect(finding?.hit.severity).toEqual({
      level: 'critical',
      reason:
        'disclosed credentials or keys give control of "gateway", which can affect clinical function dosing (critical)',
    });
  });

  it('takes an HSM as protected by what it is', () => {
    const model = aModel({
      components: [
        aComponent('hsm', { type: 'data-store', kind: 'hsm' }),
        aComponent('signer', { kind: 'signing-service' }),
      ],
      dataFlows: [aFlow('sign', 'signer', 'hsm', { data: ['keys'] })],
    });

    expect(findingIds(dataStoreInformationDisclosure, model)).toEqual([]);
  });
});
