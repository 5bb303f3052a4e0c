import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medrisk } from './run-cli.js';

const fixture = (name: string): string => join(import.meta.dirname, '__fixtures__', 'rubric', name);

describe('medrisk rubric', () => {
  it('derives a CVSS v3.1 vector from an answers file and keeps the answers', () => {
    const run = medrisk(['rubric', '--answers', fixture('ble-pump.yaml')]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('for CVE-2026-0002');
    expect(run.stdout).toMatch(
      /CVSS:3\.1\/AV:A\/AC:L\/PR:N\/UI:N\/S:U\/C:L\/I:H\/A:H +base 8\.3 high +\(rubric-derived\)/,
    );
    expect(run.stdout).toContain('Answers: XAVN:Y/XAVT:N/XAVW:Y/XAVR:U/XACL:Y/');
    expect(run.stdout).toMatch(
      /AV:A +XAVN yes → XAVT no → XAVW yes → XAVR unknown +\(an unknown answer: worst case\)/,
    );
    expect(run.stdout).toContain('reason: BLE GATT only, no IP stack');
    expect(run.stdout).toContain(
      'Verification: unverified: not checked against the MITRE publication',
    );
  });

  it('prints JSON with the vector, the extended vector, the path and the verification note', () => {
    const run = medrisk(['rubric', '--answers', fixture('ble-pump.yaml'), '--format', 'json']);

    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      vulnerability: 'CVE-2026-0002',
      label: 'rubric-derived',
      complete: true,
      vector: 'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:L/I:H/A:H',
      baseScore: 8.3,
      baseSeverity: 'high',
      missing: [],
    });
    expect(json.extendedVector.split('/')).toHaveLength(27);
    expect(json.path[1]).toMatchObject({ question: 'XAVT', answer: 'no', leadsTo: 'XAVW' });
    expect(json.verification).toMatch(/^unverified/);
  });

  it.each`
    case                  | file                   | expected
    ${'bad answer'}       | ${'bad-answer.yaml'}   | ${/bad-answer\.yaml:3:9 answers\.XAVT: "maybe" is not an answer to XAVT; allowed: yes, no, unknown/}
    ${'unknown question'} | ${'bad-answer.yaml'}   | ${/bad-answer\.yaml:4:3 answers\.XAVQ: unknown rubric question "XAVQ"/}
    ${'incomplete'}       | ${'incomplete.json'}   | ${/incomplete rubric answers in .*incomplete\.json: answer XACL, XPRL/}
    ${'misspelt key'}     | ${'misspelt-key.yaml'} | ${/misspelt-key\.yaml:1:1 answer: unknown key "answer" \(did you mean "answers"\?\)/}
    ${'file not found'}   | ${'nope.yaml'}         | ${/cannot read answers file .*nope\.yaml \(ENOENT\)/}
  `('$case: exit 2 with a clear message', ({ file, expected }) => {
    const run = medrisk(['rubric', '--answers', fixture(file)], { input: '' });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('never waits for input when stdin is not a terminal', () => {
    const run = medrisk(['rubric'], { input: 'yes\nyes\n' });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no answers: stdin is not a terminal, so pass --answers FILE/);
  });

  it('explains itself in --help, with examples', () => {
    const run = medrisk(['rubric', '--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('medrisk rubric --answers rubric.yaml --format json');
  });
});
