import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { nuget } from './index.js';

describe('nuget', () => {
  it.each`
    a                      | b                       | expected
    ${'1'}                 | ${'1.0.0.0'}            | ${0}
    ${'1.0.0'}             | ${'1.0.0.1'}            | ${-1}
    ${'1.0.01'}            | ${'1.0.1'}              | ${0}
    ${'1.0.0-BETA'}        | ${'1.0.0-beta'}         | ${0}
    ${'1.0.0-beta'}        | ${'1.0.0-beta.1'}       | ${-1}
    ${'1.0.0-alpha.2'}     | ${'1.0.0-alpha.10'}     | ${-1}
    ${'1.0.0-1'}           | ${'1.0.0-alpha'}        | ${-1}
    ${'1.0.0-Z'}           | ${'1.0.0-a'}            | ${1}
    ${'1.0.0+abc'}         | ${'1.0.0'}              | ${0}
    ${'1.0.0--1'}          | ${'1.0.0-0'}            | ${-1}
    ${'1.0.0-30000000000'} | ${'1.0.0-200000000000'} | ${1}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = nuget.compare(a, b);
    const backward = nuget.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version         | reason
    ${''}           | ${'empty'}
    ${'1.0.0.0.0'}  | ${'five numbers'}
    ${'v1.0.0'}     | ${'leading v'}
    ${'1.0.0-01'}   | ${'leading zero in a numeric label'}
    ${'1.0.0-'}     | ${'empty label'}
    ${'1.0.0-a..b'} | ${'empty label part'}
    ${'1.0.0+'}     | ${'empty metadata'}
    ${'1.0.0-a_b'}  | ${'underscore'}
    ${'[1.0,2.0)'}  | ${'a range'}
    ${'1.*'}        | ${'a floating version'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(nuget.isValid(version)).toBe(false);
    expect(() => nuget.compare(version, '1.0.0')).toThrow(InvalidVersionError);
  });
});
