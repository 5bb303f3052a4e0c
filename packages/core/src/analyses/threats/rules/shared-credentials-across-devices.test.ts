import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { sharedCredentialsAcrossDevices } from './shared-credentials-across-devices.js';

type Credential = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['credentials']>[number];

const withCredential = (credential: Omit<Credential, 'id'>) =>
  aModel({
    components: [
      aComponent('app', { kind: 'mobile-app', credentials: [{ id: 'cloud-key', ...credential }] }),
    ],
  });

describe('shared-credentials-across-devices', () => {
  it.each`
    case                                  | credential                                                         | fires
    ${'shared API key'}                   | ${{ kind: 'api-key', sharedAcrossDevices: true }}                  | ${true}
    ${'shared token'}                     | ${{ kind: 'token', sharedAcrossDevices: true }}                    | ${true}
    ${'shared password'}                  | ${{ kind: 'password', sharedAcrossDevices: true }}                 | ${true}
    ${'unique per device'}                | ${{ kind: 'api-key', sharedAcrossDevices: false }}                 | ${false}
    ${'sharing not declared'}             | ${{ kind: 'api-key' }}                                             | ${false}
    ${'shared symmetric key (colleague)'} | ${{ kind: 'symmetric-key', sharedAcrossDevices: true }}            | ${false}
    ${'shared and hard-coded'}            | ${{ kind: 'api-key', sharedAcrossDevices: true, hardcoded: true }} | ${false}
    ${'shared factory default'}           | ${{ kind: 'password', sharedAcrossDevices: true, default: true }}  | ${false}
    ${'shared and unchangeable'}          | ${{ kind: 'pin', sharedAcrossDevices: true, changeable: false }}   | ${false}
  `('$case → fires: $fires', ({ credential, fires }) => {
    const model = withCredential(credential);

    const ids = findingIds(sharedCredentialsAcrossDevices, model);

    expect(ids).toEqual(fires ? ['shared-credentials-across-devices@app/cloud-key'] : []);
  });

  it('explains the fleet-wide reach and points at the credential', () => {
    const model = withCredential({ kind: 'api-key', sharedAcrossDevices: true });

    const [finding] = runRule(sharedCredentialsAcrossDevices, model);

    expect(finding?.hit.rationale).toContain('across the fleet');
    expect(finding?.hit.evidence?.[0]?.path).toBe('components.app.credentials.cloud-key');
  });
});
