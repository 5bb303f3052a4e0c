import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noUpdateResourceReserve } from './no-update-resource-reserve.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const one = (fields: Fields) => aModel({ components: [aComponent('fw', fields)] });

describe('no-update-resource-reserve', () => {
  it.each`
    case                              | fields                                                                          | fires
    ${'firmware, reserve undeclared'} | ${{ update: { mechanism: 'ota' } }}                                             | ${true}
    ${'sensor, reserve declared off'} | ${{ kind: 'sensor', update: { mechanism: 'gateway', resourceReserve: false } }} | ${true}
    ${'firmware with reserve'}        | ${{ update: { mechanism: 'ota', resourceReserve: true } }}                      | ${false}
    ${'firmware, not updatable'}      | ${{ update: { mechanism: 'none' } }}                                            | ${false}
    ${'mobile app'}                   | ${{ kind: 'mobile-app', update: { mechanism: 'app-store' } }}                   | ${false}
    ${'cloud service'}                | ${{ kind: 'cloud-service', update: { mechanism: 'deployment-pipeline' } }}      | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = one(fields);

    const ids = findingIds(noUpdateResourceReserve, model);

    expect(ids).toEqual(fires ? ['no-update-resource-reserve@fw'] : []);
  });

  it('quotes the declared memory sizes', () => {
    const model = one({ hardware: { flashKb: 512, ramKb: 64 }, update: { mechanism: 'ota' } });

    const [finding] = runRule(noUpdateResourceReserve, model);

    expect(finding?.hit.rationale).toContain('(512 KB flash, 64 KB RAM)');
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'components.fw.update.resourceReserve',
      'components.fw.hardware',
    ]);
  });
});
