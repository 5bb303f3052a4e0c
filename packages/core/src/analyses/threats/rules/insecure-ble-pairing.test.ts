import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, homePumpParts, runRule } from '../../../../test/builders.js';
import { insecureBlePairing } from './insecure-ble-pairing.js';

type Interface = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['interfaces']>[number];

const pumpWith = (
  iface: Partial<Interface>,
  deployment = 'body',
  functions = ['insulin-delivery'],
) =>
  aModel({
    ...homePumpParts(),
    deployments: [...homePumpParts().deployments, { id: 'home', type: 'patient-home' }],
    components: [
      aComponent('pump', {
        deployment,
        functions,
        interfaces: [{ id: 'radio', type: 'ble', ...iface }],
      }),
    ],
  });

describe('insecure-ble-pairing', () => {
  it.each`
    pairing                 | fires
    ${undefined}            | ${true}
    ${'just-works'}         | ${true}
    ${'none'}               | ${true}
    ${'passkey'}            | ${false}
    ${'numeric-comparison'} | ${false}
    ${'out-of-band'}        | ${false}
  `('pairing $pairing → fires: $fires', ({ pairing, fires }) => {
    const model = pumpWith(pairing === undefined ? {} : { pairing });

    const ids = runRule(insecureBlePairing, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['insecure-ble-pairing@pump/radio'] : []);
  });

  it.each`
    case                            | iface                                               | functions
    ${'radio disabled'}             | ${{ access: 'disabled' }}                           | ${['insulin-delivery']}
    ${'radio removed'}              | ${{ access: 'removed' }}                            | ${['insulin-delivery']}
    ${'Wi-Fi, not Bluetooth'}       | ${{ type: 'wifi' }}                                 | ${['insulin-delivery']}
    ${'serves no serious function'} | ${{}}                                               | ${[]}
    ${'Bluetooth Classic locked'}   | ${{ type: 'bluetooth-classic', access: 'removed' }} | ${['glucose-display']}
  `('does not consider the interface when $case', ({ iface, functions }) => {
    const model = pumpWith(iface, 'body', functions);

    expect(runRule(insecureBlePairing, model)).toEqual([]);
  });

  it('rates a worn device high and says the pairing method is not declared', () => {
    const [finding] = runRule(insecureBlePairing, pumpWith({}));

    expect(finding?.hit.exploitability?.level).toBe('high');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.rationale).toContain('insulin-delivery (catastrophic)');
  });

  it('keeps the default exploitability for a device that stays at home', () => {
    const [finding] = runRule(insecureBlePairing, pumpWith({ pairing: 'just-works' }, 'home'));

    expect(finding?.hit.exploitability).toBeUndefined();
  });

  it.each`
    case                                         | integrity                                            | fires
    ${'every broadcast authenticated (AES-CCM)'} | ${{ algorithm: 'aes-128-ccm', purpose: 'security' }} | ${false}
    ${'broadcasts with a CRC only'}              | ${'crc16'}                                           | ${true}
  `('judges a connectionless broadcaster by its messages: $case', ({ integrity, fires }) => {
    const model = aModel({
      ...homePumpParts(),
      components: [
        aComponent('sensor', {
          kind: 'sensor',
          deployment: 'body',
          interfaces: [{ id: 'radio', type: 'ble', pairing: 'none' }],
        }),
        aComponent('pump', { deployment: 'body', functions: ['insulin-delivery'] }),
      ],
      dataFlows: [
        aFlow('readings', 'sensor', 'pump', {
          sourceInterface: 'radio',
          oneWay: true,
          protocol: 'ble',
          data: ['telemetry'],
          integrity,
        }),
      ],
    });

    const ids = runRule(insecureBlePairing, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['insecure-ble-pairing@sensor/radio'] : []);
  });
});
