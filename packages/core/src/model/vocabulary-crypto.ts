/**
 * Closed sets for the crypto inventory and the post-quantum plan (purposes, where a key lives, how
 * the crypto is updated, migration strategies). Re-exported by vocabulary.ts.
 */
/**
 * What a cryptographic algorithm is used for, in the crypto inventory (`crypto:` on components and
 * flows). The post-quantum analysis decides the protection period, the deadline and the replacement
 * from it: confidentiality purposes can be harvested now and decrypted later, authenticity purposes
 * only matter while some verifier still accepts the old algorithm.
 */
export const CRYPTO_PURPOSES = [
  'firmware-signing',
  'code-signing',
  'tls-key-exchange',
  'tls-authentication',
  'key-establishment',
  'key-wrapping',
  'pairing',
  'command-authentication',
  'data-in-transit',
  'data-at-rest',
  'other',
] as const;
export type CryptoPurpose = (typeof CRYPTO_PURPOSES)[number];

/** Where a cryptographic operation runs or its key lives; hardware may fix the algorithm set. */
export const CRYPTO_HARDWARE = [
  'software',
  'secure-element',
  'tpm',
  'hsm',
  'accelerator',
  'rom',
] as const;
export type CryptoHardware = (typeof CRYPTO_HARDWARE)[number];

/**
 * How an algorithm can be replaced in fielded devices: on its own (a crypto library or module
 * update), only with a full firmware or software update, or not at all (ROM, fuses, fixed hardware).
 */
export const CRYPTO_UPDATABILITY = ['library', 'firmware', 'no'] as const;
export type CryptoUpdatability = (typeof CRYPTO_UPDATABILITY)[number];

/** Post-quantum migration strategies (after REQUIREMENTS A29). */
export const PQC_STRATEGIES = [
  'hybrid-kem',
  'pure-pqc',
  'stateful-hash-signature',
  'stateless-hash-signature',
  'lattice-signature',
  'symmetric-upgrade',
  'replace-deprecated',
  'replace-hardware',
  'compensating-controls',
  'accept-until-end-of-service',
  'none',
] as const;
export type PqcStrategy = (typeof PQC_STRATEGIES)[number];
