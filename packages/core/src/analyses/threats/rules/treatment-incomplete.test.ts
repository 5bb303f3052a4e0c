import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds } from '../../../../test/builders.js';
import { treatmentIncomplete } from './treatment-incomplete.js';

const base = {
  components: [aComponent('pump')],
  stakeholders: [{ id: 'hdo', role: 'hdo-it' as const }],
};

describe('treatment-incomplete', () => {
  it.each`
    case                                 | treatment                                                                                                                  | fires
    ${'accept without approver'}         | ${{ strategy: 'accept', rationale: 'low exposure' }}                                                                       | ${true}
    ${'accept complete'}                 | ${{ strategy: 'accept', rationale: 'low exposure', approver: 'J. Doe, PSIRT lead' }}                                       | ${false}
    ${'transfer without channel'}        | ${{ strategy: 'transfer', rationale: 'network control', approver: 'J. Doe', recipient: 'hdo' }}                            | ${true}
    ${'transfer complete'}               | ${{ strategy: 'transfer', rationale: 'network control', approver: 'J. Doe', recipient: 'hdo', communicatedVia: ['mds2'] }} | ${false}
    ${'mitigate needs no approver here'} | ${{ strategy: 'mitigate' }}                                                                                                | ${false}
  `('$case', ({ treatment, fires }) => {
    const model = aModel({ ...base, treatments: { 'debug-port-open@pump/jtag': treatment } });

    expect(findingIds(treatmentIncomplete, model)).toEqual(
      fires ? ['treatment-incomplete@debug-port-open@pump/jtag'] : [],
    );
  });
});
