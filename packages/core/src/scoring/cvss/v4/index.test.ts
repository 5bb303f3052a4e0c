import { describe, expect, it } from 'vitest';
import { cvss40 } from './index.js';

const BASE = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

function scores(text: string) {
  const parsed = cvss40.parse(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return cvss40.score(parsed.value);
}

describe('CVSS v4.0 scores', () => {
  it.each`
    case                                                                        | vector                                                                   | base   | overall | nomenclature
    ${'FIRST calculator’s default vector'}                                      | ${BASE}                                                                  | ${9.3} | ${9.3}  | ${'CVSS-B'}
    ${'every impact High: MacroVector 000000, the table’s 10.0'}                | ${'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H'}     | ${10}  | ${10}   | ${'CVSS-B'}
    ${'no impact at all scores 0.0'}                                            | ${'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N'}     | ${0}   | ${0}    | ${'CVSS-B'}
    ${'E:X is scored as E:A (worst case)'}                                      | ${`${BASE}/E:A`}                                                         | ${9.3} | ${9.3}  | ${'CVSS-BT'}
    ${'E:U lowers it'}                                                          | ${`${BASE}/E:U`}                                                         | ${9.3} | ${8.1}  | ${'CVSS-BT'}
    ${'CR/IR/AR:X are scored as High'}                                          | ${`${BASE}/CR:H/IR:H/AR:H`}                                              | ${9.3} | ${9.3}  | ${'CVSS-BE'}
    ${'MSI:S/MSA:S (Safety) put EQ4 at 0: 9.3 → 10.0'}                          | ${`${BASE}/MSI:S/MSA:S`}                                                 | ${9.3} | ${10}   | ${'CVSS-BE'}
    ${'Red Hat threat vector: E:P'}                                             | ${'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P'} | ${7.3} | ${5.9}  | ${'CVSS-BT'}
    ${'supplemental metrics never change the score'}                            | ${`${BASE}/S:P/AU:Y/R:I/V:C/RE:H/U:Red`}                                 | ${9.3} | ${9.3}  | ${'CVSS-B'}
    ${'threat and environment together (cross-checked with @pandatix/js-cvss)'} | ${`${BASE}/E:P/CR:L/IR:L/AR:L/MAV:P`}                                    | ${9.3} | ${3.7}  | ${'CVSS-BTE'}
  `('$case', ({ vector, base, overall, nomenclature }) => {
    const result = scores(vector as string);

    expect(result).toEqual({ base, overall, nomenclature });
  });

  it('a device reachable only physically (MAV:P) scores 7.0 instead of 9.3', () => {
    const physical = scores(`${BASE}/MAV:P`);

    expect(physical.overall).toBe(7);
  });
});

describe('CVSS v4.0 vector syntax', () => {
  it('requires the order of the specification’s Table 23 and names the misplaced metric', () => {
    const parsed = cvss40.parse('CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N');

    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((i) => i.path)).toEqual([['AV']]);
    expect(parsed.issues[0]?.message).toMatch(
      /^AV \(Attack Vector\) is written after AC; CVSS v4\.0 requires the order AV, AC, AT/,
    );
  });

  it('accepts written X values and drops them when normalizing', () => {
    const parsed = cvss40.parse(`${BASE}/E:X/CR:X/MSI:X/S:X/U:Clear`);

    expect(parsed.ok && cvss40.format(parsed.value)).toBe(`${BASE}/U:Clear`);
  });
});
