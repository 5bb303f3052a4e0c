import type { AlgorithmInfo } from './algorithms.js';

/**
 * The algorithm names medrisk recognises, as data: a pattern over the normalized name (lower case,
 * `_`/spaces → `-`), the family, what the family is and why. First match wins, so specific names
 * (hybrids, `hmac-md5`, `sha256withrsa`) come before the general ones. Family names follow the
 * CycloneDX cryptography registry where it has one (cryptography-defs.json: RSASSA-PKCS1, ECDSA,
 * ML-KEM …); a conformance test checks the registry's families against this table.
 *
 * Sources: NIST SP 800-131A Rev. 2 (deprecated and disallowed algorithms), NIST IR 8547 ipd (Nov
 * 2024: RSA, finite-field and elliptic-curve DH/MQV, ECDSA, EdDSA and DSA are quantum-vulnerable),
 * FIPS 203 (ML-KEM), FIPS 204 (ML-DSA), FIPS 205 (SLH-DSA), SP 800-208 (LMS/HSS, XMSS/XMSS^MT),
 * draft FIPS 206 (FN-DSA), RFC 8996 (TLS 1.0/1.1 deprecated).
 */
export interface AlgorithmPattern {
  readonly test: RegExp;
  readonly family: string;
  readonly info: Omit<
    AlgorithmInfo,
    'name' | 'keyBits' | 'family' | 'securityBits' | 'nistCategory'
  >;
}

const base = {
  cryptographic: true,
  quantumVulnerable: false,
  postQuantum: false,
  proprietary: false,
} as const;

const SHOR =
  'NIST IR 8547 ipd: broken by Shor’s algorithm on a cryptographically relevant quantum computer';
const GROVER =
  'symmetric: Grover’s algorithm at most halves the key-search exponent; NIST’s post-quantum security categories are defined by AES-128/192/256 key search and SHA-256/384 collisions';

const vulnerable = (kind: AlgorithmInfo['kind']) =>
  ({ ...base, kind, quantumVulnerable: true, quantum: 'vulnerable', source: SHOR }) as const;
const symmetric = (kind: AlgorithmInfo['kind'], extra: Partial<AlgorithmInfo> = {}) =>
  ({ ...base, kind, quantum: 'symmetric', source: GROVER, ...extra }) as const;
const postQuantum = (kind: AlgorithmInfo['kind'], source: string) =>
  ({ ...base, kind, postQuantum: true, quantum: 'post-quantum', source }) as const;

