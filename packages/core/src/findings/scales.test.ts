import { describe, expect, it } from 'vitest';
import {
  EXPLOITABILITY,
  RISK_LEVELS,
  exploitabilityRank,
  isRiskLevel,
  riskRank,
  shiftExploitability,
} from './scales.js';

describe('exploitability scale', () => {
  it('runs from least to most exploitable', () => {
    const ranks = EXPLOITABILITY.map(exploitabilityRank);

    expect(EXPLOITABILITY).toEqual(['very-low', 'low', 'moderate', 'high', 'very-high']);
    expect(ranks).toEqual([0, 1, 2, 3, 4]);
  });

  it.each`
    level          | steps | expected
    ${'high'}      | ${-1} | ${'moderate'}
    ${'high'}      | ${-2} | ${'low'}
    ${'high'}      | ${-3} | ${'very-low'}
    ${'high'}      | ${-4} | ${'very-low'}
    ${'very-low'}  | ${-1} | ${'very-low'}
    ${'moderate'}  | ${0}  | ${'moderate'}
    ${'moderate'}  | ${1}  | ${'high'}
    ${'high'}      | ${5}  | ${'very-high'}
    ${'very-high'} | ${1}  | ${'very-high'}
  `('$level shifted by $steps → $expected (clamped)', ({ level, steps, expected }) => {
    const shifted = shiftExploitability(level, steps);

    expect(shifted).toBe(expected);
  });
});

describe('risk levels', () => {
  it('rank info lowest and critical highest', () => {
    const ranks = RISK_LEVELS.map(riskRank);

    expect(RISK_LEVELS).toEqual(['info', 'low', 'medium', 'high', 'critical']);
    expect(ranks).toEqual([0, 1, 2, 3, 4]);
  });

  it.each`
    value         | expected
    ${'info'}     | ${true}
    ${'low'}      | ${true}
    ${'medium'}   | ${true}
    ${'high'}     | ${true}
    ${'critical'} | ${true}
    ${'severe'}   | ${false}
    ${'High'}     | ${false}
    ${''}         | ${false}
  `('isRiskLevel("$value") → $expected', ({ value, expected }) => {
    expect(isRiskLevel(value)).toBe(expected);
  });
});
