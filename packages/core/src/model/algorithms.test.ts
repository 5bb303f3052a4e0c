import { describe, expect, it } from 'vitest';
import { classifyAlgorithm, normalizeAlgorithmName } from './algorithms.js';

const TLS_OLD = 'SSL and TLS 1.0/1.1 are deprecated (RFC 8996, SP 800-52 Rev. 2)';
const WEAK_1024 = '1024-bit keys give less than 112 bits of security (SP 800-131A)';
const MD5 = 'MD5 and earlier are broken: collisions are practical (SP 800-131A)';
const HMAC_MD5 = 'HMAC-MD5 is not approved (SP 800-131A); use HMAC-SHA-256';
const SHA1 = 'SHA-1 collisions are practical; disallowed for signatures (SP 800-131A)';
const TDES = 'Triple DES is disallowed for encryption after 2023 (SP 800-131A)';
const OBSOLETE = 'broken or obsolete cipher (SP 800-131A)';

describe('classifyAlgorithm', () => {
  it.each`
    name                    | kind              | cryptographic | deprecated   | quantumVulnerable | postQuantum | proprietary | keyBits
    ${'tls-1.3'}            | ${'channel'}      | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'tls-1.2'}            | ${'channel'}      | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'tls13'}              | ${'channel'}      | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'tls-1.1'}            | ${'channel'}      | ${true}       | ${TLS_OLD}   | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'tls-1.0'}            | ${'channel'}      | ${true}       | ${TLS_OLD}   | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'tlsv1.1'}            | ${'channel'}      | ${true}       | ${TLS_OLD}   | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'tls10'}              | ${'channel'}      | ${true}       | ${TLS_OLD}   | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'TLS 1.1'}            | ${'channel'}      | ${true}       | ${TLS_OLD}   | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'dtls-1.0'}           | ${'channel'}      | ${true}       | ${TLS_OLD}   | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'dtls-1.2'}           | ${'channel'}      | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'sslv3'}              | ${'channel'}      | ${true}       | ${TLS_OLD}   | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'ssh'}                | ${'channel'}      | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'rsa-1024'}           | ${'signature'}    | ${true}       | ${WEAK_1024} | ${true}           | ${false}    | ${false}    | ${1024}
    ${'rsa-2048'}           | ${'signature'}    | ${true}       | ${undefined} | ${true}           | ${false}    | ${false}    | ${2048}
    ${'RSA_4096'}           | ${'signature'}    | ${true}       | ${undefined} | ${true}           | ${false}    | ${false}    | ${4096}
    ${'rsa'}                | ${'signature'}    | ${true}       | ${undefined} | ${true}           | ${false}    | ${false}    | ${undefined}
    ${'dsa-1024'}           | ${'signature'}    | ${true}       | ${WEAK_1024} | ${true}           | ${false}    | ${false}    | ${1024}
    ${'dh-1024'}            | ${'key-exchange'} | ${true}       | ${WEAK_1024} | ${true}           | ${false}    | ${false}    | ${1024}
    ${'ffdhe2048'}          | ${'key-exchange'} | ${true}       | ${undefined} | ${true}           | ${false}    | ${false}    | ${2048}
    ${'ecdsa-p256'}         | ${'signature'}    | ${true}       | ${undefined} | ${true}           | ${false}    | ${false}    | ${undefined}
    ${'ed25519'}            | ${'signature'}    | ${true}       | ${undefined} | ${true}           | ${false}    | ${false}    | ${undefined}
    ${'x25519'}             | ${'key-exchange'} | ${true}       | ${undefined} | ${true}           | ${false}    | ${false}    | ${undefined}
    ${'ecdhe'}              | ${'key-exchange'} | ${true}       | ${undefined} | ${true}           | ${false}    | ${false}    | ${undefined}
    ${'x25519mlkem768'}     | ${'kem'}          | ${true}       | ${undefined} | ${false}          | ${true}     | ${false}    | ${undefined}
    ${'X25519MLKEM768'}     | ${'kem'}          | ${true}       | ${undefined} | ${false}          | ${true}     | ${false}    | ${undefined}
    ${'ml-kem-768'}         | ${'kem'}          | ${true}       | ${undefined} | ${false}          | ${true}     | ${false}    | ${undefined}
    ${'kyber768'}           | ${'kem'}          | ${true}       | ${undefined} | ${false}          | ${true}     | ${false}    | ${undefined}
    ${'ml-dsa-65'}          | ${'signature'}    | ${true}       | ${undefined} | ${false}          | ${true}     | ${false}    | ${undefined}
    ${'slh-dsa'}            | ${'signature'}    | ${true}       | ${undefined} | ${false}          | ${true}     | ${false}    | ${undefined}
    ${'lms'}                | ${'signature'}    | ${true}       | ${undefined} | ${false}          | ${true}     | ${false}    | ${undefined}
    ${'xmss'}               | ${'signature'}    | ${true}       | ${undefined} | ${false}          | ${true}     | ${false}    | ${undefined}
    ${'hmac-sha1'}          | ${'mac'}          | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'hmac-sha256'}        | ${'mac'}          | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'hmac-md5'}           | ${'mac'}          | ${true}       | ${HMAC_MD5}  | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'aes-cmac'}           | ${'mac'}          | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'poly1305'}           | ${'mac'}          | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'md5'}                | ${'hash'}         | ${true}       | ${MD5}       | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'sha1'}               | ${'hash'}         | ${true}       | ${SHA1}      | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'SHA-1'}              | ${'hash'}         | ${true}       | ${SHA1}      | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'sha256'}             | ${'hash'}         | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'sha3-256'}           | ${'hash'}         | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'crc32'}              | ${'checksum'}     | ${false}      | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'CRC-16'}             | ${'checksum'}     | ${false}      | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'adler32'}            | ${'checksum'}     | ${false}      | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'xor-checksum'}       | ${'checksum'}     | ${false}      | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'xor'}                | ${'proprietary'}  | ${true}       | ${undefined} | ${false}          | ${false}    | ${true}     | ${undefined}
    ${'proprietary-cipher'} | ${'proprietary'}  | ${true}       | ${undefined} | ${false}          | ${false}    | ${true}     | ${undefined}
    ${'homemade'}           | ${'proprietary'}  | ${true}       | ${undefined} | ${false}          | ${false}    | ${true}     | ${undefined}
    ${'aes-128-cbc'}        | ${'cipher'}       | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'aes-128-gcm'}        | ${'aead'}         | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'AES_256_CCM'}        | ${'aead'}         | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'aes-gcm'}            | ${'aead'}         | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'chacha20-poly1305'}  | ${'aead'}         | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'chacha20'}           | ${'cipher'}       | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'ascon-128'}          | ${'aead'}         | ${true}       | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'3des'}               | ${'cipher'}       | ${true}       | ${TDES}      | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'triple-des'}         | ${'cipher'}       | ${true}       | ${TDES}      | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'des'}                | ${'cipher'}       | ${true}       | ${OBSOLETE}  | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'rc4'}                | ${'cipher'}       | ${true}       | ${OBSOLETE}  | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'none'}               | ${'none'}         | ${false}      | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'plaintext'}          | ${'none'}         | ${false}      | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
    ${'rot13-magic'}        | ${'unknown'}      | ${false}      | ${undefined} | ${false}          | ${false}    | ${false}    | ${undefined}
  `(
    '$name → $kind',
    ({
      name,
      kind,
      cryptographic,
      deprecated,
      quantumVulnerable,
      postQuantum,
      proprietary,
      keyBits,
    }) => {
      const {
        family: _f,
        quantum: _q,
        source: _s,
        securityBits: _b,
        nistCategory: _c,
        ...info
      } = classifyAlgorithm(name);

      expect(info).toEqual({
        name: normalizeAlgorithmName(name),
        kind,
        cryptographic,
        quantumVulnerable,
        postQuantum,
        proprietary,
        ...(deprecated === undefined ? {} : { deprecated }),
        ...(keyBits === undefined ? {} : { keyBits }),
      });
    },
  );
});

