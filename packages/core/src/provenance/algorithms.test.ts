import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALGORITHMS, SIGNATURE_ALGORITHMS, signatureAlgorithm } from './algorithms.js';

const seedOf = (fill: number, length = 32) => new Uint8Array(length).fill(fill);
const message = new TextEncoder().encode('medrisk report');

describe('signature algorithms', () => {
  it('Ed25519 reproduces RFC 8032 §7.1 test 1 (empty message)', () => {
    const ed = signatureAlgorithm('Ed25519')!;
    const secret = hexToBytes('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');

    const { publicKey, secretKey } = ed.keygen(secret);
    const signature = ed.sign(new Uint8Array(0), secretKey, new Uint8Array(0));

    expect(publicKey).toEqual(
      hexToBytes('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
    );
    expect(signature).toEqual(
      hexToBytes(
        'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
      ),
    );
    expect(ed.verify(signature, new Uint8Array(0), publicKey)).toBe(true);
  });

  // FIPS 204 Table 2 and RFC 8032: the sizes every file and the docs rely on.
  it.each`
    id             | publicKey | signature
    ${'Ed25519'}   | ${32}     | ${64}
    ${'ML-DSA-65'} | ${1952}   | ${3309}
  `('$id: public key $publicKey B, signature $signature B', ({ id, publicKey, signature }) => {
    const algorithm = signatureAlgorithm(id)!;
    const pair = algorithm.keygen(seedOf(1));
    const sig = algorithm.sign(
      message,
      pair.secretKey,
      seedOf(2, algorithm.sizes.signingRandomness),
    );

    expect(algorithm.sizes).toMatchObject({ publicKey, signature });
    expect(pair.publicKey).toHaveLength(publicKey);
    expect(sig).toHaveLength(signature);
  });

  it.each(SIGNATURE_ALGORITHMS.map((a) => [a.id, a] as const))(
    '%s signs and verifies, and rejects a changed message, signature or key',
    (_id, algorithm) => {
      const pair = algorithm.keygen(seedOf(3));
      const other = algorithm.keygen(seedOf(4));
      const sig = algorithm.sign(
        message,
        pair.secretKey,
        seedOf(5, algorithm.sizes.signingRandomness),
      );
      const flipped = sig.slice();
      flipped[7] = (flipped[7] ?? 0) ^ 1;

      expect(algorithm.verify(sig, message, pair.publicKey)).toBe(true);
      expect(
        algorithm.verify(sig, new TextEncoder().encode('medrisk report!'), pair.publicKey),
      ).toBe(false);
      expect(algorithm.verify(flipped, message, pair.publicKey)).toBe(false);
      expect(algorithm.verify(sig, message, other.publicKey)).toBe(false);
      expect(algorithm.verify(sig.slice(1), message, pair.publicKey)).toBe(false);
    },
  );

  it('ML-DSA-65 keys are a function of the seed; signing randomness changes the signature, not its validity', () => {
    const mldsa = signatureAlgorithm('ML-DSA-65')!;
    const a = mldsa.keygen(seedOf(9));
    const b = mldsa.keygen(seedOf(9));
    const s1 = mldsa.sign(message, a.secretKey, seedOf(1));
    const s2 = mldsa.sign(message, a.secretKey, seedOf(2));

    expect(a.publicKey).toEqual(b.publicKey);
    expect(s1).not.toEqual(s2);
    expect(mldsa.verify(s2, message, a.publicKey)).toBe(true);
  });

  it('keygen defaults to one classical and one post-quantum algorithm', () => {
    expect(DEFAULT_ALGORITHMS.map((id) => signatureAlgorithm(id)?.quantumResistant)).toEqual([
      false,
      true,
    ]);
  });
});
