import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { portWithNothingConnected } from './port-with-nothing-connected.js';

type Interface = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['interfaces']>[number];

const withPort = (iface: Interface, flows: ReturnType<typeof aFlow>[]) =>
  aModel({
    components: [
      aComponent('pump', { interfaces: [iface] }),
      aComponent('pump-fw', { parent: 'pump' }),
      aComponent('app', {
        kind: 'mobile-app',
        interfaces: [{ id: 'radio', type: 'ble', used: false }],
      }),
      aComponent('nurse', { type: 'external-entity', kind: 'person' }),
    ],
    dataFlows: flows,
  });

const ble: Interface = { id: 'ble', type: 'ble' };
const fires = ['port-with-nothing-connected@pump/ble'];

describe('port-with-nothing-connected', () => {
  it.each`
    case                                                 | flows                                                                           | expected
    ${'no flow at all'}                                  | ${[]}                                                                           | ${fires}
    ${'a flow names the port'}                           | ${[aFlow('cmd', 'app', 'pump', { targetInterface: 'ble' })]}                    | ${[]}
    ${'a flow names no port but uses BLE'}               | ${[aFlow('cmd', 'app', 'pump', { protocol: 'ble' })]}                           | ${[]}
    ${'a BLE flow to the nested firmware'}               | ${[aFlow('cmd', 'app', 'pump-fw', { protocol: 'ble' })]}                        | ${[]}
    ${'only a USB flow'}                                 | ${[aFlow('svc', 'app', 'pump', { protocol: 'usb' })]}                           | ${fires}
    ${'a flow with neither protocol nor interface'}      | ${[aFlow('cmd', 'app', 'pump')]}                                                | ${fires}
    ${'internal wiring only'}                            | ${[aFlow('boot', 'pump', 'pump-fw', { protocol: 'ble' })]}                      | ${fires}
    ${'the other end names its port, this end does not'} | ${[aFlow('cmd', 'app', 'pump', { sourceInterface: 'radio', protocol: 'ble' })]} | ${[]}
  `('$case', ({ flows, expected }) => {
    expect(findingIds(portWithNothingConnected, withPort(ble, flows))).toEqual(expected);
  });

  it.each`
    case                 | iface
    ${'disabled'}        | ${{ ...ble, access: 'disabled' as const }}
    ${'declared unused'} | ${{ ...ble, used: false }}
    ${'charging only'}   | ${{ id: 'ble', type: 'usb' as const, purpose: 'charging' as const }}
    ${'a debug port'}    | ${{ id: 'ble', type: 'jtag' as const }}
  `('does not consider a port that is $case', ({ iface }) => {
    expect(findingIds(portWithNothingConnected, withPort(iface, []))).toEqual([]);
  });

  it('matches a local console to a person using the device', () => {
    const consolePort = { id: 'ble', type: 'local-console' as const };

    expect(
      findingIds(portWithNothingConnected, withPort(consolePort, [aFlow('ui', 'nurse', 'pump')])),
    ).toEqual([]);
    expect(
      findingIds(portWithNothingConnected, withPort(consolePort, [aFlow('ui', 'app', 'pump')])),
    ).toEqual(fires);
  });

  it('describes the port', () => {
    const [finding] = runRule(portWithNothingConnected, withPort(ble, []));

    expect(finding?.hit.rationale).toContain('(the component has no flows)');
    expect(finding?.hit.evidence?.[0]).toEqual({
      path: 'components.pump.interfaces.ble',
      text: 'ble, purpose: data, access: not declared',
    });
  });
});
