import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Issue } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import {
  DEFAULT_ALGORITHMS,
  SIGNATURE_ALGORITHMS,
  signatureAlgorithm,
  type SignatureAlgorithm,
} from './algorithms.js';
import { fromBase64, toBase64 } from './base64.js';
import {
  issue,
  KeyFileSchema,
  parseJsonFile,
  PROVENANCE_FORMAT_VERSION,
  type KeyFile,
} from './formats.js';

/** Fresh random bytes; the shell passes a `crypto.getRandomValues`-backed source, tests a fixed one. */
export type RandomSource = (length: number) => Uint8Array;

/** A key file checked and decoded: algorithms known, sizes right, key id and seeds consistent. */
export interface LoadedKey {
  readonly type: 'public' | 'secret';
  readonly keyId: string;
  readonly keys: readonly {
    readonly algorithm: SignatureAlgorithm;
    readonly publicKey: Uint8Array;
    /** Only for secret keys, derived from the seed. */
    readonly secretKey?: Uint8Array;
  }[];
}

/**
 * sha256("medrisk-key-v1\n" + "<algorithm>:<base64 public key>\n" for each key, in file order), hex.
 * It names the whole key set, so a signature made for it cannot pass as one of a smaller set.
 */
export function computeKeyId(
  keys: readonly { readonly algorithm: string; readonly publicKey: Uint8Array }[],
): string {
  const text = `medrisk-key-v1\n${keys.map((k) => `${k.algorithm}:${toBase64(k.publicKey)}\n`).join('')}`;
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** A new key pair for every algorithm: the secret file (with seeds) and the public file. */
export function generateKey(
  random: RandomSource,
  algorithms: readonly string[] = DEFAULT_ALGORITHMS,
): { readonly secret: KeyFile; readonly public: KeyFile } {
  const keys = algorithms.map((id) => {
    const algorithm = signatureAlgorithm(id);
    if (algorithm === undefined) throw new RangeError(`unknown signature algorithm ${id}`);
    const seed = freshBytes(random, algorithm.sizes.seed);
    return { algorithm: id, seed, publicKey: algorithm.keygen(seed).publicKey };
  });
  const keyId = computeKeyId(keys);
  const file = (type: 'public' | 'secret'): KeyFile => ({
    medrisk: 'key',
    formatVersion: PROVENANCE_FORMAT_VERSION,
    type,
    keyId,
    algorithms: [...algorithms],
    keys: keys.map((k) => ({
      algorithm: k.algorithm,
      public: toBase64(k.publicKey),
      ...(type === 'secret' ? { seed: toBase64(k.seed) } : {}),
    })),
  });
  return { secret: file('secret'), public: file('public') };
}

/** Reads a key file of the expected type; every problem is an Issue, nothing throws. */
export function readKey(text: string, expected: 'public' | 'secret'): ParseResult<LoadedKey> {
  const parsed = parseJsonFile(text, KeyFileSchema, 'key');
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  if (file.type !== expected)
    return fail(
      expected === 'secret'
        ? 'this is a public key file; signing needs the secret key file (medrisk.key)'
        : 'this is a secret key file; verify with the public key file (medrisk.pub) and never hand the secret key to verifiers',
      ['type'],
    );
  const issues: Issue[] = [...algorithmIssues(file.algorithms, ['algorithms'])];
  if (file.keys.map((k) => k.algorithm).join('\n') !== file.algorithms.join('\n'))
    issues.push(
      issue(
        ['keys'],
        `keys must list one key per algorithm, in the order of "algorithms" (${file.algorithms.join(', ')})`,
      ),
    );
  if (issues.length > 0) return { ok: false, issues };
  const keys: LoadedKey['keys'][number][] = [];
  file.keys.forEach((entry, i) => {
    const algorithm = signatureAlgorithm(entry.algorithm);
    if (algorithm === undefined) return;
    const publicKey = decoded(
      entry.public,
      algorithm.sizes.publicKey,
      ['keys', i, 'public'],
      issues,
    );
    if (expected === 'public') {
      if (entry.seed !== undefined)
        issues.push(issue(['keys', i, 'seed'], 'a public key file must not contain secret seeds'));
      if (publicKey !== undefined) keys.push({ algorithm, publicKey });
      return;
    }
    if (entry.seed === undefined) {
      issues.push(issue(['keys', i], `the ${algorithm.id} key has no seed`, 'missing-field'));
      return;
    }
    const seed = decoded(entry.seed, algorithm.sizes.seed, ['keys', i, 'seed'], issues);
    if (seed === undefined || publicKey === undefined) return;
    const pair = algorithm.keygen(seed);
    if (!equalBytes(pair.publicKey, publicKey))
      issues.push(
        issue(
          ['keys', i, 'public'],
          `the ${algorithm.id} public key does not belong to its seed; the file is corrupt or was edited`,
          'inconsistent',
        ),
      );
    else keys.push({ algorithm, publicKey, secretKey: pair.secretKey });
  });
  if (issues.length > 0) return { ok: false, issues };
  const keyId = computeKeyId(
    keys.map((k) => ({ algorithm: k.algorithm.id, publicKey: k.publicKey })),
  );
  if (keyId !== file.keyId)
    return fail(
      `keyId does not match the public keys (computed ${keyId}); the file is corrupt or was edited`,
      ['keyId'],
      'inconsistent',
    );
  return { ok: true, value: { type: file.type, keyId, keys }, issues: [] };
}

/** Unknown or repeated algorithm names: refused, never skipped. */
export function algorithmIssues(
  algorithms: readonly string[],
  path: readonly (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  algorithms.forEach((id, i) => {
    if (signatureAlgorithm(id) === undefined)
      issues.push({
        ...issue([...path, i], `unknown signature algorithm "${id}"`, 'invalid-value'),
        hint: `this medrisk knows ${SIGNATURE_ALGORITHMS.map((a) => a.id).join(', ')}`,
      });
    if (algorithms.indexOf(id) !== i)
      issues.push(issue([...path, i], `algorithm "${id}" is listed twice`, 'duplicate-id'));
  });
  return issues;
}

/** Base64 of exactly `length` bytes, else an issue. */
export function decoded(
  text: string,
  length: number,
  path: readonly (string | number)[],
  issues: Issue[],
): Uint8Array | undefined {
  const bytes = fromBase64(text);
  if (bytes === undefined) issues.push(issue(path, 'not canonical padded base64'));
  else if (bytes.length !== length)
    issues.push(issue(path, `expected ${String(length)} bytes, found ${String(bytes.length)}`));
  else return bytes;
  return undefined;
}

export function freshBytes(random: RandomSource, length: number): Uint8Array {
  if (length === 0) return new Uint8Array(0);
  const bytes = random(length);
  if (bytes.length !== length)
    throw new RangeError(
      `random source returned ${String(bytes.length)} bytes, not ${String(length)}`,
    );
  return bytes;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function fail(
  message: string,
  path: readonly (string | number)[],
  code: Issue['code'] = 'invalid-value',
): ParseResult<never> {
  return { ok: false, issues: [issue(path, message, code)] };
}
