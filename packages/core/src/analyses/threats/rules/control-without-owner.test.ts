import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { controlWithoutOwner } from './control-without-owner.js';

const withControl = (fields: {
  owner?: string;
  status: 'implemented' | 'partial' | 'planned' | 'not-implemented';
}) =>
  aModel({
    components: [aComponent('pump')],
    stakeholders: [{ id: 'acme', role: 'manufacturer' }],
    controls: [
      {
        id: 'fuse-jtag',
        title: 'JTAG fused at end of line',
        category: 'code-data-execution-integrity',
        mitigates: ['debug-port-open@pump/jtag'],
        ...fields,
      },
    ],
  });

describe('control-without-owner', () => {
  it.each`
    status               | owner        | fires
    ${'implemented'}     | ${undefined} | ${true}
    ${'partial'}         | ${undefined} | ${true}
    ${'planned'}         | ${undefined} | ${true}
    ${'not-implemented'} | ${undefined} | ${false}
    ${'implemented'}     | ${'acme'}    | ${false}
  `('$status control, owner $owner → fires: $fires', ({ status, owner, fires }) => {
    const model = withControl({ status, ...(owner === undefined ? {} : { owner }) });

    expect(findingIds(controlWithoutOwner, model)).toEqual(
      fires ? ['control-without-owner@fuse-jtag'] : [],
    );
  });

  it('accepts an accountable stakeholder declared in the RACI instead of an owner', () => {
    const model = aModel({
      components: [aComponent('pump')],
      stakeholders: [{ id: 'acme', role: 'manufacturer' }],
      controls: [
        {
          id: 'fuse-jtag',
          title: 'JTAG fused at end of line',
          category: 'code-data-execution-integrity',
          status: 'implemented',
          mitigates: [],
          responsibility: { accountable: 'acme' },
        },
      ],
    });

    expect(findingIds(controlWithoutOwner, model)).toEqual([]);
  });

  it('names what the control is credited against and says the owner is missing', () => {
    const [finding] = runRule(controlWithoutOwner, withControl({ status: 'implemented' }));

    expect(finding?.hit.rationale).toBe(
      'Control "fuse-jtag" (JTAG fused at end of line) is implemented and credited against debug-port-open@pump/jtag, but nobody owns it.',
    );
    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'controls.fuse-jtag.owner is not declared; treated as nobody',
    );
  });
});
