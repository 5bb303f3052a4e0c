import { describe, expect, it } from 'vitest';
import { compareDeclared, hashAlgorithm, parseDigest } from './digests.js';

const HEX64 = 'ab'.repeat(32);

describe('hash algorithms and digests', () => {
  it.each`
    name          | id
    ${'sha256'}   | ${'SHA-256'}
    ${'SHA-256'}  | ${'SHA-256'}
    ${'sha_512'}  | ${'SHA-512'}
    ${'sha3-256'} | ${'SHA3-256'}
    ${'blake3'}   | ${'BLAKE3'}
    ${'crc32'}    | ${undefined}
  `('$name → $id', ({ name, id }) => {
    expect(hashAlgorithm(name)?.id).toBe(id);
  });

  it.each`
    text                                | parsed
    ${`sha256:${HEX64}`}                | ${{ algorithm: 'SHA-256', value: HEX64 }}
    ${`SHA-256:${HEX64.toUpperCase()}`} | ${{ algorithm: 'SHA-256', value: HEX64 }}
    ${` ${HEX64} `}                     | ${{ value: HEX64 }}
    ${'sha256:abcd'}                    | ${undefined}
    ${`sha512:${HEX64}`}                | ${undefined}
    ${`crc32:${HEX64}`}                 | ${undefined}
    ${'not a digest'}                   | ${undefined}
  `('parses "$text"', ({ text, parsed }) => {
    expect(parseDigest(text)).toEqual(parsed);
  });

  it('compares only hashes of the same algorithm, or the same length when none is named', () => {
    const listed = [
      { algorithm: 'SHA-256', value: HEX64.toUpperCase() },
      { algorithm: 'SHA-512', value: 'cd'.repeat(64) },
      { algorithm: 'SHA3-256', value: 'ef'.repeat(32) },
    ];

    expect(compareDeclared({ algorithm: 'SHA-256', value: HEX64 }, listed)).toEqual([
      { algorithm: 'SHA-256', listed: HEX64, actual: HEX64, match: true },
    ]);
    expect(compareDeclared({ value: HEX64 }, listed).map((c) => [c.algorithm, c.match])).toEqual([
      ['SHA-256', true],
      ['SHA3-256', false],
    ]);
  });
});
