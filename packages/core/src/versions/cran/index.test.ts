import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { cran } from './index.js';

describe('cran', () => {
  it.each`
    a           | b          | expected
    ${'1.10'}   | ${'1.9'}   | ${1}
    ${'0.9-1'}  | ${'0.9.1'} | ${0}
    ${'1.0'}    | ${'1.0.0'} | ${-1}
    ${'1.01'}   | ${'1.1'}   | ${0}
    ${'0'}      | ${'0.1'}   | ${-1}
    ${'1.0-10'} | ${'1.0-9'} | ${1}
  `('compares $a with $b → $expected', ({ a, b, expected }) => {
    const forward = cran.compare(a, b);
    const backward = cran.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version   | reason
    ${''}     | ${'empty'}
    ${'1.0a'} | ${'letters'}
    ${'1..0'} | ${'empty part'}
    ${'1.0.'} | ${'trailing separator'}
    ${'-1.0'} | ${'leading separator'}
    ${'v1.0'} | ${'prefix'}
    ${'1.0 '} | ${'whitespace'}
    ${'1_0'}  | ${'underscore'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(cran.isValid(version)).toBe(false);
    expect(() => cran.compare(version, '1.0')).toThrow(InvalidVersionError);
    expect(() => cran.compare('1.0', version)).toThrow(InvalidVersionError);
  });
});
