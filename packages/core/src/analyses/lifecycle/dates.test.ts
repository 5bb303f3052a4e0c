import { describe, expect, it } from 'vitest';
import { addMonths, formatMonths, monthsBetween } from './dates.js';

describe('calendar arithmetic', () => {
  it.each`
    date            | months | expected
    ${'2017-06-01'} | ${120} | ${'2027-06-01'}
    ${'2024-02-29'} | ${12}  | ${'2025-02-28'}
    ${'2023-01-31'} | ${1}   | ${'2023-02-28'}
    ${'2023-11-15'} | ${-11} | ${'2022-12-15'}
  `('$date + $months months = $expected', ({ date, months, expected }) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each`
    from            | to              | months
    ${'2023-01-07'} | ${'2027-06-01'} | ${52}
    ${'2025-01-31'} | ${'2025-02-27'} | ${0}
    ${'2025-01-31'} | ${'2025-02-28'} | ${1}
    ${'2025-01-15'} | ${'2025-02-15'} | ${1}
    ${'2027-06-01'} | ${'2023-01-07'} | ${-52}
    ${'2020-01-14'} | ${'2020-01-14'} | ${0}
  `('$from → $to is $months months', ({ from, to, months }) => {
    expect(monthsBetween(from, to)).toBe(months);
  });

  it.each`
    months | text
    ${0}   | ${'less than a month'}
    ${1}   | ${'1 month'}
    ${12}  | ${'1 year'}
    ${52}  | ${'4 years 4 months'}
  `('$months → $text', ({ months, text }) => {
    expect(formatMonths(months)).toBe(text);
  });
});
