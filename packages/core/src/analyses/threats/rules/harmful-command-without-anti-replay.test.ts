import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { harmfulCommandWithoutAntiReplay } from './harmful-command-without-anti-replay.js';

type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const withFlow = (flow: Flow, severity: 'minor' | 'catastrophic' = 'catastrophic') =>
  aModel({
    clinicalFunctions: [{ id: 'dosing', description: 'Deliver insulin', severity }],
    components: [
      aComponent('app', { kind: 'mobile-app' }),
      aComponent('pump', { functions: ['dosing'] }),
    ],
    dataFlows: [aFlow('cmd', 'app', 'pump', flow)],
  });

describe('harmful-command-without-anti-replay', () => {
  it.each`
    case                                       | flow                                                                    | fires
    ${'bolus, nothing declared'}               | ${{ data: ['therapy-command'] }}                                        | ${true}
    ${'configuration, antiReplay none'}        | ${{ data: ['configuration'], antiReplay: 'none' }}                      | ${true}
    ${'declared false'}                        | ${{ data: ['therapy-command'], antiReplay: false }}                     | ${true}
    ${'counter'}                               | ${{ data: ['therapy-command'], antiReplay: 'counter' }}                 | ${false}
    ${'declared true (mechanism unspecified)'} | ${{ data: ['therapy-command'], antiReplay: true }}                      | ${false}
    ${'inferred TLS session'}                  | ${{ data: ['therapy-command'], protocol: 'https' }}                     | ${false}
    ${'declared BLE secure connection'}        | ${{ data: ['therapy-command'], encryption: 'le-secure-connections' }}   | ${false}
    ${'WPA protects one hop only'}             | ${{ data: ['therapy-command'], encryption: 'wpa2' }}                    | ${true}
    ${'AES-CCM alone does not reject replays'} | ${{ data: ['therapy-command'], encryption: 'aes-128-ccm' }}             | ${true}
    ${'TLS but antiReplay none declared'}      | ${{ data: ['therapy-command'], protocol: 'https', antiReplay: 'none' }} | ${true}
    ${'alarms are consumed, not obeyed'}       | ${{ carries: 'data', data: ['alarm'] }}                                 | ${false}
    ${'configuration declared as plain data'}  | ${{ carries: 'data', data: ['configuration'] }}                         | ${true}
    ${'telemetry only'}                        | ${{ data: ['telemetry'] }}                                              | ${false}
    ${'firmware: left to update rules'}        | ${{ data: ['firmware'] }}                                               | ${false}
  `('$case → fires: $fires', ({ flow, fires }) => {
    const model = withFlow(flow);

    const ids = findingIds(harmfulCommandWithoutAntiReplay, model);

    expect(ids).toEqual(fires ? ['harmful-command-without-anti-replay@cmd'] : []);
  });

  it('does not consider commands that the model shows can only cause minor harm', () => {
    const model = withFlow({ data: ['configuration'] }, 'minor');

    expect(findingIds(harmfulCommandWithoutAntiReplay, model)).toEqual([]);
  });

  it.each`
    case                       | flow                                                                  | level          | evidence
    ${'undeclared, on BLE'}    | ${{ data: ['therapy-command'], protocol: 'ble' }}                     | ${'very-high'} | ${'not declared'}
    ${'none inside TLS'}       | ${{ data: ['therapy-command'], protocol: 'tls', antiReplay: 'none' }} | ${'low'}       | ${'antiReplay: none'}
    ${'undeclared, no radio'}  | ${{ data: ['therapy-command'] }}                                      | ${undefined}   | ${'not declared'}
    ${'undeclared, NFC'}       | ${{ data: ['therapy-command'], protocol: 'nfc' }}                     | ${'moderate'}  | ${'not declared'}
    ${'undeclared, USB cable'} | ${{ data: ['therapy-command'], protocol: 'usb' }}                     | ${'low'}       | ${'not declared'}
  `('explains $case', ({ flow, level, evidence }) => {
    const model = withFlow(flow);

    const [finding] = runRule(harmfulCommandWithoutAntiReplay, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.evidence?.[0]?.text).toContain(evidence);
    expect(finding?.hit.rationale).toContain('dosing (catastrophic)');
  });
});

describe('harmful-command-without-anti-replay: what is not a link', () => {
  it.each`
    case                          | source                                                              | protocol
    ${'a nurse at the keypad'}    | ${aComponent('nurse', { type: 'external-entity', kind: 'person' })} | ${undefined}
    ${'a call inside the device'} | ${aComponent('ui', { kind: 'device-firmware' })}                    | ${'in-process' as const}
    ${'a bus inside the pump'}    | ${aComponent('cpu', { parent: 'pump' })}                            | ${'other' as const}
  `('does not consider $case', ({ source, protocol }) => {
    const model = aModel({
      clinicalFunctions: [{ id: 'dose', description: 'Dose', severity: 'catastrophic' }],
      components: [source, aComponent('pump', { functions: ['dose'] })],
      dataFlows: [
        aFlow('cmd', source.id, 'pump', {
          data: ['therapy-command'],
          ...(protocol === undefined ? {} : { protocol }),
        }),
      ],
    });

    expect(findingIds(harmfulCommandWithoutAntiReplay, model)).toEqual([]);
  });
});
