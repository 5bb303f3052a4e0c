import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { controlNotVerified } from './control-not-verified.js';

const withControl = (fields: {
  status: 'implemented' | 'partial' | 'planned' | 'not-implemented';
  verification?: string;
}) =>
  aModel({
    components: [aComponent('pump')],
    controls: [
      {
        id: 'signed-fw',
        title: 'Signed firmware',
        category: 'code-data-execution-integrity',
        mitigates: ['unauthenticated-update-path@pump'],
        ...fields,
      },
    ],
  });

describe('control-not-verified', () => {
  it.each`
    status               | verification    | fires
    ${'implemented'}     | ${undefined}    | ${true}
    ${'partial'}         | ${undefined}    | ${true}
    ${'implemented'}     | ${'TC-SEC-042'} | ${false}
    ${'planned'}         | ${undefined}    | ${false}
    ${'not-implemented'} | ${undefined}    | ${false}
  `('$status, verification $verification → fires: $fires', ({ status, verification, fires }) => {
    const model = withControl({ status, ...(verification === undefined ? {} : { verification }) });

    expect(findingIds(controlNotVerified, model)).toEqual(
      fires ? ['control-not-verified@signed-fw'] : [],
    );
  });

  it('says which findings rely on the unverified control', () => {
    const [finding] = runRule(controlNotVerified, withControl({ status: 'implemented' }));

    expect(finding?.hit.rationale).toContain('lowers the risk of unauthenticated-update-path@pump');
    expect(finding?.hit.evidence?.[0]?.path).toBe('controls.signed-fw.verification');
  });
});
