import { describe, expect, it } from 'vitest';
import {
  allowedDowntimeSeconds,
  formatDeadline,
  formatPercent,
  formatSeconds,
  unavailability,
} from './downtime.js';

describe('allowed downtime', () => {
  // Year = 365 days, month = 365.2425/12 days; figures checked by hand (e.g. 0.001 × 31 536 000 s).
  it.each`
    availability | period     | text
    ${99.9}      | ${'year'}  | ${'8h 45m 36s'}
    ${99.9}      | ${'month'} | ${'43m 49s'}
    ${99.95}     | ${'year'}  | ${'4h 22m 48s'}
    ${99.95}     | ${'month'} | ${'21m 54s'}
    ${99.99}     | ${'year'}  | ${'52m 33s'}
    ${99.99}     | ${'month'} | ${'4m 22s'}
    ${99.999}    | ${'year'}  | ${'5m 15s'}
    ${99}        | ${'year'}  | ${'3d 15h 36m'}
    ${100}       | ${'year'}  | ${'0s'}
  `('$availability % per $period allows $text', ({ availability, period, text }) => {
    expect(formatSeconds(allowedDowntimeSeconds(availability, period))).toBe(text);
  });

  it('reads 99.9 % as exactly 0.1 % unavailable, not 0.0999… (floating point)', () => {
    expect(unavailability(99.9)).toBe(0.001);
    expect(allowedDowntimeSeconds(99.9, 'year')).toBe(31536);
  });

  it('rounds the allowance down, never overstating what the SLA permits', () => {
    // 0.001 × 2 629 746 s = 2629.746 s: 43m 49s, not 43m 50s.
    expect(allowedDowntimeSeconds(99.9, 'month')).toBeCloseTo(2629.746, 3);
    expect(formatSeconds(2629.999)).toBe('43m 49s');
  });
});

describe('formatting', () => {
  it.each`
    seconds           | deadline
    ${24 * 3600}      | ${'24h'}
    ${72 * 3600}      | ${'72h'}
    ${60 * 24 * 3600} | ${'60d'}
    ${90 * 60}        | ${'1h 30m'}
  `('writes a $seconds s deadline as $deadline', ({ seconds, deadline }) => {
    expect(formatDeadline(seconds)).toBe(deadline);
  });

  it.each`
    percent      | text
    ${99.9}      | ${'99.9%'}
    ${99.95}     | ${'99.95%'}
    ${99.85005}  | ${'99.85005%'}
    ${99.999999} | ${'99.99999%'}
    ${100}       | ${'100%'}
  `('writes $percent as $text (truncated, never rounded up)', ({ percent, text }) => {
    expect(formatPercent(percent)).toBe(text);
  });
});
