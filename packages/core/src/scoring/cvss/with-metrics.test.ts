import { describe, expect, it } from 'vitest';
import { withMetrics } from './with-metrics.js';

const V40 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';

describe('withMetrics', () => {
  it.each`
    case                                        | vector                                | metrics                                    | expected
    ${'v4.0 device context, in Table 23 order'} | ${V40}                                | ${{ MSI: 'S', CR: 'H', MAV: 'L', E: 'P' }} | ${`${V40}/E:P/CR:H/MAV:L/MSI:S`}
    ${'replaces a metric already there'}        | ${`${V40}/MAV:N`}                     | ${{ MAV: 'A' }}                            | ${`${V40}/MAV:A`}
    ${'X removes a metric'}                     | ${`${V40}/E:U/MAV:N`}                 | ${{ MAV: 'X' }}                            | ${`${V40}/E:U`}
    ${'v3.1 environment'}                       | ${V31}                                | ${{ MAV: 'L', IR: 'H' }}                   | ${`${V31}/IR:H/MAV:L`}
    ${'v2 ND removes'}                          | ${'AV:N/AC:L/Au:N/C:P/I:P/A:P/CDP:H'} | ${{ CDP: 'ND', TD: 'L' }}                  | ${'AV:N/AC:L/Au:N/C:P/I:P/A:P/TD:L'}
    ${'supplemental'}                           | ${V40}                                | ${{ S: 'P' }}                              | ${`${V40}/S:P`}
    ${'nothing to set'}                         | ${'(AV:N/AC:L/Au:N/C:P/I:P/A:P)'}     | ${{}}                                      | ${'AV:N/AC:L/Au:N/C:P/I:P/A:P'}
  `('$case', ({ vector, metrics, expected }) => {
    const result = withMetrics(vector as string, metrics as Record<string, string>);

    expect(result).toEqual({ ok: true, value: expected, issues: [] });
  });

  it.each`
    case                   | vector           | metrics         | message
    ${'a base metric'}     | ${V40}           | ${{ AV: 'L' }}  | ${'AV (Attack Vector) is a base metric and cannot be replaced; set its modified (environmental) metric instead'}
    ${'an invalid value'}  | ${V40}           | ${{ MSC: 'S' }} | ${'MSC:S is not a valid Modified Subsequent System Confidentiality; allowed: X (Not Defined), H (High), L (Low), N (Negligible)'}
    ${'an unknown metric'} | ${V31}           | ${{ MSI: 'S' }} | ${'unknown metric "MSI" for CVSS v3.1'}
    ${'an invalid vector'} | ${'CVSS:4.0/AV'} | ${{ MAV: 'L' }} | ${'"AV" is not a metric:value pair'}
  `('refuses $case with an issue', ({ vector, metrics, message }) => {
    const result = withMetrics(vector as string, metrics as Record<string, string>);

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toBe(message);
  });
});
