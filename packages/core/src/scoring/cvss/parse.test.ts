import { describe, expect, it } from 'vitest';
import { formatCvss, parseCvss } from './registry.js';

const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const V40 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

describe('parseCvss: bad input names the metric and its allowed values', () => {
  it.each`
    case                        | vector                                   | code                     | path       | message
    ${'invalid value'}          | ${V31.replace('AV:N', 'AV:Q')}           | ${'invalid-value'}       | ${['AV']}  | ${'AV:Q is not a valid Attack Vector; allowed: N (Network), A (Adjacent), L (Local), P (Physical)'}
    ${'invalid v4 value'}       | ${V40.replace('UI:N', 'UI:R')}           | ${'invalid-value'}       | ${['UI']}  | ${'UI:R is not a valid User Interaction; allowed: N (None), P (Passive), A (Active)'}
    ${'Safety only on MSI/MSA'} | ${`${V40}/MSC:S`}                        | ${'invalid-value'}       | ${['MSC']} | ${'MSC:S is not a valid Modified Subsequent System Confidentiality; allowed: X (Not Defined), H (High), L (Low), N (Negligible)'}
    ${'provider urgency words'} | ${`${V40}/U:Purple`}                     | ${'invalid-value'}       | ${['U']}   | ${'U:Purple is not a valid Provider Urgency; allowed: X (Not Defined), Clear, Green, Amber, Red'}
    ${'v2 value'}               | ${'AV:N/AC:L/Au:N/C:P/I:P/A:P/E:P'}      | ${'invalid-value'}       | ${['E']}   | ${'E:P is not a valid Exploitability; allowed: U (Unproven), POC (Proof-of-Concept), F (Functional), H (High), ND (Not Defined)'}
    ${'missing base metric'}    | ${V31.replace('/S:U', '')}               | ${'missing-field'}       | ${['S']}   | ${'missing base metric S (Scope); allowed: U (Unchanged), C (Changed)'}
    ${'duplicate metric'}       | ${`${V31}/AV:L`}                         | ${'duplicate-id'}        | ${['AV']}  | ${'metric AV (Attack Vector) appears more than once'}
    ${'unknown metric'}         | ${`${V31}/XYZ:1`}                        | ${'unknown-key'}         | ${['XYZ']} | ${'unknown metric "XYZ" in a CVSS v3.1 vector; known: AV, AC, PR, UI, S, C, I, A, E, RL, RC, CR, IR, AR, MAV, MAC, MPR, MUI, MS, MC, MI, MA'}
    ${'not a pair'}             | ${`${V31}/AVN`}                          | ${'invalid-format'}      | ${[8]}     | ${'"AVN" is not a metric:value pair'}
    ${'empty segment'}          | ${`${V31}/`}                             | ${'invalid-format'}      | ${[8]}     | ${'empty metric at position 9 (two slashes, or a slash at an end)'}
    ${'v4 order'}               | ${V40.replace('AV:N/AC:L', 'AC:L/AV:N')} | ${'invalid-format'}      | ${['AV']}  | ${'AV (Attack Vector) is written after AC; CVSS v4.0 requires the order AV, AC, AT, PR, UI, VC, VI, VA, SC, SI, SA, E, CR, IR, AR, MAV, MAC, MAT, MPR, MUI, MVC, MVI, MVA, MSC, MSI, MSA, S, AU, R, V, RE, U'}
    ${'unsupported version'}    | ${'CVSS:3.2/AV:N'}                       | ${'unsupported-version'} | ${[]}      | ${'"CVSS:3.2" is not a supported CVSS version'}
    ${'prefix only'}            | ${'CVSS:4.0'}                            | ${'invalid-format'}      | ${[]}      | ${'a CVSS v4.0 vector needs its metrics after "CVSS:4.0/"'}
    ${'empty'}                  | ${'  '}                                  | ${'invalid-format'}      | ${[]}      | ${'empty CVSS vector'}
  `('$case', ({ vector, code, path, message }) => {
    const result = parseCvss(vector as string);

    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code, path, message, severity: 'error' });
  });

  it('reports every problem at once', () => {
    const result = parseCvss('CVSS:3.1/AV:Q/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/E:Z');

    expect(result.issues.map((i) => i.path)).toEqual([['AV'], ['AV'], ['E'], ['A']]);
  });

  it.each`
    vector                                   | hint
    ${'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'} | ${'a vector without a CVSS:3.x/ or CVSS:4.0/ prefix is read as CVSS v2.0'}
    ${`${V31}/MAVV:N`}                       | ${'did you mean "MAV"?'}
  `('hints: $hint', ({ vector, hint }) => {
    const result = parseCvss(vector as string);

    expect(result.issues.map((i) => i.hint)).toContain(hint);
  });

  it('is case-sensitive, as the specifications are', () => {
    expect(parseCvss(V31.toLowerCase()).ok).toBe(false);
    expect(parseCvss(V31.replace('AV:N', 'AV:n')).ok).toBe(false);
  });
});

describe('parseCvss: dispatch and normalization', () => {
  it.each`
    input                                                         | version  | normalized
    ${V31}                                                        | ${'3.1'} | ${V31}
    ${'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X'}         | ${'3.0'} | ${'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}
    ${`  ${V40}/E:X/S:X  `}                                       | ${'4.0'} | ${V40}
    ${'(AV:N/AC:L/Au:N/C:P/I:P/A:P)'}                             | ${'2.0'} | ${'AV:N/AC:L/Au:N/C:P/I:P/A:P'}
    ${'AV:N/AC:L/Au:N/C:P/I:P/A:P/E:ND/RL:ND/RC:ND/CDP:ND/TD:ND'} | ${'2.0'} | ${'AV:N/AC:L/Au:N/C:P/I:P/A:P'}
  `('$input → CVSS $version', ({ input, version, normalized }) => {
    const result = parseCvss(input as string);

    expect(result.ok && result.value.version).toBe(version);
    expect(result.ok && formatCvss(result.value)).toBe(normalized);
  });
});
