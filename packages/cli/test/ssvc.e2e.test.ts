import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medrisk, tempDir } from './run-cli.js';

const fixture = (name: string): string => join(import.meta.dirname, '__fixtures__', 'ssvc', name);

describe('medrisk ssvc', () => {
  it('walks the deployer table from a YAML answers file, showing derived and entered values', () => {
    const run = medrisk(['ssvc', '--answers', fixture('deployer.yaml')]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'SSVC Deployer Patch Application Priority 1.0.0 (ssvc:DT_DP:1.0.0) for CVE-2026-0001',
    );
    expect(run.stdout).toContain('Decision: Out-of-Cycle');
    expect(run.stdout).toMatch(/Exploitation +active +entered +in CISA KEV since 2026-05-02/);
    expect(run.stdout).toMatch(
      /Human Impact +high +derived +Human Impact 1\.0\.0: Safety Impact Critical, Mission Impact MEF Failure → High/,
    );
    expect(run.stdout).toMatch(/ {4}Safety Impact +critical +entered/);
    expect(run.stderr).toBe('');
  });

  it('prints JSON with the path, the SSVC selections and the vulnerability', () => {
    const run = medrisk(['ssvc', '--answers', fixture('supplier.json'), '--format', 'json']);

    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.table).toEqual({
      id: 'supplier',
      ref: 'ssvc:DT_SP:1.0.0',
      name: 'Supplier Patch Development Priority',
    });
    expect(json.outcome).toMatchObject({ value: 'immediate', valueKey: 'I', source: 'derived' });
    expect(
      json.path.map((s: { point: string; source: string }) => `${s.point}:${s.source}`),
    ).toEqual([
      'exploitation:entered',
      'utility:derived',
      'technicalImpact:entered',
      'publicSafetyImpact:derived',
    ]);
    expect(json.selections.at(-1)).toEqual({
      namespace: 'ssvc',
      key: 'DSOI',
      version: '1.0.0',
      name: 'Defer, Scheduled, Out-of-Cycle, Immediate',
      values: [{ key: 'I', name: 'Immediate' }],
    });
  });

  it('is deterministic', () => {
    const args = ['ssvc', '--answers', fixture('deployer.yaml'), '--format', 'json'];

    expect(medrisk(args).stdout).toBe(medrisk(args).stdout);
  });

  it('takes the table from --table when the file names none', () => {
    const dir = tempDir();
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'answers: { E: A, A: Y, TI: T, MP: essential, PWI: minimal }\n');

    const run = medrisk(['ssvc', '--table', 'cisa', '--answers', path]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Decision: Act');
    expect(run.stdout).toMatch(/Mission and Well-Being Impact +high +derived/);
  });

  it.each`
    case                           | args                                                              | expected
    ${'unknown value'}             | ${['--answers', fixture('bad-values.yaml')]}                      | ${/bad-values\.yaml:3:17 answers\.exploitation: "actve" is not a value of Exploitation 1\.1\.0; allowed: none, public-poc, active \(did you mean "active"\?\)/}
    ${'unknown decision point'}    | ${['--answers', fixture('bad-point.yaml')]}                       | ${/bad-point\.yaml:3:3 answers\.exploitaton: unknown decision point "exploitaton" \(did you mean "exploitation"\?\)/}
    ${'contradiction'}             | ${['--answers', fixture('contradiction.yaml')]}                   | ${/answers\.humanImpact: Human Impact "low" contradicts "very-high"/}
    ${'missing values'}            | ${['--answers', fixture('missing.yaml')]}                         | ${/answers\.utility: Utility 1\.0\.1 is missing; allowed: laborious, efficient, super-effective \(or give automatable and valueDensity/}
    ${'unknown table in the file'} | ${['--answers', fixture('unknown-table.yaml')]}                   | ${/unknown-table\.yaml:1:8 table: "hospital" is not allowed; expected one of: deployer, supplier/}
    ${'YAML syntax error'}         | ${['--answers', fixture('broken.yaml')]}                          | ${/broken\.yaml:3:1 /}
    ${'file not found'}            | ${['--answers', fixture('nope.yaml')]}                            | ${/cannot read answers file .*nope\.yaml \(ENOENT\)/}
    ${'unknown --table'}           | ${['--table', 'hospital', '--answers', fixture('deployer.yaml')]} | ${/unknown SSVC table "hospital"; use one of: deployer, supplier, coordinator-triage, coordinator-publish, cisa, bod-26-04/}
    ${'table conflict'}            | ${['--table', 'supplier', '--answers', fixture('deployer.yaml')]} | ${/--table supplier disagrees with "table: deployer"/}
    ${'unknown format'}            | ${['--format', 'xml', '--answers', fixture('deployer.yaml')]}     | ${/unknown format "xml"; use text or json/}
    ${'no answers, no terminal'}   | ${[]}                                                             | ${/no answers: stdin is not a terminal, so pass --answers FILE/}
  `('$case: exit 2 with a clear message', ({ args, expected }) => {
    const run = medrisk(['ssvc', ...args], { input: '' });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('warns about an answer the table does not use, and still decides', () => {
    const dir = tempDir();
    const path = join(dir, 'a.yaml');
    writeFileSync(
      path,
      'answers: { exploitation: none, systemExposure: small, automatable: no, humanImpact: low, technicalImpact: total }\n',
    );

    const run = medrisk(['ssvc', '--answers', path]);

    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /warning: .*a\.yaml:1:\d+ answers\.technicalImpact: Technical Impact is not used/,
    );
    expect(run.stdout).toContain('Decision: Defer');
  });

  it('explains itself in --help, with examples', () => {
    const run = medrisk(['ssvc', '--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--answers <file>');
    expect(run.stdout).toContain('medrisk ssvc --table supplier --answers ssvc.yaml --format json');
  });
});
