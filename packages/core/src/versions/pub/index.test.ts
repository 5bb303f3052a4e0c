import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { pub } from './index.js';

describe('pub', () => {
  it.each`
    a                | b                 | expected
    ${'1.0.0-dev.9'} | ${'1.0.0-dev.10'} | ${-1}
    ${'1.0.0'}       | ${'1.0.0+1'}      | ${-1}
    ${'1.0.0+2'}     | ${'1.0.0+10'}     | ${-1}
    ${'1.0.0+10'}    | ${'1.0.0+a'}      | ${-1}
    ${'1.0.0-pre+1'} | ${'1.0.0'}        | ${-1}
    ${'1.0.0-5-foo'} | ${'1.0.0-5'}      | ${1}
    ${'01.2.3'}      | ${'1.2.3'}        | ${0}
    ${'1.0.0-a.-1'}  | ${'1.0.0-a.0'}    | ${-1}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = pub.compare(a, b);
    const backward = pub.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version        | reason
    ${''}          | ${'empty'}
    ${'v1.0.0'}    | ${'leading v'}
    ${'1.0'}       | ${'two numbers'}
    ${'1.0.0.0'}   | ${'four numbers'}
    ${'1.0.0-'}    | ${'empty prerelease'}
    ${'1.0.0+a+b'} | ${'two builds'}
    ${'^1.0.0'}    | ${'a constraint'}
    ${'any'}       | ${'a constraint'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(pub.isValid(version)).toBe(false);
    expect(() => pub.compare(version, '1.0.0')).toThrow(InvalidVersionError);
  });
});
