/**
 * Hash algorithms as CycloneDX names them (`hash-alg` in the 1.6 schema), with what medrisk can do
 * with each: compute it (the shell hashes model files with these), or only recognise it. MD5 and
 * SHA-1 are recognised but never accepted as integrity evidence: collisions are practical (SHAttered,
 * 2017; MD5 since 2004), so a match proves nothing against a deliberate swap.
 */
export interface HashAlgorithm {
  /** The CycloneDX name, e.g. `SHA-256`. */
  readonly id: string;
  /** Bytes of a digest. */
  readonly length: number;
  /** Accepted as evidence that a file is the listed one. */
  readonly strong: boolean;
  /** Name for Node's `crypto.createHash`, when Node can compute it. */
  readonly node?: string;
}

export const HASH_ALGORITHMS: readonly HashAlgorithm[] = [
  { id: 'MD5', length: 16, strong: false, node: 'md5' },
  { id: 'SHA-1', length: 20, strong: false, node: 'sha1' },
  { id: 'SHA-256', length: 32, strong: true, node: 'sha256' },
  { id: 'SHA-384', length: 48, strong: true, node: 'sha384' },
  { id: 'SHA-512', length: 64, strong: true, node: 'sha512' },
  { id: 'SHA3-256', length: 32, strong: true, node: 'sha3-256' },
  { id: 'SHA3-384', length: 48, strong: true, node: 'sha3-384' },
  { id: 'SHA3-512', length: 64, strong: true, node: 'sha3-512' },
  { id: 'BLAKE2b-256', length: 32, strong: true },
  { id: 'BLAKE2b-384', length: 48, strong: true },
  { id: 'BLAKE2b-512', length: 64, strong: true, node: 'blake2b512' },
  { id: 'BLAKE3', length: 32, strong: true },
  { id: 'Streebog-256', length: 32, strong: true },
  { id: 'Streebog-512', length: 64, strong: true },
];

/** `sha256`, `SHA256`, `sha-256`, `SHA-256` → the CycloneDX entry; undefined when unknown. */
export function hashAlgorithm(name: string): HashAlgorithm | undefined {
  const key = squash(name);
  return HASH_ALGORITHMS.find((a) => squash(a.id) === key);
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** A digest as written in the model (`ai.artifactDigest`). */
export interface DeclaredDigest {
  /** CycloneDX name; undefined when the text names no algorithm (bare hex). */
  readonly algorithm?: string;
  /** Lower-case hex. */
  readonly value: string;
}

/**
 * Reads `sha256:<hex>` (the OCI / in-toto spelling), `SHA-256:<hex>` or bare hex. Undefined when the
 * text is no digest at all (wrong length for the named algorithm, not hex, unknown algorithm).
 */
export function parseDigest(text: string): DeclaredDigest | undefined {
  const trimmed = text.trim();
  const colon = trimmed.lastIndexOf(':');
  const value = trimmed.slice(colon + 1).toLowerCase();
  if (!/^[0-9a-f]+$/.test(value) || value.length % 2 !== 0) return undefined;
  if (colon < 0) return { value };
  const algorithm = hashAlgorithm(trimmed.slice(0, colon));
  if (algorithm === undefined || algorithm.length * 2 !== value.length) return undefined;
  return { algorithm: algorithm.id, value };
}

/** One comparison of the model's digest with a hash the ML-BOM lists. */
export interface DigestComparison {
  readonly algorithm: string;
  /** What the ML-BOM lists. */
  readonly listed: string;
  /** What the model (or the file) has. */
  readonly actual: string;
  readonly match: boolean;
}

/**
 * Compares a declared digest with the ML-BOM's hashes of the same algorithm. A digest that names no
 * algorithm is compared with listed hashes of the same length, and the caller says so.
 */
export function compareDeclared(
  declared: DeclaredDigest,
  listed: readonly { readonly algorithm: string; readonly value: string }[],
): DigestComparison[] {
  return listed.flatMap((hash) => {
    const algorithm = hashAlgorithm(hash.algorithm);
    if (algorithm === undefined) return [];
    const sameKind =
      declared.algorithm === undefined
        ? algorithm.length * 2 === declared.value.length
        : algorithm.id === declared.algorithm;
    if (!sameKind) return [];
    const value = hash.value.trim().toLowerCase();
    return [
      {
        algorithm: algorithm.id,
        listed: value,
        actual: declared.value,
        match: value === declared.value,
      },
    ];
  });
}
