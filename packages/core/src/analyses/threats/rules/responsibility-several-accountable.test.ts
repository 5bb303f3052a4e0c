import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { responsibilitySeveralAccountable } from './responsibility-several-accountable.js';

const stakeholders = [
  { id: 'acme', role: 'manufacturer' as const },
  { id: 'it', role: 'hdo-it' as const },
];
const control = (id: string, fields: Record<string, unknown>) => ({
  id,
  title: id,
  category: 'authorization' as const,
  status: 'implemented' as const,
  mitigates: [],
  ...fields,
});
const model = (parts: object) =>
  aModel({ stakeholders, components: [aComponent('pump')], ...parts });

describe('responsibility-several-accountable', () => {
  it.each`
    case                                             | parts                                                                                                                                                                                                                                               | expected
    ${'a duty with two accountable'}                 | ${{ responsibilities: [{ id: 'patch', title: 'Patch', responsible: ['it'], accountable: ['it', 'acme'], communicatedVia: ['mds2'] }] }}                                                                                                             | ${['responsibility-several-accountable@model/patch']}
    ${'a control with two accountable'}              | ${{ controls: [control('seg', { owner: 'it', responsibility: { accountable: ['acme', 'it'], communicatedVia: ['mds2'] } })] }}                                                                                                                      | ${['responsibility-several-accountable@seg']}
    ${'a mitigation whose controls disagree'}        | ${{ controls: [control('a', { owner: 'acme' }), control('b', { owner: 'it', responsibility: { communicatedVia: ['mds2'] } })], treatments: { 'x@pump': { strategy: 'mitigate', controls: ['a', 'b'] } } }}                                          | ${['responsibility-several-accountable@x@pump']}
    ${'a mitigation that names its one accountable'} | ${{ controls: [control('a', { owner: 'acme' }), control('b', { owner: 'it', responsibility: { communicatedVia: ['mds2'] } })], treatments: { 'x@pump': { strategy: 'mitigate', controls: ['a', 'b'], responsibility: { accountable: 'acme' } } } }} | ${[]}
    ${'one accountable'}                             | ${{ responsibilities: [{ id: 'patch', title: 'Patch', responsible: ['it'], accountable: 'it', communicatedVia: ['mds2'] }] }}                                                                                                                       | ${[]}
  `('$case', ({ parts, expected }) => {
    expect(findingIds(responsibilitySeveralAccountable, model(parts))).toEqual(expected);
  });

  it('names the accountable parties and shows where each letter came from', () => {
    const [finding] = runRule(
      responsibilitySeveralAccountable,
      model({
        controls: [
          control('a', { owner: 'acme' }),
          control('b', { owner: 'it', responsibility: { communicatedVia: ['mds2'] } }),
        ],
        treatments: { 'x@pump': { strategy: 'mitigate', controls: ['a', 'b'] } },
      }),
    );

    expect(finding?.subject).toMatchObject({ kind: 'treatment', id: 'x@pump' });
    expect(finding?.hit.rationale).toBe(
      '"acme", "it" are all accountable for mitigation "x@pump" (Mitigated by a, b); with several, each can assume another answers for it.',
    );
    expect(finding?.hit.evidence).toContainEqual({
      path: 'treatments.x@pump.responsibility',
      text: 'A: it (derived: accountable for control b)',
    });
  });
});
