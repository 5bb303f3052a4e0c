import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { updateDowngradeAllowed } from './update-downgrade-allowed.js';

type Update = NonNullable<Parameters<typeof aComponent>[1]>['update'];

const withUpdate = (update: Update) => aModel({ components: [aComponent('pump', { update })] });

describe('update-downgrade-allowed', () => {
  it.each`
    case                               | update                                                                    | fires
    ${'anti-rollback not declared'}    | ${{ mechanism: 'ota', authentication: 'signature' }}                      | ${true}
    ${'anti-rollback declared off'}    | ${{ mechanism: 'ota', authentication: 'signature', antiRollback: false }} | ${true}
    ${'authentication not declared'}   | ${{ mechanism: 'removable-media' }}                                       | ${true}
    ${'unauthenticated: other rule'}   | ${{ mechanism: 'removable-media', authentication: 'none' }}               | ${false}
    ${'anti-rollback enforced'}        | ${{ mechanism: 'ota', authentication: 'signature', antiRollback: true }}  | ${false}
    ${'not updatable'}                 | ${{ mechanism: 'none' }}                                                  | ${false}
    ${'app store decides the version'} | ${{ mechanism: 'app-store', authentication: 'signature' }}                | ${false}
    ${'operator deploys the version'}  | ${{ mechanism: 'deployment-pipeline' }}                                   | ${false}
    ${'no update block'}               | ${undefined}                                                              | ${false}
  `('$case → fires: $fires', ({ update, fires }) => {
    const model = withUpdate(update);

    const ids = findingIds(updateDowngradeAllowed, model);

    expect(ids).toEqual(fires ? ['update-downgrade-allowed@pump'] : []);
  });

  it('says the fact is undeclared and that old signed releases stay valid', () => {
    const model = withUpdate({ mechanism: 'ota', authentication: 'signature' });

    const [finding] = runRule(updateDowngradeAllowed, model);

    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.pump.update.antiRollback is not declared; treated as absent',
    );
    expect(finding?.hit.rationale).toContain('still carries a valid signature');
  });
});
