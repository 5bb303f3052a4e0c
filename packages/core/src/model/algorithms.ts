/**
 * What the model's algorithm names mean for security. A table of patterns, not a switch, so the
 * post-quantum analysis can extend it. Sources: NIST SP 800-131A Rev. 2 (deprecated and disallowed
 * algorithms), NIST IR 8547 ipd (quantum-vulnerable public-key families), FIPS 203/204/205 and
 * SP 800-208 (post-quantum and stateful hash-based signatures).
 */
export const ALGORITHM_KINDS = [
  'none',
  'checksum',
  'hash',
  'mac',
  'aead',
  'cipher',
  'signature',
  'key-exchange',
  'kem',
  'channel',
  'proprietary',
  'unknown',
] as const;
export type AlgorithmKind = (typeof ALGORITHM_KINDS)[number];

export interface AlgorithmInfo {
  /** The name as written, lower-cased and with `_`/spaces turned into `-`. */
  readonly name: string;
  readonly kind: AlgorithmKind;
  /** True when the algorithm protects against deliberate change, not only accidental corruption. */
  readonly cryptographic: boolean;
  /** Why it must no longer be used for security, when that is so. */
  readonly deprecated?: string;
  /** Broken by a cryptographically relevant quantum computer (Shor's algorithm). */
  readonly quantumVulnerable: boolean;
  readonly postQuantum: boolean;
  /** Home-made or undisclosed: needs an expert analysis (FDA Appendix 2). */
  readonly proprietary: boolean;
  /** Key or modulus size parsed from the name (`rsa-1024` → 1024), when present. */
  readonly keyBits?: number;
}

interface Pattern {
  readonly test: RegExp;
  readonly info: Omit<AlgorithmInfo, 'name' | 'keyBits'>;
}

const base = {
  cryptographic: true,
  quantumVulnerable: false,
  postQuantum: false,
  proprietary: false,
};
const CLASSICAL_PUBLIC_KEY = { ...base, quantumVulnerable: true };

const PATTERNS: readonly Pattern[] = [
  { test: /^(none|plaintext|cleartext)$/, info: { ...base, kind: 'none', cryptographic: false } },
  {
    test: /^(crc|checksum|parity|adler|fletcher|xor-checksum)/,
    info: { ...base, kind: 'checksum', cryptographic: false },
  },
  {
    test: /^(proprietary|custom|home-?made|obfuscation|xor)/,
    info: { ...base, kind: 'proprietary', proprietary: true },
  },
  {
    test: /^(x25519-?mlkem|secp256r1-?mlkem|hybrid)/,
    info: { ...base, kind: 'kem', postQuantum: true },
  },
  { test: /^(ml-?kem|kyber|hqc|frodo)/, info: { ...base, kind: 'kem', postQuantum: true } },
  {
    test: /^(ml-?dsa|dilithium|slh-?dsa|sphincs|fn-?dsa|falcon|lms|hss|xmss)/,
    info: { ...base, kind: 'signature', postQuantum: true },
  },
  {
    test: /^hmac-md5/,
    info: {
      ...base,
      kind: 'mac',
      deprecated: 'HMAC-MD5 is not approved (SP 800-131A); use HMAC-SHA-256',
    },
  },
  {
    test: /^md[245]$/,
    info: {
      ...base,
      kind: 'hash',
      deprecated: 'MD5 and earlier are broken: collisions are practical (SP 800-131A)',
    },
  },
  {
    test: /^sha-?1$|^sha-?1-/,
    info: {
      ...base,
      kind: 'hash',
      deprecated: 'SHA-1 collisions are practical; disallowed for signatures (SP 800-131A)',
    },
  },
  { test: /^hmac-sha-?1$/, info: { ...base, kind: 'mac' } },
  {
    test: /^(sha-?2|sha-?224|sha-?256|sha-?384|sha-?512|sha3|shake|blake)/,
    info: { ...base, kind: 'hash' },
  },
  { test: /^(hmac|cmac|aes-cmac|gmac|kmac|poly1305)/, info: { ...base, kind: 'mac' } },
  {
    test: /^(3des|tdes|triple-des|des-ede)/,
    info: {
      ...base,
      kind: 'cipher',
      deprecated: 'Triple DES is disallowed for encryption after 2023 (SP 800-131A)',
    },
  },
  {
    test: /^(des|rc2|rc4|arcfour|blowfish)/,
    info: { ...base, kind: 'cipher', deprecated: 'broken or obsolete cipher (SP 800-131A)' },
  },
  {
    test: /^(aes-\d+-(gcm|ccm|ocb|siv)|aes-(gcm|ccm)|chacha20-poly1305|ascon)/,
    info: { ...base, kind: 'aead' },
  },
  { test: /^(aes|chacha20|camellia)/, info: { ...base, kind: 'cipher' } },
  {
    test: /^(tls|dtls|ssl|ipsec|wpa|ble-secure|le-secure|ssh)/,
    info: { ...base, kind: 'channel' },
  },
  {
    test: /^(rsa|dsa|ecdsa|eddsa|ed25519|ed448)/,
    info: { ...CLASSICAL_PUBLIC_KEY, kind: 'signature' },
  },
  {
    test: /^(ecdh|ecdhe|dh|dhe|x25519|x448|ffdhe|ecies)/,
    info: { ...CLASSICAL_PUBLIC_KEY, kind: 'key-exchange' },
  },
];

