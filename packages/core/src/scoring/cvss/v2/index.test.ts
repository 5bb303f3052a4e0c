import { describe, expect, it } from 'vitest';
import { cvss20 } from './index.js';
import { decimal, mul, roundTo1, toNumber } from './decimal.js';

function scores(text: string) {
  const parsed = cvss20.parse(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return cvss20.score(parsed.value);
}

describe('CVSS v2.0 equations', () => {
  // The three worked examples of the CVSS v2.0 guide, section 3.3 (checked by hand against it).
  it.each`
    cve                | vector                                                                     | base   | temporal | environmental
    ${'CVE-2002-0392'} | ${'AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H'}   | ${7.8} | ${6.4}   | ${9.2}
    ${'CVE-2003-0818'} | ${'AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:L'}   | ${10}  | ${8.3}   | ${9.0}
    ${'CVE-2003-0062'} | ${'AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:M'} | ${6.2} | ${4.9}   | ${7.5}
  `(
    '$cve from the guide: $base / $temporal / $environmental',
    ({ vector, base, temporal, environmental }) => {
      const result = scores(vector as string);

      expect(result).toEqual({ base, temporal, environmental });
    },
  );

  it.each`
    case                                                          | vector                                        | base   | temporal
    ${'9.0 × 0.95 = 8.55 rounds half up to 8.6 (floats say 8.5)'} | ${'AV:N/AC:L/Au:S/C:C/I:C/A:C/E:F/RL:U/RC:C'} | ${9.0} | ${8.6}
    ${'no impact scores 0.0, never -0.0'}                         | ${'AV:L/AC:H/Au:M/C:N/I:N/A:N'}               | ${0}   | ${0}
    ${'NVD parenthesised form'}                                   | ${'(AV:N/AC:L/Au:N/C:P/I:P/A:P)'}             | ${7.5} | ${7.5}
    ${'old NVD CVSS2# prefix'}                                    | ${'CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N'}         | ${5.0} | ${5.0}
  `('$case', ({ vector, base, temporal }) => {
    const result = scores(vector as string);

    expect(result.base).toBe(base);
    expect(Object.is(result.base, -0)).toBe(false);
    expect(result.temporal).toBe(temporal);
  });

  it('accepts metrics in any order, as NVD and FIRST’s schema do, and writes the guide’s order', () => {
    const parsed = cvss20.parse('A:P/I:P/C:P/Au:N/AC:L/AV:N/E:ND');

    expect(parsed.ok && cvss20.format(parsed.value)).toBe('AV:N/AC:L/Au:N/C:P/I:P/A:P');
  });
});

describe('exact decimals', () => {
  it.each`
    factors                     | expected
    ${['9.0', '0.95']}          | ${8.6}
    ${['0.25', '1']}            | ${0.3}
    ${['0.24', '1']}            | ${0.2}
    ${['10.41', '0.5', '0.01']} | ${0.1}
  `('round_to_1_decimal($factors) = $expected', ({ factors, expected }) => {
    const product = mul(...(factors as string[]).map(decimal));

    expect(toNumber(roundTo1(product))).toBe(expected);
  });
});
