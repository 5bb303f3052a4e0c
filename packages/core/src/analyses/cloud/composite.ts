/**
 * Availability of chains of services, with availabilities as fractions (0.999 for 99.9 %).
 * Both formulas assume the services fail independently; services of one provider share a control
 * plane, identity system and account, so their common-mode failures make the figures optimistic
 * (the cloud view says so when a parallel group has one provider).
 */

/** Serial chain: the function needs every link, so it is up only when all are (product). */
export function serialAvailability(availabilities: readonly number[]): number {
  return availabilities.reduce((product, a) => product * a, 1);
}

/** Parallel group: any member can carry the function, so it is down only when all are: 1 − Π(1 − a). */
export function parallelAvailability(availabilities: readonly number[]): number {
  if (availabilities.length === 0) return 0;
  return 1 - availabilities.reduce((product, a) => product * (1 - a), 1);
}

/**
 * A fraction as a percentage, rounded to a billionth of a percent: far finer than any SLA states,
 * and it keeps floating-point noise (99.99999000000001) out of reports and the JSON view.
 */
export function asPercent(fraction: number): number {
  return Math.round(fraction * 100 * 1e9) / 1e9;
}
