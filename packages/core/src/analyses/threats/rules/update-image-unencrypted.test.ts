import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { updateImageUnencrypted } from './update-image-unencrypted.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const one = (fields: Fields) => aModel({ components: [aComponent('fw', fields)] });

describe('update-image-unencrypted', () => {
  it.each`
    case                           | fields                                                                        | fires
    ${'firmware, not declared'}    | ${{ update: { mechanism: 'app' } }}                                           | ${true}
    ${'implant, declared clear'}   | ${{ kind: 'medical-device', update: { mechanism: 'ota', encrypted: false } }} | ${true}
    ${'firmware, encrypted'}       | ${{ update: { mechanism: 'app', encrypted: true } }}                          | ${false}
    ${'firmware, not updatable'}   | ${{ update: { mechanism: 'none' } }}                                          | ${false}
    ${'web portal (not firmware)'} | ${{ kind: 'web-portal', update: { mechanism: 'deployment-pipeline' } }}       | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = one(fields);

    const ids = findingIds(updateImageUnencrypted, model);

    expect(ids).toEqual(fires ? ['update-image-unencrypted@fw'] : []);
  });

  it('says undeclared encryption is treated as none', () => {
    const [finding] = runRule(updateImageUnencrypted, one({ update: { mechanism: 'app' } }));

    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.fw.update.encrypted is not declared; treated as unencrypted',
    );
    expect(finding?.hit.rationale).toContain('(app updates) are not declared encrypted');
  });
});
