import { describe, expect, it } from 'vitest';
import { aModel } from '../../test/builders.js';
import { DEFAULT_RISK_POLICY } from '../model/risk-policy.js';
import type { RiskPolicy } from '../model/types.js';
import { isAcceptable, riskLevel } from './matrix.js';

describe('riskLevel with the default policy', () => {
  it.each`
    exploitability | negligible | minor       | serious     | critical      | catastrophic
    ${'very-low'}  | ${'low'}   | ${'low'}    | ${'low'}    | ${'low'}      | ${'medium'}
    ${'low'}       | ${'low'}   | ${'low'}    | ${'low'}    | ${'medium'}   | ${'high'}
    ${'moderate'}  | ${'low'}   | ${'low'}    | ${'medium'} | ${'high'}     | ${'high'}
    ${'high'}      | ${'low'}   | ${'medium'} | ${'high'}   | ${'high'}     | ${'critical'}
    ${'very-high'} | ${'low'}   | ${'medium'} | ${'high'}   | ${'critical'} | ${'critical'}
  `('row $exploitability', ({ exploitability, ...bySeverity }) => {
    const row = Object.keys(bySeverity).map((severity) =>
      riskLevel(DEFAULT_RISK_POLICY, exploitability, severity as never),
    );

    expect(row).toEqual(Object.values(bySeverity));
  });

  it('fails loudly on a matrix with a missing cell', () => {
    const broken: RiskPolicy = { ...DEFAULT_RISK_POLICY, matrix: [['low']] };

    const lookup = () => riskLevel(broken, 'high', 'serious');

    expect(lookup).toThrow('risk matrix has no cell for high × serious');
  });
});

describe('a custom policy from the model', () => {
  const matrix = [
    ['low', 'low', 'medium', 'high', 'critical'],
    ['low', 'medium', 'medium', 'high', 'critical'],
    ['low', 'medium', 'high', 'critical', 'critical'],
    ['medium', 'high', 'high', 'critical', 'critical'],
    ['medium', 'high', 'critical', 'critical', 'critical'],
  ] as const;

  it.each`
    exploitability | severity          | expected
    ${'very-low'}  | ${'negligible'}   | ${'low'}
    ${'very-low'}  | ${'serious'}      | ${'medium'}
    ${'moderate'}  | ${'serious'}      | ${'high'}
    ${'high'}      | ${'negligible'}   | ${'medium'}
    ${'very-high'} | ${'catastrophic'} | ${'critical'}
  `('$exploitability × $severity → $expected', ({ exploitability, severity, expected }) => {
    const model = aModel({ risk: { matrix: matrix.map((row) => [...row]), acceptable: ['low'] } });

    const level = riskLevel(model.risk, exploitability, severity);

    expect(model.risk.custom).toBe(true);
    expect(level).toBe(expected);
  });

  it.each`
    acceptable           | level         | expected
    ${['low']}           | ${'low'}      | ${true}
    ${['low']}           | ${'medium'}   | ${false}
    ${['low', 'medium']} | ${'medium'}   | ${true}
    ${['low', 'medium']} | ${'high'}     | ${false}
    ${['low', 'high']}   | ${'high'}     | ${true}
    ${[]}                | ${'low'}      | ${false}
    ${[]}                | ${'info'}     | ${true}
    ${['low']}           | ${'critical'} | ${false}
  `('acceptable $acceptable: $level → $expected', ({ acceptable, level, expected }) => {
    const model = aModel({ risk: { acceptable } });

    const result = isAcceptable(model.risk, level);

    expect(result).toBe(expected);
  });

  it('keeps the default matrix when only the acceptable levels are written', () => {
    const model = aModel({ risk: { acceptable: ['low'] } });

    const level = riskLevel(model.risk, 'high', 'catastrophic');

    expect(model.risk.matrix).toEqual(DEFAULT_RISK_POLICY.matrix);
    expect(level).toBe('critical');
  });

  it('uses the default policy, not marked custom, when the model has no risk section', () => {
    const model = aModel();

    expect(model.risk).toEqual(DEFAULT_RISK_POLICY);
    expect(isAcceptable(model.risk, 'medium')).toBe(true);
    expect(isAcceptable(model.risk, 'high')).toBe(false);
  });
});
