import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { defaultCredentials } from './default-credentials.js';

type Credential = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['credentials']>[number];

const withCredential = (credential: Omit<Credential, 'id'>, deployment = 'home') =>
  aModel({
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [aComponent('hub', { deployment, credentials: [{ id: 'admin', ...credential }] })],
  });

describe('default-credentials', () => {
  it.each`
    case                                         | credential                                                           | fires
    ${'default password'}                        | ${{ kind: 'password', default: true }}                               | ${true}
    ${'default private key (not shared)'}        | ${{ kind: 'private-key', default: true }}                            | ${true}
    ${'forced change'}                           | ${{ kind: 'password', default: false }}                              | ${false}
    ${'default not declared'}                    | ${{ kind: 'password' }}                                              | ${false}
    ${'hard-coded default'}                      | ${{ kind: 'password', default: true, hardcoded: true }}              | ${false}
    ${'unchangeable default password'}           | ${{ kind: 'password', default: true, changeable: false }}            | ${false}
    ${'default shared private key'}              | ${{ kind: 'private-key', default: true, sharedAcrossDevices: true }} | ${false}
    ${'default shared password (owned by this)'} | ${{ kind: 'password', default: true, sharedAcrossDevices: true }}    | ${true}
  `('$case → fires: $fires', ({ credential, fires }) => {
    const model = withCredential(credential);

    const ids = findingIds(defaultCredentials, model);

    expect(ids).toEqual(fires ? ['default-credentials@hub/admin'] : []);
  });

  it.each`
    case                           | credential                                                         | deployment | level
    ${'household device'}          | ${{ kind: 'password', default: true }}                             | ${'home'}  | ${undefined}
    ${'internet-facing service'}   | ${{ kind: 'password', default: true }}                             | ${'cloud'} | ${'very-high'}
    ${'unique default per device'} | ${{ kind: 'password', default: true, sharedAcrossDevices: false }} | ${'cloud'} | ${'moderate'}
  `('rates exploitability for a $case', ({ credential, deployment, level }) => {
    const model = withCredential(credential, deployment);

    const [finding] = runRule(defaultCredentials, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
  });

  it('names the credential and its declared facts', () => {
    const model = withCredential({ kind: 'pin', default: true, sharedAcrossDevices: true });

    const [finding] = runRule(defaultCredentials, model);

    expect(finding?.hit.rationale).toContain('same on every device');
    expect(finding?.hit.evidence).toEqual([
      {
        path: 'components.hub.credentials.admin',
        text: 'pin, default: true, sharedAcrossDevices: true',
      },
    ]);
  });
});
