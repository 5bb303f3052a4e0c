import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { medrisk, tempDir } from './run-cli.js';

/**
 * A small model with one problem of each kind the matrix checks, and titles that a spreadsheet
 * would run as formulas: the CSV must quote them (RFC 4180) and defuse them.
 */
const model = `medrisk: 1
device:
  name: Home pump
  manufacturer: Acme
  intendedUse: Test
  serviceLifeYears: 10
stakeholders:
  - { id: acme, role: manufacturer }
  - { id: it, role: hdo-it }
  - { id: pat, role: patient }
  - { id: csp, role: cloud-provider }
components:
  - { id: pump, name: Pump, type: process, kind: device-firmware, owner: acme }
  - { id: phone, name: Phone, type: process, kind: mobile-app, owner: pat }
  - { id: api, name: API, type: process, kind: cloud-service, owner: acme }
dataFlows:
  - { id: phone-to-pump, source: phone, target: pump, data: [therapy-command] }
controls:
  - id: seg
    title: '=HYPERLINK("http://evil.example"), "segment"'
    category: authorization
    owner: it
    status: implemented
    mitigates: []
  - id: sum
    title: '@SUM(A1)'
    category: authentication
    owner: acme
    status: implemented
    mitigates: []
  - id: calc
    title: '+1-1'
    category: authentication
    owner: acme
    status: implemented
    mitigates: []
  - id: minus
    title: '-2'
    category: authentication
    owner: acme
    status: implemented
    mitigates: []
responsibilities:
  - id: patching
    title: Patch the API platform
    component: api
    responsible: [csp]
    accountable: [acme, csp]
    communicatedVia: [sla]
  - id: phone-hygiene
    title: Keep the phone OS updated
    component: phone
    skill: technical
    communicatedVia: [ifu]
`;

let dir = '';
const at = (name: string) => join(dir, name);

describe('medrisk raci', () => {
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(at('m.yaml'), model);
  });

  it('writes the CSV: one row per item, one column per stakeholder, quoted and formula-safe', () => {
    const run = medrisk(['raci', 'm.yaml', '--out', 'raci.csv'], { cwd: dir });

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('wrote raci.csv (csv): 6 items × 4 stakeholders');
    const lines = readFileSync(at('raci.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      'kind,id,title,elements,skill,communicatedVia,origin,derived,problems,acme,csp,it,pat',
    );
    expect(lines).toContain(
      `control,sum,'@SUM(A1),,,,derived,R: acme (owner of control sum); A: acme (owner of control sum),,R/A,,,`,
    );
    expect(lines.find((l) => l.startsWith('control,calc,'))).toMatch(/^control,calc,'\+1-1,/);
    expect(lines.find((l) => l.startsWith('control,minus,'))).toMatch(/^control,minus,'-2,/);
    expect(lines).toContain(
      `control,seg,"'=HYPERLINK(""http://evil.example""), ""segment""",,,,derived,R: it (owner of control seg); A: it (owner of control seg),not-communicated,,,R/A,`,
    );
    expect(lines.find((l) => l.startsWith('duty,patching,'))).toMatch(
      /,several-accountable,A,R\/A,,$/,
    );
    expect(lines.find((l) => l.startsWith('duty,phone-hygiene,'))).toMatch(
      /^duty,phone-hygiene,Keep the phone OS updated,phone,technical,ifu,derived,.*,lay-technical-task,,,,R\/A$/,
    );
    expect(lines.at(-1)).toBe('');
  });

  it('prints versioned JSON with rows, problems and the clause checklist', () => {
    const run = medrisk(['raci', 'm.yaml', '--format', 'json'], { cwd: dir });

    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      formatVersion: number;
      stakeholders: { id: string }[];
      rows: { kind: string; id: string }[];
      problems: { kind: string; item: { id: string } }[];
      checklist: { stakeholder: string; clauses: { id: string }[] }[];
    };
    expect(json.formatVersion).toBe(1);
    expect(json.stakeholders.map((s) => s.id)).toEqual(['acme', 'csp', 'it', 'pat']);
    expect(json.rows.map((r) => `${r.kind}:${r.id}`)).toEqual([
      'control:calc',
      'control:minus',
      'control:seg',
      'control:sum',
      'duty:patching',
      'duty:phone-hygiene',
    ]);
    expect(json.problems.map((p) => `${p.kind}:${p.item.id}`).sort()).toEqual([
      'lay-technical-task:phone-hygiene',
      'not-communicated:seg',
      'several-accountable:patching',
    ]);
    expect(json.checklist.map((c) => c.stakeholder)).toEqual(['csp', 'it']);
    expect(json.checklist[0]?.clauses.map((c) => c.id)).toContain('vulnerability-notification');
  });

  it('writes Markdown (inferred from .md) with the matrix, problems and clauses', () => {
    const run = medrisk(['raci', 'm.yaml', '--out', 'raci.md'], { cwd: dir });

    expect(run.code).toBe(0);
    const md = readFileSync(at('raci.md'), 'utf8');
    expect(md.startsWith('## Shared responsibility\n')).toBe(true);
    expect(md).toContain('| Kind | Item | acme | csp | it | pat | Skill | Told via |');
    expect(md).toContain('| duty | patching: Patch the API platform | A | R/A | — | — | — | sla |');
    expect(md).toContain('several-accountable');
    expect(md).toContain('### Contract and SLA clauses to demand from each third party');
  });

  it('prints a terminal table by default', () => {
    const run = medrisk(['raci', 'm.yaml'], { cwd: dir });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Kind\s+Item\s+acme\s+csp\s+it\s+pat\s+Skill\n/);
    expect(run.stdout).toMatch(/duty\s+phone-hygiene\s+·\s+·\s+·\s+R\*\/A\*\s+technical/);
    expect(run.stdout).toContain('Problems (3):');
  });

  it('the analysis report carries the same matrix in every format', () => {
    for (const format of ['json', 'markdown', 'html']) {
      const run = medrisk(['analyze', 'm.yaml', '--format', format], { cwd: dir });

      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        format === 'json' ? '"responsibility"' : 'Shared responsibility',
      );
      expect(run.stdout).toContain('responsibility-several-accountable');
    }
  });

  it.each`
    case                   | args                                                         | message
    ${'malformed model'}   | ${['raci', 'bad.yaml', '--out', 'bad.csv']}                  | ${/bad\.yaml:\d+:\d+ /}
    ${'unknown reference'} | ${['raci', 'ref.yaml', '--out', 'ref.csv']}                  | ${/ref\.yaml:\d+:\d+ .*unknown/}
    ${'missing model'}     | ${['raci', 'nope.yaml', '--out', 'nope.csv']}                | ${/nope\.yaml/}
    ${'unknown format'}    | ${['raci', 'm.yaml', '--format', 'xlsx', '--out', 'x.xlsx']} | ${/unknown format "xlsx"; use one of: table, csv, json, markdown/}
  `('$case: exit 2, a clear message, nothing written', ({ args, message }) => {
    writeFileSync(at('bad.yaml'), `${model}controls: [ { id: x\n`);
    writeFileSync(at('ref.yaml'), model.replace('owner: it', 'owner: itt'));
    const args_ = args as string[];

    const run = medrisk(args_, { cwd: dir });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message as RegExp);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(at(args_.at(-1) ?? ''))).toBe(false);
  });
});
