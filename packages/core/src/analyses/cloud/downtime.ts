/**
 * Downtime arithmetic for availability percentages. Conventions (docs/cloud.md states them too):
 *
 * - a year is 365 days, the period the usual "nines" tables and yearly SLA figures use
 *   (99.9 % → 8h 45m 36s);
 * - a month is the average Gregorian month, 365.2425 / 12 = 30.436875 days (≈ 30.44), because
 *   SLAs measured per calendar month run over 28 to 31 days (99.9 % → 43m 49s; a 31-day month
 *   allows 44m 38s);
 * - allowed downtime is rounded down to the second, so the figure never overstates what the
 *   SLA permits; comparisons with tolerances use the unrounded value.
 */

/** Period an availability commitment is measured over. */
export type SlaPeriod = 'month' | 'year';

const DAY_SECONDS = 86_400;

/** Seconds in each measurement period under the conventions above. */
const PERIOD_SECONDS: Readonly<Record<SlaPeriod, number>> = {
  year: 365 * DAY_SECONDS,
  month: (365.2425 / 12) * DAY_SECONDS,
};

/** Human-readable statement of the conventions, printed in reports and the JSON view. */
export const DOWNTIME_CONVENTIONS =
  'year = 365 days; month = 365.2425/12 = 30.44 days (average Gregorian month); allowed downtime rounded down to the second';

/**
 * Availability percentages are read to a millionth of a percent: enough for any SLA (99.9999 %),
 * and it turns 100 − 99.9 into exactly 0.1 % instead of 0.0999999… (floating point).
 */
const MICRO_PERCENT = 1_000_000;

/** Unavailability as a fraction (0.001 for 99.9 %), exact to a millionth of a percent. */
export function unavailability(availabilityPercent: number): number {
  const microPercent = Math.round((100 - availabilityPercent) * MICRO_PERCENT);
  return Math.max(0, microPercent) / (100 * MICRO_PERCENT);
}

/** Downtime the availability allows over one period, in seconds (unrounded). */
export function allowedDowntimeSeconds(availabilityPercent: number, period: SlaPeriod): number {
  return downtimeOfFraction(unavailability(availabilityPercent), period);
}

/** Downtime an unavailability fraction (1 − A) allows over one period, in seconds (unrounded). */
export function downtimeOfFraction(unavailable: number, period: SlaPeriod): number {
  // Rounded to the millisecond first, so products of fractions do not floor 31536 to 31535.
  return Math.round(unavailable * PERIOD_SECONDS[period] * 1000) / 1000;
}

/** `31536` → `8h 45m 36s`; `0.4` → `0s`; days are written out for long outages (`2d 3h`). */
export function formatSeconds(seconds: number): string {
  return format(seconds, true);
}

/**
 * Notification deadlines read in hours (`72h`, `24h`), as contracts and laws state them; a week or
 * more in days (`60d`).
 */
export function formatDeadline(seconds: number): string {
  return format(seconds, seconds >= 7 * DAY_SECONDS);
}

function format(seconds: number, days: boolean): string {
  let rest = Math.floor(seconds);
  if (rest <= 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of [
    ...(days ? [['d', DAY_SECONDS] as const] : []),
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${String(Math.floor(rest / size))}${unit}`);
      rest %= size;
    }
  }
  return parts.join(' ');
}

/** `99.85005` style: up to five decimals, trailing zeros dropped, never rounded up to 100. */
export function formatPercent(percent: number): string {
  // The epsilon keeps 99.95 (stored as 99.94999…) from losing its last digit.
  const truncated = Math.floor(percent * 100_000 + 1e-6) / 100_000;
  return `${truncated.toFixed(5).replace(/\.?0+$/, '')}%`;
}
