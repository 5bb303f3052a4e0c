/**
 * Published key, ciphertext and signature sizes of post-quantum (and, for comparison, classical)
 * parameter sets, in bytes. Facts from the standards, written as our own data:
 *
 * - ML-KEM: FIPS 203 (Aug 2024), Table 3 (encapsulation key, decapsulation key, ciphertext).
 * - ML-DSA: FIPS 204 (Aug 2024), Table 2 (public key, private key, signature).
 * - SLH-DSA: FIPS 205 (Aug 2024), Table 2 (public key 2n, private key 4n, signature).
 * - LMS: RFC 8554 (§4.1 Table 1 gives p; §5.4 the signature layout 4 + (4 + n + p·n) + 4 + h·n;
 *   public key 4 + 4 + 16 + n), as profiled by NIST SP 800-208; HSS/LMS in CMS: RFC 9708.
 * - XMSS: RFC 8391 (signature 4 + n + (len + h)·n with len = 67 for n = 32, w = 16; public key
 *   4 + 2n), as profiled by NIST SP 800-208.
 * - FN-DSA: the Falcon round-3 specification (Falcon-512/1024); FIPS 206 is still a draft, so these
 *   may change: marked `draft`.
 * - Hybrid TLS key shares: draft-ietf-tls-ecdhe-mlkem (X25519MLKEM768, codepoint 0x11EC: client
 *   share 32 + 1184, server share 32 + 1088; SecP256r1MLKEM768 with 65-byte uncompressed points).
 * - Classical: X25519 shares 32 B (RFC 7748), Ed25519 keys 32 B and signatures 64 B (RFC 8032),
 *   ECDSA P-256 64-byte raw signatures and 65-byte uncompressed keys (SEC 1), RSA keys and
 *   signatures the modulus size.
 *
 * `cost` is medrisk's qualitative summary of relative computing cost (low, moderate, high) from the
 * algorithms' structure — not a benchmark: measure on the target before deciding.
 */
export type CostClass = 'low' | 'moderate' | 'high';

export interface ParameterSet {
  readonly id: string;
  readonly label: string;
  readonly kind: 'kem' | 'signature';
  readonly family: string;
  readonly publicKey: number;
  readonly secretKey?: number;
  /** Ciphertext of a KEM, signature of a signature scheme. */
  readonly output: number;
  /** TLS key shares of a hybrid group (client, server). */
  readonly shares?: { readonly client: number; readonly server: number };
  readonly nistCategory?: number;
  /** `standard`: published FIPS or SP; `draft`: not yet a standard; `classical`: for comparison. */
  readonly status: 'standard' | 'draft' | 'classical';
  /** Stateful hash-based signatures: the signer must never reuse a one-time key. */
  readonly stateful: boolean;
  /** Named by NSA CNSA 2.0 (ML-KEM-1024, ML-DSA-87, LMS, XMSS). */
  readonly cnsa2: boolean;
  readonly cost: { readonly private: CostClass; readonly public: CostClass };
  readonly source: string;
}

const FIPS203 = 'FIPS 203, Table 3';
const FIPS204 = 'FIPS 204, Table 2';
const FIPS205 = 'FIPS 205, Table 2';
const LMS = 'RFC 8554 §4.1, §5.4 (SP 800-208)';
const XMSS = 'RFC 8391 (SP 800-208)';
const HYBRID = 'draft-ietf-tls-ecdhe-mlkem; FIPS 203';

type Entry = Omit<ParameterSet, 'stateful' | 'cnsa2'> &
  Partial<Pick<ParameterSet, 'stateful' | 'cnsa2'>>;

