import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { unusedInterfaceEnabled } from './unused-interface-enabled.js';

type Interface = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['interfaces']>[number];

const withInterface = (iface: Omit<Interface, 'id'>) =>
  aModel({
    deployments: [{ id: 'ward', type: 'hospital-clinical-network' }],
    components: [
      aComponent('pump', { deployment: 'ward', interfaces: [{ id: 'spare', ...iface }] }),
    ],
  });

describe('unused-interface-enabled', () => {
  it.each`
    iface                                                      | fires
    ${{ type: 'usb', purpose: 'none' }}                        | ${true}
    ${{ type: 'wifi', used: false }}                           | ${true}
    ${{ type: 'ethernet', purpose: 'none', access: 'locked' }} | ${true}
    ${{ type: 'usb', purpose: 'none', access: 'disabled' }}    | ${false}
    ${{ type: 'wifi', used: false, access: 'removed' }}        | ${false}
    ${{ type: 'usb', purpose: 'service' }}                     | ${false}
    ${{ type: 'jtag', purpose: 'none' }}                       | ${false}
    ${{ type: 'serial', purpose: 'debug', used: false }}       | ${false}
    ${{ type: 'local-console', purpose: 'none' }}              | ${false}
  `('$iface → fires: $fires', ({ iface, fires }) => {
    const model = withInterface(iface);

    const ids = findingIds(unusedInterfaceEnabled, model);

    expect(ids).toEqual(fires ? ['unused-interface-enabled@pump/spare'] : []);
  });

  it.each`
    iface                                              | level
    ${{ type: 'wifi', used: false }}                   | ${'high'}
    ${{ type: 'wifi', used: false, access: 'locked' }} | ${'low'}
    ${{ type: 'usb', purpose: 'none' }}                | ${undefined}
  `('rates $iface as $level', ({ iface, level }) => {
    const [finding] = runRule(unusedInterfaceEnabled, withInterface(iface));

    expect(finding?.hit.exploitability?.level).toBe(level);
  });

  it('cites the unused declaration and the undeclared access', () => {
    const [finding] = runRule(
      unusedInterfaceEnabled,
      withInterface({ type: 'usb', purpose: 'none' }),
    );

    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'purpose: none',
      'components.pump.interfaces.spare.access is not declared; treated as open',
    ]);
  });
});
