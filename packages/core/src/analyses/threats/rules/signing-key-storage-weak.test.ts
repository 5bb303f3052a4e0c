import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { signingKeyStorageWeak } from './signing-key-storage-weak.js';

type KeyStorage = NonNullable<
  NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['update']>['signature']
>['keyStorage'];

const signedWith = (keyStorage: KeyStorage) =>
  aModel({
    components: [
      aComponent('pump', {
        update: {
          mechanism: 'ota',
          authentication: 'signature',
          signature: {
            algorithm: 'ecdsa-p256',
            ...(keyStorage === undefined ? {} : { keyStorage }),
          },
        },
      }),
    ],
  });

describe('signing-key-storage-weak', () => {
  it.each`
    keyStorage          | fires    | level
    ${undefined}        | ${true}  | ${undefined}
    ${'unknown'}        | ${true}  | ${undefined}
    ${'encrypted'}      | ${true}  | ${undefined}
    ${'plaintext'}      | ${true}  | ${'high'}
    ${'firmware-image'} | ${true}  | ${'high'}
    ${'hsm'}            | ${false} | ${undefined}
    ${'secure-element'} | ${false} | ${undefined}
    ${'tpm'}            | ${false} | ${undefined}
  `('keyStorage $keyStorage → fires: $fires', ({ keyStorage, fires, level }) => {
    const model = signedWith(keyStorage);

    const findings = runRule(signingKeyStorageWeak, model);

    expect(findings.map((f) => f.id)).toEqual(fires ? ['signing-key-storage-weak@pump'] : []);
    expect(findings[0]?.hit.exploitability?.level).toBe(level);
  });

  it('says an undeclared storage is treated as unknown', () => {
    const [finding] = runRule(signingKeyStorageWeak, signedWith(undefined));

    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.pump.update.signature.keyStorage is not declared; treated as unknown',
    );
  });

  it('does not consider updates without a described signature', () => {
    const model = aModel({
      components: [aComponent('pump', { update: { mechanism: 'ota', authentication: 'mac' } })],
    });

    expect(findingIds(signingKeyStorageWeak, model)).toEqual([]);
  });
});
