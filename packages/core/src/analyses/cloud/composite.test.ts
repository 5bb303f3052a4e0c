import { describe, expect, it } from 'vitest';
import { asPercent, parallelAvailability, serialAvailability } from './composite.js';
import { downtimeOfFraction, formatSeconds } from './downtime.js';

describe('composite availability', () => {
  it.each`
    chain                      | expected
    ${[0.999]}                 | ${0.999}
    ${[0.999, 0.999]}          | ${0.998001}
    ${[0.999, 0.9995, 0.9999]} | ${0.99840064995}
    ${[]}                      | ${1}
  `('serial $chain → $expected (product)', ({ chain, expected }) => {
    expect(serialAvailability(chain)).toBeCloseTo(expected, 10);
  });

  it.each`
    group             | expected
    ${[0.999]}        | ${0.999}
    ${[0.999, 0.999]} | ${0.999999}
    ${[0.99, 0.9]}    | ${0.999}
    ${[]}             | ${0}
  `('parallel $group → $expected (1 − Π(1 − a))', ({ group, expected }) => {
    expect(parallelAvailability(group)).toBeCloseTo(expected, 10);
  });
});

describe('downtime of chains (year = 365 d, month = 30.436875 d; checked by hand)', () => {
  const downtime = (availability: number) =>
    (['year', 'month'] as const).map((p) => formatSeconds(downtimeOfFraction(1 - availability, p)));

  it.each`
    chain                                  | availability                                                         | percent       | year           | month
    ${'serial 99.9 × 99.95'}               | ${serialAvailability([0.999, 0.9995])}                               | ${99.85005}   | ${'13h 8m 8s'} | ${'1h 5m 43s'}
    ${'parallel 99.9 ∥ 99.9'}              | ${parallelAvailability([0.999, 0.999])}                              | ${99.9999}    | ${'31s'}       | ${'2s'}
    ${'serial (99.9 ∥ 99.9) × 99.9'}       | ${serialAvailability([parallelAvailability([0.999, 0.999]), 0.999])} | ${99.8999001} | ${'8h 46m 7s'} | ${'43m 52s'}
    ${'parallel 99.99 ∥ 99.9 (a replica)'} | ${parallelAvailability([0.9999, 0.999])}                             | ${99.99999}   | ${'3s'}        | ${'0s'}
  `(
    '$chain = $percent % allows $year a year, $month a month',
    ({ availability, percent, year, month }) => {
      expect(asPercent(availability)).toBe(percent);
      expect(downtime(availability)).toEqual([year, month]);
    },
  );
});
