import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { alpine } from './index.js';

describe('alpine', () => {
  it.each`
    a              | b             | expected
    ${'1.10'}      | ${'1.9'}      | ${1}
    ${'1.2.1'}     | ${'1.2.1a'}   | ${-1}
    ${'1.0_alpha'} | ${'1.0_beta'} | ${-1}
    ${'1.0_rc2'}   | ${'1.0'}      | ${-1}
    ${'1.0'}       | ${'1.0_p1'}   | ${-1}
    ${'1.0_hg1'}   | ${'1.0_p1'}   | ${-1}
    ${'1.0-r9'}    | ${'1.0-r10'}  | ${-1}
    ${'1.0'}       | ${'1.0-r0'}   | ${0}
    ${'1.01'}      | ${'1.1'}      | ${-1}
    ${'01'}        | ${'1'}        | ${0}
    ${'1.0~abc'}   | ${'1.0~def'}  | ${0}
    ${'6.6.2p1'}   | ${'6.6.2_p1'} | ${1}
    ${'1'}         | ${'1-ruff'}   | ${1}
    ${'0..1..0'}   | ${'0..1..1'}  | ${-1}
    ${'a'}         | ${'b'}        | ${-1}
  `('compares $a with $b → $expected', ({ a, b, expected }) => {
    const forward = alpine.compare(a, b);
    const backward = alpine.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version        | reason
    ${''}          | ${'empty'}
    ${'1.0 1.1'}   | ${'whitespace'}
    ${'1.0\n'}     | ${'newline'}
    ${' 1.0'}      | ${'leading space'}
    ${'>=1.0'}     | ${'a range, not a version'}
    ${'[1.0,2.0)'} | ${'an interval'}
    ${'1.0|2.0'}   | ${'a list'}
    ${'1.*'}       | ${'a wildcard'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(alpine.isValid(version)).toBe(false);
    expect(() => alpine.compare(version, '1.0')).toThrow(InvalidVersionError);
    expect(() => alpine.compare('1.0', version)).toThrow(InvalidVersionError);
  });
});
