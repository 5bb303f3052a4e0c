import { describe, expect, it } from 'vitest';
import { deriveMissionImpact, deriveSafetyImpact } from './safety.js';

describe('deriveSafetyImpact (ISO 14971 severity → SSVC Safety Impact 2.0.1)', () => {
  it.each`
    severity          | multiPatient | value
    ${'negligible'}   | ${false}     | ${'negligible'}
    ${'minor'}        | ${false}     | ${'negligible'}
    ${'serious'}      | ${false}     | ${'marginal'}
    ${'serious'}      | ${true}      | ${'marginal'}
    ${'critical'}     | ${false}     | ${'critical'}
    ${'critical'}     | ${true}      | ${'critical'}
    ${'catastrophic'} | ${false}     | ${'critical'}
    ${'catastrophic'} | ${true}      | ${'catastrophic'}
  `('$severity (multi-patient: $multiPatient) → $value', ({ severity, multiPatient, value }) => {
    const result = deriveSafetyImpact([{ functionId: 'f', severity, multiPatient }]);

    expect(result.ok && result.value).toMatchObject({ value, source: 'derived' });
  });

  it('takes the worst function and names it', () => {
    const result = deriveSafetyImpact([
      { functionId: 'display-glucose', severity: 'serious' },
      { functionId: 'deliver-insulin', severity: 'catastrophic' },
      { functionId: 'log', severity: 'negligible' },
    ]);

    expect(result.ok && result.value.reason).toBe(
      'clinical function deliver-insulin: ISO 14971 severity catastrophic → SSVC critical',
    );
  });

  it('refuses to guess without a clinical function', () => {
    const result = deriveSafetyImpact([]);

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('missing-field');
  });
});

describe('deriveMissionImpact (clinical role → SSVC Mission Impact 2.0.0)', () => {
  it.each`
    role               | multiPatient | value
    ${'non-essential'} | ${false}     | ${'degraded'}
    ${'non-essential'} | ${true}      | ${'degraded'}
    ${'supporting'}    | ${false}     | ${'mef-support-crippled'}
    ${'supporting'}    | ${true}      | ${'mef-support-crippled'}
    ${'essential'}     | ${false}     | ${'mef-failure'}
    ${'essential'}     | ${true}      | ${'mission-failure'}
  `('$role (multi-patient: $multiPatient) → $value', ({ role, multiPatient, value }) => {
    const result = deriveMissionImpact([{ functionId: 'f', role, multiPatient }]);

    expect(result.ok && result.value.value).toBe(value);
  });

  it('takes the worst function and names it', () => {
    const result = deriveMissionImpact([
      { functionId: 'trend-report', role: 'non-essential' },
      { functionId: 'central-alarms', role: 'essential', multiPatient: true },
    ]);

    expect(result.ok && result.value.reason).toBe(
      'clinical function central-alarms is essential for many patients at once → SSVC mission-failure',
    );
  });

  it('refuses to guess without a clinical function', () => {
    expect(deriveMissionImpact([]).ok).toBe(false);
  });
});
