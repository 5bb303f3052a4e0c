import { describe, expect, it } from 'vitest';
import { deriveAutomatable, deriveTechnicalImpact } from './cvss.js';

describe('deriveAutomatable', () => {
  it.each`
    vector                                                                    | value    | reason
    ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}                         | ${'yes'} | ${/AV:N, AC:L, PR:N, UI:N: no human step/}
    ${'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:N'}                         | ${'yes'} | ${/CVSS 3.0/}
    ${'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}                         | ${'no'}  | ${/AV:A \(delivery needs adjacent/}
    ${'CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:U/C:H/I:H/A:H'}                         | ${'no'}  | ${/AC:H .*; PR:L .*; UI:R/}
    ${'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'}      | ${'yes'} | ${/AT:N/}
    ${'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'}      | ${'no'}  | ${/AT:P \(success depends on deployment/}
    ${'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'}      | ${'no'}  | ${/UI:P/}
    ${'CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/AU:Y'} | ${'yes'} | ${/states Automatable AU:Y/}
    ${'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/AU:N'} | ${'no'}  | ${/AU:N/}
    ${'AV:N/AC:L/Au:N/C:P/I:P/A:P'}                                           | ${'yes'} | ${/CVSS 2.0 AV:N, AC:L, Au:N/}
    ${'(AV:N/AC:M/Au:N/C:P/I:P/A:P)'}                                         | ${'no'}  | ${/AC:M/}
  `('$vector → $value', ({ vector, value, reason }) => {
    const result = deriveAutomatable(vector);

    expect(result.ok && result.value).toMatchObject({ value, source: 'derived' });
    expect(result.ok && result.value.reason).toMatch(reason);
  });

  it.each`
    vector
    ${'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}
    ${'CVSS:3.1/AV:N'}
    ${'not a vector'}
    ${''}
  `('refuses "$vector" with an issue, never a guess', ({ vector }) => {
    const result = deriveAutomatable(vector);

    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });
});

describe('deriveTechnicalImpact', () => {
  it.each`
    vector                                                               | value        | reason
    ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}                    | ${'total'}   | ${/C:H, I:H: total loss/}
    ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N'}                    | ${'total'}   | ${/C:H, I:H/}
    ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H'}                    | ${'partial'} | ${/not both/}
    ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H'}                    | ${'partial'} | ${/C:N, I:N/}
    ${'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'} | ${'total'}   | ${/VC:H, VI:H/}
    ${'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:H/SC:H/SI:H/SA:H'} | ${'partial'} | ${/VC:L/}
    ${'AV:N/AC:L/Au:N/C:C/I:C/A:C'}                                      | ${'total'}   | ${/C:C, I:C/}
    ${'AV:N/AC:L/Au:N/C:P/I:C/A:C'}                                      | ${'partial'} | ${/C:P/}
  `('$vector → $value', ({ vector, value, reason }) => {
    const result = deriveTechnicalImpact(vector);

    expect(result.ok && result.value.value).toBe(value);
    expect(result.ok && result.value.reason).toMatch(reason);
  });

  it('refuses an invalid vector with an issue', () => {
    expect(deriveTechnicalImpact('CVSS:3.1/AV:N/AC:L').ok).toBe(false);
  });
});
