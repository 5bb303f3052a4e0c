import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { authenticationOf, encryptionOf, hasSecurityIntegrity } from './index.js';

type FlowFields = NonNullable<Parameters<typeof aFlow>[3]>;

const flowWith = (fields: FlowFields) =>
  aModel({
    components: [aComponent('app', { kind: 'mobile-app' }), aComponent('cloud')],
    dataFlows: [aFlow('f', 'app', 'cloud', fields)],
  }).dataFlows[0]!;

describe('encryptionOf', () => {
  it.each`
    case                            | fields                                                            | algorithm        | basis         | kind
    ${'nothing declared'}           | ${{}}                                                             | ${undefined}     | ${undefined}  | ${undefined}
    ${'plain http'}                 | ${{ protocol: 'http' }}                                           | ${undefined}     | ${undefined}  | ${undefined}
    ${'mqtt'}                       | ${{ protocol: 'mqtt' }}                                           | ${undefined}     | ${undefined}  | ${undefined}
    ${'ble'}                        | ${{ protocol: 'ble' }}                                            | ${undefined}     | ${undefined}  | ${undefined}
    ${'https'}                      | ${{ protocol: 'https' }}                                          | ${'tls'}         | ${'protocol'} | ${'channel'}
    ${'tls'}                        | ${{ protocol: 'tls' }}                                            | ${'tls'}         | ${'protocol'} | ${'channel'}
    ${'tls with a version'}         | ${{ protocol: { name: 'tls', version: '1.3' } }}                  | ${'tls-1.3'}     | ${'protocol'} | ${'channel'}
    ${'https with a number'}        | ${{ protocol: { name: 'https', version: 1.2 } }}                  | ${'tls-1.2'}     | ${'protocol'} | ${'channel'}
    ${'dtls'}                       | ${{ protocol: 'dtls' }}                                           | ${'dtls'}        | ${'protocol'} | ${'channel'}
    ${'ssh'}                        | ${{ protocol: 'ssh' }}                                            | ${'ssh'}         | ${'protocol'} | ${'channel'}
    ${'sftp'}                       | ${{ protocol: 'sftp' }}                                           | ${'ssh'}         | ${'protocol'} | ${'channel'}
    ${'declared AEAD'}              | ${{ encryption: 'aes-128-gcm' }}                                  | ${'aes-128-gcm'} | ${'declared'} | ${'aead'}
    ${'declared over mqtt'}         | ${{ protocol: 'mqtt', encryption: { algorithm: 'aes-128-cbc' } }} | ${'aes-128-cbc'} | ${'declared'} | ${'cipher'}
    ${'declared beats the channel'} | ${{ protocol: 'https', encryption: 'aes-256-gcm' }}               | ${'aes-256-gcm'} | ${'declared'} | ${'aead'}
    ${'declared none'}              | ${{ encryption: 'none' }}                                         | ${undefined}     | ${undefined}  | ${undefined}
  `('$case → $algorithm ($basis)', ({ fields, algorithm, basis, kind }) => {
    const flow = flowWith(fields);

    const protection = encryptionOf(flow);

    expect(
      protection === undefined
        ? undefined
        : [protection.algorithm, protection.basis, protection.info.kind],
    ).toEqual(algorithm === undefined ? undefined : [algorithm, basis, kind]);
  });

  it('marks an old TLS version as deprecated', () => {
    const flow = flowWith({ protocol: { name: 'tls', version: '1.1' } });

    const protection = encryptionOf(flow);

    expect(protection?.info.deprecated).toMatch(/TLS 1\.0\/1\.1 are deprecated/);
  });
});

