import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { spoofableSafetyTelemetry } from './spoofable-safety-telemetry.js';

type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const withFlow = (
  flow: Flow,
  options: { severity?: 'minor' | 'catastrophic'; boundary?: boolean; external?: boolean } = {},
) =>
  aModel({
    clinicalFunctions: [
      {
        id: 'dosing',
        description: 'Automated insulin dosing',
        severity: options.severity ?? 'catastrophic',
      },
    ],
    components: [
      aComponent('cgm', {
        kind: 'sensor',
        ...(options.external === true ? { type: 'external-entity' as const } : {}),
      }),
      aComponent('pump', { functions: ['dosing'] }),
    ],
    ...(options.boundary === true ? { trustBoundaries: [{ id: 'body', members: ['pump'] }] } : {}),
    dataFlows: [aFlow('glucose', 'cgm', 'pump', { data: ['telemetry'], ...flow })],
  });

describe('spoofable-safety-telemetry', () => {
  it.each`
    case                                           | flow                                                              | fires
    ${'nothing declared'}                          | ${{}}                                                             | ${true}
    ${'plain hash is not keyed'}                   | ${{ integrity: 'sha-256' }}                                       | ${true}
    ${'TLS opened by the sensor: server only'}     | ${{ protocol: 'tls' }}                                            | ${true}
    ${'mutual: false declared, sensor opens'}      | ${{ authentication: { method: 'certificate', mutual: false } }}   | ${true}
    ${'TLS opened by the pump: sensor is server'}  | ${{ protocol: 'tls', initiator: 'target' }}                       | ${false}
    ${'HMAC'}                                      | ${{ integrity: 'hmac-sha256' }}                                   | ${false}
    ${'AES-CCM'}                                   | ${{ encryption: 'aes-128-ccm' }}                                  | ${false}
    ${'declared pairing authentication'}           | ${{ authentication: 'pairing' }}                                  | ${false}
    ${'alarm with CRC: crc-as-security-integrity'} | ${{ data: ['alarm'], integrity: 'crc16' }}                        | ${false}
    ${'telemetry with CRC (not reported there)'}   | ${{ integrity: 'crc16' }}                                         | ${true}
    ${'alarm with CRC inside sensor-opened TLS'}   | ${{ data: ['alarm'], integrity: 'crc16', encryption: 'tls-1.3' }} | ${true}
    ${'diagnostics are not safety telemetry'}      | ${{ data: ['diagnostic'] }}                                       | ${false}
  `('$case → fires: $fires', ({ flow, fires }) => {
    const model = withFlow(flow);

    const ids = findingIds(spoofableSafetyTelemetry, model);

    expect(ids).toEqual(fires ? ['spoofable-safety-telemetry@glucose'] : []);
  });

  it.each`
    case                                                | options
    ${'minor harm'}                                     | ${{ severity: 'minor' }}
    ${'unauthenticated across a boundary (other rule)'} | ${{ boundary: true }}
    ${'external entity source (other rule)'}            | ${{ external: true }}
  `('does not fire for $case', ({ options }) => {
    const model = withFlow({}, options);

    expect(findingIds(spoofableSafetyTelemetry, model)).toEqual([]);
  });

  it('names the function at stake and rates a local bus low', () => {
    const model = withFlow({ protocol: 'serial' });

    const [finding] = runRule(spoofableSafetyTelemetry, model);

    expect(finding?.hit.rationale).toContain('dosing (catastrophic)');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.exploitability?.level).toBe('low');
  });

  it('keeps the default exploitability over radio', () => {
    const model = withFlow({ protocol: 'ble' });

    const [finding] = runRule(spoofableSafetyTelemetry, model);

    expect(finding?.hit.exploitability).toBeUndefined();
  });
});
