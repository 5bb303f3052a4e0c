import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { rpm } from './index.js';

describe('rpm', () => {
  it.each`
    a                        | b                         | expected
    ${'1.0'}                 | ${'0:1.0'}                | ${0}
    ${'1:0.1'}               | ${'9.9'}                  | ${1}
    ${'1.0~rc1'}             | ${'1.0'}                  | ${-1}
    ${'1.0^git1'}            | ${'1.0'}                  | ${1}
    ${'1.0^git1'}            | ${'1.0.1'}                | ${-1}
    ${'1.0^git1'}            | ${'1.0^git1~pre'}         | ${1}
    ${'1_0'}                 | ${'1.0'}                  | ${0}
    ${'1.0.a'}               | ${'1.0.1'}                | ${-1}
    ${'1.0'}                 | ${'1.0-1'}                | ${-1}
    ${'1.0-1.el8'}           | ${'1.0-1.el8_4'}          | ${-1}
    ${'a:1'}                 | ${'b:1'}                  | ${-1}
    ${'3.10.0-1160.el7'}     | ${'3.10.0-1160.83.1.el7'} | ${-1}
    ${'1.1.α'}               | ${'1.1.β'}                | ${0}
    ${'1.99999999999999999'} | ${'1.100000000000000000'} | ${-1}
  `('compares $a with $b → $expected', ({ a, b, expected }) => {
    const forward = rpm.compare(a, b);
    const backward = rpm.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version        | reason
    ${''}          | ${'empty'}
    ${'1.0 1.1'}   | ${'whitespace'}
    ${'1.0\t'}     | ${'tab'}
    ${'1.0\n'}     | ${'newline'}
    ${'1.0\u0000'} | ${'control character'}
    ${'>=1.0'}     | ${'a range, not a version'}
    ${'[1.0,2.0)'} | ${'an interval'}
    ${'1.0|2.0'}   | ${'a list'}
    ${'1.*'}       | ${'a wildcard'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(rpm.isValid(version)).toBe(false);
    expect(() => rpm.compare(version, '1.0')).toThrow(InvalidVersionError);
    expect(() => rpm.compare('1.0', version)).toThrow(InvalidVersionError);
  });
});
