import { describe, expect, it } from 'vitest';
import { checkedScore, cvssSeverityOf } from './severity.js';

describe('cvssSeverityOf', () => {
  it.each`
    version  | score  | expected
    ${'3.1'} | ${0}   | ${'none'}
    ${'3.1'} | ${0.1} | ${'low'}
    ${'3.0'} | ${3.9} | ${'low'}
    ${'3.1'} | ${4}   | ${'medium'}
    ${'4.0'} | ${6.9} | ${'medium'}
    ${'4.0'} | ${7}   | ${'high'}
    ${'4.0'} | ${8.9} | ${'high'}
    ${'4.0'} | ${9}   | ${'critical'}
    ${'3.1'} | ${10}  | ${'critical'}
    ${'2.0'} | ${0}   | ${'low'}
    ${'2.0'} | ${3.9} | ${'low'}
    ${'2.0'} | ${4}   | ${'medium'}
    ${'2.0'} | ${7}   | ${'high'}
    ${'2.0'} | ${10}  | ${'high'}
  `('CVSS $version, $score → $expected', ({ version, score, expected }) => {
    expect(cvssSeverityOf(version, score)).toBe(expected);
  });
});

describe('checkedScore', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.1, 10.1, 4.25])(
    'refuses %s (a bug, never a score)',
    (score) => {
      expect(() => checkedScore(score)).toThrow(/bug/);
    },
  );

  it('cleans binary noise and negative zero', () => {
    expect(checkedScore(1.1 * 3)).toBe(3.3);
    expect(Object.is(checkedScore(-0), 0)).toBe(true);
  });
});
