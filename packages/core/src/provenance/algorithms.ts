import { ed25519 } from '@noble/curves/ed25519.js';
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js';

/**
 * The signature algorithms medrisk signs with, as a registry: migrating (to ML-DSA-87, SLH-DSA, a
 * later FIPS) means adding an entry and changing DEFAULT_ALGORITHMS, and every file names the
 * algorithms it uses, so old signatures stay verifiable. Primitives come from the audited @noble
 * libraries only; nothing here implements cryptography.
 */
export interface SignatureAlgorithm {
  /** The name written in key and signature files. */
  readonly id: string;
  /** Where the algorithm is specified. */
  readonly standard: string;
  readonly quantumResistant: boolean;
  /** Bytes of the public key, the secret seed, a signature, and the fresh randomness one signature takes. */
  readonly sizes: {
    readonly publicKey: number;
    readonly seed: number;
    readonly signature: number;
    readonly signingRandomness: number;
  };
  /** Deterministic: the same seed gives the same key pair. */
  keygen(seed: Uint8Array): { readonly publicKey: Uint8Array; readonly secretKey: Uint8Array };
  sign(message: Uint8Array, secretKey: Uint8Array, randomness: Uint8Array): Uint8Array;
  /** False for any signature that does not verify, malformed ones included; never throws. */
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

const ED25519: SignatureAlgorithm = {
  id: 'Ed25519',
  standard: 'RFC 8032 (pure Ed25519); FIPS 186-5',
  quantumResistant: false,
  // Sizes: RFC 8032 §5.1.5–5.1.6 (32-byte keys, 64-byte signatures); signing is deterministic.
  sizes: { publicKey: 32, seed: 32, signature: 64, signingRandomness: 0 },
  keygen: (seed) => ed25519.keygen(seed),
  sign: (message, secretKey) => ed25519.sign(message, secretKey),
  verify: (signature, message, publicKey) => {
    try {
      // zip215: false is the strict RFC 8032 / FIPS 186-5 check (no non-canonical encodings).
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
};

const ML_DSA_65: SignatureAlgorithm = {
  id: 'ML-DSA-65',
  standard: 'FIPS 204 (pure ML-DSA, empty context)',
  quantumResistant: true,
  // Sizes: FIPS 204 Table 2 (public key 1952, signature 3309 bytes); keygen from the 32-byte seed ξ.
  sizes: { publicKey: 1952, seed: 32, signature: 3309, signingRandomness: 32 },
  keygen: (seed) => ml_dsa65.keygen(seed),
  // Hedged signing (FIPS 204 §3.4) with randomness the caller supplies: the core draws none itself.
  sign: (message, secretKey, randomness) =>
    ml_dsa65.sign(message, secretKey, { extraEntropy: randomness }),
  verify: (signature, message, publicKey) => {
    try {
      return ml_dsa65.verify(signature, message, publicKey);
    } catch {
      return false;
    }
  },
};

/** Every algorithm a key or signature file may name, by id. */
export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = [ED25519, ML_DSA_65];

/** What `medrisk keygen` uses: one classical and one post-quantum signature, both required. */
export const DEFAULT_ALGORITHMS: readonly string[] = ['Ed25519', 'ML-DSA-65'];

export function signatureAlgorithm(id: string): SignatureAlgorithm | undefined {
  return SIGNATURE_ALGORITHMS.find((a) => a.id === id);
}
