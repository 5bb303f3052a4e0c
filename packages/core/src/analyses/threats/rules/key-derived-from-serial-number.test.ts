import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { keyDerivedFromSerialNumber } from './key-derived-from-serial-number.js';

type Credential = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['credentials']>[number];

const withCredential = (credential: Omit<Credential, 'id'>) =>
  aModel({ components: [aComponent('pump', { credentials: [{ id: 'ble-key', ...credential }] })] });

describe('key-derived-from-serial-number', () => {
  it.each`
    derivedFrom            | hardcoded    | fires
    ${'serial-number'}     | ${undefined} | ${true}
    ${'device-identifier'} | ${undefined} | ${true}
    ${'mac-address'}       | ${undefined} | ${true}
    ${'fixed'}             | ${undefined} | ${true}
    ${'fixed'}             | ${true}      | ${false}
    ${'random'}            | ${undefined} | ${false}
    ${'hsm-generated'}     | ${undefined} | ${false}
    ${undefined}           | ${undefined} | ${false}
  `(
    'derivedFrom $derivedFrom, hardcoded $hardcoded → fires: $fires',
    ({ derivedFrom, hardcoded, fires }) => {
      const model = withCredential({
        kind: 'symmetric-key',
        ...(derivedFrom === undefined ? {} : { derivedFrom }),
        ...(hardcoded === undefined ? {} : { hardcoded }),
      });

      const ids = findingIds(keyDerivedFromSerialNumber, model);

      expect(ids).toEqual(fires ? ['key-derived-from-serial-number@pump/ble-key'] : []);
    },
  );

  it('says where the predictable input comes from', () => {
    const model = withCredential({ kind: 'symmetric-key', derivedFrom: 'mac-address' });

    const [finding] = runRule(keyDerivedFromSerialNumber, model);

    expect(finding?.hit.rationale).toContain('MAC address');
    expect(finding?.hit.evidence?.[0]?.path).toBe(
      'components.pump.credentials.ble-key.derivedFrom',
    );
  });
});
