import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { rubygems } from './index.js';

describe('rubygems', () => {
  // Each row was also checked with RubyGems 3.3.15.
  it.each`
    a             | b              | expected
    ${'1.0'}      | ${'1'}         | ${0}
    ${'1.0.a'}    | ${'1.0'}       | ${-1}
    ${'1.0.a2'}   | ${'1.0.a.2'}   | ${0}
    ${'1.0.a.10'} | ${'1.0.a9'}    | ${1}
    ${'1.0.b1'}   | ${'1.0.a.2'}   | ${1}
    ${'1.0-1'}    | ${'1.0.pre.1'} | ${0}
    ${'1.0.A'}    | ${'1.0.a'}     | ${-1}
    ${'1.0.a.0'}  | ${'1.0.a'}     | ${0}
    ${'3.2'}      | ${'3.10'}      | ${-1}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = rubygems.compare(a, b);
    const backward = rubygems.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version     | reason
    ${''}       | ${'empty (Ruby reads it as 0; readers never mean that)'}
    ${'1gamma'} | ${'letters glued to the first number'}
    ${'a1'}     | ${'does not start with a number'}
    ${'1..0'}   | ${'empty segment'}
    ${'1.0-'}   | ${'empty prerelease'}
    ${'1.0_1'}  | ${'underscore'}
    ${' 1.0'}   | ${'surrounding whitespace'}
    ${'~> 1.0'} | ${'a requirement'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(rubygems.isValid(version)).toBe(false);
    expect(() => rubygems.compare(version, '1.0')).toThrow(InvalidVersionError);
  });
});
