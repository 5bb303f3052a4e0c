import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { sharedKeyAcrossFleet } from './shared-key-across-fleet.js';

type Credentials = NonNullable<Parameters<typeof aComponent>[1]>['credentials'];

const deployments = [
  { id: 'home', type: 'patient-home' as const },
  { id: 'ward', type: 'hospital-clinical-network' as const },
];
const monitor = (credentials: Credentials, deployment = 'ward', fleetSize?: number) =>
  aModel({
    deployments,
    ...(fleetSize === undefined ? {} : { device: { fleetSize } }),
    components: [aComponent('monitor', { kind: 'home-monitor', deployment, credentials })],
  });

describe('shared-key-across-fleet', () => {
  it.each`
    case                                      | credentials                                                                                                                     | expected
    ${'shared symmetric key'}                 | ${[{ id: 'ble-ltk', kind: 'symmetric-key', sharedAcrossDevices: true }]}                                                        | ${['shared-key-across-fleet@monitor/ble-ltk']}
    ${'shared private key'}                   | ${[{ id: 'tls-key', kind: 'private-key', sharedAcrossDevices: true }]}                                                          | ${['shared-key-across-fleet@monitor/tls-key']}
    ${'derived from a constant (other rule)'} | ${[{ id: 'tls-key', kind: 'private-key', derivedFrom: 'fixed' }]}                                                               | ${[]}
    ${'one finding per shared key'}           | ${[{ id: 'a', kind: 'symmetric-key', sharedAcrossDevices: true }, { id: 'b', kind: 'private-key', sharedAcrossDevices: true }]} | ${['shared-key-across-fleet@monitor/a', 'shared-key-across-fleet@monitor/b']}
    ${'unique per device'}                    | ${[{ id: 'ble-ltk', kind: 'symmetric-key', sharedAcrossDevices: false, derivedFrom: 'random' }]}                                | ${[]}
    ${'sharing not declared'}                 | ${[{ id: 'ble-ltk', kind: 'symmetric-key' }]}                                                                                   | ${[]}
    ${'hard-coded (other rule)'}              | ${[{ id: 'k', kind: 'symmetric-key', sharedAcrossDevices: true, hardcoded: true }]}                                             | ${[]}
    ${'in the firmware image (other rule)'}   | ${[{ id: 'k', kind: 'symmetric-key', sharedAcrossDevices: true, storage: 'firmware-image' }]}                                   | ${[]}
    ${'shared password (other rule)'}         | ${[{ id: 'pw', kind: 'password', sharedAcrossDevices: true }]}                                                                  | ${[]}
  `('$case', ({ credentials, expected }) => {
    expect(findingIds(sharedKeyAcrossFleet, monitor(credentials))).toEqual(expected);
  });

  it('states the fleet size and rates household devices high', () => {
    const model = monitor(
      [{ id: 'k', kind: 'symmetric-key', sharedAcrossDevices: true }],
      'home',
      12000,
    );

    const [finding] = runRule(sharedKeyAcrossFleet, model);

    expect(finding?.hit.rationale).toBe(
      'Component "monitor" (monitor) uses the same symmetric-key "k" on every device (up to 12000 devices in the field); extracting it from one device exposes all the others.',
    );
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('rates a key in a secure element low', () => {
    const model = monitor(
      [{ id: 'k', kind: 'private-key', sharedAcrossDevices: true, storage: 'secure-element' }],
      'home',
    );

    const [finding] = runRule(sharedKeyAcrossFleet, model);

    expect(finding?.hit.exploitability?.level).toBe('low');
  });
});
