import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { pypi } from './index.js';

describe('pypi', () => {
  // Each row was also checked with Python packaging 26.2.
  it.each`
    a                       | b                       | expected
    ${'1.0.dev0'}           | ${'1.0a0'}              | ${-1}
    ${'1.0rc1'}             | ${'1.0'}                | ${-1}
    ${'1.0.post1.dev0'}     | ${'1.0.post1'}          | ${-1}
    ${'1.0a1.post1'}        | ${'1.0a2.dev0'}         | ${-1}
    ${'1.0'}                | ${'1.0.0.0'}            | ${0}
    ${'1.0-1'}              | ${'1.0.post1'}          | ${0}
    ${'1.0.PREVIEW2'}       | ${'1.0rc2'}             | ${0}
    ${'1!0.1'}              | ${'2025.1'}             | ${1}
    ${'1.0+abc'}            | ${'1.0+1'}              | ${-1}
    ${'1.0+1e5'}            | ${'1.0+2'}              | ${-1}
    ${'1.0+Ubuntu-1'}       | ${'1.0+ubuntu.1'}       | ${0}
    ${'1.9007199254740993'} | ${'1.9007199254740992'} | ${1}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = pypi.compare(a, b);
    const backward = pypi.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version                       | reason
    ${''}                         | ${'empty'}
    ${'0.1-bulbasaur'}            | ${'legacy version (packaging < 22 only)'}
    ${'2013-01-21T20:33:09+0100'} | ${'legacy version (a timestamp)'}
    ${'1.0-final'}                | ${'"final" is not a PEP 440 label'}
    ${'1..0'}                     | ${'empty release number'}
    ${'1.0+'}                     | ${'empty local label'}
    ${'1.0+a_'}                   | ${'local label ending in a separator'}
    ${' 1.0'}                     | ${'surrounding whitespace (packaging strips it; readers trim)'}
    ${'>=1.0'}                    | ${'a specifier'}
    ${'1.*'}                      | ${'a wildcard'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(pypi.isValid(version)).toBe(false);
    expect(() => pypi.compare(version, '1.0')).toThrow(InvalidVersionError);
  });
});
