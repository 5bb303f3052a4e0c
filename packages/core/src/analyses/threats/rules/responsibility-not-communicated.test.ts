import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { responsibilityNotCommunicated } from './responsibility-not-communicated.js';

const stakeholders = [
  { id: 'acme', role: 'manufacturer' as const },
  { id: 'it', role: 'hdo-it' as const },
  { id: 'csp', role: 'cloud-provider' as const },
];
const model = (parts: object) =>
  aModel({
    stakeholders,
    components: [aComponent('pump'), aComponent('api', { owner: 'acme' })],
    ...parts,
  });
const seg = (fields: Record<string, unknown> = {}) => ({
  id: 'seg',
  title: 'Segment the pump VLAN',
  category: 'authorization' as const,
  status: 'implemented' as const,
  owner: 'it',
  mitigates: ['x@pump'],
  ...fields,
});

describe('responsibility-not-communicated', () => {
  it.each`
    case                                                 | parts                                                                                                                                                      | expected
    ${'hospital control, nobody told'}                   | ${{ controls: [seg()] }}                                                                                                                                   | ${['responsibility-not-communicated@seg']}
    ${'hospital control in the security guide'}          | ${{ controls: [seg({ responsibility: { communicatedVia: ['security-guide'] } })] }}                                                                        | ${[]}
    ${'manufacturer control'}                            | ${{ controls: [seg({ owner: 'acme' })] }}                                                                                                                  | ${[]}
    ${'cloud duty without contract'}                     | ${{ responsibilities: [{ id: 'ops', title: 'Run the platform', component: 'api', responsible: ['csp'], accountable: 'acme' }] }}                           | ${['responsibility-not-communicated@model/ops']}
    ${'cloud duty under an SLA'}                         | ${{ responsibilities: [{ id: 'ops', title: 'Run the platform', component: 'api', responsible: ['csp'], accountable: 'acme', communicatedVia: ['sla'] }] }} | ${[]}
    ${'transfer without channel (treatment-incomplete)'} | ${{ treatments: { 'x@pump': { strategy: 'transfer', recipient: 'it' } } }}                                                                                 | ${[]}
  `('$case', ({ parts, expected }) => {
    expect(findingIds(responsibilityNotCommunicated, model(parts))).toEqual(expected);
  });

  it('names the third party and the channels it could have been told through', () => {
    const [finding] = runRule(responsibilityNotCommunicated, model({ controls: [seg()] }));

    expect(finding?.subject).toMatchObject({ kind: 'control', id: 'seg' });
    expect(finding?.hit.rationale).toBe(
      'control "seg" (Segment the pump VLAN) is given to "it", but no channel (labeling, IFU, security guide, MDS2, contract, SLA, training) tells it so.',
    );
    expect(finding?.hit.evidence).toEqual([
      { path: 'controls.seg.responsibility', text: 'R: it (derived: owner of control seg)' },
      { path: 'controls.seg.responsibility', text: 'A: it (derived: owner of control seg)' },
    ]);
  });
});
