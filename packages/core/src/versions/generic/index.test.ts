import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { generic } from './index.js';

describe('generic', () => {
  it.each`
    a           | b            | expected
    ${'1.10'}   | ${'1.9'}     | ${1}
    ${'1.2'}    | ${'1.2.0'}   | ${0}
    ${'1'}      | ${'1.0.0.0'} | ${0}
    ${'1.2'}    | ${'1.2.1'}   | ${-1}
    ${'0.9.9'}  | ${'1'}       | ${-1}
    ${'2024.1'} | ${'2023.12'} | ${1}
  `('compares $a with $b → $expected', ({ a, b, expected }) => {
    const forward = generic.compare(a, b);
    const backward = generic.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  // Each of these is ordered differently by different ecosystems, so the fallback refuses it.
  it.each`
    version         | reason
    ${''}           | ${'empty'}
    ${'1.01'}       | ${'leading zero: equal to 1.1 for dpkg, smaller for apk'}
    ${'1.0a'}       | ${'letter: a patch for OpenSSL, a pre-release for PEP 440'}
    ${'1.0-rc1'}    | ${'pre-release for SemVer, newer than 1.0 for dpkg'}
    ${'1.0~rc1'}    | ${'tilde'}
    ${'v1.0'}       | ${'prefix'}
    ${'1.0+build'}  | ${'build metadata'}
    ${'1_0'}        | ${'underscore'}
    ${'2024-01-01'} | ${'date with separators'}
    ${'1..0'}       | ${'empty component'}
    ${'1.0.'}       | ${'trailing dot'}
    ${'.1'}         | ${'leading dot'}
    ${'1.0 '}       | ${'whitespace'}
    ${'*'}          | ${'wildcard'}
    ${'1:1.0'}      | ${'epoch'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(generic.isValid(version)).toBe(false);
    expect(() => generic.compare(version, '1.0')).toThrow(InvalidVersionError);
    expect(() => generic.compare('1.0', version)).toThrow(InvalidVersionError);
  });
});
