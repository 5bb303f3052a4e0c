import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { hackage } from './index.js';

describe('hackage', () => {
  it.each`
    a           | b            | expected
    ${'1.10'}   | ${'1.9'}     | ${1}
    ${'1.0'}    | ${'1.0.0'}   | ${-1}
    ${'0.1'}    | ${'0.1.0.0'} | ${-1}
    ${'2.0'}    | ${'1.99.99'} | ${1}
    ${'4.18.2'} | ${'4.18.2'}  | ${0}
  `('compares $a with $b → $expected', ({ a, b, expected }) => {
    const forward = hackage.compare(a, b);
    const backward = hackage.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version      | reason
    ${''}        | ${'empty'}
    ${'1.02'}    | ${'leading zero (Cabal refuses it)'}
    ${'1.0-tag'} | ${'version tags are gone from Cabal'}
    ${'1..0'}    | ${'empty part'}
    ${'1.0.'}    | ${'trailing dot'}
    ${'v1.0'}    | ${'prefix'}
    ${'>=1.0'}   | ${'a range, not a version'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(hackage.isValid(version)).toBe(false);
    expect(() => hackage.compare(version, '1.0')).toThrow(InvalidVersionError);
    expect(() => hackage.compare('1.0', version)).toThrow(InvalidVersionError);
  });
});
