import { describe, expect, it } from 'vitest';
import { medrisk } from './run-cli.js';

const V2 = '(AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H)';
const V30 = 'CVSS:3.0/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H';
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:R';
const V40 = 'CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S/S:P';

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('medrisk cvss', () => {
  it('explains a vector of each version in text', () => {
    const run = medrisk(['cvss', V2, V30, V31, V40]);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      'CVSS v2.0 · Base 7.8 High · Temporal 6.4 Medium · Environmental 9.2 High',
    );
    expect(run.stdout).toContain(`written as ${V2}`);
    expect(run.stdout).toContain('CVSS v3.0 · Base 9.0 Critical');
    expect(run.stdout).toContain('CVSS v3.1 · Base 9.8 Critical · Temporal 8.5 High');
    expect(run.stdout).toContain('CVSS v4.0 · CVSS-BE 9.7 Critical · CVSS-B (base only) 8.7 High');
    expect(run.stdout).toMatch(
      /MSI:S +Modified Subsequent System Integrity +Safety +exploitation can injure people/,
    );
    expect(run.stdout).toContain('Supplemental metrics (reported, never scored)');
    expect(run.stdout).toContain('Exploit Maturity is scored as Attacked (worst case)');
  });

  it('prints one JSON object per vector per line', () => {
    const run = medrisk(['cvss', V2, V30, V31, V40, '--format', 'json']);
    const lines = jsonLines(run.stdout);

    expect(run.code).toBe(0);
    expect(
      lines.map((l) => [
        l.version,
        l.baseScore,
        l.temporalScore,
        l.environmentalScore,
        l.score,
        l.severity,
        l.nomenclature,
      ]),
    ).toEqual([
      ['2.0', 7.8, 6.4, 9.2, 9.2, 'high', null],
      ['3.0', 9, null, null, 9, 'critical', null],
      ['3.1', 9.8, 8.5, null, 8.5, 'high', null],
      ['4.0', 8.7, null, null, 9.7, 'critical', 'CVSS-BE'],
    ]);
    expect(lines[0]?.vector).toBe(V2.slice(1, -1));
    expect(lines[3]?.supplemental).toEqual([
      { id: 'S', name: 'Safety', group: 'supplemental', value: 'P', valueName: 'Present' },
    ]);
    expect(lines[1]?.metrics).toContainEqual({
      id: 'S',
      name: 'Scope',
      group: 'base',
      value: 'C',
      valueName: 'Changed',
    });
  });

  it('reads stdin with -, skipping blank lines and comments, reporting bad lines by number', () => {
    const input = `# vectors from the advisory\n${V31}\n\nCVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n   \n${V40}\n`;

    const run = medrisk(['cvss', '-', '--format', 'json'], { input });

    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout).map((l) => l.version)).toEqual(['3.1', '4.0']);
    expect(run.stderr).toContain('medrisk: stdin line 4: CVSS:3.1/AV:Q');
    expect(run.stderr).toContain(
      'AV:Q is not a valid Attack Vector; allowed: N (Network), A (Adjacent), L (Local), P (Physical)',
    );
    expect(run.stderr).toContain('1 of 3 vectors is invalid');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps arguments written after -', () => {
    const run = medrisk(['cvss', '-', V30, '--format', 'json'], { input: `${V31}\n` });

    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((l) => l.version)).toEqual(['3.1', '3.0']);
  });

  it.each`
    args                                                                           | message
    ${['cvss', 'CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N']} | ${'AV (Attack Vector) is written after AC; CVSS v4.0 requires the order'}
    ${['cvss', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H']}                        | ${'missing base metric A (Availability); allowed: H (High), L (Low), N (None)'}
    ${['cvss', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:X/C:H/I:H/A:H']}                    | ${'S:X is not a valid Scope; allowed: U (Unchanged), C (Changed)'}
    ${['cvss', 'CVSS:5.0/AV:N']}                                                   | ${'"CVSS:5.0" is not a supported CVSS version'}
    ${['cvss', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H']}                             | ${'a vector without a CVSS:3.x/ or CVSS:4.0/ prefix is read as CVSS v2.0'}
    ${['cvss']}                                                                    | ${'give one or more vectors, or - to read them from stdin'}
    ${['cvss', V31, '--format', 'yaml']}                                           | ${'unknown format "yaml"; use text or json'}
  `('exits 2 naming the problem: $message', ({ args, message }) => {
    const run = medrisk(args as string[]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain('internal error');
  });

  it('exits 2 when stdin holds no vector', () => {
    const run = medrisk(['cvss', '-'], { input: '# nothing\n\n' });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no vector on stdin');
  });

  it('shows examples in --help', () => {
    const run = medrisk(['cvss', '--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('medrisk cvss - --format json < vectors.txt');
    expect(run.stdout).toContain('null when the vector defines no metric of that group');
  });
});
