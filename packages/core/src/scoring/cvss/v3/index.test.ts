import { describe, expect, it } from 'vitest';
import type { CvssVersion } from '../types.js';
import { cvss30, cvss31 } from './index.js';

function scores(version: CvssVersion, text: string) {
  const parsed = version.parse(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return version.score(parsed.value);
}

describe('CVSS v3.1 base scores', () => {
  // From FIRST's "CVSS v3.1: Examples" document (checked by hand against it).
  it.each`
    example                          | vector                                            | base
    ${'phpMyAdmin reflected XSS'}    | ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N'} | ${6.1}
    ${'MySQL stored SQL injection'}  | ${'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N'} | ${6.4}
    ${'SSLv3 POODLE'}                | ${'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N'} | ${3.1}
    ${'VMware guest to host escape'} | ${'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H'} | ${9.9}
    ${'Apache Tomcat XML parser'}    | ${'CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L'} | ${4.2}
    ${'OpenSSL Heartbleed'}          | ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N'} | ${7.5}
    ${'GNU Bash Shellshock'}         | ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'} | ${9.8}
    ${'DNS Kaminsky bug'}            | ${'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N'} | ${6.8}
    ${'Sophos login screen bypass'}  | ${'CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'} | ${6.8}
    ${'Juniper proxy ARP'}           | ${'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H'} | ${9.3}
    ${'Lenovo BIOS privilege'}       | ${'CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H'} | ${8.2}
  `('$example: $base', ({ vector, base }) => {
    const result = scores(cvss31, vector as string);

    expect(result.base).toBe(base);
  });
});

describe('CVSS v3.x temporal and environmental scores', () => {
  it.each`
    case                                                                       | version   | vector                                                                                                                     | expected
    ${'temporal: Roundup(9.8 × 0.94 × 0.95 × 0.96 = 8.401344)'}                | ${cvss31} | ${'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:R'}                                                            | ${{ base: 9.8, temporal: 8.5, environmental: 8.5 }}
    ${'all-X environment in v3.1 scope-changed differs from base (9.0 → 9.1)'} | ${cvss31} | ${'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H'}                                                                          | ${{ base: 9.0, temporal: 9.0, environmental: 9.1 }}
    ${'… and not in v3.0'}                                                     | ${cvss30} | ${'CVSS:3.0/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H'}                                                                          | ${{ base: 9.0, temporal: 9.0, environmental: 9.0 }}
    ${'FIRST calculator check, full v3.0 vector'}                              | ${cvss30} | ${'CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:C/CR:H/IR:H/AR:H/MAV:N/MAC:L/MPR:L/MUI:N/MS:C/MC:H/MI:H/MA:H'} | ${{ base: 9.3, temporal: 8.9, environmental: 9.5 }}
    ${'metrics in any order, X written out'}                                   | ${cvss30} | ${'CVSS:3.0/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:F/RL:X'}                                                                 | ${{ base: 3.8, temporal: 3.7, environmental: 3.7 }}
    ${'home use: MAV:N raises a local-only vulnerability'}                     | ${cvss31} | ${'CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:N/CR:H'}                                                               | ${{ base: 8.4, temporal: 8.4, environmental: 9.8 }}
  `('$case', ({ version, vector, expected }) => {
    const result = scores(version as CvssVersion, vector as string);

    expect(result).toEqual(expected);
  });

  it('normalizes to Table 15 order without Not Defined metrics', () => {
    const parsed = cvss31.parse(' CVSS:3.1/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:X/MAV:X/CR:H ');

    expect(parsed.ok && cvss31.format(parsed.value)).toBe(
      'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/CR:H',
    );
  });
});
