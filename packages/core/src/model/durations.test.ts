import { describe, expect, it } from 'vitest';
import { durationToMinutes, formatMinutes } from './durations.js';

describe('durationToMinutes', () => {
  it.each`
    value          | minutes
    ${15}          | ${15}
    ${0}           | ${0}
    ${2.5}         | ${2.5}
    ${'0'}         | ${0}
    ${'30s'}       | ${0.5}
    ${'15m'}       | ${15}
    ${'10min'}     | ${10}
    ${'4h'}        | ${240}
    ${'1.5h'}      | ${90}
    ${'2d'}        | ${2880}
    ${'1w'}        | ${10080}
    ${'15 m'}      | ${15}
    ${'PT4H'}      | ${240}
    ${'PT30M'}     | ${30}
    ${'PT30S'}     | ${0.5}
    ${'P2D'}       | ${2880}
    ${'P1DT2H30M'} | ${1590}
    ${'PT1H0M30S'} | ${60.5}
  `('$value → $minutes minutes', ({ value, minutes }) => {
    const result = durationToMinutes(value);

    expect(result).toBeCloseTo(minutes, 10);
  });
});

describe('formatMinutes', () => {
  it.each`
    minutes  | text
    ${0}     | ${'0'}
    ${0.4}   | ${'24s'}
    ${0.25}  | ${'15s'}
    ${1}     | ${'1m'}
    ${45}    | ${'45m'}
    ${60}    | ${'1h'}
    ${90}    | ${'1h 30m'}
    ${59.6}  | ${'1h'}
    ${1440}  | ${'1d'}
    ${1500}  | ${'1d 1h'}
    ${1561}  | ${'1d 2h 1m'}
    ${10080} | ${'7d'}
  `('$minutes → "$text"', ({ minutes, text }) => {
    const result = formatMinutes(minutes);

    expect(result).toBe(text);
  });
});
