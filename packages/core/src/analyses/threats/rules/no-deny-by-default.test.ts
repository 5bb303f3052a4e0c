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

  it('does not take a cloud service that only calls out as internet-facing', () => {
    const model = withHub({}, { initiator: 'source', apiDenies: false });

    expect(findingIds(noDenyByDefault, model)).not.toContain('no-deny-by-default@api');
  });

  it('does not count a radio the process only broadcasts on', () => {
    const model = aModel({
      deployments: [{ id: 'body', type: 'on-body' }],
      components: [
        aComponent('sensor', {
          kind: 'sensor',
          deployment: 'body',
          interfaces: [{ id: 'ble', type: 'ble', pairing: 'none' }],
        }),
        aComponent('pump', { kind: 'medical-device', deployment: 'body' }),
      ],
      dataFlows: [
        aFlow('readings', 'sensor', 'pump', {
          sourceInterface: 'ble',
          oneWay: true,
          protocol: 'ble',
          data: ['telemetry'],
        }),
      ],
    });

    expect(findingIds(noDenyByDefault, model)).toEqual([]);
  });

  it('does not count a person at the user interface as an incoming connection', () => {
    const model = aModel({
      deployments: [{ id: 'phone', type: 'patient-mobile-device' }],
      components: [
        aComponent('patient', { type: 'external-entity', kind: 'person' }),
        aComponent('app', { kind: 'mobile-app', deployment: 'phone' }),
      ],
      trustBoundaries: [{ id: 'phone', members: ['app'] }],
      dataFlows: [aFlow('bolus', 'patient', 'app', { data: ['therapy-command'] })],
    });

    expect(findingIds(noDenyByDefault, model)).toEqual([]);
  });

  it('leaves build and release infrastructure to ci-cd-compromise', () => {
    const model = aModel({
      deployments: [{ id: 'backend', type: 'manufacturer-backend' }],
      components: [
        aComponent('dev', { type: 'external-entity', kind: 'person' }),
        aComponent('ci', { kind: 'ci-cd', deployment: 'backend' }),
      ],
      trustBoundaries: [{ id: 'eng', members: ['ci'] }],
      dataFlows: [aFlow('push', 'dev', 'ci', { protocol: 'https', data: ['software'] })],
    });

    expect(findingIds(noDenyByDefault, model)).toEqual([]);
  });
});
