import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noDenyByDefault } from './no-deny-by-default.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const withHub = (
  hub: Fields,
  options: { initiator?: 'source' | 'target'; apiDenies?: boolean } = {},
) =>
  aModel({
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [
      aComponent('api', {
        kind: 'cloud-service',
        deployment: 'cloud',
        access: { denyByDefault: options.apiDenies ?? true },
      }),
      aComponent('hub', { kind: 'home-monitor', deployment: 'home', ...hub }),
    ],
    trustBoundaries: [{ id: 'home-network', members: ['hub'] }],
    dataFlows: [aFlow('sync', 'api', 'hub', { initiator: options.initiator ?? 'target' })],
  });

describe('no-deny-by-default', () => {
  it.each`
    case                                      | hub                                                                                     | initiator   | fires
    ${'enabled Wi-Fi, undeclared'}            | ${{ interfaces: [{ id: 'wlan', type: 'wifi' }] }}                                       | ${'target'} | ${true}
    ${'declared false'}                       | ${{ interfaces: [{ id: 'eth', type: 'ethernet' }], access: { denyByDefault: false } }}  | ${'target'} | ${true}
    ${'connection opened from outside'}       | ${{}}                                                                                   | ${'source'} | ${true}
    ${'deny by default'}                      | ${{ interfaces: [{ id: 'wlan', type: 'wifi' }], access: { denyByDefault: true } }}      | ${'target'} | ${false}
    ${'only outbound, radio disabled'}        | ${{ interfaces: [{ id: 'wlan', type: 'wifi', access: 'disabled' }] }}                   | ${'target'} | ${false}
    ${'USB port only (not network or radio)'} | ${{ interfaces: [{ id: 'usb', type: 'usb' }] }}                                         | ${'target'} | ${false}
    ${'data store'}                           | ${{ type: 'data-store', kind: 'database', interfaces: [{ id: 'wlan', type: 'wifi' }] }} | ${'target'} | ${false}
  `('$case → fires: $fires', ({ hub, initiator, fires }) => {
    const model = withHub(hub, { initiator });

    const ids = findingIds(noDenyByDefault, model);

    expect(ids).toEqual(fires ? ['no-deny-by-default@hub'] : []);
  });

  it('rates internet-facing processes high and explains how they are reached', () => {
    const model = withHub({}, { initiator: 'target', apiDenies: false });

    const [finding] = runRule(noDenyByDefault, model);

    expect(finding?.id).toBe('no-deny-by-default@api');
    expect(finding?.hit.rationale).toContain('deployment "cloud" is internet-facing');
    expect(finding?.hit.exploitability?.level).toBe('high');
  });
});