// One parameter set per line: it reads as the table it is.
// prettier-ignore
const ENTRIES: readonly Entry[] = [
  // KEMs: `private` is decapsulation, `public` encapsulation.
  { id: 'ml-kem-512', label: 'ML-KEM-512', kind: 'kem', family: 'ml-kem', publicKey: 800, secretKey: 1632, output: 768, nistCategory: 1, status: 'standard', cost: { private: 'low', public: 'low' }, source: FIPS203 },
  { id: 'ml-kem-768', label: 'ML-KEM-768', kind: 'kem', family: 'ml-kem', publicKey: 1184, secretKey: 2400, output: 1088, nistCategory: 3, status: 'standard', cost: { private: 'low', public: 'low' }, source: FIPS203 },
  { id: 'ml-kem-1024', label: 'ML-KEM-1024', kind: 'kem', family: 'ml-kem', publicKey: 1568, secretKey: 3168, output: 1568, nistCategory: 5, status: 'standard', cnsa2: true, cost: { private: 'low', public: 'low' }, source: FIPS203 },
  { id: 'x25519mlkem768', label: 'X25519MLKEM768 (hybrid)', kind: 'kem', family: 'hybrid-kem', publicKey: 1216, secretKey: 2432, output: 1120, shares: { client: 1216, server: 1120 }, nistCategory: 3, status: 'draft', cost: { private: 'low', public: 'low' }, source: HYBRID },
  { id: 'secp256r1mlkem768', label: 'SecP256r1MLKEM768 (hybrid)', kind: 'kem', family: 'hybrid-kem', publicKey: 1249, secretKey: 2432, output: 1153, shares: { client: 1249, server: 1153 }, nistCategory: 3, status: 'draft', cost: { private: 'low', public: 'low' }, source: HYBRID },
  // Signatures: `private` is signing, `public` verification.
  { id: 'ml-dsa-44', label: 'ML-DSA-44', kind: 'signature', family: 'ml-dsa', publicKey: 1312, secretKey: 2560, output: 2420, nistCategory: 2, status: 'standard', cost: { private: 'moderate', public: 'low' }, source: FIPS204 },
  { id: 'ml-dsa-65', label: 'ML-DSA-65', kind: 'signature', family: 'ml-dsa', publicKey: 1952, secretKey: 4032, output: 3309, nistCategory: 3, status: 'standard', cost: { private: 'moderate', public: 'low' }, source: FIPS204 },
  { id: 'ml-dsa-87', label: 'ML-DSA-87', kind: 'signature', family: 'ml-dsa', publicKey: 2592, secretKey: 4896, output: 4627, nistCategory: 5, status: 'standard', cnsa2: true, cost: { private: 'moderate', public: 'low' }, source: FIPS204 },
  { id: 'slh-dsa-sha2-128s', label: 'SLH-DSA-SHA2-128s', kind: 'signature', family: 'slh-dsa', publicKey: 32, secretKey: 64, output: 7856, nistCategory: 1, status: 'standard', cost: { private: 'high', public: 'moderate' }, source: FIPS205 },
  { id: 'slh-dsa-sha2-128f', label: 'SLH-DSA-SHA2-128f', kind: 'signature', family: 'slh-dsa', publicKey: 32, secretKey: 64, output: 17088, nistCategory: 1, status: 'standard', cost: { private: 'high', public: 'moderate' }, source: FIPS205 },
  { id: 'slh-dsa-sha2-192s', label: 'SLH-DSA-SHA2-192s', kind: 'signature', family: 'slh-dsa', publicKey: 48, secretKey: 96, output: 16224, nistCategory: 3, status: 'standard', cost: { private: 'high', public: 'moderate' }, source: FIPS205 },
  { id: 'slh-dsa-sha2-256s', label: 'SLH-DSA-SHA2-256s', kind: 'signature', family: 'slh-dsa', publicKey: 64, secretKey: 128, output: 29792, nistCategory: 5, status: 'standard', cost: { private: 'high', public: 'moderate' }, source: FIPS205 },
  { id: 'slh-dsa-sha2-192f', label: 'SLH-DSA-SHA2-192f', kind: 'signature', family: 'slh-dsa', publicKey: 48, secretKey: 96, output: 35664, nistCategory: 3, status: 'standard', cost: { private: 'high', public: 'moderate' }, source: FIPS205 },
  { id: 'slh-dsa-sha2-256f', label: 'SLH-DSA-SHA2-256f', kind: 'signature', family: 'slh-dsa', publicKey: 64, secretKey: 128, output: 49856, nistCategory: 5, status: 'standard', cost: { private: 'high', public: 'moderate' }, source: FIPS205 },
  // LMS_SHA256_M32_H10 with LMOTS_SHA256_N32_W4 (p = 67): 4 + (4 + 32 + 67·32) + 4 + 10·32 = 2508.
  { id: 'lms-sha256-h10-w4', label: 'LMS SHA-256/M32/H10, LM-OTS W4', kind: 'signature', family: 'lms', publicKey: 56, output: 2508, status: 'standard', stateful: true, cnsa2: true, cost: { private: 'moderate', public: 'low' }, source: LMS },
  // LMS_SHA256_M32_H20 with LMOTS_SHA256_N32_W8 (p = 34): 4 + (4 + 32 + 34·32) + 4 + 20·32 = 1772.
  { id: 'lms-sha256-h20-w8', label: 'LMS SHA-256/M32/H20, LM-OTS W8', kind: 'signature', family: 'lms', publicKey: 56, output: 1772, status: 'standard', stateful: true, cnsa2: true, cost: { private: 'moderate', public: 'moderate' }, source: LMS },
  // XMSS-SHA2_10_256: 4 + 32 + (67 + 10)·32 = 2500; public key 4 + 2·32 = 68.
  { id: 'xmss-sha2-10-256', label: 'XMSS-SHA2_10_256', kind: 'signature', family: 'xmss', publicKey: 68, output: 2500, status: 'standard', stateful: true, cnsa2: true, cost: { private: 'moderate', public: 'low' }, source: XMSS },
  { id: 'xmss-sha2-20-256', label: 'XMSS-SHA2_20_256', kind: 'signature', family: 'xmss', publicKey: 68, output: 2820, status: 'standard', stateful: true, cnsa2: true, cost: { private: 'moderate', public: 'low' }, source: XMSS },
  { id: 'fn-dsa-512', label: 'FN-DSA-512 (Falcon-512, draft FIPS 206)', kind: 'signature', family: 'fn-dsa', publicKey: 897, secretKey: 1281, output: 666, nistCategory: 1, status: 'draft', cost: { private: 'high', public: 'low' }, source: 'Falcon round-3 specification; FIPS 206 not yet published' },
  { id: 'fn-dsa-1024', label: 'FN-DSA-1024 (Falcon-1024, draft FIPS 206)', kind: 'signature', family: 'fn-dsa', publicKey: 1793, secretKey: 2305, output: 1280, nistCategory: 5, status: 'draft', cost: { private: 'high', public: 'low' }, source: 'Falcon round-3 specification (maximum signature size); FIPS 206 not yet published' },
  // Classical, for comparison in the tables.
  { id: 'x25519', label: 'X25519', kind: 'kem', family: 'ecdh', publicKey: 32, output: 32, shares: { client: 32, server: 32 }, status: 'classical', cost: { private: 'low', public: 'low' }, source: 'RFC 7748' },
  { id: 'ecdsa-p256', label: 'ECDSA P-256', kind: 'signature', family: 'ecdsa', publicKey: 65, output: 64, status: 'classical', cost: { private: 'low', public: 'low' }, source: 'SEC 1 (raw r‖s)' },
  { id: 'ed25519', label: 'Ed25519', kind: 'signature', family: 'eddsa', publicKey: 32, output: 64, status: 'classical', cost: { private: 'low', public: 'low' }, source: 'RFC 8032' },
  { id: 'rsa-2048', label: 'RSA-2048', kind: 'signature', family: 'rsa', publicKey: 256, output: 256, status: 'classical', cost: { private: 'moderate', public: 'low' }, source: 'modulus size' },
  { id: 'rsa-3072', label: 'RSA-3072', kind: 'signature', family: 'rsa', publicKey: 384, output: 384, status: 'classical', cost: { private: 'moderate', public: 'low' }, source: 'modulus size' },
];

export const PARAMETER_SETS: readonly ParameterSet[] = ENTRIES.map((e) => ({
  ...e,
  stateful: e.stateful ?? false,
  cnsa2: e.cnsa2 ?? false,
}));

const BY_ID = new Map(PARAMETER_SETS.map((p) => [p.id, p] as const));

/** A parameter set by id; throws on an unknown id (ids are written in our own code only). */
export function parameterSet(id: string): ParameterSet {
  const found = BY_ID.get(id);
  if (found === undefined) throw new Error(`unknown parameter set ${id}`);
  return found;
}
