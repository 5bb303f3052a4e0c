import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { signatureOmitsVersion } from './signature-omits-version.js';

type Update = NonNullable<Parameters<typeof aComponent>[1]>['update'];
type Coverage = 'content' | 'version' | 'target-device' | 'metadata';

const signed = (covers: Coverage[] | undefined, extra: Update = { mechanism: 'ota' }) =>
  aModel({
    components: [
      aComponent('pump', {
        update: {
          ...extra,
          authentication: 'signature',
          signature: { algorithm: 'ecdsa-p256', ...(covers === undefined ? {} : { covers }) },
        },
      }),
    ],
  });

describe('signature-omits-version', () => {
  it.each`
    covers                                | fires
    ${undefined}                          | ${true}
    ${['content']}                        | ${true}
    ${['content', 'target-device']}       | ${true}
    ${['content', 'version']}             | ${false}
    ${['content', 'version', 'metadata']} | ${false}
  `('covers $covers → fires: $fires', ({ covers, fires }) => {
    const model = signed(covers);

    const ids = findingIds(signatureOmitsVersion, model);

    expect(ids).toEqual(fires ? ['signature-omits-version@pump'] : []);
  });

  it.each`
    case                        | update
    ${'no signature described'} | ${{ mechanism: 'ota', authentication: 'signature' }}
    ${'not updatable'}          | ${{ mechanism: 'none', signature: { algorithm: 'ecdsa-p256' } }}
  `('does not consider a component with $case', ({ update }) => {
    const model = aModel({ components: [aComponent('pump', { update })] });

    expect(findingIds(signatureOmitsVersion, model)).toEqual([]);
  });

  it('explains that an anti-rollback check reads an unsigned number', () => {
    const model = signed(['content'], { mechanism: 'ota', antiRollback: true });

    const [finding] = runRule(signatureOmitsVersion, model);

    expect(finding?.hit.rationale).toContain('compares a number the attacker chose');
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'components.pump.update.signature.covers',
      'components.pump.update.antiRollback',
    ]);
  });
});
