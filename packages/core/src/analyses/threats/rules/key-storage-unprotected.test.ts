import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { keyStorageUnprotected } from './key-storage-unprotected.js';

type Credentials = NonNullable<Parameters<typeof aComponent>[1]>['credentials'];

const deployments = [
  { id: 'home', type: 'patient-home' as const },
  { id: 'ward', type: 'hospital-clinical-network' as const },
  { id: 'body', type: 'implanted' as const },
  { id: 'cloud', type: 'cloud-manufacturer-tenant' as const },
];
const hub = (credentials: Credentials, deployment: string | null) =>
  aModel({
    deployments,
    components: [
      aComponent('hub', { credentials, ...(deployment === null ? {} : { deployment }) }),
    ],
  });

describe('key-storage-unprotected', () => {
  it.each`
    case                                      | credentials                                                                                 | deployment | expected
    ${'plaintext private key at home'}        | ${[{ id: 'tls-key', kind: 'private-key', storage: 'plaintext' }]}                           | ${'home'}  | ${['key-storage-unprotected@hub/tls-key']}
    ${'storage not declared'}                 | ${[{ id: 'ble-ltk', kind: 'symmetric-key' }]}                                               | ${'ward'}  | ${['key-storage-unprotected@hub/ble-ltk']}
    ${'storage unknown in an implant'}        | ${[{ id: 'ble-ltk', kind: 'symmetric-key', storage: 'unknown' }]}                           | ${'body'}  | ${['key-storage-unprotected@hub/ble-ltk']}
    ${'one finding per key'}                  | ${[{ id: 'a', kind: 'symmetric-key' }, { id: 'b', kind: 'private-key' }]}                   | ${'home'}  | ${['key-storage-unprotected@hub/a', 'key-storage-unprotected@hub/b']}
    ${'secure element'}                       | ${[{ id: 'tls-key', kind: 'private-key', storage: 'secure-element' }]}                      | ${'home'}  | ${[]}
    ${'encrypted'}                            | ${[{ id: 'tls-key', kind: 'private-key', storage: 'encrypted' }]}                           | ${'home'}  | ${[]}
    ${'hard-coded (other rule)'}              | ${[{ id: 'k', kind: 'symmetric-key', hardcoded: true, storage: 'plaintext' }]}              | ${'home'}  | ${[]}
    ${'in the firmware image (other rule)'}   | ${[{ id: 'k', kind: 'symmetric-key', storage: 'firmware-image' }]}                          | ${'home'}  | ${[]}
    ${'password is not a key'}                | ${[{ id: 'pw', kind: 'password', storage: 'plaintext' }]}                                   | ${'home'}  | ${[]}
    ${'restricted cloud data centre'}         | ${[{ id: 'tls-key', kind: 'private-key', storage: 'plaintext' }]}                           | ${'cloud'} | ${[]}
    ${'no deployment: not judged'}            | ${[{ id: 'tls-key', kind: 'private-key', storage: 'plaintext' }]}                           | ${null}    | ${[]}
    ${'derived from the serial (other rule)'} | ${[{ id: 'k', kind: 'symmetric-key', derivedFrom: 'serial-number', storage: 'plaintext' }]} | ${'home'}  | ${[]}
    ${'unique to one implant'}                | ${[{ id: 'k', kind: 'symmetric-key', sharedAcrossDevices: false, storage: 'plaintext' }]}   | ${'body'}  | ${[]}
    ${'shared by every implant'}              | ${[{ id: 'k', kind: 'symmetric-key', sharedAcrossDevices: true, storage: 'plaintext' }]}    | ${'body'}  | ${['key-storage-unprotected@hub/k']}
  `('$case', ({ credentials, deployment, expected }) => {
    expect(findingIds(keyStorageUnprotected, hub(credentials, deployment))).toEqual(expected);
  });

  it('says an undeclared storage is treated as unprotected and rates household access high', () => {
    const [finding] = runRule(
      keyStorageUnprotected,
      hub([{ id: 'k', kind: 'private-key' }], 'home'),
    );

    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.hub.credentials.k.storage is not declared; treated as unprotected',
    );
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('rates an implant low: the key can only be read from an explanted device', () => {
    const [finding] = runRule(
      keyStorageUnprotected,
      hub([{ id: 'k', kind: 'private-key' }], 'body'),
    );

    expect(finding?.hit.exploitability?.level).toBe('low');
  });
});
