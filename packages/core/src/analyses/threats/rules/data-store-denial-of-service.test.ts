import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { dataStoreDenialOfService } from './data-store-denial-of-service.js';

type StoreFields = NonNullable<Parameters<typeof aComponent>[1]>;

const withStore = (fields: StoreFields) =>
  aModel({
    components: [aComponent('library', { type: 'data-store', kind: 'database', ...fields })],
  });

describe('data-store-denial-of-service', () => {
  it.each`
    case                          | fields                                                                | expected
    ${'nothing declared'}         | ${{}}                                                                 | ${['data-store-denial-of-service@library']}
    ${'both declared false'}      | ${{ storage: { backups: false }, resilience: { redundancy: false } }} | ${['data-store-denial-of-service@library']}
    ${'backups'}                  | ${{ storage: { backups: true } }}                                     | ${[]}
    ${'a redundant replica'}      | ${{ resilience: { redundancy: true } }}                               | ${[]}
    ${'a process is not a store'} | ${{ type: 'process' as const }}                                       | ${[]}
    ${'keys in an HSM'}           | ${{ kind: 'hsm' as const }}                                           | ${[]}
  `('$case', ({ fields, expected }) => {
    expect(findingIds(dataStoreDenialOfService, withStore(fields))).toEqual(expected);
  });

  it('says both recovery facts are missing', () => {
    const [finding] = runRule(dataStoreDenialOfService, withStore({ storage: { backups: false } }));

    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'backups: false',
      'components.library.resilience.redundancy is not declared; treated as false',
    ]);
  });
});
