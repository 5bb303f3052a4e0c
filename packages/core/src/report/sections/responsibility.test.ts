import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { analyze } from '../../analyze.js';
import { buildReportDocument } from '../document.js';
import { responsibilitySection } from './responsibility.js';

const docOf = (model: ReturnType<typeof aModel>) => buildReportDocument(model, analyze(model));
const model = () =>
  aModel({
    stakeholders: [
      { id: 'acme', role: 'manufacturer' },
      { id: 'it', role: 'hdo-it', name: 'Hospital IT' },
      { id: 'pat', role: 'patient' },
    ],
    components: [aComponent('gw', { kind: 'gateway', owner: 'it' })],
    controls: [
      {
        id: 'seg',
        title: 'Segmentation',
        category: 'authorization',
        owner: 'it',
        status: 'implemented',
        mitigates: [],
        responsibility: { consulted: ['acme'], communicatedVia: ['mds2'] },
      },
    ],
    responsibilities: [
      {
        id: 'router',
        title: 'Configure the home router',
        skill: 'technical',
        responsible: ['pat'],
        accountable: ['acme', 'it'],
        communicatedVia: ['ifu'],
      },
    ],
  });

describe('shared responsibility report section', () => {
  it('is absent when the model names no stakeholder and assigns nothing', () => {
    expect(
      responsibilitySection(docOf(aModel({ components: [aComponent('fw')] }))),
    ).toBeUndefined();
  });

  it('shows the matrix with derived letters marked, the defaults, the problems and the clauses', () => {
    const section = responsibilitySection(docOf(model()));

    expect(section?.id).toBe('responsibility');
    const tables = section?.blocks.filter((b) => b.kind === 'table') ?? [];
    expect(tables.map((t) => t.caption)).toEqual([
      'Responsibility matrix (R responsible, A accountable, C consulted, I informed; * a default medrisk derived)',
      'Defaults applied (declare the letter to replace one)',
      'Problems (each is also a finding, under the rule named)',
      'it (hdo-it): Hospital IT',
    ]);
    expect(tables[0]?.header).toEqual(['Kind', 'Item', 'acme', 'it', 'pat', 'Skill', 'Told via']);
    expect(tables[0]?.rows).toEqual([
      ['control', 'seg: Segmentation', 'C', 'R*/A*', '—', '—', 'mds2'],
      ['duty', 'router: Configure the home router', 'A', 'A', 'R', 'technical', 'ifu'],
    ]);
    expect(tables[1]?.rows).toEqual([['control seg', 'R/A: it', 'owner of control seg']]);
    expect(tables[2]?.rows.map((r) => r[3])).toEqual([
      'responsibility-several-accountable',
      'responsibility-lay-technical-task',
    ]);
    expect(section?.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'pat sign no contract: their tasks must be in the labeling in words they can follow, and transferred ones in human-factors testing (FDA premarket VI.A).',
    });
  });
});
