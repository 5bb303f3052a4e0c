import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64, cspHash, sha256, utf8 } from './sha256.js';

describe('sha256 (pure, for CSP hashes)', () => {
  it.each([
    ['empty', ''],
    ['abc', 'abc'],
    ['55 bytes (one block with padding)', 'a'.repeat(55)],
    ['56 bytes (padding spills into a second block)', 'a'.repeat(56)],
    ['64 bytes', 'b'.repeat(64)],
    ['multi-block', 'The quick brown fox jumps over the lazy dog. '.repeat(40)],
    ['non-ASCII', 'Ärztin → Pumpe ✓ 𝄞 日本'],
  ])('matches node:crypto for %s', (_name, text) => {
    const expected = createHash('sha256').update(text, 'utf8').digest('base64');

    expect(base64(sha256(utf8(text)))).toBe(expected);
    expect(cspHash(text)).toBe(`'sha256-${expected}'`);
  });

  it('encodes UTF-8 like Buffer does', () => {
    const text = 'aé€𝄞';

    expect([...utf8(text)]).toEqual([...Buffer.from(text, 'utf8')]);
  });
});
