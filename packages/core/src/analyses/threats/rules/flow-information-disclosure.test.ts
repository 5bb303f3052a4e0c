import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { flowInformationDisclosure } from './flow-information-disclosure.js';

const components = [
  aComponent('app', { kind: 'mobile-app' }),
  aComponent('pump', { functions: ['dosing'] }),
];
const clinicalFunctions = [
  { id: 'dosing', description: 'Deliver insulin', severity: 'catastrophic' as const },
];
const withFlow = (flow: Parameters<typeof aFlow>[3]) =>
  aModel({ clinicalFunctions, components, dataFlows: [aFlow('sync', 'app', 'pump', flow)] });

const fires = ['flow-information-disclosure@sync'];

describe('flow-information-disclosure', () => {
  it.each`
    case                                       | flow                                                           | expected
    ${'PHI with nothing declared'}             | ${{ data: ['phi' as const] }}                                  | ${fires}
    ${'PHI declared plaintext'}                | ${{ data: ['phi' as const], encryption: 'none' }}              | ${fires}
    ${'PHI with a MAC only'}                   | ${{ data: ['pii' as const], encryption: 'hmac-sha256' }}       | ${fires}
    ${'PHI over https'}                        | ${{ data: ['phi' as const], protocol: 'https' as const }}      | ${[]}
    ${'PHI under AES-GCM'}                     | ${{ data: ['phi' as const], encryption: 'aes-256-gcm' }}       | ${[]}
    ${'PHI under RC4: deprecated cipher rule'} | ${{ data: ['phi' as const], encryption: 'rc4' }}               | ${[]}
    ${'PHI under a home-made cipher'}          | ${{ data: ['phi' as const], encryption: 'proprietary-xor' }}   | ${[]}
    ${'telemetry: nothing sensitive'}          | ${{ data: ['telemetry' as const] }}                            | ${[]}
    ${'in-process call: not considered'}       | ${{ data: ['phi' as const], protocol: 'in-process' as const }} | ${[]}
  `('$case', ({ flow, expected }) => {
    expect(findingIds(flowInformationDisclosure, withFlow(flow))).toEqual(expected);
  });

  it('keeps PHI a privacy breach and rates radio high', () => {
    const [finding] = runRule(
      flowInformationDisclosure,
      withFlow({ data: ['phi'], protocol: 'ble' }),
    );

    expect(finding?.hit.severity).toBeUndefined();
    expect(finding?.hit.exploitability?.level).toBe('high');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });

  it('rates leaked keys by what the receiver controls', () => {
    const [finding] = runRule(
      flowInformationDisclosure,
      withFlow({ data: ['keys'], protocol: 'usb' }),
    );

    expect(finding?.hit.severity?.level).toBe('catastrophic');
    expect(finding?.hit.exploitability?.level).toBe('low');
  });

  it('quotes a declared non-encrypting algorithm', () => {
    const [finding] = runRule(
      flowInformationDisclosure,
      withFlow({ data: ['phi'], encryption: 'hmac-sha256' }),
    );

    expect(finding?.hit.rationale).toContain(
      'protected only by hmac-sha256, which does not encrypt',
    );
    expect(finding?.hit.evidence?.[0]?.text).toBe('encryption: hmac-sha256 (mac)');
  });

  it('skips a person typing at the device and keeps near-field radio at the default', () => {
    const model = aModel({
      clinicalFunctions,
      components: [aComponent('nurse', { type: 'external-entity', kind: 'person' }), ...components],
      dataFlows: [
        aFlow('login', 'nurse', 'pump', { data: ['credentials'] }),
        aFlow('tap', 'app', 'pump', { data: ['phi'], protocol: 'nfc' }),
      ],
    });

    const findings = runRule(flowInformationDisclosure, model);

    expect(findings.map((f) => f.id)).toEqual(['flow-information-disclosure@tap']);
    expect(findings[0]?.hit.exploitability).toBeUndefined();
  });
});
