import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { signatureVerifiedOffDevice } from './signature-verified-off-device.js';

const deviceWithVerifiers = (verifiedBy: string[] | undefined) =>
  aModel({
    deployments: [
      { id: 'body', type: 'on-body' },
      { id: 'phone', type: 'patient-mobile-device' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [
      aComponent('pump', { kind: 'medical-device', deployment: 'body' }),
      aComponent('pump-fw', {
        parent: 'pump',
        update: {
          mechanism: 'app',
          authentication: 'signature',
          signature: {
            algorithm: 'ecdsa-p256',
            ...(verifiedBy === undefined ? {} : { verifiedBy }),
          },
        },
      }),
      aComponent('pump-boot', { kind: 'bootloader', parent: 'pump' }),
      aComponent('app', { kind: 'mobile-app', deployment: 'phone' }),
      aComponent('updates', { kind: 'update-server', deployment: 'cloud' }),
    ],
  });

describe('signature-verified-off-device', () => {
  it.each`
    verifiedBy              | fires
    ${['app']}              | ${true}
    ${['updates']}          | ${true}
    ${['app', 'updates']}   | ${true}
    ${['pump-fw']}          | ${false}
    ${['pump-boot']}        | ${false}
    ${['pump']}             | ${false}
    ${['app', 'pump-boot']} | ${false}
    ${[]}                   | ${false}
    ${undefined}            | ${false}
  `('verifiedBy $verifiedBy → fires: $fires', ({ verifiedBy, fires }) => {
    const model = deviceWithVerifiers(verifiedBy);

    const ids = findingIds(signatureVerifiedOffDevice, model);

    expect(ids).toEqual(fires ? ['signature-verified-off-device@pump-fw'] : []);
  });

  it.each`
    verifiedBy     | level
    ${['app']}     | ${'high'}
    ${['updates']} | ${undefined}
  `('rates verification on $verifiedBy as $level', ({ verifiedBy, level }) => {
    const model = deviceWithVerifiers(verifiedBy);

    const [finding] = runRule(signatureVerifiedOffDevice, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.evidence?.[0]?.path).toBe('components.pump-fw.update.signature.verifiedBy');
  });
});
