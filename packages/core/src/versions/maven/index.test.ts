import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../../common/errors.js';
import { maven } from './index.js';
import { tokenizeMaven } from './tokens.js';

describe('maven', () => {
  it.each`
    a                    | b                              | expected
    ${'1.0-alpha-1'}     | ${'1.0-beta-1'}                | ${-1}
    ${'1.0-rc-1'}        | ${'1.0-CR-1'}                  | ${0}
    ${'1.0-SNAPSHOT'}    | ${'1.0'}                       | ${-1}
    ${'1.0'}             | ${'1.0.GA'}                    | ${0}
    ${'4.1.0'}           | ${'4.1.0.RELEASE'}             | ${0}
    ${'1.0'}             | ${'1.0-sp'}                    | ${-1}
    ${'1.0-sp'}          | ${'1.0-foo'}                   | ${-1}
    ${'1.0-foo'}         | ${'1.0-1'}                     | ${-1}
    ${'1.0-1'}           | ${'1.0.1'}                     | ${-1}
    ${'1a1'}             | ${'1-alpha-1'}                 | ${0}
    ${'1a'}              | ${'1-alpha'}                   | ${1}
    ${'2.0.1-xyz'}       | ${'2.0.1-123'}                 | ${-1}
    ${'1.0.0x'}          | ${'1-x'}                       | ${0}
    ${'1-1'}             | ${'1-ga-1'}                    | ${0}
    ${'20190126.230843'} | ${'123456789012345.1H.5-beta'} | ${-1}
  `('orders $a against $b as $expected', ({ a, b, expected }) => {
    const forward = maven.compare(a, b);
    const backward = maven.compare(b, a);

    expect(Math.sign(forward)).toBe(expected);
    expect(Math.sign(backward)).toBe(0 - expected);
  });

  it.each`
    version                 | tokens
    ${'1.0.0'}              | ${'.1'}
    ${'1-1.foo-bar1baz-.1'} | ${'.1 -1 .foo -bar -1 -baz -0 .1'}
    ${'1.0.0-foo.0.0'}      | ${'.1 -foo'}
    ${'1.0-RC1'}            | ${'.1 -rc -1'}
    ${'1m3'}                | ${'.1 -milestone -3'}
  `('splits $version into $tokens', ({ version, tokens }: { version: string; tokens: string }) => {
    const actual = tokenizeMaven(version).map((t) => `${t.prefix}${t.value}`);

    expect(actual.join(' ')).toBe(tokens);
  });

  it.each`
    version                 | reason
    ${''}                   | ${'empty'}
    ${'[1.0,2.0)'}          | ${'a range'}
    ${'${project.version}'} | ${'an unresolved property'}
    ${'1.0 beta'}           | ${'whitespace'}
    ${'1.0/2'}              | ${'a path character'}
    ${'...'}                | ${'no letter or digit'}
    ${'1.٣'}                | ${'a non-ASCII digit'}
  `('refuses "$version" ($reason)', ({ version }: { version: string }) => {
    expect(maven.isValid(version)).toBe(false);
    expect(() => maven.compare(version, '1.0')).toThrow(InvalidVersionError);
  });
});
