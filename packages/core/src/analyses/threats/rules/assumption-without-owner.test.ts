import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { assumptionWithoutOwner } from './assumption-without-owner.js';

const withAssumption = (fields: { text: string; owner?: string; suppresses?: string[] }) =>
  aModel({
    components: [aComponent('pump')],
    stakeholders: [{ id: 'acme', role: 'manufacturer' }],
    assumptions: [{ id: 'a1', ...fields }],
  });

describe('assumption-without-owner', () => {
  it.each`
    case                                         | fields                                                                   | fires
    ${'no owner'}                                | ${{ text: 'Only trained clinicians use the programmer' }}                | ${true}
    ${'owned'}                                   | ${{ text: 'Only trained clinicians use the programmer', owner: 'acme' }} | ${false}
    ${'generic network assumption (other rule)'} | ${{ text: 'The pump is installed behind a firewall' }}                   | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    expect(findingIds(assumptionWithoutOwner, withAssumption(fields))).toEqual(
      fires ? ['assumption-without-owner@a1'] : [],
    );
  });

  it('points out the findings an unowned assumption suppresses', () => {
    const model = withAssumption({
      text: 'The service port is only reachable inside the sealed enclosure',
      suppresses: ['usb-service-port-unauthenticated@pump/*', 'debug-port-open@pump/*'],
    });

    const [finding] = runRule(assumptionWithoutOwner, model);

    expect(finding?.hit.rationale).toBe(
      'Assumption "a1" has no owner, so nobody is responsible for checking it still holds, yet it suppresses debug-port-open@pump/*, usb-service-port-unauthenticated@pump/*.',
    );
  });
});
