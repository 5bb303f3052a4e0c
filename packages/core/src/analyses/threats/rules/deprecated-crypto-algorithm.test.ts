import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { deprecatedCryptoAlgorithm } from './deprecated-crypto-algorithm.js';

const endpoints = [aComponent('app', { kind: 'mobile-app' }), aComponent('pump')];
const withLink = (flow: Parameters<typeof aFlow>[3]) =>
  aModel({ components: endpoints, dataFlows: [aFlow('link', 'app', 'pump', flow)] });
const withPump = (fields: Parameters<typeof aComponent>[1]) =>
  aModel({ components: [aComponent('pump', fields)] });

describe('deprecated-crypto-algorithm', () => {
  it.each`
    case                               | model                                                                                   | expected
    ${'DES encryption'}                | ${withLink({ encryption: 'des' })}                                                      | ${['deprecated-crypto-algorithm@link/encryption']}
    ${'Triple DES encryption'}         | ${withLink({ encryption: '3des-cbc' })}                                                 | ${['deprecated-crypto-algorithm@link/encryption']}
    ${'1024-bit DH key exchange'}      | ${withLink({ encryption: { algorithm: 'aes-128-gcm', keyExchange: 'dh-1024' } })}       | ${['deprecated-crypto-algorithm@link/key-exchange']}
    ${'1024-bit RSA device key'}       | ${withPump({ credentials: [{ id: 'k', kind: 'private-key', algorithm: 'rsa-1024' }] })} | ${['deprecated-crypto-algorithm@pump/credential-k']}
    ${'1024-bit DSA update signature'} | ${withPump({ update: { mechanism: 'ota', signature: { algorithm: 'dsa-1024' } } })}     | ${['deprecated-crypto-algorithm@pump/update-signature']}
    ${'RC4 storage encryption'}        | ${withPump({ storage: { encryptionAlgorithm: 'rc4' } })}                                | ${['deprecated-crypto-algorithm@pump/storage-encryption']}
    ${'MD5 hash (weak-hash rule)'}     | ${withLink({ integrity: 'md5' })}                                                       | ${[]}
    ${'HMAC-MD5 integrity (a MAC)'}    | ${withLink({ integrity: 'hmac-md5' })}                                                  | ${['deprecated-crypto-algorithm@link/integrity']}
    ${'TLS 1.0 (deprecated-tls rule)'} | ${withLink({ encryption: 'tls-1.0' })}                                                  | ${[]}
    ${'AES-GCM'}                       | ${withLink({ encryption: 'aes-256-gcm' })}                                              | ${[]}
    ${'2048-bit RSA update signature'} | ${withPump({ update: { mechanism: 'ota', signature: { algorithm: 'rsa-2048' } } })}     | ${[]}
  `('$case', ({ model, expected }) => {
    expect(findingIds(deprecatedCryptoAlgorithm, model)).toEqual(expected);
  });

  it('explains why the algorithm is deprecated and treats broken encryption as disclosure', () => {
    const [finding] = runRule(
      deprecatedCryptoAlgorithm,
      withLink({ encryption: 'des', data: ['phi'] }),
    );

    expect(finding?.hit.rationale).toBe(
      'Flow "link" uses des for encryption: broken or obsolete cipher (SP 800-131A).',
    );
    expect(finding?.hit.evidence?.[0]?.path).toBe('dataFlows.link.encryption');
    expect(finding?.stride).toEqual(['information-disclosure']);
    expect(finding?.hit.severity?.level).toBe('minor');
  });

  it('treats a weak signature as tampering with patient harm', () => {
    const model = withPump({ update: { mechanism: 'ota', signature: { algorithm: 'rsa-1024' } } });

    const [finding] = runRule(deprecatedCryptoAlgorithm, model);

    expect(finding?.stride).toEqual(['tampering']);
    expect(finding?.hit.severity).toBeUndefined();
  });
});
