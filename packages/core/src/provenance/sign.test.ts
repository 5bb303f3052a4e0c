import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.js';
import { serialize, type SignatureFile } from './formats.js';
import { computeKeyId, generateKey, readKey, type RandomSource } from './keys.js';
import { readSignature, signDigest, verifyDigest, type FileDigest } from './sign.js';

/** A fixed, test-only randomness source: each call yields different bytes, runs are repeatable. */
function counter(start = 1): RandomSource {
  let n = start;
  return (length) => Uint8Array.from({ length }, (_, i) => (n++ * 31 + i * 7) & 255);
}

const digestOf = (text: string): FileDigest => {
  const bytes = new TextEncoder().encode(text);
  return {
    bytes: bytes.length,
    sha256: bytesToHex(sha256(bytes)),
    sha512: bytesToHex(sha512(bytes)),
  };
};

function keyPair(start = 1) {
  const files = generateKey(counter(start));
  const secret = readKey(serialize(files.secret), 'secret');
  const pub = readKey(serialize(files.public), 'public');
  if (!secret.ok || !pub.ok) throw new Error('generated key does not read back');
  return { files, secret: secret.value, pub: pub.value };
}

const report = digestOf('{"findings":[]}\n');

function signed(text = '{"findings":[]}\n', start = 1) {
  const { secret, pub } = keyPair(start);
  return { signature: signDigest(digestOf(text), secret, counter(99)), pub };
}

const withSignatures = (sig: SignatureFile, signatures: SignatureFile['signatures']) => ({
  ...sig,
  signatures,
});

