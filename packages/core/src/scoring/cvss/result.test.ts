import { describe, expect, it } from 'vitest';
import { scoreVector } from './result.js';

const V40 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

function scored(vector: string) {
  const result = scoreVector(vector);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

describe('scoreVector', () => {
  it.each`
    case                                    | vector                                                                   | baseScore | temporalScore | environmentalScore | score  | severity      | nomenclature
    ${'v3.1 base only'}                     | ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}                        | ${9.8}    | ${undefined}  | ${undefined}       | ${9.8} | ${'critical'} | ${undefined}
    ${'v3.1 with temporal'}                 | ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:R'}          | ${9.8}    | ${8.5}        | ${undefined}       | ${8.5} | ${'high'}     | ${undefined}
    ${'v3.1 environment only'}              | ${'CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:N'}                  | ${8.4}    | ${undefined}  | ${9.8}             | ${9.8} | ${'critical'} | ${undefined}
    ${'v3.0 scope changed, no environment'} | ${'CVSS:3.0/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H'}                        | ${9.0}    | ${undefined}  | ${undefined}       | ${9.0} | ${'critical'} | ${undefined}
    ${'v2 with every group'}                | ${'AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H'} | ${7.8}    | ${6.4}        | ${9.2}             | ${9.2} | ${'high'}     | ${undefined}
    ${'v2 rates 0.0 as low (NVD)'}          | ${'AV:L/AC:H/Au:M/C:N/I:N/A:N'}                                          | ${0}      | ${undefined}  | ${undefined}       | ${0}   | ${'low'}      | ${undefined}
    ${'v4.0 base'}                          | ${V40}                                                                   | ${9.3}    | ${undefined}  | ${undefined}       | ${9.3} | ${'critical'} | ${'CVSS-B'}
    ${'v4.0 threat'}                        | ${`${V40}/E:U`}                                                          | ${9.3}    | ${undefined}  | ${undefined}       | ${8.1} | ${'high'}     | ${'CVSS-BT'}
    ${'v4.0 zero is none'}                  | ${'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N'}     | ${0}      | ${undefined}  | ${undefined}       | ${0}   | ${'none'}     | ${'CVSS-B'}
  `(
    '$case',
    ({ vector, baseScore, temporalScore, environmentalScore, score, severity, nomenclature }) => {
      const result = scored(vector as string);

      expect(result).toMatchObject({ baseScore, score, severity });
      expect(result.temporalScore).toBe(temporalScore);
      expect(result.environmentalScore).toBe(environmentalScore);
      expect(result.nomenclature).toBe(nomenclature);
    },
  );

  it('lists every defined metric with its names, and v4.0 supplemental metrics apart', () => {
    const result = scored(`${V40}/MSI:S/AU:Y`);

    expect(result.metrics.map((m) => `${m.id}:${m.value}`)).toEqual([
      ...V40.slice('CVSS:4.0/'.length).split('/'),
      'MSI:S',
    ]);
    expect(result.metrics.at(-1)).toEqual({
      id: 'MSI',
      name: 'Modified Subsequent System Integrity',
      group: 'environmental',
      value: 'S',
      valueName: 'Safety',
      meaning: 'exploitation can injure people (IEC 61508 "marginal" or worse)',
    });
    expect(result.supplemental).toEqual([
      expect.objectContaining({ id: 'AU', value: 'Y', valueName: 'Yes', group: 'supplemental' }),
    ]);
    expect(result).toMatchObject({ score: 10, baseScore: 9.3, baseSeverity: 'critical' });
  });

  it('returns the issues, never a result, for a bad vector', () => {
    const result = scoreVector('CVSS:3.1/AV:N');

    expect(result.ok).toBe(false);
    expect(result.issues.length).toBe(7);
  });
});
