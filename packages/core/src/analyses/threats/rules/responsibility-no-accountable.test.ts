import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { responsibilityNoAccountable } from './responsibility-no-accountable.js';

const hdo = { id: 'it', role: 'hdo-it' as const };
const acme = { id: 'acme', role: 'manufacturer' as const };

describe('responsibility-no-accountable', () => {
  it.each`
    case                                                            | parts                                                                                                                            | expected
    ${'a duty nobody holds'}                                        | ${{ stakeholders: [acme], responsibilities: [{ id: 'wipe', title: 'Wipe pumps' }] }}                                             | ${['responsibility-no-accountable@model/wipe']}
    ${'a transfer with no manufacturer to answer'}                  | ${{ stakeholders: [hdo], treatments: { 'x@pump': { strategy: 'transfer', recipient: 'it', communicatedVia: ['mds2'] } } }}       | ${['responsibility-no-accountable@x@pump']}
    ${'a transfer the manufacturer answers for'}                    | ${{ stakeholders: [acme, hdo], treatments: { 'x@pump': { strategy: 'transfer', recipient: 'it', communicatedVia: ['mds2'] } } }} | ${[]}
    ${'an ownerless control (control-without-owner reports it)'}    | ${{ controls: [{ id: 'c', title: 'C', category: 'authentication', status: 'implemented', mitigates: [] }] }}                     | ${[]}
    ${'a duty on an ownerless component (component-without-owner)'} | ${{ responsibilities: [{ id: 'd', title: 'D', component: 'pump' }] }}                                                            | ${[]}
  `('$case', ({ parts, expected }) => {
    expect(
      findingIds(
        responsibilityNoAccountable,
        aModel({ components: [aComponent('pump')], ...parts }),
      ),
    ).toEqual(expected);
  });

  it('puts a duty on the model, qualified by its id, and says nobody holds any letter', () => {
    const [finding] = runRule(
      responsibilityNoAccountable,
      aModel({ responsibilities: [{ id: 'wipe', title: 'Wipe pumps' }] }),
    );

    expect(finding?.subject.kind).toBe('model');
    expect(finding?.hit.rationale).toBe(
      'Nobody is assigned to duty "wipe" (Wipe pumps): no stakeholder is responsible or accountable.',
    );
    expect(finding?.hit.evidence).toEqual([
      { path: 'responsibilities.wipe', text: 'no stakeholder holds any letter' },
    ]);
  });
});