describe('sign and verify', () => {
  it('round trip: both algorithms verify', () => {
    const { signature, pub } = signed();

    const result = verifyDigest(report, signature, pub);

    expect(result).toEqual({
      verified: true,
      algorithms: [
        { algorithm: 'Ed25519', status: 'valid' },
        { algorithm: 'ML-DSA-65', status: 'valid' },
      ],
      problems: [],
    });
  });

  it('the signature file reads back and names its key, algorithms and digests', () => {
    const { signature } = signed();

    const read = readSignature(serialize(signature));

    expect(read.ok).toBe(true);
    expect(signature.signed).toEqual({
      bytes: report.bytes,
      sha256: report.sha256,
      sha512: report.sha512,
    });
    expect(signature.signatures.map((s) => [s.algorithm, fromBase64(s.value)?.length])).toEqual([
      ['Ed25519', 64],
      ['ML-DSA-65', 3309],
    ]);
  });

  it('a changed file fails every algorithm and says what changed', () => {
    const { signature, pub } = signed();

    const result = verifyDigest(digestOf('{"findings":[1]}\n'), signature, pub);

    expect(result.verified).toBe(false);
    expect(result.algorithms.map((a) => a.status)).toEqual(['invalid', 'invalid']);
    expect(result.problems[0]).toMatch(
      /^the file is not the one that was signed \(bytes: signed 16, now 17/,
    );
  });

  it.each(['Ed25519', 'ML-DSA-65'])(
    'a tampered %s value fails that algorithm only',
    (algorithm) => {
      const { signature, pub } = signed();
      const tampered = signature.signatures.map((s) => {
        if (s.algorithm !== algorithm) return s;
        const bytes = fromBase64(s.value)!;
        bytes[10] = (bytes[10] ?? 0) ^ 0x40;
        return { ...s, value: toBase64(bytes) };
      });

      const result = verifyDigest(report, withSignatures(signature, tampered), pub);

      expect(result.verified).toBe(false);
      expect(result.algorithms.filter((a) => a.status !== 'valid')).toEqual([
        { algorithm, status: 'invalid' },
      ]);
      expect(result.problems).toEqual([]);
    },
  );

  it.each(['Ed25519', 'ML-DSA-65'])(
    'stripping the %s signature does not verify (no downgrade)',
    (algorithm) => {
      const { signature, pub } = signed();
      const stripped = signature.signatures.filter((s) => s.algorithm !== algorithm);

      const result = verifyDigest(report, withSignatures(signature, stripped), pub);

      expect(result.verified).toBe(false);
      expect(result.algorithms).toContainEqual({ algorithm, status: 'missing' });
      expect(result.problems.join('\n')).toContain(`no ${algorithm} signature`);
    },
  );

  it('a signature checked against another key fails and names both key ids', () => {
    const { signature } = signed();
    const other = keyPair(50).pub;

    const result = verifyDigest(report, signature, other);

    expect(result.verified).toBe(false);
    expect(result.problems[0]).toBe(
      `the signature was made with key ${signature.keyId}, not with the given key ${other.keyId}`,
    );
    expect(result.algorithms.map((a) => a.status)).toEqual(['invalid', 'invalid']);
  });

  it('a signature with its key id rewritten to the other key still fails', () => {
    const { signature } = signed();
    const other = keyPair(50).pub;

    const result = verifyDigest(report, { ...signature, keyId: other.keyId }, other);

    expect(result.verified).toBe(false);
    expect(result.problems).toEqual([]);
  });

  it('a key cut down to its Ed25519 half (key id recomputed) does not verify the hybrid signature', () => {
    const { signature, pub } = signed();
    const ed = pub.keys.slice(0, 1);
    const half = {
      ...pub,
      keys: ed,
      keyId: computeKeyId(ed.map((k) => ({ algorithm: k.algorithm.id, publicKey: k.publicKey }))),
    };
    const edOnly = withSignatures(signature, signature.signatures.slice(0, 1));

    const result = verifyDigest(report, { ...edOnly, keyId: half.keyId }, half);

    expect(result.verified).toBe(false);
    expect(result.algorithms).toEqual([{ algorithm: 'Ed25519', status: 'invalid' }]);
  });

  it('ML-DSA signing is hedged: two signatures of one file differ, both verify', () => {
    const { secret, pub } = keyPair();
    const a = signDigest(report, secret, counter(1));
    const b = signDigest(report, secret, counter(2));

    expect(a.signatures[1]?.value).not.toBe(b.signatures[1]?.value);
    expect(a.signatures[0]?.value).toBe(b.signatures[0]?.value);
    expect(verifyDigest(report, b, pub).verified).toBe(true);
  });
});

describe('readSignature refuses malformed files', () => {
  const good = () => signed().signature;
  it.each`
    case                      | text                                                                                       | message
    ${'not JSON'}             | ${() => 'not json'}                                                                        | ${/^not JSON/}
    ${'a key file'}           | ${() => serialize(keyPair().files.public)}                                                 | ${/expected "signature"/}
    ${'unknown algorithm'}    | ${() => serialize(withSignatures(good(), [{ algorithm: 'RSA-PSS', value: 'AAAA' }]))}      | ${/unknown signature algorithm "RSA-PSS"/}
    ${'algorithm twice'}      | ${() => serialize(withSignatures(good(), [good().signatures[0]!, good().signatures[0]!]))} | ${/listed twice/}
    ${'truncated value'}      | ${() => serialize(withSignatures(good(), [{ algorithm: 'Ed25519', value: 'AAAA' }]))}      | ${/expected 64 bytes, found 3/}
    ${'newer format version'} | ${() => serialize({ ...good(), formatVersion: 2 as 1 })}                                   | ${/expected 1/}
    ${'unknown field'}        | ${() => JSON.stringify({ ...good(), comment: 'x' })}                                       | ${/Unrecognized key/}
  `('$case', ({ text, message }: { text: () => string; message: RegExp }) => {
    const result = readSignature(text());

    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});

describe('readKey', () => {
  it('reads its own files, and both carry the same key id', () => {
    const { files, secret, pub } = keyPair();

    expect(secret.keyId).toBe(files.secret.keyId);
    expect(pub.keyId).toBe(secret.keyId);
    expect(files.public.keys.every((k) => !('seed' in k))).toBe(true);
  });

  it.each`
    case                                    | change                                                                                                                                               | expected    | message
    ${'public file where secret is needed'} | ${(f: ReturnType<typeof generateKey>) => f.public}                                                                                                   | ${'secret'} | ${/this is a public key file/}
    ${'secret file where public is needed'} | ${(f: ReturnType<typeof generateKey>) => f.secret}                                                                                                   | ${'public'} | ${/this is a secret key file/}
    ${'edited key id'}                      | ${(f: ReturnType<typeof generateKey>) => ({ ...f.public, keyId: 'a'.repeat(64) })}                                                                   | ${'public'} | ${/keyId does not match/}
    ${'public key not of its seed'}         | ${(f: ReturnType<typeof generateKey>) => ({ ...f.secret, keys: [f.secret.keys[0]!, { ...f.secret.keys[1]!, seed: toBase64(new Uint8Array(32)) }] })} | ${'secret'} | ${/does not belong to its seed/}
    ${'a stripped key'}                     | ${(f: ReturnType<typeof generateKey>) => ({ ...f.public, keys: [f.public.keys[0]!] })}                                                               | ${'public'} | ${/one key per algorithm/}
    ${'seed in a public file'}              | ${(f: ReturnType<typeof generateKey>) => ({ ...f.secret, type: 'public' as const })}                                                                 | ${'public'} | ${/must not contain secret seeds/}
    ${'unknown algorithm'}                  | ${(f: ReturnType<typeof generateKey>) => ({ ...f.public, algorithms: ['Ed25519', 'Dilithium3'] })}                                                   | ${'public'} | ${/unknown signature algorithm "Dilithium3"/}
  `('refuses $case', ({ change, expected, message }) => {
    const result = readKey(serialize(change(keyPair().files)), expected);

    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});
