import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { LIBOQS_ML_DSA_65 } from './__fixtures__/liboqs-ml-dsa-65.js';
import { signatureAlgorithm } from './algorithms.js';
import { fromBase64 } from './base64.js';
import { serialize } from './formats.js';
import { generateKey, readKey, type RandomSource } from './keys.js';
import { signDigest, signedMessage, type FileDigest } from './sign.js';

/**
 * Checks that do not go through medrisk's own wrappers: a file signed by `signDigest` must verify
 * with the @noble primitives called directly on the documented message (docs/signing.md), and
 * medrisk's ML-DSA-65 must accept what an independent implementation (liboqs) signed.
 */
function counter(start: number): RandomSource {
  let n = start;
  return (length) => Uint8Array.from({ length }, (_, i) => (n++ * 17 + i * 13) & 255);
}

const bytes = new TextEncoder().encode('{"findings":[]}\n');
const digest: FileDigest = {
  bytes: bytes.length,
  sha256: bytesToHex(sha256(bytes)),
  sha512: bytesToHex(sha512(bytes)),
};

function signedFile() {
  const files = generateKey(counter(3));
  const secret = readKey(serialize(files.secret), 'secret');
  if (!secret.ok) throw new Error('generated key does not read back');
  return { files, signature: signDigest(digest, secret.value, counter(40)) };
}

const publicOf = (files: ReturnType<typeof generateKey>, algorithm: string) =>
  fromBase64(files.public.keys.find((k) => k.algorithm === algorithm)?.public ?? '')!;
const valueOf = (signature: ReturnType<typeof signDigest>, algorithm: string) =>
  fromBase64(signature.signatures.find((s) => s.algorithm === algorithm)?.value ?? '')!;

describe('signatures checked outside medrisk’s wrappers', () => {
  it('the documented message is exactly what is signed', () => {
    const { files } = signedFile();
    const text = new TextDecoder().decode(
      signedMessage(files.public.keyId, ['Ed25519', 'ML-DSA-65'], digest),
    );

    expect(text).toBe(
      [
        'medrisk-signature-v1',
        `key:${files.public.keyId}`,
        'algorithms:Ed25519,ML-DSA-65',
        `bytes:${String(bytes.length)}`,
        `sha256:${digest.sha256}`,
        `sha512:${digest.sha512}`,
        '',
      ].join('\n'),
    );
  });

  it('the ML-DSA-65 half verifies with @noble/post-quantum called directly', () => {
    const { files, signature } = signedFile();
    const message = signedMessage(files.public.keyId, files.public.algorithms, digest);
    const publicKey = publicOf(files, 'ML-DSA-65');
    const value = valueOf(signature, 'ML-DSA-65');

    expect(ml_dsa65.verify(value, message, publicKey)).toBe(true);
    // …and only over that message: the same value does not verify for another file's digest.
    const other = signedMessage(files.public.keyId, files.public.algorithms, {
      ...digest,
      bytes: digest.bytes + 1,
    });
    expect(ml_dsa65.verify(value, other, publicKey)).toBe(false);
  });

  it('the Ed25519 half verifies with @noble/curves called directly (strict RFC 8032)', () => {
    const { files, signature } = signedFile();
    const message = signedMessage(files.public.keyId, files.public.algorithms, digest);

    expect(
      ed25519.verify(valueOf(signature, 'Ed25519'), message, publicOf(files, 'Ed25519'), {
        zip215: false,
      }),
    ).toBe(true);
  });

  it('a secret seed gives the public key @noble derives from it directly', () => {
    const { files } = signedFile();
    const seedOf = (algorithm: string) =>
      fromBase64(files.secret.keys.find((k) => k.algorithm === algorithm)?.seed ?? '')!;

    expect(ml_dsa65.keygen(seedOf('ML-DSA-65')).publicKey).toEqual(publicOf(files, 'ML-DSA-65'));
    expect(ed25519.getPublicKey(seedOf('Ed25519'))).toEqual(publicOf(files, 'Ed25519'));
  });
});

describe('ML-DSA-65 against an independent implementation (liboqs 0.15.1)', () => {
  const mldsa = signatureAlgorithm('ML-DSA-65')!;
  const message = new TextEncoder().encode(LIBOQS_ML_DSA_65.message);
  const publicKey = fromBase64(LIBOQS_ML_DSA_65.publicKey)!;
  const signature = fromBase64(LIBOQS_ML_DSA_65.signature)!;

  it('has the FIPS 204 sizes', () => {
    expect([publicKey.length, signature.length]).toEqual([1952, 3309]);
  });

  it('medrisk’s ML-DSA-65 verifies a liboqs signature', () => {
    expect(mldsa.verify(signature, message, publicKey)).toBe(true);
  });

  it.each`
    change                    | sig                               | msg
    ${'one bit of signature'} | ${() => flip(signature, 100)}     | ${() => message}
    ${'last signature byte'}  | ${() => flip(signature, 3308)}    | ${() => message}
    ${'one bit of message'}   | ${() => signature}                | ${() => flip(message, 0)}
    ${'truncated signature'}  | ${() => signature.slice(0, 3308)} | ${() => message}
  `('and rejects it after changing $change', ({ sig, msg }) => {
    expect(mldsa.verify((sig as () => Uint8Array)(), (msg as () => Uint8Array)(), publicKey)).toBe(
      false,
    );
  });
});

function flip(data: Uint8Array, index: number): Uint8Array {
  const copy = data.slice();
  copy[index] = (copy[index] ?? 0) ^ 1;
  return copy;
}