describe('hasSecurityIntegrity', () => {
  it.each`
    case                                     | fields                                                                     | expected
    ${'nothing declared'}                    | ${{}}                                                                      | ${false}
    ${'plain http'}                          | ${{ protocol: 'http' }}                                                    | ${false}
    ${'a CRC'}                               | ${{ integrity: 'crc32' }}                                                  | ${false}
    ${'a CRC declared for security'}         | ${{ integrity: { algorithm: 'crc16', purpose: 'security' } }}              | ${false}
    ${'a bare hash'}                         | ${{ integrity: 'sha256' }}                                                 | ${false}
    ${'a deprecated hash'}                   | ${{ integrity: 'md5' }}                                                    | ${false}
    ${'a proprietary check'}                 | ${{ integrity: 'proprietary-checksum' }}                                   | ${false}
    ${'an unknown name'}                     | ${{ integrity: 'magic' }}                                                  | ${false}
    ${'an HMAC'}                             | ${{ integrity: 'hmac-sha256' }}                                            | ${true}
    ${'HMAC-SHA1 (still allowed for MACs)'}  | ${{ integrity: 'hmac-sha1' }}                                              | ${true}
    ${'a signature'}                         | ${{ integrity: 'ecdsa-p256' }}                                             | ${true}
    ${'a weak RSA signature'}                | ${{ integrity: 'rsa-1024' }}                                               | ${false}
    ${'a post-quantum signature'}            | ${{ integrity: 'ml-dsa-65' }}                                              | ${true}
    ${'an AEAD written as integrity'}        | ${{ integrity: 'aes-128-ccm' }}                                            | ${true}
    ${'CBC encryption alone'}                | ${{ encryption: 'aes-128-cbc' }}                                           | ${false}
    ${'3DES encryption'}                     | ${{ encryption: '3des' }}                                                  | ${false}
    ${'proprietary encryption'}              | ${{ encryption: 'proprietary' }}                                           | ${false}
    ${'AEAD encryption'}                     | ${{ encryption: 'aes-128-gcm' }}                                           | ${true}
    ${'AEAD encryption with a declared CRC'} | ${{ encryption: 'chacha20-poly1305', integrity: 'crc32' }}                 | ${true}
    ${'CBC encryption with a declared CRC'}  | ${{ encryption: 'aes-128-cbc', integrity: 'crc32' }}                       | ${false}
    ${'a TLS channel'}                       | ${{ protocol: 'https' }}                                                   | ${true}
    ${'a TLS channel with a declared CRC'}   | ${{ protocol: 'https', integrity: 'crc32' }}                               | ${true}
    ${'an SSH channel with a declared hash'} | ${{ protocol: 'ssh', integrity: 'sha1' }}                                  | ${true}
    ${'a deprecated TLS channel'}            | ${{ protocol: { name: 'tls', version: '1.1' } }}                           | ${false}
    ${'a deprecated channel with an HMAC'}   | ${{ protocol: { name: 'tls', version: '1.0' }, integrity: 'hmac-sha256' }} | ${true}
    ${'CBC declared over https'}             | ${{ protocol: 'https', encryption: 'aes-128-cbc' }}                        | ${false}
  `('$case → $expected', ({ fields, expected }) => {
    const flow = flowWith(fields);

    const result = hasSecurityIntegrity(flow);

    expect(result).toBe(expected);
  });
});

describe('authenticationOf', () => {
  it.each`
    case                             | fields                                                                          | expected
    ${'nothing declared'}            | ${{}}                                                                           | ${undefined}
    ${'plain http'}                  | ${{ protocol: 'http' }}                                                         | ${undefined}
    ${'https: the server, one way'}  | ${{ protocol: 'https' }}                                                        | ${{ method: 'certificate', mutual: false, basis: 'protocol', serverAuthenticatedByChannel: true }}
    ${'ssh: the server, one way'}    | ${{ protocol: 'ssh' }}                                                          | ${{ method: 'certificate', mutual: false, basis: 'protocol', serverAuthenticatedByChannel: true }}
    ${'a token over https'}          | ${{ protocol: 'https', authentication: 'token' }}                               | ${{ method: 'token', basis: 'declared', serverAuthenticatedByChannel: true }}
    ${'mutual TLS declared'}         | ${{ protocol: 'tls', authentication: { method: 'certificate', mutual: true } }} | ${{ method: 'certificate', mutual: true, basis: 'declared', serverAuthenticatedByChannel: true }}
    ${'pairing over ble'}            | ${{ protocol: 'ble', authentication: 'pairing' }}                               | ${{ method: 'pairing', basis: 'declared', serverAuthenticatedByChannel: false }}
    ${'an API key with no protocol'} | ${{ authentication: { method: 'api-key', perSession: false } }}                 | ${{ method: 'api-key', perSession: false, basis: 'declared', serverAuthenticatedByChannel: false }}
    ${'none declared stays none'}    | ${{ authentication: 'none' }}                                                   | ${undefined}
    ${'none declared over https'}    | ${{ protocol: 'https', authentication: 'none' }}                                | ${undefined}
  `('$case', ({ fields, expected }) => {
    const flow = flowWith(fields);

    const result = authenticationOf(flow);

    expect(result).toEqual(expected);
  });
});
