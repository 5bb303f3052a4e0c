import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { buildQuery } from '../../model/query/index.js';
import type { AuthoredModel } from '../../model/schema/index.js';
import { responsibilityMatrix } from './matrix.js';

type Parts = Partial<Omit<AuthoredModel, 'medrisk' | 'device'>>;

const stakeholders = [
  { id: 'acme', role: 'manufacturer' as const },
  { id: 'it', role: 'hdo-it' as const },
  { id: 'pat', role: 'patient' as const },
  { id: 'mum', role: 'caregiver' as const },
  { id: 'csp', role: 'cloud-provider' as const },
];
const matrixOf = (parts: Parts) =>
  responsibilityMatrix(
    buildQuery(aModel({ stakeholders, components: [aComponent('pump')], ...parts })),
  );
const control = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  title: `Control ${id}`,
  category: 'authentication' as const,
  status: 'implemented' as const,
  mitigates: ['debug-port-open@pump/jtag'],
  ...fields,
});
const cells = (m: ReturnType<typeof matrixOf>, id: string) =>
  m.rows
    .find((r) => r.id === id)
    ?.assignments.map((a) => `${a.stakeholder}:${a.letter}${a.origin === 'derived' ? '*' : ''}`);
const problems = (m: ReturnType<typeof matrixOf>) =>
  m.problems.map(
    (p) => `${p.kind} ${p.item.id}${p.coveredBy === undefined ? '' : ` <${p.coveredBy}>`}`,
  );

describe('responsibility matrix: rows and defaults', () => {
  it('makes a control owner responsible and accountable, marked derived with the reason', () => {
    const m = matrixOf({ controls: [control('pin', { owner: 'acme' })] });

    expect(cells(m, 'pin')).toEqual(['acme:R*', 'acme:A*']);
    expect(m.rows[0]?.assignments[0]?.reason).toBe('owner of control pin');
    expect(m.rows[0]).toMatchObject({ origin: 'derived', elements: ['pump'], kind: 'control' });
  });

  it('lets each declared letter replace its default, one letter at a time', () => {
    const m = matrixOf({
      controls: [
        control('seg', {
          owner: 'acme',
          responsibility: { accountable: 'it', consulted: ['acme'], informed: ['pat'] },
        }),
      ],
    });

    expect(cells(m, 'seg')).toEqual(['acme:R*', 'acme:C', 'it:A', 'pat:I']);
    expect(m.rows[0]?.origin).toBe('mixed');
  });

  it('gives a mitigation the letters of its controls, and several accountable when they differ', () => {
    const m = matrixOf({
      controls: [control('a', { owner: 'acme' }), control('b', { owner: 'it' })],
      treatments: { 'debug-port-open@pump/jtag': { strategy: 'mitigate', controls: ['a', 'b'] } },
    });

    expect(cells(m, 'debug-port-open@pump/jtag')).toEqual(['acme:R*', 'acme:A*', 'it:R*', 'it:A*']);
    expect(problems(m)).toEqual([
      'not-communicated b',
      'several-accountable debug-port-open@pump/jtag',
    ]);
  });

  it('gives a mitigation naming no control the letters of the controls that match its finding', () => {
    const m = matrixOf({
      controls: [
        control('a', { owner: 'acme' }),
        control('planned', { owner: 'it', status: 'not-implemented' }),
        control('other', { owner: 'it', mitigates: ['x@pump'] }),
      ],
      treatments: { 'debug-port-open@pump/jtag': { strategy: 'mitigate' } },
    });
    const row = m.rows.find((r) => r.kind === 'mitigation');

    expect(row?.title).toBe('Mitigated by a (controls whose mitigates patterns match)');
    expect(cells(m, 'debug-port-open@pump/jtag')).toEqual(['acme:R*', 'acme:A*']);
  });

  it('keeps a mitigation with no control when it declares its own letters, and checks them', () => {
    const m = matrixOf({
      treatments: {
        'debug-port-open@*': { strategy: 'mitigate', responsibility: { informed: ['it'] } },
        'x@pump': { strategy: 'mitigate' },
      },
    });

    expect(m.rows.map((r) => `${r.kind}:${r.id}:${r.title}`)).toEqual([
      'mitigation:debug-port-open@*:Mitigation (no control named or matching)',
    ]);
    expect(problems(m)).toEqual([
      'no-accountable debug-port-open@*',
      'no-responsible debug-port-open@* <responsibility-no-accountable>',
    ]);
  });

  it('makes a transfer recipient responsible and the only manufacturer accountable', () => {
    const m = matrixOf({
      treatments: {
        'debug-port-open@pump/jtag': {
          strategy: 'transfer',
          recipient: 'it',
          communicatedVia: ['mds2'],
        },
      },
    });

    expect(cells(m, 'debug-port-open@pump/jtag')).toEqual(['acme:A*', 'it:R*']);
    expect(m.rows[0]?.assignments[0]?.reason).toContain('ISO 14971:2019 §7.1');
    expect(m.problems).toEqual([]);
  });

  it('takes a duty from the owner of its component, inherited through nesting', () => {
    const m = matrixOf({
      components: [aComponent('gw', { owner: 'it' }), aComponent('gw-os', { parent: 'gw' })],
      responsibilities: [
        {
          id: 'patch',
          title: 'Patch the gateway OS',
          component: 'gw-os',
          communicatedVia: ['mds2'],
        },
      ],
    });

    expect(cells(m, 'patch')).toEqual(['it:R*', 'it:A*']);
    expect(m.rows[0]?.assignments[0]?.reason).toBe('owner of component gw');
  });

  it('lists controls, mitigations, transfers and duties in that order, each by id', () => {
    const m = matrixOf({
      controls: [control('z', { owner: 'acme' }), control('a', { owner: 'acme' })],
      responsibilities: [{ id: 'b', title: 'B', responsible: ['acme'], accountable: 'acme' }],
      treatments: {
        'x@pump': { strategy: 'transfer', recipient: 'acme', communicatedVia: ['contract'] },
      },
    });

    expect(m.rows.map((r) => `${r.kind}:${r.id}`)).toEqual([
      'control:a',
      'control:z',
      'transfer:x@pump',
      'duty:b',
    ]);
    expect(m.summary.rows).toEqual({ control: 2, mitigation: 0, transfer: 1, duty: 1 });
  });
});

