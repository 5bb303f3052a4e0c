import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { cratesIo } from './index.js';

describe('crates-io', () => {
  it.each`
    a                  | b                     | expected
    ${'0.9.0'}         | ${'0.10.0'}           | ${-1}
    ${'1.0.0-alpha'}   | ${'1.0.0-alpha.1'}    | ${-1}
    ${'1.0.0-alpha.1'} | ${'1.0.0-alpha.beta'} | ${-1}
    ${'1.0.0-beta.2'}  | ${'1.0.0-beta.11'}    | ${-1}
    ${'1.0.0-rc.1'}    | ${'1.0.0'}            | ${-1}
    ${'1.0.0-1'}       | ${'1.0.0-a'}          | ${-1}
    ${'1.0.0+build.1'} | ${'1.0.0+build.2'}    | ${0}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = cratesIo.compare(a, b);
    const backward = cratesIo.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version         | reason
    ${''}           | ${'empty'}
    ${'v1.0.0'}     | ${'leading v'}
    ${'1.0'}        | ${'two numbers'}
    ${'1.0.0.0'}    | ${'four numbers'}
    ${'01.0.0'}     | ${'leading zero'}
    ${'1.0.0-01'}   | ${'leading zero in a numeric prerelease identifier'}
    ${'1.0.0-'}     | ${'empty prerelease'}
    ${'1.0.0-a..b'} | ${'empty prerelease identifier'}
    ${'1.0.0+'}     | ${'empty build'}
    ${'1.0.0-a_b'}  | ${'underscore'}
    ${' 1.0.0'}     | ${'whitespace'}
    ${'~> 1.0'}     | ${'a requirement'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(cratesIo.isValid(version)).toBe(false);
    expect(() => cratesIo.compare(version, '1.0.0')).toThrow(InvalidVersionError);
  });
});
