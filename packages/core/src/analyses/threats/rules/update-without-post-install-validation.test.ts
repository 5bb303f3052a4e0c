import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { updateWithoutPostInstallValidation } from './update-without-post-install-validation.js';

type Update = NonNullable<Parameters<typeof aComponent>[1]>['update'];

const withUpdate = (update: Update) => aModel({ components: [aComponent('pump', { update })] });

describe('update-without-post-install-validation', () => {
  it.each`
    case                         | update                                                         | fires
    ${'validation undeclared'}   | ${{ mechanism: 'ota' }}                                        | ${true}
    ${'validation declared off'} | ${{ mechanism: 'service-tool', postInstallValidation: false }} | ${true}
    ${'validation declared'}     | ${{ mechanism: 'ota', postInstallValidation: true }}           | ${false}
    ${'not updatable'}           | ${{ mechanism: 'none' }}                                       | ${false}
    ${'installed by app store'}  | ${{ mechanism: 'app-store' }}                                  | ${false}
    ${'no update block'}         | ${undefined}                                                   | ${false}
  `('$case → fires: $fires', ({ update, fires }) => {
    const model = withUpdate(update);

    const ids = findingIds(updateWithoutPostInstallValidation, model);

    expect(ids).toEqual(fires ? ['update-without-post-install-validation@pump'] : []);
  });

  it('notes that a fallback slot alone does not decide to fall back', () => {
    const model = withUpdate({ mechanism: 'ota', interruptedUpdateRecovery: true });

    const [finding] = runRule(updateWithoutPostInstallValidation, model);

    expect(finding?.hit.rationale).toContain('nothing decides to use it');
    expect(finding?.hit.evidence?.[0]?.path).toBe('components.pump.update.postInstallValidation');
  });
});
