import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Issue } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import { signatureAlgorithm } from './algorithms.js';
import { toBase64 } from './base64.js';
import {
  parseJsonFile,
  PROVENANCE_FORMAT_VERSION,
  SignatureFileSchema,
  type SignatureFile,
} from './formats.js';
import { algorithmIssues, decoded, freshBytes, type LoadedKey, type RandomSource } from './keys.js';

/** What is signed about a file; the shell streams the file through SHA-256 and SHA-512. */
export interface FileDigest {
  readonly bytes: number;
  /** Lower-case hex. */
  readonly sha256: string;
  readonly sha512: string;
}

/**
 * The message every algorithm signs (format version 1): a context line that keeps these signatures
 * from being valid for anything else, the key id (which names the whole key set), the algorithm
 * set, and the file's length and digests, one `name:value` line each.
 */
export function signedMessage(
  keyId: string,
  algorithms: readonly string[],
  digest: FileDigest,
): Uint8Array {
  return utf8ToBytes(
    [
      'medrisk-signature-v1',
      `key:${keyId}`,
      `algorithms:${algorithms.join(',')}`,
      `bytes:${String(digest.bytes)}`,
      `sha256:${digest.sha256}`,
      `sha512:${digest.sha512}`,
      '',
    ].join('\n'),
  );
}

/** A detached signature with every algorithm of the secret key. */
export function signDigest(
  digest: FileDigest,
  key: LoadedKey,
  random: RandomSource,
): SignatureFile {
  const algorithms = key.keys.map((k) => k.algorithm.id);
  const message = signedMessage(key.keyId, algorithms, digest);
  return {
    medrisk: 'signature',
    formatVersion: PROVENANCE_FORMAT_VERSION,
    keyId: key.keyId,
    signed: { bytes: digest.bytes, sha256: digest.sha256, sha512: digest.sha512 },
    signatures: key.keys.map(({ algorithm, secretKey }) => {
      if (secretKey === undefined) throw new TypeError('signing needs a secret key');
      const randomness = freshBytes(random, algorithm.sizes.signingRandomness);
      return {
        algorithm: algorithm.id,
        value: toBase64(algorithm.sign(message, secretKey, randomness)),
      };
    }),
  };
}

/** A signature file checked for shape: known algorithms, each once, values of the right size. */
export function readSignature(text: string): ParseResult<SignatureFile> {
  const parsed = parseJsonFile(text, SignatureFileSchema, 'signature');
  if (!parsed.ok) return parsed;
  const signatures = parsed.value.signatures;
  const issues: Issue[] = algorithmIssues(
    signatures.map((s) => s.algorithm),
    ['signatures'],
  ).map((i) => ({ ...i, path: [...i.path, 'algorithm'] }));
  signatures.forEach((s, i) => {
    const algorithm = signatureAlgorithm(s.algorithm);
    if (algorithm !== undefined)
      decoded(s.value, algorithm.sizes.signature, ['signatures', i, 'value'], issues);
  });
  return issues.length > 0 ? { ok: false, issues } : parsed;
}

export interface VerifyResult {
  /** True only when every algorithm of the key verified and nothing else is wrong. */
  readonly verified: boolean;
  /** One per algorithm of the key: `missing` when the signature file has no value for it. */
  readonly algorithms: readonly {
    readonly algorithm: string;
    readonly status: 'valid' | 'invalid' | 'missing';
  }[];
  /** Why it did not verify besides invalid values: other key, stripped or extra algorithms, changed file. */
  readonly problems: readonly string[];
}

/**
 * Checks a signature against the file's digest and the public key. Every algorithm of the key must
 * verify; a signature file without one of them (stripped to the classical half, say) or with an
 * algorithm the key does not have fails, so no one can downgrade the signature.
 */
export function verifyDigest(
  digest: FileDigest,
  signature: SignatureFile,
  key: LoadedKey,
): VerifyResult {
  const problems: string[] = [];
  if (signature.keyId !== key.keyId)
    problems.push(
      `the signature was made with key ${signature.keyId}, not with the given key ${key.keyId}`,
    );
  const keyAlgorithms = key.keys.map((k) => k.algorithm.id);
  for (const s of signature.signatures)
    if (!keyAlgorithms.includes(s.algorithm))
      problems.push(`the signature carries ${s.algorithm}, which the key does not have`);
  // Length and SHA-256 say enough; SHA-512 is named only in the (theoretical) case it alone differs.
  const differs = (['bytes', 'sha256', 'sha512'] as const).filter(
    (field) => signature.signed[field] !== digest[field],
  );
  const changed = differs.length > 1 ? differs.filter((f) => f !== 'sha512') : differs;
  if (changed.length > 0)
    problems.push(
      `the file is not the one that was signed (${changed.map((f) => `${f}: signed ${String(signature.signed[f])}, now ${String(digest[f])}`).join('; ')})`,
    );
  const message = signedMessage(key.keyId, keyAlgorithms, digest);
  const algorithms = key.keys.map(({ algorithm, publicKey }) => {
    const value = signature.signatures.find((s) => s.algorithm === algorithm.id)?.value;
    if (value === undefined) {
      problems.push(
        `no ${algorithm.id} signature: the key requires every one of ${keyAlgorithms.join(', ')}`,
      );
      return { algorithm: algorithm.id, status: 'missing' as const };
    }
    const bytes = decoded(value, algorithm.sizes.signature, [], []);
    const valid = bytes !== undefined && algorithm.verify(bytes, message, publicKey);
    return { algorithm: algorithm.id, status: valid ? ('valid' as const) : ('invalid' as const) };
  });
  return {
    verified: problems.length === 0 && algorithms.every((a) => a.status === 'valid'),
    algorithms,
    problems,
  };
}
