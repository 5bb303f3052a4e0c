import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { renderRaci, responsibilityOf } from './index.js';

const model = () =>
  aModel({
    stakeholders: [
      { id: 'acme', role: 'manufacturer' },
      { id: 'it', role: 'hdo-it' },
    ],
    components: [aComponent('gw', { kind: 'gateway', owner: 'it' })],
    controls: [
      {
        id: 'seg',
        title: '=HYPERLINK("http://evil"), "quoted"',
        category: 'authorization',
        owner: 'it',
        status: 'implemented',
        mitigates: [],
        responsibility: { consulted: ['acme'] },
      },
    ],
  });
const text = (chunks: Iterable<string>) => [...chunks].join('');

describe('medrisk raci renderers', () => {
  it('writes one CSV row per item and one column per stakeholder, quoted and formula-safe', () => {
    const lines = text(renderRaci(responsibilityOf(model()), 'csv')).split('\r\n');

    expect(lines[0]).toBe(
      'kind,id,title,elements,skill,communicatedVia,origin,derived,problems,acme,it',
    );
    expect(lines[1]).toBe(
      `control,seg,"'=HYPERLINK(""http://evil""), ""quoted""",,,,mixed,R: it (owner of control seg); A: it (owner of control seg),not-communicated,C,R/A`,
    );
    expect(lines).toHaveLength(3);
  });

  it('prints a terminal table with derived letters marked and the problems', () => {
    const out = text(renderRaci(responsibilityOf(model()), 'table'));

    expect(out.split('\n').slice(0, 3)).toEqual([
      'Kind     Item  acme  it     Skill',
      '-------  ----  ----  -----  -----',
      'control  seg   C     R*/A*',
    ]);
    expect(out).toContain('not-communicated: control "seg"');
  });

  it('prints versioned JSON with the whole matrix', () => {
    const json = JSON.parse(text(renderRaci(responsibilityOf(model()), 'json'))) as {
      formatVersion: number;
      rows: unknown[];
      checklist: { stakeholder: string }[];
    };

    expect(json.formatVersion).toBe(1);
    expect(json.rows).toHaveLength(1);
    expect(json.checklist.map((c) => c.stakeholder)).toEqual(['it']);
  });

  it('prints the report section as Markdown, with the problems and the clause checklist', () => {
    const out = text(renderRaci(responsibilityOf(model()), 'markdown'));

    expect(out.startsWith('## Shared responsibility\n')).toBe(true);
    expect(out).toContain('| control | seg: =HYPERLINK("http://evil"), "quoted" | C | R*/A* |');
    expect(out).toMatch(/\| not-communicated \|/);
    expect(out).toContain('### Contract and SLA clauses to demand from each third party');
  });
});
