import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { silentTransferGenericAssumption } from './silent-transfer-generic-assumption.js';

interface Fields {
  text: string;
  owner?: string;
  suppresses?: string[];
  notApplicable?: { subject: string; stride: ['tampering'] }[];
}

const withAssumption = (fields: Fields) =>
  aModel({
    components: [aComponent('pump')],
    stakeholders: [{ id: 'hdo', role: 'hdo-it' }],
    assumptions: [{ id: 'net', ...fields }],
  });
const named = { owner: 'hdo', suppresses: ['cleartext-command@*'] };

describe('silent-transfer-generic-assumption', () => {
  it.each`
    case                                | fields                                                                                                      | fires
    ${'secure network, nothing else'}   | ${{ text: 'The pump is connected to a secure network' }}                                                    | ${true}
    ${'firewall, owner but no threats'} | ${{ text: 'Hospital firewalls block inbound traffic', owner: 'hdo' }}                                       | ${true}
    ${'VPN, threats but no owner'}      | ${{ text: 'Remote access goes through a VPN', suppresses: ['x@pump'] }}                                     | ${true}
    ${'isolated network, upper case'}   | ${{ text: 'Deployed on an ISOLATED NETWORK' }}                                                              | ${true}
    ${'physically secure room'}         | ${{ text: 'The server is kept physically secure' }}                                                         | ${true}
    ${'owner and named threats'}        | ${{ text: 'The pump is connected to a secure network', ...named }}                                          | ${false}
    ${'owner and not-applicable cells'} | ${{ text: 'Behind a firewall', owner: 'hdo', notApplicable: [{ subject: 'pump', stride: ['tampering'] }] }} | ${false}
    ${'specific assumption'}            | ${{ text: 'Only trained clinicians use the programmer' }}                                                   | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    expect(findingIds(silentTransferGenericAssumption, withAssumption(fields))).toEqual(
      fires ? ['silent-transfer-generic-assumption@net'] : [],
    );
  });

  it('quotes the phrase and lists everything missing', () => {
    const model = withAssumption({ text: 'The pump must be on a trusted hospital network' });

    const [finding] = runRule(silentTransferGenericAssumption, model);

    expect(finding?.hit.rationale).toBe(
      'Assumption "net" relies on "trusted hospital network" with no owner and no list of the threats it covers: the risk passes to whoever runs the environment without anyone being told what to stop.',
    );
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'assumptions.net.text',
      'assumptions.net.owner',
      'assumptions.net.suppresses',
    ]);
  });
});
