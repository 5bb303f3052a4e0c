import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { dataStoreTampering } from './data-store-tampering.js';

type Storage = NonNullable<Parameters<typeof aComponent>[1]>['storage'];

const withLibrary = (storage: Storage, type: 'data-store' | 'process' = 'data-store') =>
  aModel({
    components: [aComponent('library', { type, kind: 'database', storage }), aComponent('pump')],
    dataFlows: [aFlow('load', 'library', 'pump', { data: ['configuration'] })],
  });

describe('data-store-tampering', () => {
  it.each`
    case                                   | storage                          | expected
    ${'integrity not declared'}            | ${undefined}                     | ${['data-store-tampering@library']}
    ${'integrity declared false'}          | ${{ integrityProtected: false }} | ${['data-store-tampering@library']}
    ${'integrity protected'}               | ${{ integrityProtected: true }}  | ${[]}
    ${'encryption alone is not integrity'} | ${{ encryptedAtRest: true }}     | ${['data-store-tampering@library']}
  `('$case', ({ storage, expected }) => {
    expect(findingIds(dataStoreTampering, withLibrary(storage))).toEqual(expected);
  });

  it('does not consider processes', () => {
    expect(findingIds(dataStoreTampering, withLibrary(undefined, 'process'))).toEqual([]);
  });

  it('names what the store holds and who acts on it', () => {
    const [finding] = runRule(dataStoreTampering, withLibrary(undefined));

    expect(finding?.hit.rationale).toContain('holds configuration');
    expect(finding?.hit.rationale).toContain('"pump" would act on altered data');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });

  it('takes a secure element as integrity-protected by what it is', () => {
    const model = aModel({
      components: [aComponent('se', { type: 'data-store', kind: 'secure-element' })],
    });

    expect(findingIds(dataStoreTampering, model)).toEqual([]);
  });

  it('leaves source repositories and artifact stores to ci-cd-compromise', () => {
    const model = aModel({
      components: [
        aComponent('repo', { type: 'data-store', kind: 'source-repository' }),
        aComponent('ci', { kind: 'ci-cd' }),
      ],
      dataFlows: [aFlow('checkout', 'repo', 'ci', { data: ['software'] })],
    });

    expect(findingIds(dataStoreTampering, model)).toEqual([]);
  });
});
