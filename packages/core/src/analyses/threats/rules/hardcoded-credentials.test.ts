import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds } from '../../../../test/builders.js';
import { hardcodedCredentials } from './hardcoded-credentials.js';

describe('hardcoded-credentials', () => {
  it('fires once per hard-coded credential, keyed by the credential id', () => {
    const model = aModel({
      components: [
        aComponent('pump', {
          credentials: [
            { id: 'service-pw', kind: 'password', hardcoded: true },
            { id: 'ble-key', kind: 'symmetric-key', storage: 'firmware-image' },
            { id: 'device-key', kind: 'private-key', hardcoded: false, storage: 'secure-element' },
          ],
        }),
      ],
    });

    expect(findingIds(hardcodedCredentials, model)).toEqual([
      'hardcoded-credentials@pump/ble-key',
      'hardcoded-credentials@pump/service-pw',
    ]);
  });

  it('does not fire for components without credentials', () => {
    expect(findingIds(hardcodedCredentials, aModel({ components: [aComponent('pump')] }))).toEqual(
      [],
    );
  });
});
