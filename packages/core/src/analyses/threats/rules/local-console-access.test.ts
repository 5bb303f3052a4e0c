import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { localConsoleAccess } from './local-console-access.js';

type Interface = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['interfaces']>[number];

const withConsole = (iface: Omit<Interface, 'id'>, deployment: 'ward' | 'home' = 'ward') =>
  aModel({
    deployments: [
      { id: 'ward', type: 'hospital-clinical-network' },
      { id: 'home', type: 'patient-home' },
    ],
    components: [
      aComponent('workstation', {
        kind: 'clinician-workstation',
        deployment,
        interfaces: [{ id: 'kvm', ...iface }],
      }),
    ],
  });

describe('local-console-access', () => {
  it.each`
    iface                                                 | fires
    ${{ type: 'local-console' }}                          | ${true}
    ${{ type: 'local-console', access: 'open' }}          | ${true}
    ${{ type: 'local-console', purpose: 'none' }}         | ${true}
    ${{ type: 'local-console', access: 'authenticated' }} | ${false}
    ${{ type: 'local-console', access: 'locked' }}        | ${false}
    ${{ type: 'local-console', access: 'disabled' }}      | ${false}
    ${{ type: 'local-console', access: 'removed' }}       | ${false}
    ${{ type: 'usb', purpose: 'service' }}                | ${false}
  `('$iface → fires: $fires', ({ iface, fires }) => {
    const model = withConsole(iface);

    const ids = findingIds(localConsoleAccess, model);

    expect(ids).toEqual(fires ? ['local-console-access@workstation/kvm'] : []);
  });

  it('says the console is not declared closed and rates household access high', () => {
    const [finding] = runRule(localConsoleAccess, withConsole({ type: 'local-console' }, 'home'));

    expect(finding?.hit.rationale).toContain('is not declared closed');
    expect(finding?.hit.exploitability?.level).toBe('high');
  });
});
