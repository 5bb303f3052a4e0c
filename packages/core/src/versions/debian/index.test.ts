import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { debian } from './index.js';

describe('debian', () => {
  it.each`
    a                     | b                           | expected
    ${'1.0'}              | ${'0:1.0'}                  | ${0}
    ${'1:0.1'}            | ${'9.9'}                    | ${1}
    ${'1.0~rc1'}          | ${'1.0'}                    | ${-1}
    ${'1.0~~'}            | ${'1.0~'}                   | ${-1}
    ${'1.0a'}             | ${'1.0+'}                   | ${-1}
    ${'1.0'}              | ${'1.0.0'}                  | ${-1}
    ${'1.0'}              | ${'1.0-0'}                  | ${0}
    ${'1.0-1~bpo1'}       | ${'1.0-1'}                  | ${-1}
    ${'1.2-3-4'}          | ${'1.2-3-3'}                | ${1}
    ${'1.1.1n-0+deb11u5'} | ${'1.1.1n-0+deb11u4'}       | ${1}
    ${'1.0'}              | ${'1.00000000000000000001'} | ${-1}
  `('compares $a with $b → $expected', ({ a, b, expected }) => {
    const forward = debian.compare(a, b);
    const backward = debian.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version           | reason
    ${''}             | ${'empty'}
    ${'a1.0'}         | ${'upstream does not start with a digit'}
    ${'1.0-'}         | ${'empty revision'}
    ${':1.0'}         | ${'empty epoch'}
    ${'x:1.0'}        | ${'epoch is not a number'}
    ${'2147483648:1'} | ${'epoch larger than dpkg accepts'}
    ${'1.0 2.0'}      | ${'whitespace'}
    ${'1.0_1'}        | ${'underscore is not allowed'}
    ${'1.0-1:2'}      | ${'colon in the revision'}
    ${'>= 1.0'}       | ${'a range, not a version'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(debian.isValid(version)).toBe(false);
    expect(() => debian.compare(version, '1.0')).toThrow(InvalidVersionError);
    expect(() => debian.compare('1.0', version)).toThrow(InvalidVersionError);
  });

  it.each(['0', '1:1.0-1', '1.0+dfsg~rc1-2ubuntu0.1', '2147483647:1', '1:2:3-4'])(
    'accepts %s',
    (version) => {
      expect(debian.isValid(version)).toBe(true);
    },
  );
});
