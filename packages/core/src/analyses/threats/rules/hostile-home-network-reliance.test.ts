import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, runRule } from '../../../../test/builders.js';
import { hostileHomeNetworkReliance } from './hostile-home-network-reliance.js';

const withFlow = (flow: Parameters<typeof aFlow>[3], source = 'hub') =>
  aModel({
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'clinic', type: 'clinic' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [
      aComponent('hub', { kind: 'home-monitor', deployment: 'home' }),
      aComponent('workstation', { kind: 'clinician-workstation', deployment: 'clinic' }),
      aComponent('server', { kind: 'cloud-service', deployment: 'cloud' }),
      aComponent('patient', { kind: 'person', type: 'external-entity', deployment: 'home' }),
    ],
    dataFlows: [aFlow('upload', source, 'server', flow)],
  });

describe('hostile-home-network-reliance', () => {
  it.each`
    case                                          | source           | flow                                                                   | fires
    ${'plain HTTP from the home'}                 | ${'hub'}         | ${{ protocol: 'http', data: ['telemetry'] }}                           | ${true}
    ${'protocol not declared'}                    | ${'hub'}         | ${{ data: ['telemetry'] }}                                             | ${true}
    ${'encryption declared none'}                 | ${'hub'}         | ${{ protocol: 'tcp', encryption: 'none', data: ['telemetry'] }}        | ${true}
    ${'HTTPS implies TLS'}                        | ${'hub'}         | ${{ protocol: 'https', data: ['telemetry'] }}                          | ${false}
    ${'declared AEAD encryption'}                 | ${'hub'}         | ${{ protocol: 'tcp', encryption: 'aes-128-gcm', data: ['telemetry'] }} | ${false}
    ${'HMAC integrity, no encryption'}            | ${'hub'}         | ${{ protocol: 'mqtt', integrity: 'hmac-sha256', data: ['telemetry'] }} | ${false}
    ${'BLE link, not the home network'}           | ${'hub'}         | ${{ protocol: 'ble', data: ['telemetry'] }}                            | ${false}
    ${'cellular link bypasses the router'}        | ${'hub'}         | ${{ protocol: 'cellular', data: ['telemetry'] }}                       | ${false}
    ${'PHI: left to flow-information-disclosure'} | ${'hub'}         | ${{ protocol: 'http', data: ['phi', 'telemetry'] }}                    | ${false}
    ${'a person at home, not a network link'}     | ${'patient'}     | ${{ data: ['telemetry'] }}                                             | ${false}
    ${'neither end in a patient home'}            | ${'workstation'} | ${{ protocol: 'http', data: ['telemetry'] }}                           | ${false}
  `('$case → fires: $fires', ({ source, flow, fires }) => {
    const model = withFlow(flow, source);

    const ids = runRule(hostileHomeNetworkReliance, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['hostile-home-network-reliance@upload'] : []);
  });

  it('names the home end and says which protections are not declared', () => {
    const [finding] = runRule(hostileHomeNetworkReliance, withFlow({ data: ['telemetry'] }));

    expect(finding?.hit.rationale).toContain('"hub"');
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'components.hub.deployment',
      'dataFlows.upload.protocol',
      'dataFlows.upload.encryption',
      'dataFlows.upload.integrity',
    ]);
    expect(finding?.hit.evidence?.[2]?.text).toContain('not declared');
    expect(finding?.hit.rationale).toContain('can read telemetry');
  });

  it.each`
    case                                    | integrity                                                   | fires
    ${'CRC only: still readable'}           | ${'crc16'}                                                  | ${true}
    ${'CRC for accidental corruption only'} | ${{ algorithm: 'crc32', purpose: 'accidental-corruption' }} | ${true}
    ${'deprecated HMAC-MD5'}                | ${'hmac-md5'}                                               | ${true}
  `('$case → fires: $fires', ({ integrity, fires }) => {
    const model = withFlow({ protocol: 'tcp', integrity, data: ['configuration'] });

    const ids = runRule(hostileHomeNetworkReliance, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['hostile-home-network-reliance@upload'] : []);
  });
});
