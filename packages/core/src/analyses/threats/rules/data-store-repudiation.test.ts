import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { dataStoreRepudiation } from './data-store-repudiation.js';

type StoreFields = NonNullable<Parameters<typeof aComponent>[1]>;

const withStore = (fields: StoreFields, data: ('phi' | 'audit-log')[] = ['phi']) =>
  aModel({
    components: [
      aComponent('store', { type: 'data-store', kind: 'database', ...fields }),
      aComponent('app'),
    ],
    dataFlows: [aFlow('write', 'app', 'store', { data })],
  });

describe('data-store-repudiation', () => {
  it.each`
    case                           | fields                                                    | expected
    ${'access logging undeclared'} | ${{}}                                                     | ${['data-store-repudiation@store']}
    ${'declared not logged'}       | ${{ storage: { accessLogged: false } }}                   | ${['data-store-repudiation@store']}
    ${'access logged'}             | ${{ storage: { accessLogged: true } }}                    | ${[]}
    ${'a process is not a store'}  | ${{ type: 'process' as const }}                           | ${[]}
    ${'its log names who acted'}   | ${{ logging: { security: true, userAttribution: true } }} | ${[]}
    ${'its log names nobody'}      | ${{ logging: { security: true } }}                        | ${['data-store-repudiation@store']}
    ${'a secure element'}          | ${{ kind: 'secure-element' as const }}                    | ${[]}
  `('$case', ({ fields, expected }) => {
    expect(findingIds(dataStoreRepudiation, withStore(fields))).toEqual(expected);
  });

  it('points out an audit trail that can be erased unnoticed', () => {
    const [finding] = runRule(
      dataStoreRepudiation,
      withStore({ kind: 'log-store' }, ['audit-log']),
    );

    expect(finding?.hit.rationale).toContain('deletion of the audit trail');
    expect(finding?.hit.evidence?.[0]?.path).toBe('components.store.storage.accessLogged');
  });

  it('does not claim an audit trail for other stores', () => {
    const [finding] = runRule(dataStoreRepudiation, withStore({}));

    expect(finding?.hit.rationale).not.toContain('audit trail');
  });
});
