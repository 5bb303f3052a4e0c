export { DEFAULT_ALGORITHMS, SIGNATURE_ALGORITHMS, signatureAlgorithm } from './algorithms.js';
export type { SignatureAlgorithm } from './algorithms.js';
export { PROVENANCE_FORMAT_VERSION, serialize as serializeProvenanceFile } from './formats.js';
export type { KeyFile, SignatureFile } from './formats.js';
export { computeKeyId, generateKey, readKey } from './keys.js';
export type { LoadedKey, RandomSource } from './keys.js';
export { readSignature, signDigest, signedMessage, verifyDigest } from './sign.js';
export type { FileDigest, VerifyResult } from './sign.js';
