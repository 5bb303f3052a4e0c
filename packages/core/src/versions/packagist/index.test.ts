import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { packagist } from './index.js';

describe('packagist', () => {
  // Each row was also checked with PHP 8.2's version_compare().
  it.each`
    a                | b                 | expected
    ${'v1.0.0'}      | ${'1.0.0'}        | ${0}
    ${'1.0.0-dev'}   | ${'1.0.0-alpha1'} | ${-1}
    ${'1.0.0-a1'}    | ${'1.0.0-alpha1'} | ${0}
    ${'1.0.0-RC1'}   | ${'1.0.0-rc1'}    | ${0}
    ${'1.0.0-rc1'}   | ${'1.0.0'}        | ${-1}
    ${'1.0.0'}       | ${'1.0.0-pl1'}    | ${-1}
    ${'1.0.0-foo'}   | ${'1.0.0-dev'}    | ${-1}
    ${'1.0.0-Beta1'} | ${'1.0.0-dev'}    | ${-1}
    ${'1.0'}         | ${'1.0.0'}        | ${-1}
    ${'1.0.0rc1'}    | ${'1.0.0.rc.1'}   | ${0}
    ${'dev-main'}    | ${'0.0.1'}        | ${-1}
    ${'4.3-2RC1'}    | ${'4.3-2RC2'}     | ${-1}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = packagist.compare(a, b);
    const backward = packagist.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version       | reason
    ${''}         | ${'empty'}
    ${'v'}        | ${'only the prefix'}
    ${'1.2.3.#'}  | ${'# is no version character'}
    ${'1.0.'}     | ${'trailing separator (PHP orders 1. below 1. itself)'}
    ${'-1.0'}     | ${'leading separator'}
    ${'1.0 beta'} | ${'whitespace'}
    ${'^1.0'}     | ${'a constraint'}
    ${'1.0.*'}    | ${'a wildcard'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(packagist.isValid(version)).toBe(false);
    expect(() => packagist.compare(version, '1.0.0')).toThrow(InvalidVersionError);
  });
});
