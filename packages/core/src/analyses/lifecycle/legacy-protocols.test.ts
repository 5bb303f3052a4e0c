import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { legacyProtocolOf } from './legacy-protocols.js';

/** A flow through the real schema and normalization, as rules see it. */
function flow(protocol: string | { name: string; version?: string }, encryption?: string) {
  const model = aModel({
    components: [aComponent('a'), aComponent('b')],
    dataFlows: [
      aFlow('f', 'a', 'b', {
        protocol: protocol as never,
        ...(encryption === undefined ? {} : { encryption: { algorithm: encryption } as never }),
      }),
    ],
  });
  const [only] = model.dataFlows;
  if (only === undefined) throw new Error('no flow');
  return only;
}

describe('protocols that cannot carry modern cryptography', () => {
  it.each`
    protocol                                         | encryption   | name
    ${{ name: 'telnet' }}                            | ${undefined} | ${'telnet'}
    ${{ name: 'ftp' }}                               | ${undefined} | ${'ftp'}
    ${{ name: 'ftp' }}                               | ${'none'}    | ${'ftp'}
    ${{ name: 'snmp', version: 'v2c' }}              | ${undefined} | ${'snmp v2c'}
    ${{ name: 'snmp', version: '1' }}                | ${'AES-128'} | ${'snmp v1'}
    ${{ name: 'snmp' }}                              | ${undefined} | ${'snmp (version not declared)'}
    ${{ name: 'smb', version: '1.0' }}               | ${undefined} | ${'smb v1'}
    ${{ name: 'hl7v2', version: '2.5' }}             | ${undefined} | ${'hl7v2 over MLLP'}
    ${{ name: 'ble', version: '4.0' }}               | ${'AES-CCM'} | ${'ble 4.0'}
    ${{ name: 'ble', version: '4.1' }}               | ${undefined} | ${'ble 4.1'}
    ${{ name: 'bluetooth-classic', version: '2.0' }} | ${undefined} | ${'bluetooth-classic 2.0'}
    ${{ name: 'bluetooth-classic', version: '3.0' }} | ${undefined} | ${'bluetooth-classic 3.0'}
  `(
    '$protocol.name $protocol.version (encryption $encryption) → $name',
    ({ protocol, encryption, name }) => {
      expect(legacyProtocolOf(flow(protocol, encryption))?.name).toBe(name);
    },
  );

  it.each`
    protocol                                         | encryption   | why
    ${{ name: 'telnet' }}                            | ${'TLS 1.2'} | ${'wrapped in TLS'}
    ${{ name: 'ftp' }}                               | ${'TLS 1.2'} | ${'FTPS'}
    ${{ name: 'snmp', version: 'v3' }}               | ${undefined} | ${'SNMPv3'}
    ${{ name: 'snmp' }}                              | ${'AES-128'} | ${'undeclared version, but encrypted: v3 assumed'}
    ${{ name: 'smb', version: '3.1.1' }}             | ${undefined} | ${'SMB 3'}
    ${{ name: 'smb' }}                               | ${undefined} | ${'SMB version not declared'}
    ${{ name: 'hl7v2' }}                             | ${'TLS 1.2'} | ${'MLLP over TLS'}
    ${{ name: 'ble', version: '4.2' }}               | ${undefined} | ${'LE Secure Connections'}
    ${{ name: 'ble', version: '5.3' }}               | ${undefined} | ${'BLE 5'}
    ${{ name: 'ble' }}                               | ${undefined} | ${'BLE version not declared'}
    ${{ name: 'bluetooth-classic', version: '4.1' }} | ${undefined} | ${'BR/EDR Secure Connections'}
    ${{ name: 'https', version: '1.2' }}             | ${undefined} | ${'TLS is judged by deprecated-tls-version'}
  `('not $protocol.name $protocol.version: $why', ({ protocol, encryption }) => {
    expect(legacyProtocolOf(flow(protocol, encryption))).toBeUndefined();
  });

  it('says what an undeclared SNMP version was assumed to be', () => {
    expect(legacyProtocolOf(flow({ name: 'snmp' }))?.assumed).toMatch(/v1 or v2c/);
  });

  it('explains Bluetooth Classic before and after Secure Simple Pairing differently', () => {
    expect(legacyProtocolOf(flow({ name: 'bluetooth-classic', version: '2.0' }))?.why).toMatch(
      /PIN/,
    );
    expect(legacyProtocolOf(flow({ name: 'bluetooth-classic', version: '3.0' }))?.why).toMatch(
      /P-192/,
    );
  });
});