export const ALGORITHM_PATTERNS: readonly AlgorithmPattern[] = [
  {
    test: /^(none|plaintext|cleartext)$/,
    family: 'none',
    info: { ...base, kind: 'none', cryptographic: false, quantum: 'not-cryptographic' },
  },
  {
    test: /^(crc|checksum|parity|adler|fletcher|xor-checksum)/,
    family: 'checksum',
    info: { ...base, kind: 'checksum', cryptographic: false, quantum: 'not-cryptographic' },
  },
  {
    test: /^(proprietary|custom|home-?made|obfuscation|xor)/,
    family: 'proprietary',
    info: { ...base, kind: 'proprietary', proprietary: true, quantum: 'unknown' },
  },
  {
    // X25519MLKEM768, SecP256r1MLKEM768, SecP384r1MLKEM1024 (draft-ietf-tls-ecdhe-mlkem).
    test: /^((x25519|x448|secp256r1|secp384r1|p-?256|p-?384)-?ml-?kem|hybrid)/,
    family: 'hybrid-kem',
    info: {
      ...base,
      kind: 'kem',
      postQuantum: true,
      quantum: 'hybrid',
      source:
        'draft-ietf-tls-ecdhe-mlkem: secure while either ML-KEM (FIPS 203) or the elliptic-curve exchange holds',
    },
  },
  {
    test: /^(ml-?kem|kyber)/,
    family: 'ml-kem',
    info: postQuantum('kem', 'FIPS 203 (ML-KEM, Aug 2024)'),
  },
  {
    test: /^(hqc|frodo|bike|classic-?mceliece)/,
    family: 'other-pq-kem',
    info: postQuantum('kem', 'not a NIST standard yet (HQC selected as backup KEM, Mar 2025)'),
  },
  {
    test: /^(hash)?(ml-?dsa|dilithium)/,
    family: 'ml-dsa',
    info: postQuantum('signature', 'FIPS 204 (ML-DSA, Aug 2024)'),
  },
  {
    test: /^(hash)?(slh-?dsa|sphincs)/,
    family: 'slh-dsa',
    info: postQuantum('signature', 'FIPS 205 (SLH-DSA, Aug 2024)'),
  },
  {
    test: /^(fn-?dsa|falcon)/,
    family: 'fn-dsa',
    info: postQuantum('signature', 'draft FIPS 206 (FN-DSA): not yet published as a standard'),
  },
  {
    test: /^(lms|hss|lm-?ots)/,
    family: 'lms',
    info: postQuantum('signature', 'NIST SP 800-208 (LMS/HSS, stateful hash-based; RFC 8554)'),
  },
  {
    test: /^(xmss|wotsp)/,
    family: 'xmss',
    info: postQuantum('signature', 'NIST SP 800-208 (XMSS/XMSS^MT, stateful hash-based; RFC 8391)'),
  },
  {
    test: /^hmac-md5/,
    family: 'hmac',
    info: symmetric('mac', {
      deprecated: 'HMAC-MD5 is not approved (SP 800-131A); use HMAC-SHA-256',
    }),
  },
  {
    // Signature algorithm names that start with their digest: SHA256withRSA, SHA384withECDSA.
    test: /^(sha|md)[-\d]*with-?(rsa|ecdsa|dsa)/,
    family: 'digest-with-signature',
    info: vulnerable('signature'),
  },
  {
    test: /^md[245]$/,
    family: 'md5',
    info: symmetric('hash', {
      deprecated: 'MD5 and earlier are broken: collisions are practical (SP 800-131A)',
    }),
  },
  {
    test: /^sha-?1$|^sha-?1-/,
    family: 'sha-1',
    info: symmetric('hash', {
      deprecated: 'SHA-1 collisions are practical; disallowed for signatures (SP 800-131A)',
    }),
  },
  { test: /^hmac-sha-?1$/, family: 'hmac', info: symmetric('mac') },
  {
    test: /^(sha-?2|sha-?224|sha-?256|sha-?384|sha-?512)/,
    family: 'sha-2',
    info: symmetric('hash'),
  },
  { test: /^(sha3|sha-3|c?shake)/, family: 'sha-3', info: symmetric('hash') },
  {
    test: /^(blake|sm3|ripemd|whirlpool|ascon-hash|ascon-xof)/,
    family: 'hash',
    info: symmetric('hash'),
  },
  {
    test: /^(hmac|cmac|aes-cmac|gmac|kmac|poly1305|umac)/,
    family: 'mac',
    info: symmetric('mac'),
  },
  {
    test: /^(3des|tdes|triple-des|des-ede)/,
    family: '3des',
    info: symmetric('cipher', {
      deprecated: 'Triple DES is disallowed for encryption after 2023 (SP 800-131A)',
    }),
  },
  {
    test: /^(des|rc2|rc4|arcfour|blowfish)/,
    family: 'obsolete-cipher',
    info: symmetric('cipher', { deprecated: 'broken or obsolete cipher (SP 800-131A)' }),
  },
  {
    test: /^(aes-\d+-(gcm|ccm|ocb|siv)|aes-(gcm|ccm)|chacha20-poly1305|xchacha20-poly1305|ascon)/,
    family: 'aead',
    info: symmetric('aead'),
  },
  {
    test: /^(aes|chacha20|camellia|aria|sm4|seed|twofish|serpent)/,
    family: 'cipher',
    info: symmetric('cipher'),
  },
  {
    test: /^(tls|dtls|ssl|ipsec|wpa|ble-secure|le-secure|ssh)/,
    family: 'channel',
    info: { ...base, kind: 'channel', quantum: 'unknown' },
  },
  // RSA encryption and key transport (RSAES-OAEP, RSA-KEM) before RSA signatures.
  { test: /^(rsaes|rsa-?oaep|rsa-?kem)/, family: 'rsa', info: vulnerable('key-exchange') },
  { test: /^(rsa|rsassa)/, family: 'rsa', info: vulnerable('signature') },
  { test: /^ecdsa/, family: 'ecdsa', info: vulnerable('signature') },
  { test: /^(eddsa|ed25519|ed448)/, family: 'eddsa', info: vulnerable('signature') },
  { test: /^dsa/, family: 'dsa', info: vulnerable('signature') },
  {
    test: /^(gost-?r?-?3410|sm2|sm9|bls)/,
    family: 'other-classical-signature',
    info: vulnerable('signature'),
  },
  { test: /^(ecdhe?|x25519|x448|ecmqv|ecies)/, family: 'ecdh', info: vulnerable('key-exchange') },
  {
    test: /^(dhe?|ffdhe?|ffmqv|mqv|(ec-)?elgamal)/,
    family: 'ffdh',
    info: vulnerable('key-exchange'),
  },
  {
    // Password-authenticated and messaging key agreements over classical groups.
    test: /^(srp|j-?pake|spake2|opaque|x3dh|hpke)/,
    family: 'classical-key-agreement',
    info: vulnerable('key-exchange'),
  },
];
