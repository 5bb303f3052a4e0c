import { describe, expect, it } from 'vitest';
import { versOrdering } from './vers-schemes.js';

describe('versOrdering', () => {
  it.each`
    vers               | scheme
    ${'deb'}           | ${'debian'}
    ${'rpm'}           | ${'rpm'}
    ${'apk'}           | ${'alpine'}
    ${'cran'}          | ${'cran'}
    ${'hackage'}       | ${'hackage'}
    ${'npm'}           | ${'npm'}
    ${'gem'}           | ${'rubygems'}
    ${'datetime'}      | ${'datetime'}
    ${'lexicographic'} | ${'lexicographic'}
  `('maps vers $vers to $scheme', ({ vers, scheme }) => {
    expect(versOrdering(vers)?.id).toBe(scheme);
  });

  it.each(['generic', 'intdot', 'conan', 'openssl', 'alpine', ''])(
    'has no ordering for %s',
    (vers) => {
      expect(versOrdering(vers)).toBeUndefined();
    },
  );
});

describe('vers datetime', () => {
  const datetime = versOrdering('datetime');

  it.each`
    a                                 | b                              | expected
    ${'2024-01-01T00:00:00Z'}         | ${'2023-12-31T19:00:00-05:00'} | ${0}
    ${'2024-01-01T00:00:00Z'}         | ${'2024-01-01T00:00:00.000Z'}  | ${0}
    ${'2024-01-01T00:00:00.09Z'}      | ${'2024-01-01T00:00:00.1Z'}    | ${-1}
    ${'2024-01-01T00:00:00.0000001Z'} | ${'2024-01-01T00:00:00Z'}      | ${1}
    ${'2024-02-29T00:00:00Z'}         | ${'2024-03-01T00:00:00+01:00'} | ${-1}
    ${'1969-12-31T23:59:59Z'}         | ${'1970-01-01T00:00:00Z'}      | ${-1}
  `('$a vs $b → $expected', ({ a, b, expected }) => {
    expect(Math.sign(datetime?.compare(a, b) ?? Number.NaN)).toBe(expected);
  });

  it.each([
    '2023-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-01-01',
    '2024-01-01T24:00:00Z',
    '2024-01-01T00:00:00',
  ])('refuses %s', (version) => {
    expect(datetime?.isValid(version)).toBe(false);
  });
});

describe('vers lexicographic', () => {
  const lexicographic = versOrdering('lexicographic');

  it('orders by code point (UTF-8 byte order), not UTF-16 units', () => {
    const sorted = ['\u{1F600}', '\uFF21', 'a', 'A'].sort(
      (a, b) => lexicographic?.compare(a, b) ?? 0,
    );

    expect(sorted).toEqual(['A', 'a', '\uFF21', '\u{1F600}']);
  });

  it('refuses the empty string and lone surrogates', () => {
    expect(lexicographic?.isValid('')).toBe(false);
    expect(lexicographic?.isValid('\uD800')).toBe(false);
  });
});
