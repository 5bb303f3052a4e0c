import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { processSpoofing } from './process-spoofing.js';

const pump = aComponent('pump');
const components = [aComponent('app', { kind: 'mobile-app' }), pump];
const apart = [
  { id: 'phone', members: ['app'] },
  { id: 'body', members: ['pump'] },
];
const together = [{ id: 'device', members: ['app', 'pump'] }];

const withFlow = (flow: Parameters<typeof aFlow>[3], trustBoundaries = apart) =>
  aModel({
    components,
    trustBoundaries,
    dataFlows: [aFlow('bolus', 'app', 'pump', { data: ['therapy-command'], ...flow })],
  });

describe('process-spoofing', () => {
  it.each`
    case                                                 | flow                                                                    | expected
    ${'the app proves itself with a password only'}      | ${{ authentication: 'password' as const }}                              | ${['process-spoofing@pump/bolus']}
    ${'messages carry the app HMAC only'}                | ${{ authentication: 'hmac' as const }}                                  | ${['process-spoofing@pump/bolus']}
    ${'TLS opened by the app proves the pump'}           | ${{ protocol: 'tls' as const }}                                         | ${[]}
    ${'TLS opened by the pump proves only the app'}      | ${{ protocol: 'tls' as const, initiator: 'target' as const }}           | ${['process-spoofing@pump/bolus']}
    ${'password inside https proves the pump'}           | ${{ protocol: 'https' as const, authentication: 'password' as const }}  | ${[]}
    ${'bonded pairing proves both ends'}                 | ${{ authentication: 'pairing' as const }}                               | ${[]}
    ${'mutual certificates'}                             | ${{ authentication: { method: 'certificate' as const, mutual: true } }} | ${[]}
    ${'no authentication across a boundary (BCU owns)'}  | ${{}}                                                                   | ${[]}
    ${'in-process call'}                                 | ${{ protocol: 'in-process' as const, authentication: 'pin' as const }}  | ${[]}
    ${'telemetry only: nothing worth impersonating for'} | ${{ data: ['telemetry' as const], authentication: 'pin' as const }}     | ${[]}
  `('$case', ({ flow, expected }) => {
    expect(findingIds(processSpoofing, withFlow(flow))).toEqual(expected);
  });

  it('reports an unauthenticated flow inside one boundary, rated low', () => {
    const [finding, ...rest] = runRule(processSpoofing, withFlow({}, together));

    expect(finding?.id).toBe('process-spoofing@pump/bolus');
    expect(rest).toEqual([]);
    expect(finding?.hit.exploitability).toEqual({
      level: 'low',
      reason: 'an impostor must already be inside trust boundary "device"',
    });
  });

  it('rates a radio link high and explains the direction', () => {
    const [finding] = runRule(
      processSpoofing,
      withFlow({ protocol: 'ble', authentication: 'pin', data: ['phi'] }),
    );

    expect(finding?.hit.exploitability?.level).toBe('high');
    expect(finding?.hit.rationale).toContain('genuine "pump"');
    expect(finding?.hit.evidence?.map((e) => e.text)).toContain('initiator: source');
  });

  it('reports an authenticated external sender that cannot verify the process', () => {
    const model = aModel({
      components: [aComponent('ehr', { type: 'external-entity', kind: 'ehr' }), pump],
      dataFlows: [
        aFlow('order', 'ehr', 'pump', { data: ['therapy-command'], authentication: 'api-key' }),
        aFlow('open', 'ehr', 'pump', { data: ['therapy-command'] }),
      ],
    });

    expect(findingIds(processSpoofing, model)).toEqual(['process-spoofing@pump/order']);
  });

  it('skips a person at the user interface and rates a cable link low', () => {
    const model = aModel({
      components: [aComponent('nurse', { type: 'external-entity', kind: 'person' }), ...components],
      dataFlows: [
        aFlow('keypad', 'nurse', 'pump', { data: ['therapy-command'], authentication: 'pin' }),
        aFlow('service', 'app', 'pump', {
          data: ['configuration'],
          protocol: 'usb',
          authentication: 'password',
        }),
      ],
    });

    const findings = runRule(processSpoofing, model);

    expect(findings.map((f) => f.id)).toEqual(['process-spoofing@pump/service']);
    expect(findings[0]?.hit.exploitability?.level).toBe('low');
  });

  it('leaves wiring between two parts of one device to flow-tampering', () => {
    const model = aModel({
      components: [
        aComponent('device', { kind: 'medical-device' }),
        aComponent('main', { parent: 'device' }),
        aComponent('monitor', { parent: 'device' }),
      ],
      dataFlows: [
        aFlow('bus', 'main', 'monitor', {
          protocol: { name: 'other', version: 'SPI' },
          data: ['therapy-command'],
        }),
      ],
    });

    expect(findingIds(processSpoofing, model)).toEqual([]);
  });

  it('rates a near-field link from a sender behind restricted access low', () => {
    const model = aModel({
      deployments: [{ id: 'factory', type: 'manufacturing' }],
      components: [
        aComponent('station', { kind: 'other', deployment: 'factory' }),
        aComponent('implant', { kind: 'medical-device' }),
      ],
      dataFlows: [
        aFlow('keys', 'station', 'implant', {
          protocol: 'inductive',
          data: ['keys'],
          authentication: { method: 'other' },
        }),
      ],
    });

    const [finding] = runRule(processSpoofing, model);

    expect(finding?.hit.exploitability?.level).toBe('low');
    expect(finding?.hit.exploitability?.reason).toContain('physical access is restricted');
  });
});