describe('normalizeAlgorithmName', () => {
  it.each`
    written          | normalized
    ${'AES-128-GCM'} | ${'aes-128-gcm'}
    ${'  tls 1.2 '}  | ${'tls-1.2'}
    ${'AES_256_CCM'} | ${'aes-256-ccm'}
    ${'ecdsa/p256'}  | ${'ecdsa-p256'}
    ${'TLS  1.3'}    | ${'tls-1.3'}
  `('"$written" → "$normalized"', ({ written, normalized }) => {
    expect(normalizeAlgorithmName(written)).toBe(normalized);
  });
});

describe('classifyAlgorithm: families, quantum status and strength', () => {
  it.each`
    name                            | family                       | quantum                | securityBits | nistCategory
    ${'rsa-2048'}                   | ${'rsa'}                     | ${'vulnerable'}        | ${112}       | ${undefined}
    ${'rsa-3072'}                   | ${'rsa'}                     | ${'vulnerable'}        | ${128}       | ${undefined}
    ${'RSA-PKCS1-1.5-SHA-256-2048'} | ${'rsa'}                     | ${'vulnerable'}        | ${112}       | ${undefined}
    ${'RSA-OAEP'}                   | ${'rsa'}                     | ${'vulnerable'}        | ${undefined} | ${undefined}
    ${'SHA512withRSA'}              | ${'digest-with-signature'}   | ${'vulnerable'}        | ${undefined} | ${undefined}
    ${'ecdsa-p256'}                 | ${'ecdsa'}                   | ${'vulnerable'}        | ${128}       | ${undefined}
    ${'ECDSA-P-384-SHA-384'}        | ${'ecdsa'}                   | ${'vulnerable'}        | ${192}       | ${undefined}
    ${'ecdsa-secp224r1'}            | ${'ecdsa'}                   | ${'vulnerable'}        | ${112}       | ${undefined}
    ${'ed25519'}                    | ${'eddsa'}                   | ${'vulnerable'}        | ${128}       | ${undefined}
    ${'ed448'}                      | ${'eddsa'}                   | ${'vulnerable'}        | ${224}       | ${undefined}
    ${'x25519'}                     | ${'ecdh'}                    | ${'vulnerable'}        | ${128}       | ${undefined}
    ${'ecdhe'}                      | ${'ecdh'}                    | ${'vulnerable'}        | ${undefined} | ${undefined}
    ${'ffdhe3072'}                  | ${'ffdh'}                    | ${'vulnerable'}        | ${128}       | ${undefined}
    ${'SPAKE2'}                     | ${'classical-key-agreement'} | ${'vulnerable'}        | ${undefined} | ${undefined}
    ${'X25519MLKEM768'}             | ${'hybrid-kem'}              | ${'hybrid'}            | ${128}       | ${undefined}
    ${'ML-KEM-768'}                 | ${'ml-kem'}                  | ${'post-quantum'}      | ${undefined} | ${3}
    ${'ml-kem-1024'}                | ${'ml-kem'}                  | ${'post-quantum'}      | ${undefined} | ${5}
    ${'ML-DSA-44'}                  | ${'ml-dsa'}                  | ${'post-quantum'}      | ${undefined} | ${2}
    ${'ml-dsa-87'}                  | ${'ml-dsa'}                  | ${'post-quantum'}      | ${undefined} | ${5}
    ${'SLH-DSA-SHA2-128s'}          | ${'slh-dsa'}                 | ${'post-quantum'}      | ${undefined} | ${1}
    ${'fn-dsa-512'}                 | ${'fn-dsa'}                  | ${'post-quantum'}      | ${undefined} | ${1}
    ${'LMS_SHA256_M32_H10'}         | ${'lms'}                     | ${'post-quantum'}      | ${undefined} | ${undefined}
    ${'XMSS-SHA2_10_256'}           | ${'xmss'}                    | ${'post-quantum'}      | ${undefined} | ${undefined}
    ${'aes-128-gcm'}                | ${'aead'}                    | ${'symmetric'}         | ${128}       | ${undefined}
    ${'aes-256-xts'}                | ${'cipher'}                  | ${'symmetric'}         | ${256}       | ${undefined}
    ${'chacha20-poly1305'}          | ${'aead'}                    | ${'symmetric'}         | ${256}       | ${undefined}
    ${'sha-256'}                    | ${'sha-2'}                   | ${'symmetric'}         | ${undefined} | ${undefined}
    ${'crc32'}                      | ${'checksum'}                | ${'not-cryptographic'} | ${undefined} | ${undefined}
    ${'tls-1.3'}                    | ${'channel'}                 | ${'unknown'}           | ${undefined} | ${undefined}
    ${'workload identity'}          | ${'unknown'}                 | ${'unknown'}           | ${undefined} | ${undefined}
  `('$name → $family, $quantum', ({ name, family, quantum, securityBits, nistCategory }) => {
    const info = classifyAlgorithm(name);

    expect(info.family).toBe(family);
    expect(info.quantum).toBe(quantum);
    expect(info.securityBits).toBe(securityBits);
    expect(info.nistCategory).toBe(nistCategory);
  });

  it('gives every recognised family a source', () => {
    for (const name of ['rsa-2048', 'ml-kem-768', 'lms', 'aes-128-gcm', 'x25519mlkem768'])
      expect(classifyAlgorithm(name).source).toBeDefined();
  });
});
