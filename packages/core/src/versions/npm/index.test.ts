import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { npm } from './index.js';

describe('npm', () => {
  it.each`
    a                  | b                   | expected
    ${'1.2.3'}         | ${'1.2.10'}         | ${-1}
    ${'1.0.0-alpha.2'} | ${'1.0.0-alpha.10'} | ${-1}
    ${'1.0.0-beta'}    | ${'1.0.0'}          | ${-1}
    ${'1.0.0-r2'}      | ${'1.0.0-r100'}     | ${1}
    ${'1.0.0+a'}       | ${'1.0.0+b'}        | ${0}
    ${'v1.0.0'}        | ${'1.0.0'}          | ${0}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = npm.compare(a, b);
    const backward = npm.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version                   | reason
    ${''}                     | ${'empty'}
    ${'1.2'}                  | ${'two numbers'}
    ${'1.2.3.4'}              | ${'four numbers'}
    ${'01.2.3'}               | ${'leading zero'}
    ${'1.2.3-01'}             | ${'leading zero in a numeric prerelease identifier'}
    ${'=1.2.3'}               | ${'loose-mode prefix'}
    ${'9007199254740992.0.0'} | ${'above Number.MAX_SAFE_INTEGER, as npm refuses'}
    ${'^1.2.3'}               | ${'a range'}
    ${'latest'}               | ${'a dist-tag'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(npm.isValid(version)).toBe(false);
    expect(() => npm.compare(version, '1.0.0')).toThrow(InvalidVersionError);
    expect(() => npm.compare('1.0.0', version)).toThrow(InvalidVersionError);
  });
});
