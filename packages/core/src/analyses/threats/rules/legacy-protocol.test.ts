import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { legacyProtocol } from './legacy-protocol.js';

const model = (flow: Partial<Parameters<typeof aFlow>[3]>, deployment = 'ward') =>
  aModel({
    clinicalFunctions: [{ id: 'infusion', description: 'Infuse', severity: 'critical' }],
    deployments: [
      { id: 'ward', type: 'hospital-clinical-network' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [
      aComponent('pump', { functions: ['infusion'], deployment: 'ward' }),
      aComponent('server', { kind: 'gateway', deployment }),
    ],
    dataFlows: [aFlow('link', 'server', 'pump', flow)],
  });

describe('legacy-protocol', () => {
  it.each`
    case                                  | flow                                                                             | fires
    ${'telnet'}                           | ${{ protocol: 'telnet' }}                                                        | ${true}
    ${'telnet inside a tunnel'}           | ${{ protocol: 'telnet', encryption: 'ipsec-aes-256-gcm' }}                       | ${false}
    ${'ftp'}                              | ${{ protocol: 'ftp' }}                                                           | ${true}
    ${'ftps'}                             | ${{ protocol: 'ftp', encryption: 'tls-1.2' }}                                    | ${false}
    ${'snmp v2c'}                         | ${{ protocol: { name: 'snmp', version: 'v2c' } }}                                | ${true}
    ${'snmp v3'}                          | ${{ protocol: { name: 'snmp', version: '3' } }}                                  | ${false}
    ${'snmp, version unknown'}            | ${{ protocol: 'snmp' }}                                                          | ${true}
    ${'smb 1.0'}                          | ${{ protocol: { name: 'smb', version: '1.0' } }}                                 | ${true}
    ${'smb 3.1.1'}                        | ${{ protocol: { name: 'smb', version: '3.1.1' } }}                               | ${false}
    ${'hl7v2 over bare MLLP'}             | ${{ protocol: { name: 'hl7v2', version: '2.6 over MLLP' }, encryption: 'none' }} | ${true}
    ${'hl7v2 over MLLP/TLS'}              | ${{ protocol: { name: 'hl7v2', version: '2.6' }, encryption: 'tls-1.2' }}        | ${false}
    ${'ble 4.0'}                          | ${{ protocol: { name: 'ble', version: '4.0' } }}                                 | ${true}
    ${'ble 4.2'}                          | ${{ protocol: { name: 'ble', version: '4.2' } }}                                 | ${false}
    ${'ble, version unknown'}             | ${{ protocol: 'ble' }}                                                           | ${false}
    ${'bluetooth classic 2.0'}            | ${{ protocol: { name: 'bluetooth-classic', version: '2.0+EDR' } }}               | ${true}
    ${'bluetooth classic 4.0'}            | ${{ protocol: { name: 'bluetooth-classic', version: '4.0' } }}                   | ${true}
    ${'bluetooth classic 5.2'}            | ${{ protocol: { name: 'bluetooth-classic', version: '5.2' } }}                   | ${false}
    ${'tls 1.0 (deprecated-tls-version)'} | ${{ protocol: { name: 'tls', version: '1.0' } }}                                 | ${false}
  `('$case', ({ flow, fires }) => {
    expect(findingIds(legacyProtocol, model(flow))).toEqual(fires ? ['legacy-protocol@link'] : []);
  });

  it('says when it assumed the SNMP version', () => {
    const [finding] = runRule(legacyProtocol, model({ protocol: 'snmp' }));

    expect(finding?.hit.rationale).toBe(
      'Flow "link" (link) from "server" to "pump" uses snmp (version not declared): SNMPv1 and v2c authenticate with a community string sent in clear text: whoever sees one packet can read the device configuration and, with the write community, change it.',
    );
    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'protocol snmp (RFC 1157 (SNMPv1); RFC 1901 (SNMPv2c); RFC 3414 (SNMPv3 USM); RFC 7860 (SHA-2 for USM))',
      'dataFlows.link.protocol.version is not declared; treated as v1 or v2c (no encryption is declared either)',
      'dataFlows.link.encryption is not declared; treated as no wrapper (no TLS, tunnel or application-layer encryption)',
    ]);
  });

  it('names the secure successor and is more exploitable from the internet', () => {
    const [finding] = runRule(legacyProtocol, model({ protocol: 'telnet' }, 'cloud'));

    expect(finding?.hit.mitigation).toMatch(/^Replace it with SSH using key-based authentication/);
    expect(finding?.hit.exploitability).toEqual({
      level: 'high',
      reason:
        '"server" is reachable from the internet, where anyone can read and inject the traffic',
    });
  });
});
