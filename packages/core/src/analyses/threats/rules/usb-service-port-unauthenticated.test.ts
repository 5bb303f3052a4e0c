import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { usbServicePortUnauthenticated } from './usb-service-port-unauthenticated.js';

type Interface = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['interfaces']>[number];

const withPort = (port: Omit<Interface, 'id'>, deployment: 'ward' | 'home' | 'factory' = 'ward') =>
  aModel({
    deployments: [
      { id: 'ward', type: 'hospital-clinical-network' },
      { id: 'home', type: 'patient-home' },
      { id: 'factory', type: 'manufacturing' },
    ],
    components: [aComponent('pump', { deployment, interfaces: [{ id: 'port', ...port }] })],
  });

describe('usb-service-port-unauthenticated', () => {
  it.each`
    port                                                            | fires
    ${{ type: 'usb', purpose: 'service' }}                          | ${true}
    ${{ type: 'serial', purpose: 'data', access: 'open' }}          | ${true}
    ${{ type: 'usb', purpose: 'update' }}                           | ${true}
    ${{ type: 'usb', purpose: 'service', access: 'authenticated' }} | ${false}
    ${{ type: 'usb', purpose: 'service', access: 'locked' }}        | ${false}
    ${{ type: 'usb', purpose: 'service', access: 'disabled' }}      | ${false}
    ${{ type: 'serial', purpose: 'service', access: 'removed' }}    | ${false}
    ${{ type: 'usb', purpose: 'charging' }}                         | ${false}
    ${{ type: 'serial', purpose: 'debug' }}                         | ${false}
    ${{ type: 'usb', purpose: 'service', used: false }}             | ${false}
    ${{ type: 'ethernet', purpose: 'service' }}                     | ${false}
  `('$port → fires: $fires', ({ port, fires }) => {
    const model = withPort(port);

    const ids = findingIds(usbServicePortUnauthenticated, model);

    expect(ids).toEqual(fires ? ['usb-service-port-unauthenticated@pump/port'] : []);
  });

  it('leaves general-purpose PCs to other rules', () => {
    const model = aModel({
      components: [
        aComponent('laptop', {
          kind: 'desktop-app',
          interfaces: [{ id: 'usb', type: 'usb', purpose: 'service' }],
        }),
      ],
    });

    expect(findingIds(usbServicePortUnauthenticated, model)).toEqual([]);
  });

  it.each`
    deployment   | level
    ${'home'}    | ${'high'}
    ${'ward'}    | ${undefined}
    ${'factory'} | ${'low'}
  `('rates an open port in $deployment as $level', ({ deployment, level }) => {
    const model = withPort({ type: 'usb', purpose: 'service' }, deployment);

    const [finding] = runRule(usbServicePortUnauthenticated, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.pump.interfaces.port.access is not declared; treated as open',
    );
  });
});
