import { describe, expect, it } from 'vitest';
import type { Treatment } from '../model/types.js';
import { evaluateTreatment, findTreatment } from './treatment.js';

const treatment = (fields: Partial<Treatment>): Treatment => ({
  findingId: 'rule@pump',
  strategy: 'accept',
  communicatedVia: [],
  controls: [],
  ...fields,
});
const signed = { rationale: 'benefit outweighs', approver: 'QA lead' };

describe('evaluateTreatment', () => {
  it.each`
    case                                    | fields                                                                                               | acceptable | controls | status           | problems
    ${'mitigated to an acceptable level'}   | ${{ strategy: 'mitigate' }}                                                                          | ${true}    | ${1}     | ${'mitigated'}   | ${[]}
    ${'mitigated, but not enough'}          | ${{ strategy: 'mitigate' }}                                                                          | ${false}   | ${2}     | ${'open'}        | ${['mitigation leaves residual risk high, which is not acceptable']}
    ${'mitigated by nothing'}               | ${{ strategy: 'mitigate' }}                                                                          | ${true}    | ${0}     | ${'open'}        | ${['no implemented control mitigates this finding (planned controls do not count yet)']}
    ${'mitigated by nothing, unacceptable'} | ${{ strategy: 'mitigate' }}                                                                          | ${false}   | ${0}     | ${'open'}        | ${['no implemented control mitigates this finding (planned controls do not count yet)', 'mitigation leaves residual risk high, which is not acceptable']}
    ${'accepted and signed'}                | ${{ strategy: 'accept', ...signed }}                                                                 | ${false}   | ${0}     | ${'accepted'}    | ${[]}
    ${'accepted, unsigned'}                 | ${{ strategy: 'accept' }}                                                                            | ${true}    | ${0}     | ${'accepted'}    | ${['no rationale', 'no approver']}
    ${'accepted with blank text'}           | ${{ strategy: 'accept', rationale: '  ', approver: 'QA' }}                                           | ${false}   | ${0}     | ${'accepted'}    | ${['no rationale']}
    ${'transferred in full'}                | ${{ strategy: 'transfer', ...signed, recipient: 'hospital', communicatedVia: ['mds2', 'contract'] }} | ${false}   | ${0}     | ${'transferred'} | ${[]}
    ${'transferred to nobody, silently'}    | ${{ strategy: 'transfer', ...signed }}                                                               | ${false}   | ${0}     | ${'transferred'} | ${['no recipient', 'no communication channel (labeling, contract, MDS2 …) to the recipient']}
    ${'transferred with nothing'}           | ${{ strategy: 'transfer' }}                                                                          | ${false}   | ${0}     | ${'transferred'} | ${['no rationale', 'no approver', 'no recipient', 'no communication channel (labeling, contract, MDS2 …) to the recipient']}
    ${'eliminated, but still firing'}       | ${{ strategy: 'eliminate', ...signed }}                                                              | ${true}    | ${0}     | ${'open'}        | ${['marked eliminated, but the rule still fires: the design change is not in the model']}
  `('$case → $status', ({ fields, acceptable, controls, status, problems }) => {
    const result = evaluateTreatment(treatment(fields), acceptable, 'high', controls);

    expect(result.status).toBe(status);
    expect(result.view.problems).toEqual(problems);
  });

  it('shows the treatment as written, leaving out what is not', () => {
    const full = evaluateTreatment(
      treatment({
        strategy: 'transfer',
        ...signed,
        recipient: 'hospital',
        communicatedVia: ['mds2'],
      }),
      false,
      'high',
      0,
    );
    const bare = evaluateTreatment(treatment({ strategy: 'eliminate' }), true, 'low', 0);

    expect(full.view).toEqual({
      strategy: 'transfer',
      rationale: 'benefit outweighs',
      approver: 'QA lead',
      recipient: 'hospital',
      communicatedVia: ['mds2'],
      problems: [],
    });
    expect(Object.keys(bare.view).sort()).toEqual(['communicatedVia', 'problems', 'strategy']);
  });
});

describe('findTreatment', () => {
  const exact = treatment({ findingId: 'rule@pump', strategy: 'eliminate' });
  const rulePattern = treatment({ findingId: 'rule@*' });
  const subjectPattern = treatment({ findingId: '*@pump', strategy: 'transfer' });

  it.each`
    case                            | matching                                | expected
    ${'none'}                       | ${[]}                                   | ${undefined}
    ${'one pattern'}                | ${[rulePattern]}                        | ${rulePattern}
    ${'the exact id, listed first'} | ${[exact, rulePattern]}                 | ${exact}
    ${'the exact id, listed last'}  | ${[subjectPattern, rulePattern, exact]} | ${exact}
    ${'patterns only: the first'}   | ${[subjectPattern, rulePattern]}        | ${subjectPattern}
  `('$case', ({ matching, expected }) => {
    const found = findTreatment(matching);

    expect(found).toBe(expected);
  });
});
