import { ALGORITHM_PATTERNS } from './algorithm-table.js';
import { strengthOf } from './algorithm-strength.js';

/**
 * What the model's algorithm names mean for security. The names are matched against a table of
 * patterns (`algorithm-table.ts`, with its sources) and the key size, curve or parameter set gives
 * the strength (`algorithm-strength.ts`), so the post-quantum analysis reads one classification.
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

/**
 * What a quantum computer does to the algorithm: `vulnerable` (Shor: RSA, DH, elliptic curves),
 * `symmetric` (Grover at most halves the search exponent: AES, SHA-2/3, HMAC), `post-quantum`
 * (ML-KEM, ML-DSA, SLH-DSA, LMS, XMSS, FN-DSA), `hybrid` (classical and post-quantum combined),
 * `not-cryptographic` (none, checksums) or `unknown` (unrecognised, proprietary, or a channel whose
 * handshake decides).
 */
type QuantumStatus =
  'vulnerable' | 'symmetric' | 'post-quantum' | 'hybrid' | 'not-cryptographic' | 'unknown';

export interface AlgorithmInfo {
  /** The name as written, lower-cased and with `_`/spaces turned into `-`. */
  readonly name: string;
  readonly kind: AlgorithmKind;
  /** The family (rsa, ecdsa, ml-kem, sha-2 …); `unknown` when the name is not recognised. */
  readonly family: string;
  readonly quantum: QuantumStatus;
  /** Where the classification comes from (standard and why). */
  readonly source?: string;
  /** Classical security strength in bits (NIST SP 800-57 Part 1 Rev. 5, Table 2), when the name gives it. */
  readonly securityBits?: number;
  /** NIST post-quantum security category 1–5 of a post-quantum parameter set, when the name gives it. */
  readonly nistCategory?: number;
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
  const pattern = ALGORITHM_PATTERNS.find((candidate) => candidate.test.test(normalized));
  const info: AlgorithmInfo = pattern
    ? { name: normalized, family: pattern.family, ...pattern.info }
    : {
        name: normalized,
        family: 'unknown',
        kind: 'unknown',
        cryptographic: false,
        quantumVulnerable: false,
        postQuantum: false,
        proprietary: false,
        quantum: 'unknown',
      };
  return withWeakKeyCheck(withOldProtocolCheck({ ...info, ...strengthOf(info) }));
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
