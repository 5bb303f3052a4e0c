import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { go } from './index.js';

describe('go', () => {
  it.each`
    a                                         | b                             | expected
    ${'v1.2.3'}                               | ${'1.2.3'}                    | ${0}
    ${'v1'}                                   | ${'v1.0.0'}                   | ${0}
    ${'v0.0.0-20191109021931-daa7c04131f5'}   | ${'v0.0.1'}                   | ${-1}
    ${'v1.2.4-0.20191109021931-daa7c04131f5'} | ${'v1.2.3'}                   | ${1}
    ${'v2.0.0+incompatible'}                  | ${'v2.0.0'}                   | ${0}
    ${'v1.0.0-rc.1'}                          | ${'v1.0.0'}                   | ${-1}
    ${'v1.99999999999999999999.0'}            | ${'v1.9999999999999999999.0'} | ${1}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = go.compare(a, b);
    const backward = go.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version          | reason
    ${''}            | ${'empty'}
    ${'v'}           | ${'no number'}
    ${'V1.2.3'}      | ${'upper-case V'}
    ${'v1.2.3.4'}    | ${'four numbers'}
    ${'v01.2.3'}     | ${'leading zero'}
    ${'v1.2-pre'}    | ${'prerelease on a shorthand'}
    ${'v1.2.3-'}     | ${'empty prerelease'}
    ${'v1.2.3+'}     | ${'empty build'}
    ${'v1.2.3-0123'} | ${'leading zero in a numeric prerelease identifier'}
    ${'latest'}      | ${'a query, not a version'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(go.isValid(version)).toBe(false);
    expect(() => go.compare(version, 'v1.0.0')).toThrow(InvalidVersionError);
  });
});