/** SSL, TLS 1.0/1.1 and DTLS 1.0, written `tls-1.0`, `tlsv1.1`, `tls10`, `dtls-1.0` … */
// `tls-1.1`, `tls1.1`, `tlsv1.0`, `tls-1-1` (from TLS_1_1), `dtls-1.0`, bare `tls-1`.
const SSL_OR_OLD_TLS = /^(ssl|d?tls-?v?1([.-]?[01])?$)/;

export function normalizeAlgorithmName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-');
}

/** Classifies an algorithm name (cached: rules ask about the same few names thousands of times). */
export function classifyAlgorithm(name: string): AlgorithmInfo {
  const known = classified.get(name);
  if (known !== undefined) return known;
  const info = classify(name);
  classified.set(name, info);
  return info;
}

const classified = new Map<string, AlgorithmInfo>();

function classify(name: string): AlgorithmInfo {
  const normalized = normalizeAlgorithmName(name);
  const pattern = PATTERNS.find((candidate) => candidate.test.test(normalized));
  const keyBits = parseKeyBits(normalized);
  const info: AlgorithmInfo = pattern
    ? { name: normalized, ...pattern.info }
    : { name: normalized, ...base, kind: 'unknown', cryptographic: false };
  const withBits = keyBits === undefined ? info : { ...info, keyBits };
  return withWeakKeyCheck(withOldProtocolCheck(withBits));
}

function parseKeyBits(name: string): number | undefined {
  const match = /^(?:rsa|dsa|dh|ffdhe)-?(\d{3,5})/.exec(name);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** RSA/DSA/DH below 2048 bits give under 112 bits of security (SP 800-131A). */
function withWeakKeyCheck(info: AlgorithmInfo): AlgorithmInfo {
  if (info.keyBits !== undefined && info.keyBits < 2048 && info.deprecated === undefined) {
    return {
      ...info,
      deprecated: `${String(info.keyBits)}-bit keys give less than 112 bits of security (SP 800-131A)`,
    };
  }
  return info;
}

function withOldProtocolCheck(info: AlgorithmInfo): AlgorithmInfo {
  if (SSL_OR_OLD_TLS.test(info.name)) {
    return {
      ...info,
      deprecated: 'SSL and TLS 1.0/1.1 are deprecated (RFC 8996, SP 800-52 Rev. 2)',
    };
  }
  return info;
}