describe('responsibility matrix: problems', () => {
  it.each`
    case                                       | parts                                                                                                                                                             | expected
    ${'control with no owner'}                 | ${{ controls: [control('c')] }}                                                                                                                                   | ${['no-accountable c <control-without-owner>', 'no-responsible c <control-without-owner>']}
    ${'not-implemented control owes nothing'}  | ${{ controls: [control('c', { status: 'not-implemented' })] }}                                                                                                    | ${[]}
    ${'accountable but nobody does it'}        | ${{ controls: [control('c', { responsibility: { accountable: 'acme' } })] }}                                                                                      | ${['no-responsible c']}
    ${'two accountable'}                       | ${{ responsibilities: [{ id: 'd', title: 'D', responsible: ['acme'], accountable: ['acme', 'it'], communicatedVia: ['mds2'] }] }}                                 | ${['several-accountable d']}
    ${'duty with nobody'}                      | ${{ responsibilities: [{ id: 'd', title: 'D' }] }}                                                                                                                | ${['no-accountable d', 'no-responsible d <responsibility-no-accountable>']}
    ${'duty on a component nobody owns'}       | ${{ responsibilities: [{ id: 'd', title: 'D', component: 'pump' }] }}                                                                                             | ${['no-accountable d <component-without-owner>', 'no-responsible d <component-without-owner>']}
    ${'transfer without recipient or channel'} | ${{ treatments: { 'x@pump': { strategy: 'transfer' } } }}                                                                                                         | ${['no-responsible x@pump <treatment-incomplete>']}
    ${'transfer without channel'}              | ${{ treatments: { 'x@pump': { strategy: 'transfer', recipient: 'it' } } }}                                                                                        | ${['not-communicated x@pump <treatment-incomplete>']}
    ${'control given to hospital IT, untold'}  | ${{ controls: [control('c', { owner: 'it' })] }}                                                                                                                  | ${['not-communicated c']}
    ${'told through the transfer naming it'}   | ${{ controls: [control('c', { owner: 'it' })], treatments: { 'x@pump': { strategy: 'transfer', recipient: 'it', communicatedVia: ['mds2'], controls: ['c'] } } }} | ${[]}
    ${'technical task for the patient'}        | ${{ responsibilities: [{ id: 'd', title: 'D', responsible: ['pat'], accountable: 'acme', skill: 'technical', communicatedVia: ['ifu'] }] }}                       | ${['lay-technical-task d']}
    ${'expert task, caregiver accountable'}    | ${{ responsibilities: [{ id: 'd', title: 'D', responsible: ['acme'], accountable: 'mum', skill: 'expert', communicatedVia: ['ifu'] }] }}                          | ${['lay-technical-task d']}
    ${'basic task for the patient'}            | ${{ responsibilities: [{ id: 'd', title: 'D', responsible: ['pat'], accountable: 'acme', skill: 'basic', communicatedVia: ['ifu'] }] }}                           | ${[]}
    ${'technical task, patient only informed'} | ${{ responsibilities: [{ id: 'd', title: 'D', responsible: ['acme'], accountable: 'acme', informed: ['pat'], skill: 'technical' }] }}                             | ${[]}
  `('$case', ({ parts, expected }) => {
    expect(problems(matrixOf(parts as Parts))).toEqual(expected);
  });

  it('does not check a transfer’s accountable when there is no single manufacturer to default to', () => {
    const m = responsibilityMatrix(
      buildQuery(
        aModel({
          stakeholders: [{ id: 'it', role: 'hdo-it' }],
          treatments: {
            'x@pump': { strategy: 'transfer', recipient: 'it', communicatedVia: ['mds2'] },
          },
        }),
      ),
    );

    expect(problems(m)).toEqual(['no-accountable x@pump']);
  });

  it('names the elements a row protects from finding ids and patterns, never from wildcards', () => {
    const m = matrixOf({
      components: [aComponent('pump'), aComponent('app')],
      dataFlows: [aFlow('app-to-pump', 'app', 'pump')],
      controls: [
        control('c', {
          owner: 'acme',
          mitigates: ['a@pump/ble', 'b@app-to-pump', 'c@*', 'd@pump*', 'e@nothing'],
        }),
      ],
    });

    expect(m.rows[0]?.elements).toEqual(['app-to-pump', 'pump']);
  });
});
